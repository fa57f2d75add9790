/*
 * t2s.c - Traditional -> Simplified, exactly as OpenCC's t2s.json.
 *
 * OpenCC segments the text by maximum matching over TSPhrases (at each
 * position the longest phrase key that is a prefix wins; characters that
 * start no phrase gather into runs), then converts each segment with the
 * group [TSPhrases, TSCharacters]. A phrase segment converts to its
 * phrase's first value. Inside a run no phrase can start (segmentation
 * already tried every position with a longer bound), and TSCharacters
 * keys are single characters, so a run converts character by character.
 * The single pass below does exactly that.
 *
 * The table (see tools/gen_t2s.c for its layout) is embedded by
 * tools/embed.sh as nn_t2s_tab, 64-byte aligned.
 */
#include <stdint.h>
#include <string.h>

#include "nkit.h"
#include "t2s.h"

extern const uint32_t nn_t2s_tab[];

#define NPAGEIDX 0x1100

#define NBITMAP	(nn_t2s_tab[2])
#define NPAGES	(nn_t2s_tab[3])
#define NPHRASE	(nn_t2s_tab[4])
#define BITMAP	(nn_t2s_tab + 8)
#define PAGEIDX	(BITMAP + NBITMAP)
#define PAGES	(PAGEIDX + NPAGEIDX)
#define PHRASES	(PAGES + (size_t)NPAGES * 256)
#define POOL	((const unsigned char *)(PHRASES + (size_t)NPHRASE * 4))

/*
 * Decode the multi-byte sequence at p (p < e, *p >= 0x80). Returns its
 * length and sets *cp, or returns 1 with *cp = -1 for an invalid byte.
 * Overlong forms and surrogates need not be rejected here: they are in
 * no dictionary and are copied unchanged.
 */
static inline size_t
dec(const unsigned char *p, const unsigned char *e, long *cp)
{
	unsigned c = p[0];

	if (c >= 0xe0 && c < 0xf0 && e - p >= 3 &&
	    (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		*cp = (long)(c & 0x0f) << 12 | (long)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
		return 3;
	}
	if (c >= 0xc0 && c < 0xe0 && e - p >= 2 && (p[1] & 0xc0) == 0x80) {
		*cp = (long)(c & 0x1f) << 6 | (p[1] & 0x3f);
		return 2;
	}
	if (c >= 0xf0 && c < 0xf5 && e - p >= 4 && (p[1] & 0xc0) == 0x80 &&
	    (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80) {
		*cp = (long)(c & 0x07) << 18 | (long)(p[1] & 0x3f) << 12 |
		    (long)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
		return 4;
	}
	*cp = -1;
	return 1;
}

static inline int
ascii8(const unsigned char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return (w & 0x8080808080808080ull) == 0;
}

static inline uint32_t
entry(long cp)
{
	if (cp < 0 || cp >= (long)NPAGEIDX * 256)
		return 0;
	return PAGES[(size_t)PAGEIDX[cp >> 8] * 256 + (cp & 255)];
}

/* The longest phrase key starting with cp that prefixes p[0..n), or -1. */
static long
phrase(long cp, const unsigned char *p, size_t n)
{
	const uint32_t *ph = PHRASES;
	const unsigned char *pool = POOL;
	size_t lo = 0, hi = NPHRASE, mid, klen;

	while (lo < hi) {	/* first record with this cp */
		mid = lo + (hi - lo) / 2;
		if (ph[4 * mid] < (uint32_t)cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < NPHRASE && ph[4 * lo] == (uint32_t)cp; lo++) {
		klen = ph[4 * lo + 2] >> 16;
		if (klen <= n && memcmp(pool + ph[4 * lo + 1], p, klen) == 0)
			return (long)lo;	/* longest first */
	}
	return -1;
}

static int
phrase_changes(long k)
{
	const uint32_t *ph = PHRASES;
	uint32_t klen = ph[4 * k + 2] >> 16, vlen = ph[4 * k + 2] & 0xffff;

	return klen != vlen || memcmp(POOL + ph[4 * k + 1], POOL + ph[4 * k + 3], klen) != 0;
}

int
nn_t2s_needed(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	const uint32_t *bits = BITMAP;
	unsigned long lim = (unsigned long)NBITMAP * 32;
	uint32_t ent;
	size_t len;
	long cp, k;

	while (p < e) {
		if (*p < 0x80) {
			if (e - p >= 8 && ascii8(p))
				p += 8;
			else
				p++;
			continue;
		}
		if ((*p & 0xf0) == 0xe0 && e - p >= 3 &&
		    ((p[1] ^ 0x80) | (p[2] ^ 0x80)) < 0x40) {
			/* the common case, inline: a 3-byte sequence */
			cp = (long)(*p & 0x0f) << 12 | (long)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
			if (!(bits[cp >> 5] >> (cp & 31) & 1)) {
				p += 3;
				continue;
			}
		}
		len = dec(p, e, &cp);
		if (cp >= 0 && (unsigned long)cp < lim &&
		    (bits[cp >> 5] >> (cp & 31) & 1)) {
			ent = entry(cp);
			if (ent >> 8 & 1)
				return 1;	/* the character itself changes */
			/* the first character of a changing phrase */
			if ((ent & 1) && (k = phrase(cp, p, (size_t)(e - p))) >= 0 &&
			    phrase_changes(k))
				return 1;
		}
		p += len;
	}
	return 0;
}

void
nn_t2s(nk_buf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n, *lit;
	const uint32_t *ph = PHRASES;
	const unsigned char *pool = POOL;
	unsigned char *o;
	uint32_t ent, vlen;
	size_t len;
	long cp, k;

	if (n > (SIZE_MAX - 1) / 2)
		nk_die(NK_EXIT_DATA, "out of memory");
	nk_buf_reserve(out, 2 * n);	/* values are at most twice their keys */
	o = (unsigned char *)out->p + out->n;
	lit = p;
	while (p < e) {
		if (*p < 0x80) {
			if (e - p >= 8 && ascii8(p))
				p += 8;
			else
				p++;
			continue;
		}
		len = dec(p, e, &cp);
		if ((ent = entry(cp)) == 0) {
			p += len;
			continue;
		}
		if ((ent & 1) && (k = phrase(cp, p, (size_t)(e - p))) >= 0) {
			memcpy(o, lit, (size_t)(p - lit));
			o += p - lit;
			vlen = ph[4 * k + 2] & 0xffff;
			memcpy(o, pool + ph[4 * k + 3], vlen);
			o += vlen;
			p += ph[4 * k + 2] >> 16;
			lit = p;
			continue;
		}
		if (ent >> 8 & 1) {
			vlen = ent >> 1 & 127;
			memcpy(o, lit, (size_t)(p - lit));
			o += p - lit;
			memcpy(o, pool + (ent >> 9), vlen);
			o += vlen;
			lit = p + len;
		}
		p += len;
	}
	memcpy(o, lit, (size_t)(e - lit));
	o += e - lit;
	*o = '\0';
	out->n = (size_t)((char *)o - out->p);
}
