/*
 * nnum.c - the quantity recogniser: numerals (common/cnum.c) with what
 * surrounds them (bounds, 第, 百分之, units, currencies, ranges), and what
 * rules a number out (dates, versions, IDs, URLs, set phrases).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "cnum.h"
#include "nnum.h"

extern const char nk_lexicon_nnum[], nk_lexicon_nnum_end[];

int nnum_all;

/* ---- word tables ---------------------------------------------------------- */

enum { W_CUR = 1, W_UNIT, W_COUNTER, W_LATIN, W_BEFORE, W_AFTER, W_NOT };

struct word {
	int64_t key;		/* first code point (last for W_BEFORE; numeral for W_NOT) */
	size_t off;		/* W_NOT: byte offset of the key in w */
	const char *w;
	size_t n;
	int type;
	const char *code;	/* currency code, or bound: under/over/approx */
	uint32_t head;		/* the first four bytes (fewer for short words), a quick filter */
	uint32_t mask;
};

struct slot {
	int64_t key;
	uint32_t lo, hi;	/* the entries with this key: v[lo..hi) */
};

struct wtab {
	struct word *v;
	size_t n, cap;
	struct slot *hash;	/* open addressing over the distinct keys */
	size_t hmask;
};

static struct wtab suf, latin, before, after, nots;
static int loaded;

static void
wt_add(struct wtab *t, int64_t key, size_t off, const char *w, int type, const char *code)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->v = nk_erealloc(t->v, t->cap * sizeof(*t->v));
	}
	t->v[t->n].key = key;
	t->v[t->n].off = off;
	t->v[t->n].w = w;
	t->v[t->n].n = strlen(w);
	t->v[t->n].type = type;
	t->v[t->n].code = code;
	{
		size_t l = t->v[t->n].n < 4 ? t->v[t->n].n : 4;
		t->v[t->n].head = 0;
		t->v[t->n].mask = 0;
		memcpy(&t->v[t->n].head, w, l);
		memset(&t->v[t->n].mask, 0xff, l);
	}
	t->n++;
}

static size_t
hkey(int64_t k)
{
	uint64_t x = (uint64_t)k * 0x9e3779b97f4a7c15ULL;

	return (size_t)(x >> 32);
}

static int
wcmp(const void *a, const void *b)
{
	const struct word *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;	/* longest first */
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return strcmp(x->w, y->w);
}

/* Sort, and drop earlier duplicates (a later --lexicon entry wins). */
static void
wt_done(struct wtab *t)
{
	size_t i, k = 0;

	/* a word listed twice keeps its last entry (--lexicon overrides) */
	for (i = 0; i < t->n; i++) {
		size_t j;
		for (j = i + 1; j < t->n; j++)
			if (t->v[j].n == t->v[i].n && t->v[j].off == t->v[i].off &&
			    memcmp(t->v[j].w, t->v[i].w, t->v[i].n) == 0)
				break;
		if (j == t->n)
			t->v[k++] = t->v[i];
	}
	t->n = k;
	qsort(t->v, t->n, sizeof(*t->v), wcmp);
	/* a hash of the keys, at most half full */
	for (t->hmask = 15; t->hmask < 2 * t->n; t->hmask = 2 * t->hmask + 1)
		;
	t->hash = nk_ecalloc(t->hmask + 1, sizeof(*t->hash));
	for (i = 0; i <= t->hmask; i++)
		t->hash[i].hi = 0;
	for (i = 0; i < t->n; i = k) {
		size_t h = hkey(t->v[i].key) & t->hmask;
		for (k = i; k < t->n && t->v[k].key == t->v[i].key; k++)
			;
		while (t->hash[h].hi)
			h = (h + 1) & t->hmask;
		t->hash[h].key = t->v[i].key;
		t->hash[h].lo = (uint32_t)i;
		t->hash[h].hi = (uint32_t)k;
	}
}

/* first entry with this key, or NULL; *endp the end of its run */
static const struct word *
wt_first(const struct wtab *t, int64_t key, const struct word **endp)
{
	size_t h;

	if (!t->hash)
		return NULL;
	for (h = hkey(key) & t->hmask; t->hash[h].hi; h = (h + 1) & t->hmask)
		if (t->hash[h].key == key) {
			*endp = t->v + t->hash[h].hi;
			return t->v + t->hash[h].lo;
		}
	return NULL;
}

static inline int32_t
cp_at(const char *s, size_t n, size_t i, size_t *k)
{
	int32_t cp;

	if (i >= n) {
		*k = 0;
		return -1;
	}
	*k = nk_u8_get(s + i, n - i, &cp);
	return cp;
}

/* code point ending at i (before i), or -1; *k its length */
static int32_t
cp_before(const char *s, size_t i, size_t *k)
{
	size_t j = i;
	int32_t cp;

	*k = 0;
	if (i == 0)
		return -1;
	j--;
	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xc0) == 0x80)
		j--;
	if (nk_u8_get(s + j, i - j, &cp) != i - j)
		cp = -1;
	*k = i - j;
	return cp;
}

/* longest word of t that starts at i */
static const struct word *
wt_fwd(const struct wtab *t, const char *s, size_t n, size_t i)
{
	const struct word *w, *e;
	size_t k;
	int32_t cp = cp_at(s, n, i, &k);

	if (cp < 0 || !(w = wt_first(t, cp, &e)))
		return NULL;
	for (; w < e; w++)
		if (n - i >= w->n && memcmp(s + i, w->w, w->n) == 0)
			return w;
	return NULL;
}

/* longest word of t that ends at i */
static const struct word *
wt_back(const struct wtab *t, const char *s, size_t i)
{
	const struct word *w, *e;
	size_t k;
	int32_t cp = cp_before(s, i, &k);

	if (cp < 0 || !(w = wt_first(t, cp, &e)))
		return NULL;
	for (; w < e; w++)
		if (i >= w->n && memcmp(s + i - w->n, w->w, w->n) == 0)
			return w;
	return NULL;
}

/*
 * The set phrases are indexed by the numeral character they contain and
 * its neighbour: the next character, or the one before when the numeral
 * ends the phrase (统一, 之一).
 */
#define NOTKEY(cp, nb, after) (((int64_t)(cp) << 23) | ((int64_t)(after) << 22) | ((nb) & 0x3fffff))

/* a not-word covering the numeral character at i: its end, else 0 */
static size_t
not_at(const char *s, size_t n, size_t i)
{
	const struct word *w, *e;
	size_t k, k2, pass;
	int32_t cp = cp_at(s, n, i, &k), nb;

	if (cp < 0)
		return 0;
	for (pass = 0; pass < 2; pass++) {
		nb = pass == 0 ? cp_at(s, n, i + k, &k2) : cp_before(s, i, &k2);
		if (nb < 0 || !(w = wt_first(&nots, NOTKEY(cp, nb, pass == 0), &e)))
			continue;
		for (; w < e; w++) {
		size_t b = i - w->off;
		uint32_t h = 0;
		if (i < w->off || n - b < w->n)
			continue;
		memcpy(&h, s + b, 4 <= n - b ? 4 : n - b);
		if ((h & w->mask) == w->head && memcmp(s + b, w->w, w->n) == 0)
			return b + w->n;
		}
	}
	return 0;
}

static int32_t
first_cp(const char *w)
{
	int32_t cp;

	nk_u8_dec(w, strlen(w), &cp);
	return cp;
}

static int32_t
last_cp(const char *w)
{
	size_t k;

	return cp_before(w, strlen(w), &k);
}

static void
add_list(const nk_yaml *y, struct wtab *t, int type)
{
	size_t i;

	if (!y || y->kind != NK_Y_SEQ)
		return;
	for (i = 0; i < y->n; i++)
		if (y->kids[i]->kind == NK_Y_SCALAR && *y->kids[i]->val)
			wt_add(t, type == W_LATIN ? (unsigned char)y->kids[i]->val[0] :
			    first_cp(y->kids[i]->val), 0, y->kids[i]->val, type, NULL);
}

static void
add_map(const nk_yaml *y, struct wtab *t, int type)
{
	size_t i;

	if (!y || y->kind != NK_Y_MAP)
		return;
	for (i = 0; i + 1 < y->n; i += 2) {
		const char *w = y->kids[i]->val, *c = y->kids[i + 1]->val;
		if (y->kids[i]->kind != NK_Y_SCALAR || y->kids[i + 1]->kind != NK_Y_SCALAR || !*w)
			continue;
		wt_add(t, type == W_BEFORE ? last_cp(w) : first_cp(w), 0, w, type, c);
	}
}

static void
add_nots(const nk_yaml *y)
{
	size_t i, j, k;
	int32_t cp;

	if (!y || y->kind != NK_Y_SEQ)
		return;
	for (i = 0; i < y->n; i++) {
		const char *w = y->kids[i]->val;
		size_t n;
		if (y->kids[i]->kind != NK_Y_SCALAR)
			continue;
		n = strlen(w);
		for (j = 0; j < n; j += k) {
			k = nk_u8_dec(w + j, n - j, &cp);
			if (nk_cnum_digit(cp) >= 0 || nk_cnum_mult(cp, NULL) >= 0) {
				size_t k2;
				int32_t nb;
				if (j + k < n) {
					nk_u8_dec(w + j + k, n - j - k, &nb);
					wt_add(&nots, NOTKEY(cp, nb, 1), j, w, W_NOT, NULL);
				} else if (j > 0 && (nb = cp_before(w, j, &k2)) >= 0)
					wt_add(&nots, NOTKEY(cp, nb, 0), j, w, W_NOT, NULL);
			}
		}
	}
}

/* characters that can start a quantity (besides ASCII digits and signs) */
static unsigned char trig[0x10000 / 8];
/* the same for three-byte characters, by their first two bytes: bit b of
 * trig3[(b0 & 0x0f) << 6 | (b1 & 0x3f)] for the last byte 0x80 | b */
static uint64_t trig3[1024];

static int
is_trigger(int32_t cp)
{
	return nk_cnum_digit(cp) >= 0 || nk_cnum_mult(cp, NULL) >= 0 ||
	    cp == 0x7b2c /* 第 */ || cp == 0x51e0 || cp == 0x5e7e /* 几 幾 */ ||
	    cp == 0x6570 || cp == 0x6578 /* 数 數 */ || cp == 0x8d1f || cp == 0x8ca0 /* 负 負 */ ||
	    cp == 0xff0d /* － */ || cp == 0xffe5 || cp == 0xa5 || cp == 0x20ac || cp == 0xa3 /* ￥ ¥ € £ */ ||
	    cp == 0x4f70 /* 佰 */ || cp == 0x534a /* 半 */ || cp == 0x5bf9 || cp == 0x5c0d /* 对 對 */;
}

/*
 * The characters above U+007F that is_trigger() accepts, in code point
 * order: the tables are built from this list at the first line rather
 * than by asking is_trigger() about 65,536 code points (3 ms). The unit
 * test (tests/unit/nnum_recog.c) checks the list against is_trigger().
 */
const char nnum_trigger_chars[] =
    "£¥€○〇一七万三两九二五亿仟伍佰倆億兆兩八六几十千卅半叁四壹对對幾廿拾捌数數柒玖百第肆萬負貳负贰陆陸零－０１２３４５６７８９￥";
#define trigger_chars nnum_trigger_chars

int
nnum_is_trigger(int32_t cp)
{
	return is_trigger(cp);
}

/* the parsed lexicons: the word tables point into them for the whole run */
static nk_lexsrc *src;

