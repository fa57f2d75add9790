/*
 * replay.c - a plain main() for the libFuzzer targets, so that every
 * target also builds with gcc and replays crashers and the seed corpus
 * as regression tests: replay FILE... (each file is one input).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char *argv[])
{
	int i;

	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		char *buf = NULL;
		size_t n = 0, cap = 0, r;

		if (!f) {
			perror(argv[i]);
			return 1;
		}
		for (;;) {
			if (n == cap && !(buf = realloc(buf, cap = cap ? 2 * cap : 65536)))
				return 1;
			if ((r = fread(buf + n, 1, cap - n, f)) == 0)
				break;
			n += r;
		}
		fclose(f);
		LLVMFuzzerTestOneInput((const uint8_t *)buf, n);
		free(buf);
	}
	return 0;
}
