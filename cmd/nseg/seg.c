/*
 * seg.c - word segmentation in the jieba family. A sentence is first cut
 * into pieces: runs of Han characters, and the tokens that are whole by
 * their form (numbers with their units, dates, times, percentages, URLs,
 * e-mail addresses, Latin words and versions, white space, punctuation).
 * Each Han run goes through the DAG of dictionary words and the maximum
 * probability route; runs of single characters the dictionary left alone
 * are decoded by the HMM into unknown words.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "nseg.h"

#define MAXHITS NSEG_MAXHITS

static uint16_t tag_m = 0xFFFF, tag_q = 0xFFFF;

/*
 * The bonus of a word of two characters or more, in log probability: it
 * moves the route from single characters to words and from long compounds
 * to their parts (信息技术 -> 信息 技术). Chosen on held-out UD GSDSimp
 * and checked on PKU and MSR (see the report in tests/conformance/nseg.sh).
 */
double nseg_beta = 6;

void
nseg_seg_init(void)
{
	tag_m = nseg_tag_id("m");
	tag_q = nseg_tag_id("q");
}

/* ---- character classes ---------------------------------------------------- */

static int
is_han(int32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF) ||
	    c == 0x3007 || c == 0x25CB;	/* 〇 ○, written as the digit zero */
}

