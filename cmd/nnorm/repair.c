/*
 * repair.c - pinyin annotations, HTML entities and tag debris (see repair.h).
 *
 * The damage seen in scraped news (seed 003, ../shared/reference/
 * nnorm_artifacts.tsv): a site glosses some characters with their pinyin,
 * 繼續(xù); text went through GBK with those glosses inserted at the byte
 * level, so a gloss that matched across a character boundary ate the lead
 * byte before it, leaving an orphan ?qū); the same desync ate the & of
 * entities (?ldquo;) and the < of tags (?/p>).
 *
 * One pass reads the line left to right and writes the repaired copy; what
 * a rule looks at before its match is the output so far (so ?ldquo; after
 * a removed orphan sees the Han character before the orphan). Passes repeat
 * until none repairs anything: the result is a fixed point, which keeps
 * nnorm idempotent.
 *
 * The mojibake run that can follow an orphan is re-aligned when that is
 * exact (變?yōu)槠绰涞兀珺端 -> 變為拼落地，B端; see resync() below).
 */
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "nkit.h"
#include "repair.h"

struct entity {
	const char *name, *val;
};

static const struct entity entities[] = {
#include "repair_data/entities.inc"
};
#define NENTITIES (sizeof entities / sizeof entities[0])

static const char *const pinyin[] = {
#include "repair_data/pinyin.inc"
};
#define NPINYIN (sizeof pinyin / sizeof pinyin[0])

/* Names that are repaired even without their & (or ?) after a Han
 * character: punctuation only, which never ends a run of ASCII letters
 * in Chinese text by chance. */
static const char *const bare_names[] = {
	"hellip", "laquo", "ldquo", "lsquo", "mdash", "middot", "nbsp",
	"ndash", "quot", "raquo", "rdquo", "rsquo"
};

/* Tags whose close tag turns up as debris ?/p> (the < eaten). */
static const char *const tags[] = {
	"a", "b", "blockquote", "br", "dd", "div", "dl", "dt", "em", "font",
	"h1", "h2", "h3", "h4", "h5", "h6", "i", "li", "ol", "p", "section",
	"span", "strong", "sub", "sup", "table", "td", "th", "tr", "u", "ul"
};

#define MAXNAME 32	/* longest HTML5 entity name is 31 */
#define MAXPINYIN 16	/* longest syllable: 7 bytes; room for capitals */

/* Windows-1252 for &#128; .. &#159;, as HTML5 decodes them (0: keep). */
static const int32_t cp1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
cmpent(const void *key, const void *e)
{
	return strcmp(key, ((const struct entity *)e)->name);
}

