/*
 * fuzz_nquote.c - nquote's recogniser on arbitrary bytes: read as raw
 * text (one document) or, when the first line looks like a header, as a
 * record stream (documents split by the doc column).
 */
#include <stdint.h>
#include <stddef.h>

#include "nkit.h"
#include "../../cmd/nquote/nquote.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int init;

	if (!init) {
		nk_init("nquote");
		nk_out_discard(1);
		nq_lex_load();
		init = 1;
	}
	if (size > 65536)
		size = 65536;
	nq_opts.all = size > 0 && (data[0] & 1);
	nk_run_mem(&nquote_tool, (const char *)data, size, "fuzz");
	return 0;
}