static int
is_digit(int32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static int
is_alpha(int32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ||
	    (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
	    (c >= 0x391 && c <= 0x3C9) || (c >= 0x410 && c <= 0x44F);
}

static int
is_alnum(int32_t c)
{
	return is_digit(c) || is_alpha(c);
}

static int
is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\r' ||
	    c == '\n' || c == 0x2028 || c == 0x2029 || (c >= 0x2000 && c <= 0x200A) ||
	    c == 0x202F || c == 0x205F || c == 0xFEFF || c == 0x200B;
}

/* ASCII equivalent of a full-width form, for the joiners below */
static int32_t
narrow(int32_t c)
{
	return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
}

/* ---- units after a number (lexicon.yaml: units) ---------------------------- */

struct unit {
	int32_t w[8];
	uint8_t n, date;	/* date: a calendar or clock unit */
};
static struct unit *units;
static size_t nunits;

void
nseg_unit_add(const int32_t *w, size_t n, int date)
{
	if (n == 0 || n > 8)
		return;
	units = nk_erealloc(units, (nunits + 1) * sizeof(*units));
	memcpy(units[nunits].w, w, n * sizeof(*w));
	units[nunits].n = (uint8_t)n;
	units[nunits].date = (uint8_t)(date != 0);
	nunits++;
}

/* longest unit at s[0..n): its length, 0 if none */
static size_t
unit_at(const int32_t *s, size_t n, int *date)
{
	size_t i, best = 0;

	*date = 0;
	for (i = 0; i < nunits; i++)
		if (units[i].n > best && units[i].n <= n &&
		    memcmp(units[i].w, s, units[i].n * sizeof(*s)) == 0) {
			best = units[i].n;
			*date = units[i].date;
		}
	return best;
}

/* measure words (lexicon.yaml: classifiers): 一年 两个 第一次 are a
 * numeral and a classifier, two words */
static int32_t *clf;
static size_t nclf;

void
nseg_classifier_add(const int32_t *w, size_t n, int unused)
{
	if (n != 1)
		return;
	clf = nk_erealloc(clf, (nclf + 1) * sizeof(*clf));
	clf[nclf++] = w[0];
}

static int
is_classifier(int32_t c)
{
	size_t i;

	for (i = 0; i < nclf; i++)
		if (clf[i] == c)
			return 1;
	return 0;
}

static int is_cnum(int32_t c);

/* characters that are words of their own when the HMM looks for unknown
 * words (lexicon.yaml: hmm_stop) */
static uint8_t stopbits[0x10000 / 8];

void
nseg_stop_add(const int32_t *w, size_t n, int unused)
{
	if (n == 1 && w[0] >= 0 && w[0] < 0x10000)
		stopbits[w[0] >> 3] |= (uint8_t)(1u << (w[0] & 7));
}

static int
is_stop(int32_t c)
{
	return c >= 0 && c < 0x10000 && (stopbits[c >> 3] & (1u << (c & 7)));
}

/* numeral-classifier words that are words all the same (一个) */
static int32_t (*keep)[4];
static size_t nkeep;

void
nseg_keep_add(const int32_t *w, size_t n, int unused)
{
	if (n < 2 || n > 4)
		return;
	keep = nk_erealloc(keep, (nkeep + 1) * sizeof(*keep));
	memset(keep[nkeep], 0, sizeof(*keep));
	memcpy(keep[nkeep], w, n * sizeof(*w));
	nkeep++;
}

/* s[0..n) is a numeral (第一, 两, 几, 多) and a classifier */
static int
num_classifier(const int32_t *s, size_t n)
{
	size_t i = 0, k;

	for (k = 0; k < nkeep && n <= 4; k++)
		if (memcmp(keep[k], s, n * sizeof(*s)) == 0 && (n == 4 || keep[k][n] == 0))
			return 0;

	if (n < 2 || !is_classifier(s[n - 1]))
		return 0;
	if (s[0] == 0x7B2C)	/* 第 */
		i++;
	if (i == n - 1)
		return 0;
	for (; i < n - 1; i++)
		if (!is_cnum(s[i]) && s[i] != 0x51E0 && s[i] != 0x591A)	/* 几 多 */
			return 0;
	return 1;
}

static int
is_cnum(int32_t c)
{
	switch (c) {
	case 0x96F6: case 0x3007: case 0x25CB:	/* 零 〇 ○ */
	case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94:	/* 一二三四五 */
	case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341:	/* 六七八九十 */
	case 0x767E: case 0x5343: case 0x4E07: case 0x4EBF: case 0x4E24:	/* 百千万亿两 */
		return 1;
	}
	return 0;
}

static int
is_magnitude(int32_t c)
{
	return c == 0x5341 || c == 0x767E || c == 0x5343 || c == 0x4E07 || c == 0x4EBF;
}

/* ---- tokens ------------------------------------------------------------------ */

static void
push(struct nseg_seg *S, size_t beg, size_t end, int kind, uint16_t tag)
{
	if (S->ntok == S->tokcap) {
		S->tokcap = S->tokcap ? 2 * S->tokcap : 256;
		S->tok = nk_erealloc(S->tok, S->tokcap * sizeof(*S->tok));
	}
	S->tok[S->ntok].beg = (uint32_t)beg;
	S->tok[S->ntok].end = (uint32_t)end;
	S->tok[S->ntok].kind = (uint8_t)kind;
	S->tok[S->ntok].tag = tag;
	S->ntok++;
}

const char *
nseg_tok_tag(const struct nseg_tok *t)
{
	switch (t->kind) {
	case TOK_WORD:
		return nseg_tag_name(t->tag);
	case TOK_NUM:
		return "m";
	case TOK_DATE:
		return "t";
	case TOK_CLF:
		return "q";
	case TOK_LATIN:
		return "eng";
	default:
		return "x";
	}
}

/* ---- pieces that are whole by their form ------------------------------------ */

static int
url_char(int32_t c)
{
	return c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' &&
	    c != '\\' && c != '^' && c != '`' && c != '{' && c != '|' && c != '}';
}

static int
prefix(const int32_t *s, size_t n, const char *p)
{
	size_t i;

	for (i = 0; p[i]; i++)
		if (i >= n || (s[i] | (s[i] < 128 ? 0x20 : 0)) != (p[i] | 0x20))
			return 0;
	return 1;
}

/* a URL at s[0]: its length, 0 if none */
static size_t
scan_url(const int32_t *s, size_t n)
{
	size_t j, open = 0;

	if (!prefix(s, n, "http://") && !prefix(s, n, "https://") &&
	    !prefix(s, n, "ftp://") && !prefix(s, n, "www."))
		return 0;
	for (j = 0; j < n && url_char(s[j]); j++)
		if (s[j] == '(')
			open++;
		else if (s[j] == ')') {
			if (!open)
				break;
			open--;
		}
	while (j > 0 && strchr(".,;:!?'*", (int)s[j - 1]))
		j--;
	return j;
}

/*
 * A number, Latin word, version, code or e-mail address at s[0] (an
 * alphanumeric character), with a percent sign or a unit after a number,
 * and a date chain 2024年11月5日. Sets *kind. Returns its length.
 */
static size_t
scan_atom(const int32_t *s, size_t n, int *kind)
{
	size_t j = 0, k, u;
	int alpha = 0, digit_end, date = 0;

	*kind = TOK_NUM;
	for (;;) {
		while (j < n && is_alnum(s[j])) {
			if (is_alpha(s[j]))
				alpha = 1;
			j++;
		}
		if (j + 1 >= n)
			break;
		{
			int32_t c = narrow(s[j]), a = s[j - 1], b = s[j + 1];

			if (!is_alnum(b))
				break;
			if (c == ',' ) {
				/* thousands: exactly three digits follow */
				if (!is_digit(a) || j + 3 >= n + 0 || !is_digit(s[j + 1]) ||
				    !is_digit(s[j + 2]) || !is_digit(s[j + 3]) ||
				    (j + 4 < n && is_alnum(s[j + 4])))
					break;
			} else if (c == ':' || c == '/') {
				if (!is_digit(a) || !is_digit(b))
					break;
			} else if (c == '.' || c == '-' || c == '_' || c == '@' || c == '&' || c == '+') {
				if (c == '&' && (!is_alpha(a) || !is_alpha(b)))
					break;
			} else
				break;
			j++;
		}
	}
	/* abbreviations: U.S. A.I. (single letters between dots) */
	if (j < n && s[j] == '.' && j >= 3 && is_alpha(s[j - 1]) && s[j - 2] == '.' && is_alpha(s[j - 3]))
		j++;
	/* C++ C# */
	if (alpha && j < n && (s[j] == '+' || s[j] == '#') && is_alpha(s[j - 1])) {
		k = j;
		while (k < n && k < j + 2 && s[k] == s[j])
			k++;
		if (k == n || !is_alnum(s[k]))
			j = k;
	}
	if (alpha)
		*kind = TOK_LATIN;
	digit_end = j > 0 && is_digit(s[j - 1]);
	if (digit_end && j < n && (s[j] == '%' || s[j] == 0xFF05 || s[j] == 0x2030))
		return j + 1;
	if (!digit_end)
		return j;
	/* a number: magnitudes and a unit, or a date chain */
	for (;;) {
		k = j;
		while (k < n && is_magnitude(s[k]))
			k++;
		if (k < n && (s[k] == 0x591A || s[k] == 0x4F59) && k > j)	/* 多 余 after 万 */
			k++;
		u = unit_at(s + k, n - k, &date);
		if (k == j && !u)
			break;
		j = k + u;
		if (*kind != TOK_DATE)
			*kind = date && k == j - u ? TOK_DATE : TOK_NUM;
		if (!date || u == 0)
			break;
		/* 2024年11月5日, 15时30分: digits then another unit */
		for (k = j; k < n && is_digit(s[k]); k++)
			;
		if (k == j || k >= n || !unit_at(s + k, n - k, &date) || !date)
			break;
		j = k;
	}
	return j;
}

/* ---- the DAG and the route --------------------------------------------------- */

static void
grow(struct nseg_seg *S, size_t n)
{
	if (n + 1 <= S->cap)
		return;
	S->cap = 2 * (n + 1);
	S->route = nk_erealloc(S->route, S->cap * sizeof(*S->route));
	S->next = nk_erealloc(S->next, S->cap * sizeof(*S->next));
	S->rtag = nk_erealloc(S->rtag, S->cap * sizeof(*S->rtag));
	S->st = nk_erealloc(S->st, 5 * S->cap);
	S->kind = nk_erealloc(S->kind, S->cap);
}

/* log probability given to numbers written in Chinese (二十, 一九九八年) */
#define CNUM_LOGP (-11.0)

/*
 * Best route through s[0..n) (a run of Han characters): next[i] is the
 * end of the word that starts at i, route[i] the log probability of the
 * best cut of s[i..n).
 */
static void
route(struct nseg_seg *S, const int32_t *s, size_t n)
{
	struct nseg_hit many[NSEG_LANES][MAXHITS], *hits;
	size_t manyn[NSEG_LANES], lo = n;
	size_t i, k, nh, r, e;
	double unk = nseg_dict_unknown(), best, p;
	int date;

	S->route[n] = 0;
	for (i = n; i-- > 0;) {
		if (i < lo) {
			/* the next block of positions, walked together */
			lo = i + 1 >= NSEG_LANES ? i + 1 - NSEG_LANES : 0;
			nseg_dict_prefixes_many(s, n, lo, i + 1 - lo, many, manyn);
		}
		hits = many[i - lo];
		nh = manyn[i - lo];
		best = -INFINITY;
		S->next[i] = (uint32_t)(i + 1);
		S->rtag[i] = 0;
		S->kind[i] = TOK_WORD;
		if (nh == 0 || hits[0].len != 1) {
			best = unk + S->route[i + 1];
		}
		for (k = 0; k < nh; k++) {
			p = hits[k].logp + S->route[i + hits[k].len];
			if (hits[k].len > 1)
				p += nseg_beta;
			if (p > best) {
				best = p;
				S->next[i] = (uint32_t)(i + hits[k].len);
				S->rtag[i] = hits[k].tag;
				S->kind[i] = TOK_WORD;
				if (hits[k].tag == tag_m && num_classifier(s + i, hits[k].len))
					S->kind[i] = TOK_CLF;
			}
		}
		/* numbers in Chinese: 二十, 一九九八年, 第十五届 */
		r = i + (s[i] == 0x7B2C);	/* 第 */
		for (e = r; e < n && is_cnum(s[e]); e++)
			;
		if (e - r >= 2 || (e > r && r > i)) {
			size_t u = unit_at(s + e, n - e, &date);

			if (u && !date)	/* in Chinese only 年 月 日 ... join: 二十 个 */
				u = 0;
			p = CNUM_LOGP + nseg_beta + S->route[e];
			if (p > best) {
				best = p;
				S->next[i] = (uint32_t)e;
				S->kind[i] = TOK_NUM;
			}
			if (u) {
				p = CNUM_LOGP + nseg_beta + S->route[e + u];
				if (p > best) {
					best = p;
					S->next[i] = (uint32_t)(e + u);
					S->kind[i] = date ? TOK_DATE : TOK_NUM;
				}
			}
		}
		S->route[i] = best;
	}
}

/* emit s[b..e) (single characters of a route) as words */
static void
singles(struct nseg_seg *S, const int32_t *s, size_t base, size_t b, size_t e)
{
	float lp;
	uint16_t tag;
	size_t i;

	for (i = b; i < e; i++) {
		tag = 0;
		nseg_dict_word(s + i, 1, &lp, &tag);
		push(S, base + i, base + i + 1, TOK_WORD, tag);
	}
}

/* s[b..e): characters no dictionary word joined, decoded by the HMM */
static void
hmm(struct nseg_seg *S, const int32_t *s, size_t base, size_t b, size_t e)
{
	float lp;
	uint16_t tag;
	size_t i, w;

	if (e - b == 1 || nseg_dict_word(s + b, e - b, &lp, &tag)) {
		singles(S, s, base, b, e);
		return;
	}
	nseg_hmm_states(s + b, e - b, S->st);
	for (i = b, w = b; i < e; i++) {
		int st = S->st[i - b];

		if (st == HMM_B || st == HMM_S)
			w = i;
		if (st == HMM_E || st == HMM_S || i + 1 == e) {
			tag = 0;
			nseg_dict_word(s + w, i + 1 - w, &lp, &tag);
			push(S, base + w, base + i + 1, TOK_WORD, tag);
			w = i + 1;
		}
	}
}

/*
 * A run of single characters of the route. Function characters (lexicon:
 * hmm_stop: 的 了 是 在 ...) are words of their own and split the run; what
 * lies between them goes to the HMM.
 */
static void
flush(struct nseg_seg *S, const int32_t *s, size_t base, size_t b, size_t e)
{
	size_t i, r;

	if (e - b == 1 || !S->hmm) {
		singles(S, s, base, b, e);
		return;
	}
	for (i = r = b; i < e; i++)
		if (is_stop(s[i])) {
			if (r < i)
				hmm(S, s, base, r, i);
			singles(S, s, base, i, i + 1);
			r = i + 1;
		}
	if (r < e)
		hmm(S, s, base, r, e);
}

static void
cut_piece(struct nseg_seg *S, const int32_t *s, size_t n, size_t base)
{
	size_t i, j, buf = 0, inbuf = 0;

	if (n == 0)
		return;
	grow(S, n);
	route(S, s, n);
	for (i = 0; i < n; i = j) {
		j = S->next[i];
		if (j - i == 1 && S->kind[i] == TOK_WORD) {
			if (!inbuf)
				buf = i;
			inbuf = 1;
			continue;
		}
		if (inbuf)
			flush(S, s, base, buf, i);
		inbuf = 0;
		if (S->kind[i] == TOK_CLF) {
			push(S, base + i, base + j - 1, TOK_NUM, tag_m);
			push(S, base + j - 1, base + j, TOK_WORD, tag_q);
			continue;
		}
		push(S, base + i, base + j, S->kind[i], S->rtag[i]);
	}
	if (inbuf)
		flush(S, s, base, buf, n);
}

/*
 * A number written in Chinese is never cut inside (二十三位: not 二十 三位):
 * a run of numerals of three or more, or of two with 十 百 千 万 亿 or a
 * zero, is one token, with 第 before it and a calendar unit after it.
 */
static int
is_numword(int32_t c)
{
	return is_magnitude(c) || c == 0x96F6 || c == 0x3007 || c == 0x25CB;
}

static void
cut_han(struct nseg_seg *S, const int32_t *s, size_t n, size_t base)
{
	size_t i = 0, a = 0, e, b, u;
	int date, mag;

	while (i < n) {
		if (!is_cnum(s[i])) {
			i++;
			continue;
		}
		for (e = i, mag = 0; e < n && is_cnum(s[e]); e++)
			mag |= is_numword(s[e]);
		if (e - i < 2 || (e - i == 2 && !mag)) {
			i = e;
			continue;
		}
		b = i > a && s[i - 1] == 0x7B2C ? i - 1 : i;	/* 第 */
		u = unit_at(s + e, n - e, &date);
		if (!date)
			u = 0;
		cut_piece(S, s + a, b - a, base + a);
		push(S, base + b, base + e + u, u ? TOK_DATE : TOK_NUM, tag_m);
		i = a = e + u;
	}
	cut_piece(S, s + a, n - a, base + a);
}

void
nseg_cut(struct nseg_seg *S, const int32_t *s, size_t n)
{
	size_t i = 0, j;
	int kind;

	S->ntok = 0;
	while (i < n) {
		int32_t c = s[i];

		if (is_han(c)) {
			for (j = i + 1; j < n && is_han(s[j]); j++)
				;
			cut_han(S, s + i, j - i, i);
		} else if (is_alnum(c)) {
			if ((j = scan_url(s + i, n - i)) > 0)
				kind = TOK_URL;
			else
				j = scan_atom(s + i, n - i, &kind);
			if (j == 0)
				j = 1;
			push(S, i, i + j, kind, 0);
			j += i;
		} else if ((c == '-' || c == 0xFF0D || c == 0x2212) && i + 1 < n && is_digit(s[i + 1]) &&
		    (i == 0 || !is_alnum(s[i - 1]))) {
			/* a negative number: -5, －５ */
			j = 1 + scan_atom(s + i + 1, n - i - 1, &kind);
			push(S, i, i + j, kind, 0);
			j += i;
		} else if (is_space(c)) {
			for (j = i + 1; j < n && is_space(s[j]); j++)
				;
			push(S, i, j, TOK_SPACE, 0);
		} else {
			/* punctuation: a run of one mark (…… ——) is one token */
			for (j = i + 1; j < n && s[j] == c; j++)
				;
			push(S, i, j, TOK_PUNCT, 0);
		}
		i = j;
	}
}

double
nseg_route_logp(const int32_t *s, size_t n)
{
	static struct nseg_seg S;

	if (n == 0)
		return 0;
	grow(&S, n);
	route(&S, s, n);
	return S.route[0];
}

void
nseg_seg_free(struct nseg_seg *S)
{
	free(S->tok);
	free(S->route);
	free(S->next);
	free(S->rtag);
	free(S->st);
	free(S->kind);
	memset(S, 0, sizeof(*S));
}