static void
load(void)
{
	size_t n, i, len;
	int32_t cp;

	loaded = 1;
	n = nk_lexicon(nk_lexicon_nnum, (size_t)(nk_lexicon_nnum_end - nk_lexicon_nnum), &src);
	for (i = 0; i < n; i++) {
		const nk_yaml *y = src[i].y;
		add_map(nk_yaml_get(y, "currency"), &suf, W_CUR);
		add_list(nk_yaml_get(y, "unit"), &suf, W_UNIT);
		add_list(nk_yaml_get(y, "counter"), &suf, W_COUNTER);
		add_list(nk_yaml_get(y, "latin_unit"), &latin, W_LATIN);
		add_map(nk_yaml_get(y, "bound_before"), &before, W_BEFORE);
		add_map(nk_yaml_get(y, "bound_after"), &after, W_AFTER);
		add_nots(nk_yaml_get(y, "not"));
	}
	for (i = 0; trigger_chars[i]; i += len) {
		len = nk_u8_dec(trigger_chars + i, sizeof trigger_chars - 1 - i, &cp);
		trig[cp >> 3] |= 1 << (cp & 7);
		if (cp >= 0x800)
			trig3[cp >> 6] |= (uint64_t)1 << (cp & 0x3f);
	}
	/* the YAML trees stay alive: the tables point into them */
	wt_done(&suf);
	wt_done(&latin);
	wt_done(&before);
	wt_done(&after);
	wt_done(&nots);
}

/* ---- dates: found once per record, when a number first needs them -------- */

static nn_span *dates;
static size_t datecap, ndates_found;
static size_t win_b, win_e;	/* the window of the text the spans were found in */
static int dates_ready;

/*
 * The date spans around [b, e). The date recogniser reads a window of
 * the text around the number: the clause it stands in (a date or clock
 * time never spans 。，；！？), at most WIN bytes either side. Reading the
 * whole of the line for every number would cost more than the rest of
 * nnum. Spans are kept while later numbers fall inside the same window.
 */
#define WIN 240

/* a clause mark (。，；！？) ends at i / starts at i */
static int
clause_mark(const char *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x82)	/* 。 */
		return 1;
	return u[0] == 0xef && u[1] == 0xbc && (u[2] == 0x8c || u[2] == 0x9b || u[2] == 0x81 || u[2] == 0x9f);
}

static size_t
dates_in(const char *s, size_t n, size_t b, size_t e)
{
	size_t wb, we, i;

	if (dates_ready && b >= win_b && e <= win_e)
		return ndates_found;
	wb = b;
	while (wb > 0 && b - wb < WIN && !(wb >= 3 && clause_mark(s, wb - 3)))
		wb--;
	we = e;
	while (we < n && we - e < WIN && !(we + 3 <= n && clause_mark(s, we)))
		we++;
	while (wb > 0 && ((unsigned char)s[wb] & 0xc0) == 0x80)
		wb--;
	while (we < n && ((unsigned char)s[we] & 0xc0) == 0x80)
		we++;
	ndates_found = nn_dates(s + wb, we - wb, &dates, &datecap);
	for (i = 0; i < ndates_found; i++) {
		dates[i].beg += wb;
		dates[i].end += wb;
	}
	/* a window cut short of a clause mark is trusted only well inside */
	win_b = (wb == 0 || (wb >= 3 && clause_mark(s, wb - 3))) ? wb : wb + WIN / 2;
	win_e = (we == n || (we + 3 <= n && clause_mark(s, we))) ? we : we - WIN / 2;
	dates_ready = 1;
	return ndates_found;
}

/*
 * A character that can be part of a date, time or duration expression:
 * 1 for a date word (年 月 点 …), 2 for a separator (: - / . 到 至 ~),
 * which counts only with a numeral on its other side (2024-09-14, 10：30,
 * 1月至3月), 0 for others.
 */
static int
date_char(int32_t cp)
{
	switch (cp) {
	case ':': case '-': case '/': case '.': case 0xff1a: case 0xff0f: case 0xff0e: case 0xff0d:
	case 0x81f3: case 0x5230: case 0x2014: case 0xff5e: case '~':		/* 至 到 — ～ ~ */
		return 2;
	case 0x5e74: case 0x6708: case 0x65e5: case 0x53f7: case 0x865f:	/* 年 月 日 号 號 */
	case 0x70b9: case 0x9ede: case 0x65f6: case 0x6642: case 0x5206:	/* 点 點 时 時 分 */
	case 0x79d2: case 0x5b63: case 0x5468: case 0x9031: case 0x671f:	/* 秒 季 周 週 期 */
	case 0x65ec: case 0x5929: case 0x591c: case 0x665a: case 0x65e9:	/* 旬 天 夜 晚 早 */
	case 0x5348: case 0x521d:						/* 午 初 */
	case 0x5e95: case 0x672b: case 0x534a: case 0x4e16:			/* 底 末 半 世 */
	case 0x62dc: case 0x5ea6: case 0x949f: case 0x9418: case 0x5c0f:	/* 拜 度 钟 鐘 小 */
	case 0x8d22: case 0x8ca1: case 0x5b9c: case 0x661f: case 0x5de5:	/* 财 財 宵 星 工 */
	case 0x793c: case 0x79ae:						/* 礼 禮 (礼拜) */
	case 0x6668: case 0x4eca: case 0x660e: case 0x53bb: case 0x6628:	/* 晨 今 明 去 昨 */
		return 1;
	}
	return 0;
}

/* a numeral character: a digit (any script) or 十 百 千 万 亿 */
static int
numeral_cp(int32_t cp)
{
	return cp >= 0 && ((cp >= '0' && cp <= '9') || nk_cnum_digit(cp) >= 0 || nk_cnum_mult(cp, NULL) >= 0);
}

/* what may stand between a number and its date word: 三个多月, 两个半小时, 第一天 */
static int
date_link(int32_t cp)
{
	switch (cp) {
	case 0x4e2a: case 0x500b: case 0x591a: case 0x4f59: case 0x9918:	/* 个 個 多 余 餘 */
	case 0x534a: case 0x6765: case 0x4f86: case 0x51e0: case 0x5e7e:	/* 半 来 來 几 幾 */
	case 0x7b2c: case 0x6574: case ' ':					/* 第 整 */
		return 1;
	}
	return numeral_cp(cp);	/* 两三个月 */
}

/*
 * A date word next to [b, e), or past what links them (三个多月: two
 * links). A separator counts only right next to the number, with a
 * numeral on its other side.
 */
static int
near_date_word(const char *s, size_t n, size_t b, size_t e)
{
	size_t t, k, k2;
	int c, dc;
	int32_t cp;

	for (t = b, c = 0; c < 2; c++, t -= k) {
		cp = cp_before(s, t, &k);
		if (cp < 0)
			break;
		if ((dc = date_char(cp)) == 1 || (dc == 2 && c == 0 && numeral_cp(cp_before(s, t - k, &k2))))
			return 1;
		if (!date_link(cp))
			break;
	}
	for (t = e, c = 0; c < 3 && t < n; c++, t += k) {
		cp = cp_at(s, n, t, &k);
		if ((dc = date_char(cp)) == 1 || (dc == 2 && c == 0 && numeral_cp(cp_at(s, n, t + k, &k2))))
			return 1;
		if (!date_link(cp))
			break;
	}
	return 0;
}

/* ---- versions named in the record: GPT-3.5 … 达到 3.5 的水平 ------------------- */

static char vers[16][16];
static size_t nvers;

static void
remember_version(const char *s, size_t i, size_t e)
{
	size_t b = e;

	/* the number at the end of a token: GPT-3.5 -> 3.5, Qwen2.5 -> 2.5 */
	while (b > i && ((s[b - 1] >= '0' && s[b - 1] <= '9') || s[b - 1] == '.'))
		b--;
	while (b < e && s[b] == '.')
		b++;
	if (b == e || b == i || e - b >= sizeof vers[0] || !memchr(s + b, '.', e - b) || nvers == 16)
		return;
	memcpy(vers[nvers], s + b, e - b);
	vers[nvers++][e - b] = '\0';
}

static int
is_version(const char *s, size_t b, size_t e)
{
	size_t k;

	for (k = 0; k < nvers; k++)
		if (strlen(vers[k]) == e - b && memcmp(vers[k], s + b, e - b) == 0)
			return 1;
	return 0;
}

/* ---- recognition ----------------------------------------------------------- */

enum kind {
	K_NONE, K_CARDINAL, K_DECIMAL, K_PERCENT, K_FRACTION, K_ORDINAL, K_RANGE,
	K_MONEY, K_VAGUE, K_DATE, K_VERSION, K_ID
};

static const char *const kindname[] = {
	"", "cardinal", "decimal", "percent", "fraction", "ordinal", "range",
	"money", "vague", "date", "version", "id"
};

struct q {
	size_t b, e;		/* bytes of the surface */
	enum kind kind;
	int range, ord, pct, frac, vague, neg;
	char value[2 * NK_DEC_MAX + 4];
	char unitbuf[64];
	const char *unit;
	const char *mod;
};

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_alnum(int c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

/* (inlined: w is most often a literal, so strlen and memcmp fold) */
static inline __attribute__((always_inline)) int
at(const char *s, size_t n, size_t i, const char *w)
{
	size_t l = strlen(w);

	/* the first byte alone rules out most places; for a literal w the
	 * length is a constant and memcmp becomes a load or two */
	return i < n && n - i >= l && s[i] == w[0] && memcmp(s + i, w, l) == 0;
}

static inline __attribute__((always_inline)) int
ends(const char *s, size_t i, const char *w)
{
	size_t l = strlen(w);

	return i >= l && memcmp(s + i - l, w, l) == 0;
}

/* one ASCII space or U+3000 at i: its length */
static size_t
space_at(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == ' ')
		return 1;
	if (at(s, n, i, "\xe3\x80\x80"))
		return 3;
	return 0;
}

/* is a numeral character (digit or multiplier) at i? */
static int
numch(const char *s, size_t n, size_t i)
{
	size_t k;
	int32_t cp = cp_at(s, n, i, &k);

	return cp >= 0 && (nk_cnum_digit(cp) >= 0 || nk_cnum_mult(cp, NULL) >= 0);
}

static void
setval(struct q *q, const char *v)
{
	size_t l = strlen(v);

	if (l >= sizeof q->value)
		l = sizeof q->value - 1;
	memcpy(q->value, v, l);
	q->value[l] = '\0';
}

/* Arabic magnitude suffix K M B T: power of ten, or 0 */
static int
magnitude(int c)
{
	switch (c) {
	case 'K': case 'k': return 3;
	case 'M': return 6;
	case 'B': return 9;
	case 'T': return 12;
	}
	return 0;
}

/* The end of an ASCII token (letters, digits, and . - _ / inside). */
static size_t
token_end(const char *s, size_t n, size_t i)
{
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (is_alnum(c) || c == '_')
			i++;
		else if ((c == '-' || c == '.' || c == '/') && i + 1 < n && is_alnum((unsigned char)s[i + 1]))
			i++;
		else
			break;
	}
	return i;
}

/*
 * 打 at i - 3 as a dozen (两打鸡蛋): after a whole number, and not the verb
 * (2.5对2.5打平, 三打一, 打败, 打开)
 */
static int
dozen_ok(const char *s, size_t n, size_t i, const struct q *q)
{
	static const char *const verb[] = {
		"平", "败", "敗", "破", "开", "開", "算", "击", "擊", "造", "工", "进", "進", "入",
		"出", "响", "響", "通", "成", "了", "过", "過", "得", "一", "二", "两", "兩", "三",
		"四", "五", "六", "七", "八", "九", "十", "电", "電", "车", "車", "针", "針", "赢", "贏",
		"输", "輸", "死", "伤", "傷", "下", "上", NULL
	};
	size_t k;

	if (!nk_dec_is_int(q->value) || (i < n && s[i] >= '0' && s[i] <= '9'))
		return 0;
	for (k = 0; verb[k]; k++)
		if (at(s, n, i, verb[k]))
			return 0;
	return 1;
}

