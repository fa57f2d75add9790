/* nseg_viterbi.c - the HMM for unknown words: the same states as jieba's
 * finalseg.viterbi, and only legal state sequences on any input. */
#include <stdlib.h>
#include "nkit.h"
#include "tap.h"
#include "../../cmd/nseg/nseg.h"

extern const char nk_nseg_hmm[], nk_nseg_hmm_end[];

static const char *
states(const char *s)
{
	static char out[256];
	static uint8_t st[5 * 256];
	int32_t w[256] = {0};
	size_t n = 0, k, i;
	int32_t c;

	while (*s && n < 255) {
		k = nk_u8_dec(s, strlen(s), &c);
		w[n++] = c;
		s += k;
	}
	nseg_hmm_states(w, n, st);
	for (i = 0; i < n; i++)
		out[i] = "BMES"[st[i]];
	out[n] = '\0';
	return out;
}

static int
legal(const uint8_t *st, size_t n)
{
	size_t i;

	if (n == 0)
		return 1;
	if (st[0] != HMM_B && st[0] != HMM_S)
		return 0;
	if (st[n - 1] != HMM_E && st[n - 1] != HMM_S)
		return 0;
	for (i = 1; i < n; i++) {
		int open = st[i - 1] == HMM_B || st[i - 1] == HMM_M;
		int cont = st[i] == HMM_M || st[i] == HMM_E;

		if (open != cont)
			return 0;
	}
	return 1;
}

int
main(void)
{
	uint8_t st[5 * 64];
	int32_t w[64];
	size_t n, i, bad = 0;
	int r;

	nseg_hmm_load(nk_nseg_hmm, (size_t)(nk_nseg_hmm_end - nk_nseg_hmm));
	/* expected: jieba 0.42 finalseg.viterbi(s, 'BMES', ...) */
	is(states("杨植麟的回应"), "BMESBE", "杨植麟的回应 as jieba's HMM");
	is(states("周怡安来自台中"), "BMMEBES", "周怡安来自台中 as jieba's HMM");
	is(states("黄文灏加入了字节跳动"), "BESBESBEBE", "黄文灏加入了字节跳动 as jieba's HMM");
	is(states("植麟"), "BE", "植麟 as jieba's HMM");
	is(states("的"), "S", "one character is S");

	/* random text, including characters the tables do not know */
	srand(7);
	for (r = 0; r < 2000; r++) {
		n = 1 + (size_t)rand() % 60;
		for (i = 0; i < n; i++)
			w[i] = rand() % 5 == 0 ? rand() % 0x110000 : 0x4E00 + rand() % 0x5000;
		nseg_hmm_states(w, n, st);
		if (!legal(st, n))
			bad++;
	}
	ok(bad == 0, "2000 random texts: every state sequence is legal (%zu bad)", bad);
	return done_testing();
}
