/*
 * u8.c - UTF-8 at the byte level (hand-written: the hot loops of every
 * tool run through these, and they must never read past the buffer),
 * and character classes. Normalisation and general categories come from
 * utf8proc (nnorm uses it directly).
 */
#include <string.h>

#include "nkit.h"

size_t
nk_u8_dec(const char *s, size_t n, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t c;
	size_t len, i;

	if (n == 0) {
		*cp = -1;
		return 0;
	}
	c = u[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2 || c > 0xF4)
		goto bad;
	if (c < 0xE0) {
		len = 2;
		c &= 0x1F;
	} else if (c < 0xF0) {
		len = 3;
		c &= 0x0F;
	} else {
		len = 4;
		c &= 0x07;
	}
	if (n < len)
		goto bad;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xC0) != 0x80)
			goto bad;
		c = (c << 6) | (u[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		goto bad;
	*cp = c;
	return len;
bad:
	*cp = -1;
	return 1;
}

size_t
nk_u8_enc(int32_t cp, char out[4])
{
	unsigned char *u = (unsigned char *)out;

	if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = (unsigned char)(0xC0 | (cp >> 6));
		u[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		u[0] = (unsigned char)(0xE0 | (cp >> 12));
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	u[0] = (unsigned char)(0xF0 | (cp >> 18));
	u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	u[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
nk_u8_count(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, cont = 0;
	uint64_t w, m;

	/* valid text: every byte that is not a continuation byte (10xxxxxx)
	 * starts a code point; the record stream only hands out valid UTF-8.
	 * Eight bytes at a time: m has bit 7 set in each continuation byte,
	 * and the multiply sums the eight 0/1 bytes into the top one. */
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, u + i, 8);
		m = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
		cont += (size_t)((m * 0x0101010101010101ULL) >> 56);
	}
	for (; i < n; i++)
		cont += (u[i] & 0xC0) == 0x80;
	return n - cont;
}

size_t
nk_u8_offset(const char *s, size_t n, size_t cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	for (i = 0; i < n; i++)
		if ((u[i] & 0xC0) != 0x80 && cp-- == 0)
			return i;
	return n;
}

int
nk_u8_valid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	int32_t cp;

	while (i < n) {
		/* ASCII fast path, 8 bytes at a time */
		while (i + 8 <= n) {
			uint64_t w;

			memcpy(&w, u + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			/* a NUL byte: (w - 0x01..) & ~w & 0x80.. */
			if ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)
				return 0;
			i += 8;
		}
		if (i >= n)
			break;
		if (u[i] < 0x80) {
			if (u[i] == 0)
				return 0;
			i++;
			continue;
		}
		/* the common case inline: runs of 3-byte sequences (Han, CJK
		 * and full-width punctuation; see nk_u8_is3) */
		if (i + 3 <= n && nk_u8_is3(u + i)) {
			i += 3;
#ifdef NK_U8_IS3X4
			/* four at a time while 16 bytes are left */
			while (i + 16 <= n && nk_u8_is3x4(u + i))
				i += 12;
#endif
			/*
			 * two at a time while 8 bytes are left: one load tests
			 * the six bytes' top bits (1110xxxx 10xxxxxx 10xxxxxx,
			 * twice), then each lead's low nibble must not be 0 (E0)
			 * or D (ED): bit l of 0xDFFE says nibble l is allowed
			 */
			while (i + 8 <= n) {
				uint64_t w;

				memcpy(&w, u + i, 8);
				if ((w & 0xC0C0F0C0C0F0ULL) != 0x8080E08080E0ULL ||
				    !(0xDFFEu >> (w & 0x0F) & 0xDFFEu >> (w >> 24 & 0x0F) & 1))
					break;
				i += 6;
			}
			while (i + 3 <= n && nk_u8_is3(u + i))
				i += 3;
			continue;
		}
		i += nk_u8_dec(s + i, n - i, &cp);
		if (cp < 0)
			return 0;
	}
	return 1;
}

size_t
nk_u8_clean(nk_buf *out, const char *s, size_t n)
{
	size_t i = 0, bad = 0, len;
	int32_t cp;

	nk_buf_reserve(out, n);
	while (i < n) {
		len = nk_u8_dec(s + i, n - i, &cp);
		if (cp <= 0) {	/* invalid byte or NUL */
			nk_buf_put(out, "\xEF\xBF\xBD", 3);
			bad++;
		} else
			nk_buf_put(out, s + i, len);
		i += len;
	}
	return bad;
}

int
nk_is_han(int32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) ||	/* URO */
	    (c >= 0x3400 && c <= 0x4DBF) ||	/* ext A */
	    (c >= 0xF900 && c <= 0xFAFF) ||	/* compatibility */
	    (c >= 0x20000 && c <= 0x323AF) ||	/* ext B-H, compat supplement */
	    c == 0x3007;			/* 〇 */
}

int
nk_is_cjk_punct(int32_t c)
{
	return (c >= 0x3000 && c <= 0x303F && c != 0x3007) ||	/* CJK symbols and punctuation */
	    (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
	    (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
	    (c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE4F) ||
	    c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D ||
	    c == 0x2026 || c == 0x2014 || c == 0x2015 || c == 0x00B7 || c == 0x2027;
}

int
nk_is_space(int32_t c)
{
	/* Unicode White_Space */
	return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 ||
	    c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
	    c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