/*
 * 块 at i - 3 counts pieces when a noun follows (一块蛋糕, 两块土地); it is
 * money (块 = 元) when nothing Han follows (卖三块。), or 钱, 多, 左右, 以上, or
 * the 角 digit (三块五).
 */
static int
kuai_piece(const char *s, size_t n, size_t i)
{
	static const char *const money[] = {
		"钱", "錢", "多", "余", "餘", "左", "上", "以", "半", "的", "了", "是", "一", "二", "两",
		"兩", "三", "四", "五", "六", "七", "八", "九", "零", "买", "買", "卖", "賣", "就", "都", "也",
		"还", "還", "去", "给", "給", "呢", "吧", "啊", "呀", NULL
	};
	size_t k;
	int32_t cp = cp_at(s, n, i, &k);

	if (cp < 0 || !nk_is_han(cp))
		return 0;
	for (k = 0; money[k]; k++)
		if (at(s, n, i, money[k]))
			return 0;
	return 1;
}

/*
 * Suffixes after a number ending at e: unit, currency or counter (after
 * an optional space when the number is Arabic). Sets q->unit and returns
 * the new end.
 */
static size_t
unit_after(const char *s, size_t n, size_t e, int arabic, struct q *q, int *type)
{
	const struct word *w;
	size_t sp = arabic ? space_at(s, n, e) : 0;
	size_t b = e;

	*type = 0;
	if (!(w = wt_fwd(&suf, s, n, e)) && sp && (w = wt_fwd(&suf, s, n, e + sp)))
		b = e + sp;
	if (w && w->type == W_COUNTER && w->n == 3 && at(s, n, b, "打") && !dozen_ok(s, n, b + 3, q))
		w = NULL;
	if (w && w->type == W_COUNTER) {
		/* 20个比特币: the currency after a counter */
		const struct word *c = wt_fwd(&suf, s, n, b + w->n);
		if (c && c->type == W_CUR) {
			b += w->n;
			w = c;
		}
	}
	if (w) {
		*type = w->type;
		if (w->type == W_CUR && w->n == 3 && (at(s, n, b, "块") || at(s, n, b, "塊")) &&
		    kuai_piece(s, n, b + 3)) {
			/* 一块蛋糕, 三块屏幕: 块 counts pieces */
			*type = W_COUNTER;
			memcpy(q->unitbuf, w->w, w->n);
			q->unitbuf[w->n] = '\0';
			q->unit = q->unitbuf;
		} else if (w->type == W_CUR) {
			q->unit = w->code;
		} else {
			size_t l = w->n < sizeof q->unitbuf ? w->n : sizeof q->unitbuf - 1;
			memcpy(q->unitbuf, w->w, l);
			q->unitbuf[l] = '\0';
			q->unit = q->unitbuf;
		}
		return b + w->n;
	}
	return e;
}

/* A Latin unit (GB, km) at e, not followed by a letter: its end, else e. */
static size_t
latin_after(const char *s, size_t n, size_t e, struct q *q)
{
	const struct word *w, *end;
	size_t sp = space_at(s, n, e) == 1 ? 1 : 0, i;

	for (i = e; i <= e + sp; i++) {
		if (i >= n || !(w = wt_first(&latin, (unsigned char)s[i], &end)))
			continue;
		for (; w < end; w++)
			if (at(s, n, i, w->w) && (i + w->n >= n || !is_alnum((unsigned char)s[i + w->n]))) {
				size_t l = w->n < sizeof q->unitbuf ? w->n : sizeof q->unitbuf - 1;
				memcpy(q->unitbuf, w->w, l);
				q->unitbuf[l] = '\0';
				q->unit = q->unitbuf;
				return i + w->n;
			}
	}
	return e;
}

/*
 * What may follow a bare number in running text (它的高度是3的, 增长到300以上,
 * 5至10): particles, conjunctions, bound and range words.
 */
static int
bare_ok(const char *s, size_t n, size_t e)
{
	static const char *const ok[] = {
		"的", "了", "和", "与", "與", "或", "及", "是", "为", "為", "左", "上", "下",
		"以", "之", "多", "余", "餘", "来", "來", "也", "都", "就", "还", "還", "而",
		"并", "並", "且", "个", "個", "名", "次", "号", "號", "比", "分", "跟", "同",
		"再", "又", "在", "则", "則", "万", "萬", "亿", "億", "千", "百", "十", NULL
	};
	size_t k;
	nk_num y;

	for (k = 0; ok[k]; k++)
		if (at(s, n, e, ok[k]))
			return 1;
	/* 5至10, 5到10 */
	if ((at(s, n, e, "至") || at(s, n, e, "到")) && nk_cnum_parse(s + e + 3, n - e - 3, 0, &y))
		return 1;
	return 0;
}

/*
 * The smaller coins after an amount: 五元三毛 5.3, 50元6角三分 50.63,
 * 两美元又三美分 2.03, 10日元5钱 10.05 (the sen, 銭 in Japanese; named with
 * its country like 美分). Returns the new end.
 */
static size_t
money_tail(const char *s, size_t n, size_t e, struct q *q)
{
	static const struct { const char *cur, *word; int exp; } coin[] = {
		{ "CNY", "角", 1 }, { "CNY", "毛", 1 }, { "CNY", "分", 2 },
		{ "USD", "美分", 2 }, { "EUR", "欧分", 2 }, { "EUR", "歐分", 2 },
		{ "HKD", "仙", 2 }, { "JPY", "钱", 2 }, { "JPY", "錢", 2 }, { "JPY", "銭", 2 },
		{ "JPY", "日本钱", 2 }, { "JPY", "日本錢", 2 }, { "JPY", "日本銭", 2 }, { NULL, NULL, 0 }
	};
	nk_num c;
	size_t t = e, k;
	int last = 0, found, m;
	char v[NK_DEC_MAX], f[NK_DEC_MAX];

	if (!nk_dec_is_int(q->value))
		return e;
	for (;;) {
		size_t u = t + (at(s, n, t, "又") ? 3 : 0);
		if (!nk_cnum_parse(s + u, n - u, NK_CNUM_NOBIG | NK_CNUM_NOPOINT, &c) || !c.value[0] ||
		    strlen(c.value) > 2)
			break;
		found = 0;
		for (m = 0; coin[m].cur; m++) {
			k = strlen(coin[m].word);
			if (strcmp(q->unit, coin[m].cur) == 0 && coin[m].exp > last &&
			    at(s, n, u + c.len, coin[m].word) && !at(s, n, u + c.len + k, "钟") &&
			    !at(s, n, u + c.len + k, "鐘") &&
			    (coin[m].exp == 1 ? c.value[1] == '\0' : 1)) {
				if (nk_dec_shift(c.value, -coin[m].exp, f, sizeof f) < 0 ||
				    nk_dec_add(q->value, f, v, sizeof v) < 0)
					return t;
				setval(q, v);
				last = coin[m].exp;
				t = u + c.len + k;
				found = 1;
				break;
			}
		}
		if (!found)
			break;
	}
	return t;
}

/*
 * A currency word right after the number [b, e): 1000日元 is money, not the
 * day 1000日 and 元. But 1月1日元旦, 15日元宵节: a day, then a holiday.
 */
static int
money_next(const char *s, size_t n, size_t b, size_t e)
{
	const struct word *w = wt_fwd(&suf, s, n, e);

	return w && w->type == W_CUR && !at(s, n, e + w->n, "旦") && !at(s, n, e + w->n, "宵") &&
	    !ends(s, b, "月") && !ends(s, b, "月份");
}

/* A currency sign before a number: ￥300, $20, €5. */
static const char *
sym_currency(const char *s, size_t n, size_t i, size_t *len)
{
	static const struct { const char *sym, *code; } v[] = {
		{ "US$", "USD" }, { "HK$", "HKD" }, { "NT$", "TWD" }, { "$", "USD" },
		{ "\xef\xbf\xa5", "CNY" }, { "\xc2\xa5", "CNY" }, { "RMB", "CNY" },
		{ "\xe2\x82\xac", "EUR" }, { "\xc2\xa3", "GBP" }, { NULL, NULL }
	};
	size_t k;
	unsigned char c = i < n ? (unsigned char)s[i] : 0;

	if (c != '$' && c != 'U' && c != 'H' && c != 'N' && c != 'R' && c != 0xef && c != 0xc2 && c != 0xe2)
		return NULL;
	for (k = 0; v[k].sym; k++)
		if (at(s, n, i, v[k].sym)) {
			*len = strlen(v[k].sym);
			return v[k].code;
		}
	return NULL;
}

/* 成 as a tenth (六成 60%), not 成为 成立 …: the bytes after 成 decide */
static int
cheng_ok(const char *s, size_t n, size_t i)
{
	static const char *const no[] = {
		"为", "為", "立", "员", "員", "本", "熟", "长", "長", "就", "果", "功",
		"品", "交", "型", "绩", "績", "效", "了", "都", "千", "百", "万", "萬", NULL
	};
	size_t k;

	for (k = 0; no[k]; k++)
		if (at(s, n, i, no[k]))
			return 0;
	return 1;
}

/* 折 as a share of the price (8折 80%), not 折合 折叠 折旧 … */
static int
zhe_ok(const char *s, size_t n, size_t i)
{
	static const char *const no[] = {
		"合", "叠", "疊", "旧", "舊", "算", "射", "腾", "騰", "磨", "线", "線", "返",
		"回", "断", "斷", "服", "损", "損", "中", "扣", "价", "價", "成", NULL
	};
	size_t k;

	for (k = 0; no[k]; k++)
		if (at(s, n, i, no[k]))
			return 0;
	return 1;
}

/*
 * 成 and 折 after the number in q->value (ending at e): tenths. Sets the
 * percent value and returns the new end, or e.
 */
static size_t
tenths(const char *s, size_t n, size_t e, int arabic, struct q *q)
{
	size_t t = e + (arabic ? space_at(s, n, e) : 0), k;
	char v[NK_DEC_MAX];
	int32_t cp;
	int d;

	if (!nk_dec_is_int(q->value) && nk_dec_cmp(q->value, "10") >= 0)
		return e;
	if (at(s, n, t, "成") && cheng_ok(s, n, t + 3) && nk_dec_cmp(q->value, "10") <= 0 &&
	    nk_dec_cmp(q->value, "0") > 0) {
		t += 3;
		if (nk_dec_shift(q->value, 1, v, sizeof v) < 0)
			return e;
		/* 七成六, 七成半 */
		cp = cp_at(s, n, t, &k);
		if (cp == 0x534a) {	/* 半 */
			nk_dec_add(v, "5", v, sizeof v);
			t += k;
		} else if (nk_dec_is_int(q->value) && strcmp(q->value, "10") != 0 && (d = nk_cnum_digit(cp)) > 0 &&
		    cp > 0x7f && !numch(s, n, t + k) && !wt_fwd(&suf, s, n, t + k)) {
			char dd[2] = { (char)('0' + d), 0 };
			nk_dec_add(v, dd, v, sizeof v);
			t += k;
		}
		setval(q, v);
		return t;
	}
	if (at(s, n, t, "折") && zhe_ok(s, n, t + 3) && nk_dec_cmp(q->value, "0") > 0) {
		if (nk_dec_cmp(q->value, "10") < 0) {
			if (nk_dec_shift(q->value, 1, v, sizeof v) < 0)
				return e;
			setval(q, v);
		} else if (!nk_dec_is_int(q->value) || nk_dec_cmp(q->value, "100") >= 0 ||
		    strcmp(q->value, "10") == 0)
			return e;	/* 75折 is 75%; 十折 is nothing */
		return t + 3;
	}
	return e;
}

