/*
 * cnum.h - Chinese and Arabic numerals, exact decimal strings (libnkit).
 *
 * Shared by nnum (quantities) and ndate (years, months, days, clock times,
 * durations written in either script). Everything here is pure: no
 * global state, no locale, no allocation, and no read past s + n.
 *
 * Decimal strings ("decs") are canonical: an optional '-', digits, and an
 * optional '.' followed by digits; no leading zeros ("0.5", not ".5" or
 * "00.5"), no trailing zeros after the point, no exponent, no grouping;
 * zero is "0". Every function that writes one takes the buffer and its
 * size (NK_DEC_MAX is always enough for numerals found in text) and
 * returns 0, or -1 when the result does not fit (out is then "").
 */
#ifndef NK_CNUM_H
#define NK_CNUM_H

#include <stddef.h>
#include <stdint.h>

#define NK_DEC_MAX 64		/* room for any value nk_cnum_parse returns */

/* ---- decimal string arithmetic --------------------------------------- */

/*
 * Canonicalise the number written in s[0..n): ASCII digits with an
 * optional sign, one optional '.', and ',' group separators (dropped).
 * Returns 0, or -1 if s is not such a number or out is too small.
 */
int nk_dec_norm(const char *s, size_t n, char *out, size_t cap);
/* out = a * 10^e (e may be negative). a canonical; out may be a. */
int nk_dec_shift(const char *a, int e, char *out, size_t cap);
/* out = a + b, exact. a, b canonical (either sign). out may alias. */
int nk_dec_add(const char *a, const char *b, char *out, size_t cap);
/* out = a * b, exact. */
int nk_dec_mul(const char *a, const char *b, char *out, size_t cap);
/* <0, 0, >0 as a <, ==, > b (canonical decs). */
int nk_dec_cmp(const char *a, const char *b);
/* 1 if the canonical dec a has no fractional part. */
int nk_dec_is_int(const char *a);

/* ---- numerals ----------------------------------------------------------- */

/* Flags for what nk_cnum_parse found (nk_num.flags). */
enum {
	NK_NUM_ARABIC = 1 << 0,	/* has ASCII or full-width digits */
	NK_NUM_HAN = 1 << 1,	/* has Chinese numeral characters */
	NK_NUM_POINT = 1 << 2,	/* has a decimal point (. ． or 点/點) */
	NK_NUM_GROUPED = 1 << 3,	/* Arabic with ',' thousands groups */
	NK_NUM_BIG = 1 << 4,	/* contains 万 亿 萬 億 */
	NK_NUM_DIGITS = 1 << 5,	/* a digit-by-digit Han sequence: 二〇二四, 一九九八 */
	NK_NUM_LEADZERO = 1 << 6,	/* Arabic written with a leading zero: 05, 007 */
	NK_NUM_MULT = 1 << 7,	/* Han with multipliers 十 百 千: 二十一, 三百 */
	NK_NUM_EXP = 1 << 8	/* Arabic with an exponent: 2e5, 1.2E-3 */
};

/* Options for nk_cnum_parse. */
enum {
	NK_CNUM_NOHAN = 1 << 0,	/* Arabic digits only */
	NK_CNUM_NOARABIC = 1 << 1,	/* Han numerals only */
	NK_CNUM_NOBIG = 1 << 2,	/* stop before 万/亿 (e.g. for 2024年 parsing) */
	NK_CNUM_NOPOINT = 1 << 3,	/* no decimals: "3.5" is 3 then stop */
	NK_CNUM_NOGROUP = 1 << 4,	/* no ',' thousands groups */
	NK_CNUM_NOSPACE = 1 << 5	/* no space between digits and 万/亿 ("3 億") */
};

typedef struct nk_num {
	size_t len;		/* bytes of s consumed; 0 if no numeral at s */
	size_t ncp;		/* code points consumed */
	int flags;		/* NK_NUM_* */
	int ndigits;		/* digits written before the point (Arabic or digit-by-digit Han) */
	char value[NK_DEC_MAX];	/* exact canonical decimal */
} nk_num;

/*
 * Parse the longest numeral at the very start of s[0..n):
 *   Arabic      389  1,500  0.003  ３６.７ (full-width digits and point)
 *               2e5  -1.2E-3 (an exponent, not followed by a letter)
 *               ４，５６５ (full-width digits may group with '，')
 *   Han         两百亿  四千六百  二十一  十一  廿三  卅  一万二  三百零五
 *               二〇二四 二○○○ 二００一 (digit by digit)  三点五 (point)
 *               壹贰叁 (financial)
 *               萬 億 兩 (Traditional); financial forms (壹 陆 拾 …) only
 *               inside a numeral of two or more characters (大陆, 收拾 are not)
 *               or alone before 点, 分之 or 又 and a fraction (陆点五,
 *               仟分之贰, 壹又二分之壹); 两 is no decimal digit (一点两小时)
 *   mixed       3億  4.3 亿  8976 萬  3.5万亿  2,345.6亿  1千  5百万
 * A space is allowed between Arabic digits and a following 万/亿 unless
 * NK_CNUM_NOSPACE. Ranges (五六), vague words (几 数 多) and fractions
 * (五分之一) are not numerals here: they are the caller's business. Two
 * adjacent Han digits with no 〇/零 (五六, 三四十) are a range: only the
 * first digit is parsed; three or more (一九九八) or any 〇 (二〇二四) make
 * a digit-by-digit numeral (NK_NUM_DIGITS). An abbreviated tail counts
 * one place below the last multiplier: 三千五 3500, 一万二 12000.
 * value is "" when the numeral is too long to hold (an ID, not a
 * quantity); len still covers all of it.
 * Returns 1 and fills *out, or 0 (out->len = 0) if no numeral starts at s.
 */
int nk_cnum_parse(const char *s, size_t n, int opts, nk_num *out);

/*
 * Value of one numeral character: 0..9 for 〇零○0０ 一壹1１ 二两兩贰貳2 … 九玖9,
 * else -1. Multipliers (十 百 千 万 亿 ...) are not digits.
 */
int nk_cnum_digit(int32_t cp);
/*
 * Multiplier value as a power of ten: 十拾 1, 百佰 2, 千仟 3, 万萬 4,
 * 亿億 8; 廿 and 卅 return 1 with *lead 2 / 3 (else *lead 1).
 * Returns -1 for other characters. lead may be NULL.
 */
int nk_cnum_mult(int32_t cp, int *lead);

/*
 * Convenience for dates and times: parse a numeral at s (as nk_cnum_parse
 * with opts) and return its value as a long if it is a non-negative
 * integer below 10^15, else -1. *used gets the bytes consumed (0 if none).
 */
long nk_cnum_long(const char *s, size_t n, int opts, size_t *used);

#endif
