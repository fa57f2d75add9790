/*
 * fuzz_ndate.c - ndate (and common/cdate.c under it) on arbitrary bytes:
 * raw text or a record stream, with and without a reference date; and
 * nk_cdate_spans, the entry point nnum uses, on the same bytes.
 */
#include <stdint.h>
#include <stddef.h>
#include <string.h>

#include "nkit.h"
#include "cdate.h"
#include "../../cmd/ndate/ndate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int init;
	nk_cdate_span sp[16];
	size_t n, k;

	if (!init) {
		/* not nk_init(): its checked close of stdout at exit would turn
		 * libFuzzer's normal end into a failure */
		nk_progname = "ndate";
		nk_out_discard(1);
		ndate_load_lexicon();
		init = 1;
	}
	if (size > 65536)
		size = 65536;
	ndate_opt.has_ref = 0;
	if (size > 0 && (data[0] & 1))
		ndate_set_ref(data[0] & 2 ? "2024-11-16" : "2023-09-14T15:43:20");
	ndate_opt.no_guess = size > 1 && (data[1] & 1);
	ndate_mode();
	nk_run_mem(&ndate_tool, (const char *)data, size, "fuzz");
	ndate_flush();
	nk_status = NK_EXIT_OK;	/* bad bytes are data problems, not failures here */
	/* spans stay inside the input, in order, not overlapping */
	n = nk_cdate_spans((const char *)data, size, sp, 16);
	for (k = 0; k < n && k < 16; k++)
		if (sp[k].beg >= sp[k].end || sp[k].end > size ||
		    (k > 0 && sp[k].beg < sp[k - 1].end))
			__builtin_trap();
	return 0;
}