/*
 * Is [b, e) inside a short quotation (“十五”, 「三讲」: at most six
 * characters between the marks, on one line)?
 */
static int
in_short_quote(const char *s, size_t n, size_t b, size_t e)
{
	size_t t, k, c;
	int32_t cp;

	for (t = b, c = 0; c <= 6; c++) {
		cp = cp_before(s, t, &k);
		if (cp == 0x201c || cp == 0x300c || cp == 0x300e)	/* “ 「 『 */
			break;
		if (cp < 0 || cp == 0x201d || cp == 0x300d || cp == 0x300f || nk_is_cjk_punct(cp) || cp == ' ')
			return 0;
		t -= k;
	}
	if (c > 6)
		return 0;
	for (t = e; c <= 6; c++) {
		cp = cp_at(s, n, t, &k);
		if (cp == 0x201d || cp == 0x300d || cp == 0x300f)	/* ” 」 』 */
			return 1;
		if (cp < 0 || cp == 0x201c || nk_is_cjk_punct(cp) || cp == ' ')
			return 0;
		t += k;
	}
	return 0;
}

/* a numerator after 分之: a numeral, or one financial digit (五分之壹) */
static int
frac_num(const char *s, size_t n, size_t i, nk_num *y)
{
	size_t k;
	int d;

	if (nk_cnum_parse(s + i, n - i, 0, y) && y->value[0])
		return 1;
	if ((d = nk_cnum_digit(cp_at(s, n, i, &k))) < 0)
		return 0;
	memset(y, 0, sizeof(*y));
	y->len = k;
	y->ncp = 1;
	y->value[0] = '0' + d;
	y->value[1] = '\0';
	return 1;
}

/* X又Y分之Z after the number X (ending at e): q->value = (XY+Z)/Y */
static size_t
mixed_fraction(const char *s, size_t n, size_t e, struct q *q)
{
	nk_num d, z;
	size_t t;
	char a[NK_DEC_MAX], b[NK_DEC_MAX];

	if (!at(s, n, e, "又") || !nk_cnum_parse(s + e + 3, n - e - 3, 0, &d) || !d.value[0])
		return e;
	t = e + 3 + d.len;
	if (!at(s, n, t, "分之") || !frac_num(s, n, t + 6, &z) || !nk_dec_is_int(d.value) ||
	    strcmp(d.value, "0") == 0)
		return e;
	if (nk_dec_mul(q->value, d.value, a, sizeof a) < 0 || nk_dec_add(a, z.value, b, sizeof b) < 0)
		return e;
	snprintf(q->value, sizeof q->value, "%s/%s", b, d.value);
	return t + 6 + z.len;
}

/* a/b of Arabic integers after a (ending at e) */
static size_t
slash_fraction(const char *s, size_t n, size_t e, struct q *q)
{
	nk_num d;
	size_t t;

	if (e < n && s[e] == '/')
		t = e + 1;
	else if (at(s, n, e, "／"))
		t = e + 3;
	else
		return e;
	if (!nk_cnum_parse(s + t, n - t, NK_CNUM_NOHAN | NK_CNUM_NOGROUP, &d) || !d.value[0] ||
	    (d.flags & NK_NUM_POINT) || strcmp(d.value, "0") == 0)
		return e;
	/* not 1/2/3 (a path or a date), not 3/5G */
	if (t + d.len < n && (s[t + d.len] == '/' || is_alnum((unsigned char)s[t + d.len]) ||
	    at(s, n, t + d.len, "／")))
		return e;
	{
		char v[sizeof q->value + NK_DEC_MAX + 2];
		snprintf(v, sizeof v, "%s/%s", q->value, d.value);
		setval(q, v);
	}
	return t + d.len;
}

/* W a/b after the whole number W (ending at e, a space next): (Wb+a)/b */
static size_t
mixed_slash(const char *s, size_t n, size_t e, struct q *q)
{
	struct q f;
	nk_num a;
	size_t t = e + 1, ne;
	char m[NK_DEC_MAX], w[NK_DEC_MAX];
	const char *slash;

	if (!nk_cnum_parse(s + t, n - t, NK_CNUM_NOHAN | NK_CNUM_NOGROUP | NK_CNUM_NOPOINT, &a) || !a.value[0])
		return e;
	memset(&f, 0, sizeof f);
	setval(&f, a.value);
	if ((ne = slash_fraction(s, n, t + a.len, &f)) == t + a.len || !(slash = strchr(f.value, '/')))
		return e;
	if (nk_dec_mul(q->value, slash + 1, m, sizeof m) < 0 || nk_dec_add(m, a.value, w, sizeof w) < 0)
		return e;
	snprintf(q->value, sizeof q->value, "%s/%s", w, slash + 1);
	return ne;
}

/*
 * Parse a numeral at i for the right side of a range, a fraction or a
 * prefix: the plain numeral, with a trailing 多/余 ignored. Returns 1.
 */
static int
num_at(const char *s, size_t n, size_t i, nk_num *x)
{
	return nk_cnum_parse(s + i, n - i, 0, x) && x->value[0];
}

/* apply a trailing 多/余 + 万/亿 (200多万): returns the new end */
static size_t
more_tail(const char *s, size_t n, size_t e, struct q *q)
{
	size_t k, j;
	int32_t cp;
	int p, tot = 0;

	if (!(at(s, n, e, "多") || at(s, n, e, "余") || at(s, n, e, "餘")))
		return e;
	j = e + 3;
	while ((cp = cp_at(s, n, j, &k)) >= 0 && ((p = nk_cnum_mult(cp, NULL)) == 4 || p == 8 ||
	    ((p == 2 || p == 3) && tot == 0))) {
		tot += p;
		j += k;
	}
	if (tot == 0)
		return e;
	{
		char v[NK_DEC_MAX];
		if (nk_dec_shift(q->value, tot, v, sizeof v) < 0)
			return e;
		setval(q, v);
	}
	q->mod = "over";
	return j;
}

/*
 * out = a^k exactly, for a canonical non-negative a and |k| <= 99. A
 * negative power is a decimal when it terminates (2^-1 0.5, 2.5^-1 0.4),
 * else a fraction (3^-1 1/3). Returns 0, 1 for a fraction, or -1 when the
 * value does not fit.
 */
static int
dec_pow(const char *a, int k, char *out, size_t cap)
{
	char p[NK_DEC_MAX], m[NK_DEC_MAX], t[NK_DEC_MAX];
	const char *dot;
	int i, f = 0, two = 0, five = 0, c;
	uint64_t u;

	if (k < -99 || k > 99 || cap < NK_DEC_MAX)
		return -1;
	snprintf(p, sizeof p, "1");
	for (i = 0; i < (k < 0 ? -k : k); i++)
		if (nk_dec_mul(p, a, p, sizeof p) < 0)
			return -1;
	if (k >= 0) {
		memcpy(out, p, strlen(p) + 1);
		return 0;
	}
	if (strcmp(p, "0") == 0)
		return -1;
	/* p = m / 10^f with an integer m; 1/p = 10^f / m */
	if ((dot = strchr(p, '.')))
		f = (int)strlen(dot + 1);
	if (nk_dec_shift(p, f, m, sizeof m) < 0 || strlen(m) > 18)
		return -1;
	u = strtoull(m, NULL, 10);
	while (u % 2 == 0) {
		u /= 2;
		two++;
	}
	while (u % 5 == 0) {
		u /= 5;
		five++;
	}
	if (u != 1) {
		/* no end: the fraction 10^f / m */
		size_t lt, lm;
		if (nk_dec_shift("1", f, t, sizeof t) < 0 || (lt = strlen(t)) + (lm = strlen(m)) + 2 > cap)
			return -1;
		memcpy(out, t, lt);
		out[lt] = '/';
		memcpy(out + lt + 1, m, lm + 1);
		return 1;
	}
	/* 1/(2^two 5^five) = 2^(c-two) 5^(c-five) / 10^c */
	c = two > five ? two : five;
	snprintf(t, sizeof t, "1");
	for (i = 0; i < c - two; i++)
		if (nk_dec_mul(t, "2", t, sizeof t) < 0)
			return -1;
	for (i = 0; i < c - five; i++)
		if (nk_dec_mul(t, "5", t, sizeof t) < 0)
			return -1;
	return nk_dec_shift(t, f - c, out, cap) < 0 ? -1 : 0;
}

/* 1, 2, 3: a comma at i and another number after it (not a list marker "1,") */
static int
num_list(const char *s, size_t n, size_t i)
{
	size_t k;

	if (s[i] != ',')
		return 0;
	i++;
	while (i < n && s[i] == ' ')
		i++;
	return nk_cnum_digit(cp_at(s, n, i, &k)) >= 0;
}

/*
 * Recognise the quantity whose numeral starts at i. Returns the byte where
 * scanning resumes (> i); q->kind is K_NONE when nothing is to be printed.
 */
