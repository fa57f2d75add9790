/* fuzz_nnorm: nnorm's whole pipeline on arbitrary bytes, through the record stream. */
#include <stdint.h>
#include <string.h>

#include "nkit.h"
#include "nnorm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static nk_buf a, b;

	if (size > 65536)
		return 0;
	nk_out_discard(1);
	nk_run_mem(&nnorm_tool, (const char *)data, size, "fuzz");
	/* idempotence on whatever valid text the bytes make, with the script
	 * step off: OpenCC's t2s itself is not idempotent on a few dictionary
	 * chains (薴 -> 苧 -> 苎), and nnorm must match OpenCC exactly */
	nn_opts.script = 0;
	nk_buf_reset(&a);
	nk_u8_clean(&a, (const char *)data, size);
	{
		size_t i, beg = 0;

		for (i = 0; i <= a.n; i++)
			if (i == a.n || a.p[i] == '\n') {
				static nk_buf once;

				nn_normalize(&once, a.p + beg, i - beg);
				nn_normalize(&b, once.p ? once.p : "", once.n);
				if (once.n != b.n || (once.n && memcmp(once.p, b.p, once.n) != 0))
					__builtin_trap();	/* nnorm | nnorm must change nothing */
				beg = i + 1;
			}
	}
	nn_opts.script = 1;
	return 0;
}
