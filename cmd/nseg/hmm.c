/*
 * hmm.c - jieba's character HMM (states B M E S, tables from Debian's
 * python3-jieba compiled at build time by gen_hmm.py): Viterbi decoding
 * of runs of characters the dictionary could not group into words.
 */
#include <string.h>

#include "nkit.h"
#include "nseg.h"

#define MINLP -3.14e100

struct hmm_emit {
	uint32_t cp, pad;
	double p[4];
};

static const double *start, *trans;	/* start[4], trans[4][4] */
static const struct hmm_emit *emit;
static uint32_t nemit;

void
nseg_hmm_load(const void *p, size_t n)
{
	const char *s = p;
	uint32_t cnt;

	if (n < 16 + 20 * sizeof(double) || memcmp(s, "NSEGHMM1", 8) != 0)
		nk_die(NK_EXIT_DATA, "built-in HMM tables are damaged");
	memcpy(&cnt, s + 8, 4);
	if (n < 16 + 20 * sizeof(double) + (size_t)cnt * sizeof(struct hmm_emit))
		nk_die(NK_EXIT_DATA, "built-in HMM tables are damaged");
	start = (const double *)(s + 16);
	trans = start + 4;
	emit = (const struct hmm_emit *)(s + 16 + 20 * sizeof(double));
	nemit = cnt;
}

static const double *
emitp(int32_t c)
{
	static const double none[4] = { MINLP, MINLP, MINLP, MINLP };
	uint32_t lo = 0, hi = nemit, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (emit[mid].cp < (uint32_t)c)
			lo = mid + 1;
		else if (emit[mid].cp > (uint32_t)c)
			hi = mid;
		else
			return emit[mid].p;
	}
	return none;
}

/* the states that may precede each state */
static const int prev[4][2] = {
	[HMM_B] = { HMM_E, HMM_S },
	[HMM_M] = { HMM_M, HMM_B },
	[HMM_E] = { HMM_B, HMM_M },
	[HMM_S] = { HMM_S, HMM_E },
};

/*
 * Viterbi: the back pointers need n * 4 bytes, kept in st's
 * caller-provided space after the result (see seg.c: st has 5 * n).
 */
void
nseg_hmm_states(const int32_t *s, size_t n, uint8_t *st)
{
	double v[4], w[4];
	uint8_t *back = st + n;	/* back[t * 4 + state] */
	const double *e;
	size_t t;
	int y, k, best;

	if (n == 0)
		return;
	if (!emit) {
		for (t = 0; t < n; t++)
			st[t] = HMM_S;
		return;
	}
	e = emitp(s[0]);
	for (y = 0; y < 4; y++) {
		v[y] = start[y] + e[y];
		back[y] = (uint8_t)y;
	}
	for (t = 1; t < n; t++) {
		e = emitp(s[t]);
		for (y = 0; y < 4; y++) {
			double a = v[prev[y][0]] + trans[prev[y][0] * 4 + y];
			double b = v[prev[y][1]] + trans[prev[y][1] * 4 + y];

			/* ties go to the later state name, as Python's max() on (p, state) */
			if (a > b || (a == b && prev[y][0] > prev[y][1])) {
				w[y] = a + e[y];
				back[t * 4 + y] = (uint8_t)prev[y][0];
			} else {
				w[y] = b + e[y];
				back[t * 4 + y] = (uint8_t)prev[y][1];
			}
		}
		memcpy(v, w, sizeof(v));
	}
	best = v[HMM_S] >= v[HMM_E] ? HMM_S : HMM_E;
	for (t = n; t-- > 0;) {
		st[t] = (uint8_t)best;
		k = back[t * 4 + best];
		best = k;
	}
}