static size_t
recognise(const char *s, size_t n, size_t i, struct q *q)
{
	nk_num x, y;
	size_t e, k, b = i, j, ne;
	int32_t cp, pc;
	int utype = 0, arabic, onechar, prefixed = 0, d;
	const struct word *w;
	const char *symcur;
	size_t symlen = 0;
	int mag = 0;

	memset(q, 0, sizeof(*q));
	q->unit = "";
	q->mod = "";
	cp = cp_at(s, n, i, &k);

	/* set phrases and idioms: 一些, 百度, 千呼万唤 */
	/* (一点 before a digit is a decimal point, 十分 before 之 a fraction) */
	if ((e = not_at(s, n, i)) > i &&
	    !((ends(s, e, "点") || ends(s, e, "點")) && nk_cnum_digit(cp_at(s, n, e, &k)) >= 0) &&
	    !(ends(s, e, "分") && at(s, n, e, "之")) && !at(s, n, e, "分之"))
		return e;
	k = 0;
	cp = cp_at(s, n, i, &k);

	/* 对折 and 半折 (half price), 半成 (5%), 半百 (50) */
	if (cp == 0x534a || cp == 0x5bf9 || cp == 0x5c0d) {
		const char *v = NULL;
		if (at(s, n, i + 3, "折") && zhe_ok(s, n, i + 6) && (cp == 0x534a || ends(s, i, "打")))
			v = "50";	/* 打对折, 半折 */
		else if (cp == 0x534a && at(s, n, i + 3, "成") && cheng_ok(s, n, i + 6))
			v = "5";
		else if (cp == 0x534a && at(s, n, i + 3, "百") && !numch(s, n, i + 6)) {
			/* 年过半百: half a hundred */
			setval(q, "50");
			q->b = j = i;
			q->e = i + 6;
			x.len = 6;
			x.ncp = 2;
			q->kind = K_CARDINAL;
			goto bounds;
		}
		if (!v)
			return i + 3;
		setval(q, v);
		q->b = i;
		q->e = i + 6;
		q->pct = 1;
		q->unit = "%";
		q->kind = K_PERCENT;
		return q->e;
	}

	/* prefixes that start a quantity */
	if ((symcur = sym_currency(s, n, i, &symlen))) {
		size_t t = i + symlen + (i + symlen < n && s[i + symlen] == ' ');
		if (!num_at(s, n, t, &x) || !(x.flags & NK_NUM_ARABIC))
			return i + symlen;
		prefixed = 1;
		j = t;
	} else if (at(s, n, i, "第") ) {
		if (!num_at(s, n, i + 3, &x) || (e = not_at(s, n, i + 3)) > 0)
			return i + 3;
		q->ord = 1;
		prefixed = 1;
		j = i + 3;
	} else if (at(s, n, i, "百分之") || at(s, n, i, "佰分之")) {
		if (!num_at(s, n, i + 9, &x))
			return i + 3;
		q->pct = 1;
		prefixed = 1;
		j = i + 9;
	} else if (at(s, n, i, "零下") && num_at(s, n, i + 6, &x)) {
		/* 零下二十三摄氏度: below zero */
		q->neg = 1;
		prefixed = 1;
		j = i + 6;
	} else if (at(s, n, i, "负") || at(s, n, i, "負") || (at(s, n, i, "－") && i + 3 < n &&
	    nk_cnum_digit(cp_at(s, n, i + 3, &k)) >= 0 && !(i > 0 && (is_alnum((unsigned char)s[i - 1]) ||
	    s[i - 1] == '-' || ends(s, i, "－") || ends(s, i, "—"))))) {
		if (!num_at(s, n, i + 3, &x))
			return i + 3;
		q->neg = 1;
		prefixed = 1;
		j = i + 3;
	} else if (at(s, n, i, "几") || at(s, n, i, "幾") || at(s, n, i, "数") || at(s, n, i, "數")) {
		/* 几千, 数十, 数百万, 几个 */
		int p = 0, tot = 0;
		j = i + 3;
		while ((cp = cp_at(s, n, j, &k)) >= 0 && ((p = nk_cnum_mult(cp, NULL)) > 0) && p != 99) {
			tot += p;
			j += k;
		}
		e = unit_after(s, n, j, 0, q, &utype);
		if (tot == 0 && (utype != W_COUNTER || at(s, n, i, "数") || at(s, n, i, "數")) &&
		    !(tot == 0 && utype == W_COUNTER && (at(s, n, j, "个") || at(s, n, j, "個") ||
		    at(s, n, j, "家") || at(s, n, j, "种") || at(s, n, j, "位") || at(s, n, j, "次"))))
			return i + 3;
		if (tot == 0 && utype == 0)
			return i + 3;
		q->b = i;
		q->e = e;
		x.len = 0;
		x.ncp = 0;	/* the bounds below read x */
		q->kind = K_VAGUE;
		goto bounds;
	} else {
		if (!nk_cnum_parse(s + i, n - i, 0, &x))
			return i + k;
		j = i;
	}
	/* here x is the numeral at j */
	e = j + x.len;
	arabic = (x.flags & NK_NUM_ARABIC) != 0;
	if (!x.value[0]) {
		/* too long to be a quantity: an ID */
		q->b = i;
		q->e = e;
		q->kind = K_ID;
		return e;
	}
	setval(q, x.value);

	/* what comes before an Arabic number */
	pc = cp_before(s, j, &k);
	if (arabic && !prefixed && pc >= 0 && pc < 0x80) {
		size_t k2;
		int32_t ppc = cp_before(s, j - k, &k2);
		if (is_alpha(pc) || pc == '_' || ((pc == '-' || pc == '.') && ppc >= 0 && ppc < 0x80 && is_alnum(ppc)) ||
		    pc == '/' || pc == '#' || pc == '=' || pc == '&' || pc == '?' || pc == '@' || pc == '\\') {
			q->b = j;
			q->e = token_end(s, n, e);
			q->kind = K_ID;
			if (is_alpha(pc) || pc == '-' || pc == '.')
				q->kind = K_VERSION;
			return q->e;
		}
		if (pc == '-' && !(ppc >= 0 && ppc < 0x80 && is_alnum(ppc)) && ppc != '%' && ppc != '-' &&
		    ppc != 0xff0d && ppc != 0x2014) {
			/* a minus sign (not a dash: --9, ——9) */
			q->neg = 1;
			b = j - 1;
		}
		/* .5, -.5: a decimal written without its leading zero */
		if (pc == '.' && !(x.flags & (NK_NUM_POINT | NK_NUM_GROUPED | NK_NUM_BIG | NK_NUM_EXP)) &&
		    (ppc < 0 || (ppc < 0x80 && !is_alnum(ppc) && ppc != '.' && ppc != '_' && ppc != '/') ||
		    (nk_is_cjk_punct(ppc) && ppc != 0x3002)) &&	/* not 恢复.2015年: a full stop */
		    x.ndigits == (int)(e - j) && e - j < NK_DEC_MAX - 4) {
			char raw[NK_DEC_MAX];
			raw[0] = '0';
			memcpy(raw + 1, s + j - 1, e - j + 1);
			if (nk_dec_norm(raw, e - j + 2, q->value, sizeof q->value) == 0) {
				b = j - 1;
				if (ppc == '-' && !(j >= 3 && (s[j - 3] == '-' || is_alnum((unsigned char)s[j - 3])))) {
					q->neg = 1;
					b = j - 2;
				}
				x.flags |= NK_NUM_POINT;
			} else
				setval(q, x.value);
		}
		/* iPhone 16, Llama 2, Qwen 2.5: a Latin word, a space, a number */
		if (pc == ' ' && is_alnum(ppc)) {
			size_t t = j - 1;
			int letters = 0;
			while (t > 0 && (is_alnum((unsigned char)s[t - 1]) || s[t - 1] == '-' || s[t - 1] == '.')) {
				letters += is_alpha((unsigned char)s[t - 1]);
				t--;
			}
			if (letters >= 2) {
				size_t u = unit_after(s, n, e, 1, q, &utype);
				size_t l = latin_after(s, n, e, q);
				int pct = at(s, n, e, "%") || at(s, n, e + 1, "%");
				if (u == e && l == e && !pct && !magnitude((unsigned char)(e < n ? s[e] : 0))) {
					q->unit = "";
					q->b = j;
					q->e = token_end(s, n, e);
					q->kind = K_VERSION;
					return q->e;
				}
				q->unit = "";
				utype = 0;
			}
		}
	}

	/* 2^10, 1.1^+23, 2.5^-1: a power; 3×10^6: scientific notation */
	if (arabic && e + 1 < n && !(x.flags & (NK_NUM_GROUPED | NK_NUM_BIG | NK_NUM_EXP)) &&
	    (s[e] == '^' || ((at(s, n, e, "×") || at(s, n, e, "x") || at(s, n, e, "*")) &&
	    at(s, n, e + (s[e] == '\xc3' ? 2 : 1), "10^")))) {
		size_t t = e + 1, pe;
		char a[NK_DEC_MAX] = "", v[NK_DEC_MAX];
		int sg = 1, fr;
		if (s[e] != '^') {
			/* a times ten to the k */
			memcpy(a, q->value, strlen(q->value) + 1);
			t = e + (s[e] == '\xc3' ? 2 : 1) + 3;
			setval(q, "10");
		}
		if (t < n && (s[t] == '+' || s[t] == '-'))
			sg = s[t++] == '-' ? -1 : 1;
		for (pe = t; pe < n && pe - t < 3 && s[pe] >= '0' && s[pe] <= '9'; pe++)
			;
		if (pe > t && !(pe < n && (is_alnum((unsigned char)s[pe]) || s[pe] == '.' || s[pe] == '^')) &&
		    q->value[0] != '-' && (fr = dec_pow(q->value, sg * atoi(s + t), v, sizeof v)) >= 0 &&
		    !(a[0] && (fr || nk_dec_mul(a, v, v, sizeof v) < 0))) {
			setval(q, v);
			q->frac = fr;
			e = pe;
			mag = 1;
		} else if (a[0])
			setval(q, a);
	}

	/* dotted versions 1.2.3, and Arabic followed by Latin letters */
	if (arabic && e < n && s[e] == '.' && e + 1 < n && s[e + 1] >= '0' && s[e + 1] <= '9') {
		q->b = j;
		q->e = token_end(s, n, e);
		q->kind = K_VERSION;
		return q->e;
	}
	if (arabic && !(x.flags & NK_NUM_BIG) && (at(s, n, e, "Ｋ") || at(s, n, e, "ｋ") || at(s, n, e, "Ｍ") ||
	    at(s, n, e, "Ｂ") || at(s, n, e, "Ｔ")) && !(e + 3 < n && is_alnum((unsigned char)s[e + 3]))) {
		/* full-width K M B T */
		char v[NK_DEC_MAX];
		int32_t fw = cp_at(s, n, e, &k);
		int ascii = fw >= 0xff41 ? (int)(fw - 0xff41 + 'a') : (int)(fw - 0xff21 + 'A');
		if (nk_dec_shift(q->value, magnitude(ascii), v, sizeof v) == 0)
			setval(q, v);
		e += 3;
		mag = 1;
	} else if (arabic && e < n && is_alpha((unsigned char)s[e]) && !(x.flags & NK_NUM_BIG)) {
		int p = magnitude((unsigned char)s[e]);
		size_t l;
		if (p && (e + 1 >= n || !is_alnum((unsigned char)s[e + 1]))) {
			char v[NK_DEC_MAX];
			if (nk_dec_shift(q->value, p, v, sizeof v) == 0)
				setval(q, v);
			e++;
			mag = 1;
		} else if ((l = latin_after(s, n, e, q)) > e) {
			e = l;
			utype = W_UNIT;
		} else {
			q->b = j;
			q->e = token_end(s, n, e);
			q->kind = K_VERSION;
			return q->e;
		}
	} else if (arabic && e + 1 < n && s[e] == ' ' && is_alpha((unsigned char)s[e + 1])) {
		size_t l = latin_after(s, n, e, q);
		if (l > e) {
			e = l;
			utype = W_UNIT;
		}
	}

	/* 2024年, 2024 年度: a year, whatever the date recogniser says (and
	 * before it: it is the commonest date and needs no recogniser) */
	if (arabic && !prefixed && x.ndigits == 4 && !(x.flags & (NK_NUM_GROUPED | NK_NUM_POINT | NK_NUM_BIG)) &&
	    (at(s, n, e, "年") || at(s, n, e + space_at(s, n, e), "年"))) {
		long v = atol(q->value);
		if (v >= 1000 && v <= 2999) {
			q->b = j;
			q->e = e;
			q->kind = K_DATE;
			return e;
		}
	}

	/* 二〇二四, 一九九八年, 二○○○: a year (or a code) written digit by digit */
	if ((x.flags & NK_NUM_DIGITS) && !prefixed && !at(s, n, j, "零") && !at(s, n, j, "〇")) {
		q->b = j;
		q->e = e;
		q->kind = K_DATE;
		return e;
	}

	/* 9月, 9月14日: a month, a day after its month (the commonest dates) */
	if (!prefixed && !(x.flags & (NK_NUM_POINT | NK_NUM_BIG | NK_NUM_GROUPED | NK_NUM_EXP | NK_NUM_DIGITS)) &&
	    x.ndigits <= 2 && ((at(s, n, e, "月") && atoi(q->value) >= 1 && atoi(q->value) <= 12) ||
	    ((at(s, n, e, "日") || at(s, n, e, "号") || at(s, n, e, "號")) && ends(s, j, "月") &&
	    atoi(q->value) >= 1 && atoi(q->value) <= 31))) {
		q->b = j;
		q->e = e;
		q->kind = K_DATE;
		return e;
	}

	/*
	 * dates and clock times are ndate's (but 16分之5 is a fraction); the
	 * date recogniser runs only when date words are near the number
	 */
	if (!at(s, n, e, "分之") && !money_next(s, n, j, e) && near_date_word(s, n, j, e)) {
		size_t t, ndates = dates_in(s, n, j, e);
		for (t = 0; t < ndates; t++)
			if (dates[t].beg < e && j < dates[t].end) {
				/* each numeral of the date, for --all */
				q->b = j;
				q->e = e;
				q->kind = K_DATE;
				return e;
			}
	}

	/* 零一万物, 〇一: a digit-by-digit numeral starting with zero is a name */
	if ((x.flags & NK_NUM_DIGITS) && (at(s, n, j, "零") || at(s, n, j, "〇")) && !prefixed)
		return e;

	/* 版本 1.0, version 2, v3: a version number */
	if (arabic && !prefixed) {
		size_t t = j - (j > 0 && s[j - 1] == ' ');
		size_t sp = space_at(s, n, e);
		if (ends(s, t, "版本") || ends(s, t, "版本号") || ends(s, t, "版本號") ||
		    ends(s, t, "version") || ends(s, t, "Version") ||
		    ((x.flags & NK_NUM_POINT) && (at(s, n, e + sp, "版本") || at(s, n, e + sp, "版")))) {
			q->b = j;
			q->e = token_end(s, n, e);
			q->kind = K_VERSION;
			/* 版本 1.0 迭代到 5.0: the other end is a version too */
			{
				size_t v = q->e + space_at(s, n, q->e);
				nk_num z;
				if (at(s, n, v, "到") || at(s, n, v, "至")) {
					v += 3;
					v += space_at(s, n, v);
					if (nk_cnum_parse(s + v, n - v, NK_CNUM_NOHAN, &z) && (z.flags & NK_NUM_POINT))
						q->e = v + z.len;
				}
			}
			return q->e;
		}
	}

	/* “十五”计划, “三讲”, “一国两制”: a numeral in a short quoted name */
	if (!arabic && !prefixed && in_short_quote(s, n, j, e))
		return e;

	onechar = !arabic && x.ncp == 1 && !prefixed;

	/* 三八折, 五五折: two digits before 折 are one number */
	if (!arabic && !(x.flags & (NK_NUM_MULT | NK_NUM_DIGITS | NK_NUM_POINT)) && x.ncp == 1 &&
	    (d = nk_cnum_digit(cp_at(s, n, e, &k))) > 0 && at(s, n, e + k, "折") && zhe_ok(s, n, e + k + 3)) {
		char v[4] = { q->value[0], (char)('0' + d), 0, 0 };
		setval(q, v);
		q->b = b;
		q->e = e + k + 3;
		q->pct = 1;
		q->unit = "%";
		q->kind = K_PERCENT;
		goto bounds;
	}

	/* 九九, 三三两两, 五五开: a doubled digit is a name or an idiom, not two numbers */
	if (!arabic && !prefixed && !(x.flags & (NK_NUM_MULT | NK_NUM_DIGITS | NK_NUM_POINT)) && x.ncp == 1 &&
	    (cp = cp_at(s, n, e, &k)) >= 0 && cp == cp_at(s, n, j, &k) && !numch(s, n, e + k)) {
		size_t t = e + k, k2;
		int32_t c2 = cp_at(s, n, t, &k2);
		/* (but 八八％, 四四．五元, 三‧九九元: digit by digit, not read here) */
		int32_t c0 = cp_before(s, j, &k2);
		if (!(c2 == '%' || c2 == 0xff05 || c2 == '.' || c2 == 0xff0e || c2 == 0x70b9 || c2 == 0x9ede ||
		    c2 == 0x2027 || c0 == '.' || c0 == 0xff0e || c0 == 0x70b9 || c0 == 0x9ede || c0 == 0x2027))
			return t;
	}

	/* 五六, 一两, 三四十: two neighbouring digits are a range */
	if (!arabic && !(x.flags & (NK_NUM_MULT | NK_NUM_DIGITS | NK_NUM_POINT)) && x.ncp == 1 &&
	    (cp = cp_at(s, n, e, &k)) >= 0 && (d = nk_cnum_digit(cp)) > 0 &&
	    nk_cnum_digit(cp_at(s, n, j, &k)) >= 0 &&
	    (d == nk_cnum_digit(cp_at(s, n, j, &k)) + 1) && num_at(s, n, e, &y) && !(y.flags & NK_NUM_ARABIC)) {
		char lo[NK_DEC_MAX], dd[4];
		/* the scale of the high end: 四十 -> 10 */
		int p = 0;
		const char *hv = y.value;
		size_t hl = strlen(hv);
		while (hl > 1 && hv[hl - 1] == '0') {
			hl--;
			p++;
		}
		dd[0] = q->value[0];
		dd[1] = '\0';
		if (nk_dec_shift(dd, p, lo, sizeof lo) < 0)
			return e;
		if (nk_dec_cmp(lo, y.value) >= 0)
			return e;
		snprintf(q->value, sizeof q->value, "%s..%s", lo, y.value);
		q->range = 1;
		e += y.len;
		onechar = 0;
	}

	/* 二十几, 十几: vague */
	if (!q->range && (at(s, n, e, "几") || at(s, n, e, "幾")) && !arabic && (x.flags & NK_NUM_MULT)) {
		/* 十几, 二十几万, 一百零几万: the number and some more */
		int tot = 0, p;
		e += 3;
		while ((cp = cp_at(s, n, e, &k)) >= 0 && ((p = nk_cnum_mult(cp, NULL)) >= 4)) {
			tot += p;
			e += k;
		}
		if (tot) {
			char v[NK_DEC_MAX];
			if (nk_dec_shift(q->value, tot, v, sizeof v) == 0)
				setval(q, v);
		}
		q->mod = "over";
		onechar = 0;
	}

	/* 200多万, 10余家, 50多个, 600 多人 */
	if (arabic && space_at(s, n, e) == 1 && (at(s, n, e + 1, "多") || at(s, n, e + 1, "余") ||
	    at(s, n, e + 1, "餘")))
		e++;
	ne = more_tail(s, n, e, q);
	if (ne > e) {
		e = ne;
		onechar = 0;
	} else if (at(s, n, e, "多") || at(s, n, e, "余") || at(s, n, e, "餘")) {
		size_t u = unit_after(s, n, e + 3, 0, q, &utype);
		if (u > e + 3) {
			q->mod = "over";
			e = u;
			goto unitdone;
		}
		q->unit = "";
		utype = 0;
	}

	/* percent, fraction, 成 */
	if (!q->pct && !q->frac && (at(s, n, e, "%") || at(s, n, e, "％") ||
	    (space_at(s, n, e) == 1 && arabic && (at(s, n, e + 1, "%") || at(s, n, e + 1, "％"))))) {
		e += space_at(s, n, e) == 1 ? 1 : 0;
		e += at(s, n, e, "%") ? 1 : 3;
		q->pct = 1;
		q->unit = "%";
	} else if (!q->pct && !q->frac && (ne = mixed_fraction(s, n, e, q)) > e) {
		/* 三百五十又三分之一: 1051/3 */
		e = ne;
		q->frac = 1;
		onechar = 0;
	} else if (!q->pct && !q->frac && arabic && nk_dec_is_int(q->value) && e + 1 < n && s[e] == ' ' &&
	    (ne = mixed_slash(s, n, e, q)) > e) {
		/* 1 3/5: 8/5 */
		e = ne;
		q->frac = 1;
		onechar = 0;
	} else if (!q->pct && !q->frac && arabic && nk_dec_is_int(q->value) && (ne = slash_fraction(s, n, e, q)) > e) {
		/* 3/5, 16／5 */
		e = ne;
		q->frac = 1;
		onechar = 0;
	} else if (!q->pct && !q->frac && at(s, n, e, "分之") && !(x.flags & NK_NUM_POINT) &&
	    (frac_num(s, n, e + 6, &y) || ((at(s, n, e + 6, "负") || at(s, n, e + 6, "負")) &&
	    frac_num(s, n, e + 9, &y) && (y.len += 3)))) {
		/* 五分之一: 1/5; 负3分之负157: a negative over a negative */
		char v[sizeof q->value + NK_DEC_MAX + 8];
		if (at(s, n, e + 6, "负") || at(s, n, e + 6, "負"))
			q->neg = !q->neg;
		snprintf(v, sizeof v, "%s/%s", y.value, q->value);
		setval(q, v);
		q->frac = 1;
		e += 6 + y.len;
		onechar = 0;
	} else if (!prefixed && !q->mod[0] && (ne = tenths(s, n, e, arabic, q)) > e) {
		/* 六成 60%, 七成六 76%, 8折 80%, 75折 75% */
		e = ne;
		q->pct = 1;
		q->unit = "%";
		onechar = 0;
	} else if (!utype) {
		e = unit_after(s, n, e, arabic, q, &utype);
	}
	/* 两米半, 一吨半, 一个半小时: and a half */
	if ((utype == W_UNIT || (utype == W_COUNTER && (ends(s, e, "个") || ends(s, e, "個")))) &&
	    at(s, n, e, "半") && nk_dec_is_int(q->value) && !q->range) {
		char v[NK_DEC_MAX];
		if (nk_dec_add(q->value, "0.5", v, sizeof v) == 0) {
			int ut2;
			struct q r;
			setval(q, v);
			e += 3;
			if (utype == W_COUNTER) {
				/* 一个半小时: the unit after 半 */
				memset(&r, 0, sizeof r);
				r.unit = "";
				ne = unit_after(s, n, e, 0, &r, &ut2);
				if (ne > e && ut2 == W_UNIT) {
					memcpy(q->unitbuf, r.unitbuf, sizeof q->unitbuf);
					q->unit = q->unitbuf;
					utype = W_UNIT;
					e = ne;
				}
			}
		}
	}
	if (symcur && utype != W_CUR) {
		q->unit = symcur;
		utype = W_CUR;
	}
	if (utype == W_CUR && !q->range)
		e = money_tail(s, n, e, q);
unitdone:
	if (q->pct && !q->unit[0])
		q->unit = "%";

	/* a range: 30%到50%, 10%-20%, 两到三, 3至5年 */
	if (!q->range && !q->frac && !q->ord) {
		size_t t = e, sp;
		const char *sep = NULL;
		sp = space_at(s, n, t);
		t += sp;
		if (at(s, n, t, "到"))
			sep = "到";
		else if (at(s, n, t, "至"))
			sep = "至";
		else if (at(s, n, t, "～") || at(s, n, t, "－") || at(s, n, t, "—"))
			sep = "～";
		else if (t < n && (s[t] == '-' || s[t] == '~'))
			sep = "-";
		else if (at(s, n, t, "\xe2\x80\x93") || at(s, n, t, "和") || at(s, n, t, "与") || at(s, n, t, "與"))
			sep = "和";
		else if (at(s, n, t, "、") && !q->unit[0] && !q->pct && nk_dec_is_int(q->value))
			sep = "、";
		if (sep) {
			size_t m = t + (sep[0] == '-' ? 1 : 3);
			m += space_at(s, n, m);
			if (num_at(s, n, m, &y) && ((y.flags & NK_NUM_ARABIC) == (x.flags & NK_NUM_ARABIC) || !arabic ||
			    (y.flags & NK_NUM_ARABIC))) {
				struct q r;
				size_t re = m + y.len;
				int rt = 0;
				memset(&r, 0, sizeof r);
				r.unit = "";
				if (at(s, n, re, "%") || at(s, n, re, "％")) {
					re += at(s, n, re, "%") ? 1 : 3;
					r.unit = "%";
				} else if (!(strcmp(sep, "和") == 0 && (at(s, n, re, "间") || at(s, n, re, "間"))))
					re = unit_after(s, n, re, (y.flags & NK_NUM_ARABIC) != 0, &r, &rt);
				/* 5、6 层: two neighbouring integers, the unit on the second */
				if (strcmp(sep, "、") == 0) {
					char succ[NK_DEC_MAX];
					if (!r.unit[0] || at(s, n, re, "、") || nk_dec_add(q->value, "1", succ, sizeof succ) < 0 ||
					    strcmp(succ, y.value) != 0)
						goto norange;
				}
				/* X和Y, X与Y: a range only before 之间 or 间 */
				if (strcmp(sep, "和") == 0 && !at(s, n, t, "\xe2\x80\x93")) {
					if (at(s, n, re, "之间") || at(s, n, re, "之間"))
						re += 6;
					else if (at(s, n, re, "间") || at(s, n, re, "間"))
						re += 3;
					else
						goto norange;
				} else if (at(s, n, re, "之间") || at(s, n, re, "之間"))
					re += 6;
				/* both sides must measure the same thing */
				if (!q->unit[0] || !r.unit[0] || strcmp(q->unit, r.unit) == 0 ||
				    (q->pct && strcmp(r.unit, "%") == 0)) {
					if (q->pct || strcmp(r.unit, "%") == 0) {
						q->pct = 1;
						q->unit = "%";
					} else if (!q->unit[0] && r.unit[0]) {
						memcpy(q->unitbuf, r.unitbuf, sizeof q->unitbuf);
						q->unit = r.unit == r.unitbuf ? q->unitbuf : r.unit;
						utype = rt;
					}
					/* 从0到1 is a set phrase, not a range */
					if (strcmp(q->value, "0") == 0 && strcmp(y.value, "1") == 0 &&
					    (ends(s, b, "从") || ends(s, b, "从 ") || ends(s, b, "從") || ends(s, b, "從 ")))
						return re;
					char lo[sizeof q->value + 2];
					snprintf(lo, sizeof lo, "%s%s", q->neg && q->value[0] != '-' ? "-" : "", q->value);
					if (nk_dec_cmp(lo, y.value) < 0) {
						char v[sizeof q->value + NK_DEC_MAX + 8];
						snprintf(v, sizeof v, "%s..%s", lo, y.value);
						setval(q, v);
						q->range = 1;
						e = re;
						onechar = 0;
					}
				}
			}
		}
	}

norange:
	/* a lone 一 or 十/百/千/万 is a word, not a quantity, without a unit */
	if (onechar && !q->range && utype != W_UNIT && utype != W_CUR) {
		int32_t c0 = cp_at(s, n, j, &k);
		int lead = 1;
		if (c0 == 0x4e00 || (nk_cnum_mult(c0, &lead) >= 0 && lead == 1 && utype != W_COUNTER))
			return e > j + k ? j + k : e;
	}
	/* 这一年, 那一次, 每一年, 同一天: 一 after a demonstrative is an article */
	if (!arabic && !prefixed && x.ncp == 1 && at(s, n, j, "一") && !q->range &&
	    (ends(s, j, "这") || ends(s, j, "這") || ends(s, j, "那") || ends(s, j, "哪") ||
	    ends(s, j, "每") || ends(s, j, "同") || ends(s, j, "另")))
		return e;

	/* list markers in Han: "（四）", "(三)", "二、" at the start of a line */
	if (!arabic && !prefixed && !q->unit[0] && !q->range && !q->pct && !q->frac && !q->mod[0] &&
	    x.ncp <= 3 && (((ends(s, j, "（") || ends(s, j, "(")) && (at(s, n, e, "）") || at(s, n, e, ")"))) ||
	    (at(s, n, e, "、") && (j == 0 || ends(s, j, " ") || ends(s, j, "#")))))
		return e;

	/* list markers: "1、", "01" alone on a line, "（2）" */
	if (arabic && !prefixed && !mag && !q->unit[0] && !q->range && !q->pct && !q->frac && x.ndigits <= 2 &&
	    !(x.flags & (NK_NUM_POINT | NK_NUM_BIG | NK_NUM_HAN | NK_NUM_EXP)) && !q->mod[0] && !q->neg) {
		size_t t = b;
		while (t > 0 && (s[t - 1] == ' ' || s[t - 1] == '*' || s[t - 1] == '#'))
			t--;
		if (t == 0 || ends(s, t, "（") || ends(s, t, "(") || ends(s, t, "：") || ends(s, t, ":") ||
		    ends(s, t, "；") || ends(s, t, ";") || ends(s, t, "。")) {
			size_t u = e;
			while (u < n && (s[u] == ' ' || s[u] == '*'))
				u++;
			if (u == n || at(s, n, u, "、") || at(s, n, u, "）") || at(s, n, u, ")") ||
			    (u < n && s[u] == '.') || at(s, n, u, "．") ||
			    ((at(s, n, u, ",") || at(s, n, u, "，")) && !(t == 0 && num_list(s, n, u))))
				return e;
		}
	}

	/* 2023腾讯, 阿里2023 财年: a bare year */
	if (arabic && x.ndigits == 4 && !(x.flags & (NK_NUM_GROUPED | NK_NUM_POINT | NK_NUM_BIG)) &&
	    !q->unit[0] && !q->pct && !q->range && !q->ord && !q->neg && !q->mod[0]) {
		long v = atol(q->value);
		if (v >= 1900 && v <= 2100) {
			q->b = j;
			q->e = e;
			q->kind = K_DATE;
			return e;
		}
	}

	/* 11.11, 6.18: a month.day festival written as a decimal, no unit */
	if (arabic && (x.flags & NK_NUM_POINT) && !q->unit[0] && !q->pct && !q->range && !q->mod[0] &&
	    !prefixed && x.ndigits <= 2) {
		const char *dot = strchr(q->value, '.');
		size_t raw = e - j;
		if (dot && strlen(dot + 1) <= 2 && raw >= 4 && s[e - 3] == '.') {
			long m = atol(q->value), dd = (s[e - 2] - '0') * 10 + (s[e - 1] - '0');
			if (m >= 1 && m <= 12 && dd >= 1 && dd <= 31 && m == dd) {
				q->b = j;
				q->e = e;
				q->kind = K_DATE;
				return e;
			}
		}
	}
	/* 27 Pro, 16 Max: a model number before a Latin name */
	if (arabic && !q->unit[0] && !q->pct && !q->range && !prefixed && e + 2 < n && s[e] == ' ' &&
	    s[e + 1] >= 'A' && s[e + 1] <= 'Z' && is_alpha((unsigned char)s[e + 2])) {
		size_t t = e + 1;
		while (t < n && is_alpha((unsigned char)s[t]))
			t++;
		if (t - (e + 1) >= 2 && t - (e + 1) <= 6) {
			q->b = j;
			q->e = e;
			q->kind = K_VERSION;
			return e;
		}
	}

	/* 360智脑, 骁龙8至尊版: a bare integer glued to a Han word is a name */
	if (arabic && !prefixed && !mag && !q->unit[0] && !q->pct && !q->range && !q->mod[0] && !q->neg &&
	    !(x.flags & (NK_NUM_POINT | NK_NUM_BIG | NK_NUM_GROUPED)) && !ends(s, b, "比")) {
		int32_t c = cp_at(s, n, e, &k);
		if (c >= 0 && nk_is_han(c) && !numch(s, n, e) && !bare_ok(s, n, e) &&
		    !wt_back(&before, s, b) && !wt_fwd(&before, s, n, e) && !wt_fwd(&after, s, n, e)) {
			q->b = j;
			q->e = e;
			q->kind = K_VERSION;
			return e;
		}
	}

	/*
	 * GPT-3.5 … 达到 3.5 的水平: a version named before in the record;
	 * 迭代到 5.0: a bare number written with a trailing .0 is a version
	 */
	if (arabic && (x.flags & NK_NUM_POINT) && !prefixed && !q->unit[0] && !q->pct && !q->range &&
	    !q->mod[0] && (is_version(s, j, e) || (s[e - 1] == '0' && s[e - 2] == '.'))) {
		q->b = j;
		q->e = e;
		q->kind = K_VERSION;
		return e;
	}

	/* 1.0 版本, V2 版 */
	if (arabic && (x.flags & NK_NUM_POINT) && (at(s, n, e + space_at(s, n, e), "版本") ||
	    at(s, n, e + space_at(s, n, e), "版"))) {
		q->b = j;
		q->e = e;
		q->kind = K_VERSION;
		return e;
	}

	q->b = b;
	q->e = e;
	if (q->neg && !q->range && q->value[0] != '-') {
		char v[sizeof q->value + NK_DEC_MAX + 8];
		snprintf(v, sizeof v, "-%s", q->value);
		setval(q, v);
	}
	if (q->vague) {
		q->value[0] = '\0';
		q->kind = K_VAGUE;
	} else if (q->ord)
		q->kind = K_ORDINAL;
	else if (q->pct)
		q->kind = q->range ? K_RANGE : K_PERCENT;
	else if (q->frac)
		q->kind = K_FRACTION;
	else if (q->range)
		q->kind = K_RANGE;
	else if (utype == W_CUR)
		q->kind = K_MONEY;
	else if (!nk_dec_is_int(q->value))
		q->kind = K_DECIMAL;
	else
		q->kind = K_CARDINAL;

bounds:
	/* bound words before (skipping one space, and 了 是 有 为 达: 超过了80), and after */
	{
		size_t t = q->b, t0;
		int32_t c;

		if (t > 0 && s[t - 1] == ' ')
			t--;
		t0 = t;
		c = cp_before(s, t, &k);
		if (c == 0x4e86 || c == 0x662f || c == 0x6709 || c == 0x4e3a || c == 0x70ba ||
		    c == 0x8fbe || c == 0x9054)	/* 了 是 有 为 為 达 達 */
			t -= k;
		if (!(w = wt_back(&before, s, t)) && t != t0)
			w = wt_back(&before, s, t = t0);
		if (w) {
			int ok = 1;
			/* 最近, 附近, 临近 are not bounds; 近 must stand alone */
			if (w->n == 3 && (ends(s, t - 3, "最") || ends(s, t - 3, "附") ||
			    ends(s, t - 3, "临") || ends(s, t - 3, "臨") || ends(s, t - 3, "靠")))
				ok = 0;
			if (ok) {
				q->b = t - w->n;
				if (!q->mod[0])
					q->mod = w->code;
			}
		} else if (ends(s, t0, "上") && q->b + 3 == j + x.len && x.ncp == 1 &&
		    nk_cnum_mult(cp_at(s, n, j, &k), NULL) >= 2) {
			/* 上百, 上千, 上亿: upwards of */
			q->b = t0 - 3;
			q->mod = "over";
		} else if (ends(s, t0, "比") && !q->range) {
			/* 比三十大, 比 170 低 */
			size_t u = q->e + (q->e < n && s[q->e] == ' ');
			if (at(s, n, u, "大") || at(s, n, u, "高") || at(s, n, u, "多") || at(s, n, u, "长") ||
			    at(s, n, u, "長")) {
				q->b = t0 - 3;
				q->e = u + 3;
				q->mod = "over";
			} else if (at(s, n, u, "小") || at(s, n, u, "低") || at(s, n, u, "少") ||
			    at(s, n, u, "短")) {
				q->b = t0 - 3;
				q->e = u + 3;
				q->mod = "under";
			}
		}
		w = wt_fwd(&after, s, n, q->e + (q->e < n && s[q->e] == ' '));
		/* 上下文, 上下游, 前后端: words, not bounds */
		if (w && (strcmp(w->w, "上下") == 0 || strcmp(w->w, "前后") == 0 || strcmp(w->w, "以上") == 0) &&
		    (at(s, n, q->e + (q->e < n && s[q->e] == ' ') + w->n, "文") ||
		    at(s, n, q->e + (q->e < n && s[q->e] == ' ') + w->n, "游") ||
		    at(s, n, q->e + (q->e < n && s[q->e] == ' ') + w->n, "端") ||
		    at(s, n, q->e + (q->e < n && s[q->e] == ' ') + w->n, "级")))
			w = NULL;
		if (w && !q->mod[0]) {
			/* 多 and 余 count only right after the number (done above) */
			if (!(w->n == 3 && (at(s, n, q->e, "多") || at(s, n, q->e, "余") || at(s, n, q->e, "餘")))) {
				q->e += w->n + (q->e < n && s[q->e] == ' ');
				q->mod = w->code;
			}
		} else if (w && strcmp(w->code, "approx") == 0 && strcmp(q->mod, "approx") == 0) {
			q->e += w->n + (q->e < n && s[q->e] == ' ');	/* 约 … 左右 */
		}
	}
	return q->e > i ? q->e : i + 1;
}

