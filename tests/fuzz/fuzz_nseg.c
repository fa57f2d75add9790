/*
 * fuzz_nseg.c - any bytes through the record reader and nseg's sentence
 * splitter and word segmenter (sentences, words with tags, joined words),
 * then straight into the splitter and segmenter, checking that sentences
 * stay inside the text and that the words tile each sentence exactly.
 */
#include <stdint.h>
#include <stdlib.h>
#include "nkit.h"
#include "../../cmd/nseg/nseg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int32_t *cp;
	static struct nseg_span *sp;
	static size_t spcap;
	static struct nseg_seg S;
	size_t n = 0, i = 0, k, ns, t, at;
	int32_t c;

	if (size > 65536)
		size = 65536;
	nk_out_discard(1);
	nseg_setup();
	nseg_opts.words = 0;
	nseg_opts.tags = 0;
	nseg_opts.join = 0;
	nk_run_mem(&nseg_tool, (const char *)data, size, "fuzz");
	nseg_opts.words = 1;
	nseg_opts.tags = 1;
	nk_run_mem(&nseg_tool, (const char *)data, size, "fuzz");
	nseg_opts.words = 0;
	nseg_opts.tags = 0;
	nseg_opts.join = 1;
	nk_run_mem(&nseg_tool, (const char *)data, size, "fuzz");
	nseg_opts.join = 0;

	cp = realloc(cp, (size + 1) * sizeof(*cp));
	if (!cp)
		abort();
	while (i < size) {
		k = nk_u8_dec((const char *)data + i, size - i, &c);
		cp[n++] = c < 0 ? 0xFFFD : c;
		i += k ? k : 1;
	}
	S.hmm = 1;
	ns = nseg_sentences(cp, n, &sp, &spcap);
	for (i = 0; i < ns; i++) {
		if (sp[i].beg >= sp[i].end || sp[i].end > n || (i && sp[i].beg < sp[i - 1].end))
			abort();
		nseg_cut(&S, cp + sp[i].beg, sp[i].end - sp[i].beg);
		for (t = 0, at = 0; t < S.ntok; t++) {
			if (S.tok[t].beg != at || S.tok[t].end <= S.tok[t].beg)
				abort();
			at = S.tok[t].end;
		}
		if (at != sp[i].end - sp[i].beg)
			abort();
	}
	return 0;
}