static int
isalpha_(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
isalnum_(int c)
{
	return isalpha_(c) || (c >= '0' && c <= '9');
}

/* The value of the entity name[0..n), or NULL. */
static const char *
entity(const char *name, size_t n)
{
	char key[MAXNAME + 1];
	const struct entity *e;

	if (n == 0 || n > MAXNAME)
		return NULL;
	memcpy(key, name, n);
	key[n] = '\0';
	e = bsearch(key, entities, NENTITIES, sizeof *entities, cmpent);
	return e ? e->val : NULL;
}

static int
bare_name(const char *name, size_t n)
{
	char key[MAXNAME + 1];
	const char *k = key;

	if (n == 0 || n > MAXNAME)
		return 0;
	memcpy(key, name, n);
	key[n] = '\0';
	return bsearch(&k, bare_names, sizeof bare_names / sizeof bare_names[0],
	    sizeof bare_names[0], cmpstr) != NULL;
}

/* Length of a run of ASCII letters and digits at s (at most MAXNAME + 1). */
static size_t
namelen(const char *s, const char *e)
{
	size_t k = 0;

	while (s + k < e && k <= MAXNAME && isalnum_((unsigned char)s[k]))
		k++;
	return k;
}

/*
 * A numeric reference at s (just after the &): #NNN; or #xHHH;. Returns
 * the bytes used (0: none) and sets *cp as HTML5 decodes it.
 */
static size_t
numeric(const char *s, const char *e, int32_t *cp)
{
	const char *p = s + 1;
	long v = 0;
	int hex, d, nd = 0;

	if (p >= e || *s != '#')
		return 0;
	hex = (*p == 'x' || *p == 'X');
	if (hex)
		p++;
	for (; p < e; p++, nd++) {
		if (*p >= '0' && *p <= '9')
			d = *p - '0';
		else if (hex && *p >= 'a' && *p <= 'f')
			d = *p - 'a' + 10;
		else if (hex && *p >= 'A' && *p <= 'F')
			d = *p - 'A' + 10;
		else
			break;
		if (v <= 0x10FFFF)
			v = v * (hex ? 16 : 10) + d;
	}
	if (nd == 0 || p >= e || *p != ';')
		return 0;
	if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		*cp = 0xFFFD;
	else if (v >= 0x80 && v <= 0x9F && cp1252[v - 0x80])
		*cp = cp1252[v - 0x80];
	else
		*cp = (int32_t)v;
	return (size_t)(p + 1 - s);
}

/*
 * A character reference at q (just after its & or the ? standing for it):
 * appends its value to out and returns the bytes used, 0 if there is none.
 * An escaped & is read as the start of the next reference, so &amp;lt;
 * decodes in one go to < (what a second pass would do anyway).
 */
static size_t
reference(nk_buf *out, const char *q, const char *e)
{
	const char *start = q, *val;
	int32_t v;
	size_t k;

	for (;;) {
		if ((k = numeric(q, e, &v)) > 0) {
			q += k;
			if (v != '&') {
				nk_buf_put_cp(out, v);
				return (size_t)(q - start);
			}
		} else {
			k = namelen(q, e);
			if (!(q + k < e && q[k] == ';' && (val = entity(q, k))))
				break;
			q += k + 1;
			if (strcmp(val, "&") != 0) {
				nk_buf_puts(out, val);
				return (size_t)(q - start);
			}
		}
	}
	if (q == start)
		return 0;
	nk_buf_putc(out, '&');
	return (size_t)(q - start);
}

/*
 * A tone-marked pinyin syllable s[0..n) (matched without regard to case)?
 * Returns 1 + its index in pinyin[], or 0.
 */
static int
is_pinyin(const char *s, size_t n)
{
	char low[4 * MAXPINYIN + 1];
	const char *k = low;
	size_t i = 0, m = 0, len;
	int32_t cp;

	if (n == 0 || n > MAXPINYIN)
		return 0;
	while (i < n) {
		len = nk_u8_dec(s + i, n - i, &cp);
		if (cp < 0)
			return 0;
		cp = utf8proc_tolower(cp);
		m += nk_u8_enc(cp, low + m);
		i += len;
	}
	low[m] = '\0';
	const char *const *hit = bsearch(&k, pinyin, NPINYIN, sizeof pinyin[0], cmpstr);
	return hit ? (int)(hit - pinyin) + 1 : 0;
}

/*
 * A syllable followed by a closing parenthesis at s: returns the bytes up
 * to and including ) or ）, or 0. fullclose: whether ）is accepted. *syl
 * is set to 1 + the syllable's index in pinyin[].
 */
static size_t
syllable_close(const char *s, const char *e, int fullclose, int *syl)
{
	const char *p, *b = s, *w;

	/* spaces inside the parentheses "( xù )" are allowed: nnorm's space
	 * step removes them next to full-width parentheses, and a second
	 * nnorm must then find nothing more to repair */
	while (b < e && *b == ' ')
		b++;
	for (p = b; p < e && p - b <= MAXPINYIN; p++) {
		for (w = p; w < e && *w == ' '; w++)
			;
		if (w < e && *w == ')')
			return (*syl = is_pinyin(b, (size_t)(p - b))) ? (size_t)(w + 1 - s) : 0;
		if (fullclose && e - w >= 3 && memcmp(w, "\xEF\xBC\x89", 3) == 0)
			return (*syl = is_pinyin(b, (size_t)(p - b))) ? (size_t)(w + 3 - s) : 0;
		if ((unsigned char)*p < 0x80 && !isalpha_((unsigned char)*p))
			return 0;
	}
	return 0;
}

size_t
nn_gloss_len(const char *s, size_t n)
{
	int syl;
	size_t k;

	if (n == 0 || *s != '(')
		return 0;
	k = syllable_close(s + 1, s + n, 0, &syl);
	return k ? k + 1 : 0;
}

/* Close-tag debris at s (just after the ?): /name> with a known name. */
static size_t
tag_debris(const char *s, const char *e)
{
	char key[16];
	const char *k = key;
	size_t n;

	if (s >= e || *s != '/')
		return 0;
	n = namelen(s + 1, e);
	if (n == 0 || n >= sizeof key || s + 1 + n >= e || s[1 + n] != '>')
		return 0;
	for (size_t i = 0; i < n; i++)
		key[i] = (char)(s[1 + i] | 0x20);	/* ASCII lower case */
	key[n] = '\0';
	if (!bsearch(&k, tags, sizeof tags / sizeof tags[0], sizeof tags[0], cmpstr))
		return 0;
	return n + 2;
}

static int
blank_rest(const char *s, const char *e)
{
	for (; s < e; s++)
		if (*s != ' ' && *s != '\t')
			return 0;
	return 1;
}

/* The last code point of out (-1 if empty). */
static int32_t
lastcp(const nk_buf *out, size_t from)
{
	size_t i = out->n;
	int32_t cp;

	if (i <= from)
		return -1;
	i--;
	while (i > from && ((unsigned char)out->p[i] & 0xC0) == 0x80 && out->n - i < 4)
		i--;
	nk_u8_dec(out->p + i, out->n - i, &cp);
	return cp;
}

/*
 * GBK re-alignment after an orphan ?pinyin) (nnorm_artifacts.tsv). The
 * damage: a gloss like (qū) was inserted after the bytes of its host
 * character H, but those bytes were found across a character boundary,
 * at the second byte of character A and the first byte B1 of the next
 * character B. Decoding then ate B1 with the ( into ?, and read what
 * followed one byte out of step: B2+C1, C2+D1, ... (rare characters such
 * as 槠绰涞兀) until an ASCII byte that a GBK character can end with
 * (A-Z, a-z, @ ...) brought it back into step.
 *
 * Putting B1 back in front of those bytes undoes it. B1 is the second GBK
 * byte of H, the character read as the gloss's syllable whose first byte
 * is A's second: gbk_pinyin.inc lists the readings of the GB2312 and Big5
 * characters by GBK code. The result is taken only if it is exact by
 * every sign there is: one answer whatever H was, the bytes decode as
 * GBK to the last one, and the decoded run is ordinary text (common
 * characters, CJK punctuation, an ASCII letter at the end). Otherwise
 * the text after the orphan stays as it is.
 */
static const uint32_t gbkpy[] = {
#include "repair_data/gbk_pinyin.inc"
};
#define NGBKPY (sizeof gbkpy / sizeof gbkpy[0])
#define RESYNC_MAX 64		/* characters re-aligned at most */

static iconv_t to_gbk = (iconv_t)-1, from_gbk = (iconv_t)-1;

/* The two GBK bytes of cp in g; 0 if cp is not a two-byte GBK character. */
static int
gbk2(int32_t cp, unsigned char g[2])
{
	char u[4], o[4], *ip = u, *op = o;
	size_t il, ol = sizeof o;

	if (cp < 0x80 || to_gbk == (iconv_t)-1)
		return 0;
	il = nk_u8_enc(cp, u);
	iconv(to_gbk, NULL, NULL, NULL, NULL);
	if (iconv(to_gbk, &ip, &il, &op, &ol) == (size_t)-1 || op - o != 2)
		return 0;
	g[0] = (unsigned char)o[0], g[1] = (unsigned char)o[1];
	return 1;
}

/* First entry of gbkpy[] not below key. */
static size_t
gbkpy_lower(uint32_t key)
{
	size_t lo = 0, hi = NGBKPY;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (gbkpy[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A common character: GBK bytes g are in gbkpy[] under any reading. */
static int
gbk_common(const unsigned char g[2])
{
	for (size_t i = gbkpy_lower((uint32_t)g[0] << 24); i < NGBKPY && gbkpy[i] >> 24 == g[0]; i++)
		if ((gbkpy[i] & 0xFF) == g[1])
			return 1;
	return 0;
}

/* Decode GBK b[0..n) into u (UTF-8, room for 3n bytes): its length, or 0
 * unless every byte decodes to ordinary text. */
static size_t
decode_run(const unsigned char *b, size_t n, char *u, size_t usize)
{
	char *ip = (char *)b, *op = u;
	size_t il = n, ol = usize, i, len;
	int32_t cp;
	unsigned char g[2];

	iconv(from_gbk, NULL, NULL, NULL, NULL);
	if (iconv(from_gbk, &ip, &il, &op, &ol) == (size_t)-1 || il != 0)
		return 0;
	n = (size_t)(op - u);
	for (i = 0; i < n; i += len) {
		len = nk_u8_dec(u + i, n - i, &cp);
		if (cp >= 0x3001 && cp <= 0x303F)
			continue;			/* CJK punctuation */
		if (cp >= 0xFF01 && cp <= 0xFF5E)
			continue;			/* full-width forms */
		if (i + len == n && cp < 0x80 && (isalpha_(cp) || cp == '@'))
			continue;			/* the byte that ended the run */
		if (!nk_is_han(cp) || !gbk2(cp, g) || !gbk_common(g))
			return 0;
	}
	return n;
}

/*
 * After an orphan ?pinyin) removed from between a (the character before
 * it, already in out) and q: re-align the run at q if it is a desync run
 * (see above). Appends the re-aligned text to out and returns the bytes
 * of q it replaces, or 0.
 */
static size_t
resync(nk_buf *out, int32_t a, int syl, const char *q, const char *e)
{
	unsigned char ga[2], g[2], b[1 + 2 * RESYNC_MAX + 1];
	char u[3 * sizeof b], best[3 * sizeof b];
	const char *r = q;
	size_t n = 1, nbest = 0, m, i, len;
	int32_t cp;
	int chars = 0, instep = 0, answers = 0;
	uint32_t key;

	if (to_gbk == (iconv_t)-1) {
		to_gbk = iconv_open("GBK", "UTF-8");
		from_gbk = iconv_open("UTF-8", "GBK");
		if (to_gbk == (iconv_t)-1 || from_gbk == (iconv_t)-1)
			return 0;
	}
	if (syl < 0 || !gbk2(a, ga))
		return 0;
	/* the run: two-byte characters up to one whose second byte is ASCII
	 * (the step is back after it), else up to an ASCII letter that ends
	 * the last one */
	while (r < e && chars < RESYNC_MAX) {
		len = nk_u8_dec(r, (size_t)(e - r), &cp);
		if (cp < 0x80)
			break;
		if (!gbk2(cp, g))
			return 0;
		b[n++] = g[0], b[n++] = g[1];
		r += len, chars++;
		if (g[1] < 0x80) {
			instep = 1;
			break;
		}
	}
	if (chars == 0)
		return 0;
	if (!instep) {
		if (r < e && (isalpha_((unsigned char)*r) || *r == '@'))
			b[n++] = (unsigned char)*r++;
		else
			return 0;
	}
	key = (uint32_t)ga[1] << 24 | (uint32_t)syl << 8;
	for (i = gbkpy_lower(key); i < NGBKPY && (gbkpy[i] & 0xFFFFFF00u) == key; i++) {
		b[0] = (unsigned char)(gbkpy[i] & 0xFF);
		if ((m = decode_run(b, n, u, sizeof u)) == 0)
			continue;
		if (answers++ && (m != nbest || memcmp(u, best, m) != 0))
			return 0;		/* two readings, two answers */
		memcpy(best, u, m), nbest = m;
	}
	if (answers == 0)
		return 0;
	nk_buf_put(out, best, nbest);
	return (size_t)(r - q);
}

/* One pass over s[0..n), appended to out; returns the repairs made. */
static size_t
pass(nk_buf *out, const char *s, size_t n, unsigned flags)
{
	const char *p = s, *e = s + n, *val;
	size_t start = out->n, k, repairs = 0, len;
	int32_t cp;
	int prevhan, syl;

	while (p < e) {
		len = nk_u8_dec(p, (size_t)(e - p), &cp);
		if (len == 0)
			break;
		if (cp != '&' && cp != '?' && cp != 0xFFFD && cp != '(' && cp != 0xFF08 &&
		    !(cp >= 'a' && cp <= 'z')) {
			nk_buf_put(out, p, len);
			p += len;
			continue;
		}
		prevhan = nk_is_han(lastcp(out, start));

		/* &name; &#NNN; &#xHHH; */
		if (cp == '&' && (flags & NN_REPAIR_ENTITY) && (k = reference(out, p + 1, e)) > 0) {
			p += 1 + k, repairs++;
			continue;
		}

		/* after a Han character: ?ldquo; ?#8220; ?/p> ?qū) */
		if ((cp == '?' || cp == 0xFFFD) && prevhan) {
			if ((flags & NN_REPAIR_ENTITY) && (k = reference(out, p + len, e)) > 0) {
				p += len + k, repairs++;
				continue;
			}
			if (flags & NN_REPAIR_DEBRIS) {
				if ((k = tag_debris(p + len, e)) > 0) {
					/* the ? is what stood before the <: at the end
					 * of a paragraph, its full stop */
					if (blank_rest(p + len + k, e))
						nk_buf_puts(out, "\xE3\x80\x82");
					p += len + k, repairs++;
					continue;
				}
				if ((k = syllable_close(p + len, e, 0, &syl)) > 0) {
					p += len + k, repairs++;
					p += resync(out, lastcp(out, start), syl - 1, p, e);
					continue;
				}
			}
		}

		/* 繼續(xù) 產（chǎn） */
		if ((cp == '(' || cp == 0xFF08) && prevhan && (flags & NN_REPAIR_PINYIN) &&
		    (k = syllable_close(p + len, e, 1, &syl)) > 0) {
			p += len + k, repairs++;
			continue;
		}

		/* 好ldquo; (both the & and its stand-in lost) */
		if (cp >= 'a' && cp <= 'z' && prevhan && (flags & NN_REPAIR_ENTITY)) {
			k = namelen(p, e);
			if (p + k < e && p[k] == ';' && bare_name(p, k) && (val = entity(p, k))) {
				nk_buf_puts(out, val);
				p += k + 1, repairs++;
				continue;
			}
		}

		nk_buf_put(out, p, len);
		p += len;
	}
	return repairs;
}

size_t
nn_repair(nk_buf *out, const char *s, size_t n, unsigned flags)
{
	static nk_buf a, b;
	nk_buf t;
	size_t total, k;
	int i;

	nk_buf_reset(&a);
	total = k = pass(&a, s, n, flags);
	for (i = 0; k > 0 && i < 64 && nn_repair_needed(a.p, a.n); i++) {
		nk_buf_reset(&b);
		k = pass(&b, a.p, a.n, flags);
		total += k;
		t = a, a = b, b = t;
	}
	nk_buf_put(out, a.p, a.n);
	return total;
}

/*
 * Every repair starts at & ; ? U+FFFD ( or （ with the context its rule
 * needs: a non-ASCII character before ? ( （ (a Han one, to be exact), an
 * ASCII letter before ; and a letter (ASCII, or the lead byte of a toned
 * vowel) after ( （.
 */
int
nn_repair_needed(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	unsigned c;

	static const unsigned char trig[256] = {
		['&'] = 1, [';'] = 1, ['?'] = 1, ['('] = 1, [0xEF] = 1
	};
	for (; p < e; p++) {
		while (p < e && !trig[*p])
			p++;
		if (p == e)
			break;
		c = *p;
		switch (c) {
		case '&':
			return 1;
		case ';':
			if (p > (const unsigned char *)s && isalpha_(p[-1]))
				return 1;
			break;
		case '?':
			if (p > (const unsigned char *)s && p[-1] >= 0x80)
				return 1;
			break;
		case '(':
			if (p > (const unsigned char *)s && p[-1] >= 0x80) {
				const unsigned char *q = p + 1;

				while (q < e && *q == ' ')
					q++;
				if (q < e && (isalpha_(*q) || (*q >= 0xC3 && *q <= 0xC9) || *q == 0xE1))
					return 1;
			}
			break;
		case 0xEF:
			if (e - p < 3)
				break;
			if (p[1] == 0xBF && p[2] == 0xBD && p > (const unsigned char *)s && p[-1] >= 0x80)
				return 1;	/* U+FFFD */
			if (p[1] == 0xBC && p[2] == 0x88 && p > (const unsigned char *)s && p[-1] >= 0x80) {
				const unsigned char *q = p + 3;	/* （ */

				while (q < e && *q == ' ')
					q++;
				if (q < e && (isalpha_(*q) || (*q >= 0xC3 && *q <= 0xC9) || *q == 0xE1))
					return 1;
			}
			break;
		}
	}
	return 0;
}