/*
 * 大于10小于20, 1000以上，1500以下, 不大于50不小于20: a lower and an upper
 * bound next to each other make one range. q ends where scanning would
 * resume (next); returns the new resume point.
 */
static size_t
merge_bounds(const char *s, size_t n, struct q *q, size_t next)
{
	static const char *const conn[] = {
		"的同时", "同时", "同時", "并且", "並且", "而且", "并", "並", "且", "而", "但", "又",
		"，", ",", "、", " ", NULL
	};
	struct q q2;
	size_t t = q->e, p, k, next2;
	int moved = 1, c;
	const char *lo, *hi;
	int32_t cp;

	if (q->range || (strcmp(q->mod, "over") != 0 && strcmp(q->mod, "under") != 0))
		return next;
	while (moved) {
		moved = 0;
		for (c = 0; conn[c]; c++)
			if (at(s, n, t, conn[c])) {
				t += strlen(conn[c]);
				moved = 1;
				break;
			}
	}
	/* the next numeral, at most five characters on */
	for (p = t, c = 0; p < n && c < 6; p += k, c++) {
		cp = cp_at(s, n, p, &k);
		if (nk_cnum_digit(cp) >= 0 || nk_cnum_mult(cp, NULL) >= 0)
			break;
	}
	if (p >= n || c >= 6)
		return next;
	next2 = recognise(s, n, p, &q2);
	if (q2.kind == K_NONE || q2.kind >= K_DATE || q2.range || q2.b > t || !q2.mod[0] ||
	    strcmp(q2.mod, q->mod) == 0 || strcmp(q2.mod, "approx") == 0)
		return next;
	if (q->unit[0] && q2.unit[0] && strcmp(q->unit, q2.unit) != 0)
		return next;
	lo = strcmp(q->mod, "over") == 0 ? q->value : q2.value;
	hi = lo == q->value ? q2.value : q->value;
	if (!lo[0] || !hi[0] || strchr(lo, '/') || strchr(hi, '/') || nk_dec_cmp(lo, hi) >= 0)
		return next;
	{
		char v[sizeof q->value];
		snprintf(v, sizeof v, "%.*s..%.*s", NK_DEC_MAX, lo, NK_DEC_MAX, hi);
		setval(q, v);
	}
	if (!q->unit[0] && q2.unit[0]) {
		memcpy(q->unitbuf, q2.unitbuf, sizeof q->unitbuf);
		q->unit = q2.unit == q2.unitbuf ? q->unitbuf : q2.unit;
	}
	q->range = 1;
	q->kind = K_RANGE;
	q->mod = "";
	q->e = q2.e;
	return next2;
}

