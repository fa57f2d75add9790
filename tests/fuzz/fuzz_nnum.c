/* fuzz_nnum.c - nnum's recogniser on any bytes, through the record reader. */
#include <stddef.h>
#include <stdint.h>

#include "nkit.h"

extern struct nk_tool nnum_tool;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		size = 65536;
	nk_out_discard(1);
	nk_run_mem(&nnum_tool, (const char *)data, size, "fuzz");
	return 0;
}
