/* nseg_trie.c - the compiled dictionary: prefix walks, word look-ups,
 * user words layered over it. */
#include <math.h>
#include "nkit.h"
#include "tap.h"
#include "../../cmd/nseg/nseg.h"

extern const char nk_nseg_dict[], nk_nseg_dict_end[];

static size_t
cps(const char *s, int32_t *out)
{
	size_t n = 0, k;
	int32_t c;

	while (*s) {
		k = nk_u8_dec(s, strlen(s), &c);
		out[n++] = c;
		s += k;
	}
	return n;
}

int
main(void)
{
	struct nseg_hit hits[64];
	int32_t w[64];
	size_t n, k, i;
	float lp, lp2;
	uint16_t tag;
	int mono = 1;

	nseg_dict_load(nk_nseg_dict, (size_t)(nk_nseg_dict_end - nk_nseg_dict));

	n = cps("中华人民共和国成立", w);
	k = nseg_dict_prefixes(w, n, hits, 64);
	ok(k >= 3, "中华人民共和国成立: %zu dictionary prefixes", k);
	for (i = 1; i < k; i++)
		if (hits[i].len <= hits[i - 1].len)
			mono = 0;
	ok(mono, "prefixes come shortest first");
	ok(k > 0 && hits[0].len == 1, "the first prefix is the character 中");
	ok(k > 0 && hits[k - 1].len == 7, "the longest prefix is 中华人民共和国 (got %u)", k ? hits[k - 1].len : 0);
	for (i = 0; i < k; i++)
		ok(hits[i].logp < 0 && hits[i].logp > -30, "prefix of length %u has a log probability (%g)", hits[i].len, hits[i].logp);

	n = cps("腾讯", w);
	ok(nseg_dict_word(w, n, &lp, &tag), "腾讯 is a word");
	is(nseg_tag_name(tag), "nz", "腾讯's tag is jieba's");
	n = cps("的", w);
	ok(nseg_dict_word(w, n, &lp2, &tag) && lp2 > lp, "的 is likelier than 腾讯");
	n = cps("腾讯宣", w);
	ok(!nseg_dict_word(w, n, &lp, &tag), "腾讯宣 is not a word");
	ok(nseg_dict_prefixes(w, 0, hits, 64) == 0, "no prefixes of an empty text");
	w[0] = 0x10FFFF;
	ok(nseg_dict_prefixes(w, 1, hits, 64) == 0, "no words start with U+10FFFF");
	w[0] = -1;
	ok(nseg_dict_prefixes(w, 1, hits, 64) == 0, "a negative code point is no word");

	/* user words */
	n = cps("植麟的回", w);
	ok(!nseg_dict_word(w, n, &lp, &tag), "植麟的回 is not a built-in word");
	nseg_user_add(w, n, nseg_freq_logp(100), nseg_tag_id("nz"));
	ok(nseg_dict_word(w, n, &lp, &tag), "植麟的回 is a word once added");
	is(nseg_tag_name(tag), "nz", "with the tag given");
	ok(fabs(lp - nseg_freq_logp(100)) < 1e-3, "and the frequency given");
	k = nseg_dict_prefixes(w, n, hits, 64);
	ok(k >= 1 && hits[k - 1].len == 4, "the user word is among the prefixes");
	n = cps("大语言模型", w);
	nseg_user_add(w, n, NAN, nseg_tag_id("n"));
	ok(nseg_dict_word(w, n, &lp, &tag) && lp > nseg_route_logp(w, 1) + nseg_route_logp(w + 1, 4) - 1,
	    "a user word with no frequency gets one that keeps it whole");

	/* the batched walk finds what the single one finds, position by position */
	{
		static struct nseg_hit many[NSEG_LANES][NSEG_MAXHITS];
		size_t manyn[NSEG_LANES], first, j, bad = 0, total = 0;
		int32_t t[256];
		size_t tn = cps("最近，腾讯终于有了新动作，在开源模型上卯足了劲。中华人民共和国成立五十周年，"
		    "大语言模型植麟的回应，北京大学生前来应聘。𠀋𠀋", t);

		for (first = 0; first < tn; first += NSEG_LANES) {
			size_t cnt = tn - first < NSEG_LANES ? tn - first : NSEG_LANES;

			nseg_dict_prefixes_many(t, tn, first, cnt, many, manyn);
			for (j = 0; j < cnt; j++) {
				k = nseg_dict_prefixes(t + first + j, tn - first - j, hits, 64);
				total += k;
				if (k != manyn[j])
					bad++;
				else
					for (i = 0; i < k; i++)
						if (hits[i].len != many[j][i].len || hits[i].logp != many[j][i].logp)
							bad++;
			}
		}
		ok(bad == 0 && total > tn, "batched and single walks agree on %zu positions (%zu hits, %zu differ)", tn, total, bad);
	}
	return done_testing();
}