/* ---- URLs and e-mail ------------------------------------------------------- */

/* End of a URL or e-mail address starting at i (or covering i), else 0. */
static size_t
url_end(const char *s, size_t n, size_t i)
{
	size_t e = i;

	while (e < n && (unsigned char)s[e] > ' ' && (unsigned char)s[e] < 0x7f &&
	    s[e] != '"' && s[e] != '<' && s[e] != '>' && s[e] != ')')
		e++;
	return e;
}

/* ---- the tool --------------------------------------------------------------- */

/* the squeezed text's byte offsets in the record's text (NULL: same) */
static size_t *omap;

static void
emit(const nk_rec *r, const struct q *q, size_t *lastb, size_t *lastcp)
{
	const char *s = r->text;
	size_t sc, ec, b = q->b, e = q->e;

	if (omap) {
		b = omap[q->b];
		e = omap[q->e - 1] + 1;
		while (e < r->len && ((unsigned char)s[e] & 0xc0) == 0x80)
			e++;
	}
	if (b < *lastb || e <= b)
		return;
	*lastcp += nk_u8_count(s + *lastb, b - *lastb);
	*lastb = b;
	sc = *lastcp;
	ec = sc + nk_u8_count(s + b, e - b);
	nk_row_begin(r);
	nk_field_long((long)sc);
	nk_field_long((long)ec);
	nk_field(s + b, e - b);
	nk_field_str(q->value);
	nk_field_str(q->unit);
	nk_field_str(kindname[q->kind]);
	nk_field_str(q->mod);
	nk_field_context(r, sc, ec);
	nk_row_end();
}

/* --all: the numbers inside a Latin token (GPT-4o, an ID, a URL) */
static void
emit_token(const nk_rec *r, const char *s, size_t i, size_t e, size_t *lastb, size_t *lastcp)
{
	struct q q;
	size_t t, u;

	for (t = i; t < e; t = u) {
		u = t + 1;
		if (s[t] < '0' || s[t] > '9')
			continue;
		while (u < e && s[u] >= '0' && s[u] <= '9')
			u++;
		memset(&q, 0, sizeof q);
		q.b = t;
		q.e = u;
		q.unit = "";
		q.mod = "";
		q.kind = (e - i > 12 || memchr(s + i, '/', e - i) || memchr(s + i, '@', e - i)) ? K_ID : K_VERSION;
		if (u - t > 40 || nk_dec_norm(s + t, u - t, q.value, NK_DEC_MAX) < 0)
			q.value[0] = '\0';
		emit(r, &q, lastb, lastcp);
	}
}

/*
 * The class of the character that byte i belongs to (s holds n bytes):
 * D a digit (ASCII or full-width), H another non-ASCII character, A other
 * ASCII.
 */
static int
sqclass(const char *s, size_t i, size_t n)
{
	unsigned char c = (unsigned char)s[i];

	if (c >= '0' && c <= '9')
		return 'D';
	if (c < 0x80)
		return 'A';
	/* full-width digits are EF BC 90..99; step back to the lead byte */
	while (i > 0 && ((unsigned char)s[i] & 0xc0) == 0x80)
		i--;
	if (i + 2 < n && (unsigned char)s[i] == 0xef && (unsigned char)s[i + 1] == 0xbc &&
	    (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99)
		return 'D';
	return 'H';
}

/*
 * Spaces inside Chinese do not separate numbers from what they count:
 * "3 億", "700 个", "百 分 之 2". Drop every run of spaces that has a
 * non-ASCII character on one side and a digit or a non-ASCII character
 * on the other, remembering where each byte came from.
 */
static const char *
squeeze(const char *s, size_t n, size_t *outn)
{
	static char *buf;
	static size_t *map, cap;
	size_t i = 0, o = 0, j;

	if (n + 1 > cap) {
		cap = n + 1;
		buf = nk_erealloc(buf, cap);
		map = nk_erealloc(map, cap * sizeof(*map));
	}
	while (i < n) {
		if (s[i] == ' ' && o > 0) {
			int p, c;
			for (j = i; j < n && s[j] == ' '; j++)
				;
			p = sqclass(buf, o - 1, o);
			c = j < n ? sqclass(s, j, n) : 'A';
			if ((p == 'H' && (c == 'H' || c == 'D')) || (p == 'D' && c == 'H')) {
				i = j;
				continue;
			}
		}
		buf[o] = s[i];
		map[o++] = i++;
	}
	buf[o] = '\0';
	map[o] = n;
	*outn = o;
	omap = map;
	return buf;
}

static void
on_record(const nk_rec *r, void *ctx)
{
	const char *s = r->text;
	size_t n = r->len, i = 0, lastb = 0, lastcp = 0, k, next;
	struct q q;
	int32_t cp;

	if (!loaded)
		load();
	omap = NULL;
	nvers = 0;
	if (memchr(s, ' ', n))
		s = squeeze(s, n, &n);
	dates_ready = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			size_t sl;
			if ((c == '$' || c == 'U' || c == 'H' || c == 'N' || c == 'R') && sym_currency(s, n, i, &sl) &&
			    i + sl < n && ((s[i + sl] >= '0' && s[i + sl] <= '9') || s[i + sl] == ' ') &&
			    !(i > 0 && is_alnum((unsigned char)s[i - 1]))) {
				next = recognise(s, n, i, &q);
				if (q.kind != K_NONE && (nnum_all || q.kind < K_DATE))
					emit(r, &q, &lastb, &lastcp);
				i = next > i ? next : i + 1;
				continue;
			}
			if (is_alpha(c) || c == '_') {
				/* a Latin token: URLs, e-mail, IDs, product names */
				size_t e = token_end(s, n, i);
				if (at(s, n, e, "://") || at(s, n, e, "@") ||
				    (e < n && s[e] == '.' && memchr(s + i, '.', e - i)) ||
				    memchr(s + i, '@', e - i) || (e - i > 4 && memchr(s + i, '.', e - i) &&
				    e < n && s[e] == '/'))
					e = url_end(s, n, i);
				if (nnum_all)
					emit_token(r, s, i, e, &lastb, &lastcp);
				remember_version(s, i, e);
				i = e > i ? e : i + 1;
				continue;
			}
			if (c < '0' || c > '9') {
				i++;
				continue;
			}
		} else if ((c & 0xf0) == 0xe0 && i + 2 < n) {
			/*
			 * the common case, a run of three-byte characters (Han and
			 * CJK punctuation): one table lookup each, in a tight loop
			 */
			const unsigned char *u = (const unsigned char *)s;
			size_t i0 = i;
			for (;;) {
				if ((trig3[(u[i] & 0x0f) << 6 | (u[i + 1] & 0x3f)] >> (u[i + 2] & 0x3f)) & 1)
					break;
				i += 3;
				if (i + 2 >= n || (u[i] & 0xf0) != 0xe0)
					break;
			}
			if (i > i0)
				continue;
		} else {
			k = nk_u8_dec(s + i, n - i, &cp);
			if (nk_cnum_digit(cp) < 0 && nk_cnum_mult(cp, NULL) < 0 &&
			    cp != 0x7b2c /* 第 */ && cp != 0x51e0 && cp != 0x5e7e /* 几 幾 */ &&
			    cp != 0x6570 && cp != 0x6578 /* 数 數 */ && cp != 0x8d1f && cp != 0x8ca0 /* 负 負 */ &&
			    !is_trigger(cp)) {
				i += k;
				continue;
			}
		}
		next = recognise(s, n, i, &q);
		if (q.kind != K_NONE && q.kind < K_DATE)
			next = merge_bounds(s, n, &q, next);
		if (q.kind != K_NONE && (nnum_all || q.kind < K_DATE))
			emit(r, &q, &lastb, &lastcp);
		i = next > i ? next : i + 1;
	}
}

struct nk_tool nnum_tool = {
	.name = "nnum",
	.cols = "start\tend\tsurface\tvalue\tunit\tkind\tmod",
	.on_record = on_record,
};
