/*
 * cnum.c - Chinese and Arabic numerals, exact decimal strings.
 * See cnum.h for the contract of each function.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cnum.h"
#include "nkit.h"

/* ---- decimal strings ---------------------------------------------------- */

/*
 * A decimal as a sign, a digit string D (no point) and a scale:
 * value = D * 10^-scale. Internal buffers are sized for two NK_DEC_MAX
 * operands multiplied.
 */
#define DIGMAX (4 * NK_DEC_MAX)

struct dec {
	int neg;
	int scale;
	size_t nd;
	char d[DIGMAX];
};

static int
dec_split(const char *a, struct dec *x)
{
	const char *p = a;
	int frac = -1;

	x->neg = 0;
	x->nd = 0;
	x->scale = 0;
	if (*p == '-') {
		x->neg = 1;
		p++;
	} else if (*p == '+')
		p++;
	for (; *p; p++) {
		if (*p == '.') {
			if (frac >= 0)
				return -1;
			frac = 0;
			continue;
		}
		if (*p < '0' || *p > '9' || x->nd >= DIGMAX)
			return -1;
		x->d[x->nd++] = *p;
		if (frac >= 0)
			frac++;
	}
	if (x->nd == 0)
		return -1;
	x->scale = frac > 0 ? frac : 0;
	return 0;
}

/* Write x canonically. */
static int
dec_fmt(const struct dec *x, char *out, size_t cap)
{
	const char *d = x->d;
	size_t nd = x->nd, i, o = 0, nint;
	int scale = x->scale;

	/* drop trailing fractional zeros */
	while (scale > 0 && nd > 0 && d[nd - 1] == '0') {
		nd--;
		scale--;
	}
	/* drop leading zeros */
	while (nd > 0 && *d == '0' && (long)nd > (long)(scale > 0 ? scale : 0)) {
		d++;
		nd--;
	}
	if (cap == 0)
		return -1;
	if (nd == 0 || (nd == 1 && *d == '0' && scale <= 0)) {
		if (cap < 2)
			goto full;
		strcpy(out, "0");
		return 0;
	}
	/* all zero? */
	for (i = 0; i < nd && d[i] == '0'; i++)
		;
	if (i == nd) {
		if (cap < 2)
			goto full;
		strcpy(out, "0");
		return 0;
	}
#define PUT(c) do { if (o + 1 >= cap) goto full; out[o++] = (c); } while (0)
	if (x->neg)
		PUT('-');
	if (scale <= 0) {
		for (i = 0; i < nd; i++)
			PUT(d[i]);
		for (i = 0; i < (size_t)-scale; i++)
			PUT('0');
	} else {
		nint = nd > (size_t)scale ? nd - (size_t)scale : 0;
		if (nint == 0)
			PUT('0');
		for (i = 0; i < nint; i++)
			PUT(d[i]);
		PUT('.');
		for (i = nd - nint; i < (size_t)scale; i++)
			PUT('0');
		for (i = nint; i < nd; i++)
			PUT(d[i]);
	}
#undef PUT
	out[o] = '\0';
	return 0;
full:
	out[0] = '\0';
	return -1;
}

int
nk_dec_norm(const char *s, size_t n, char *out, size_t cap)
{
	struct dec x;
	size_t i = 0;
	int frac = -1, lastcomma = 0;

	x.neg = 0;
	x.nd = 0;
	if (cap)
		out[0] = '\0';
	if (i < n && (s[i] == '-' || s[i] == '+'))
		x.neg = s[i++] == '-';
	for (; i < n; i++) {
		if (s[i] == ',') {
			if (frac >= 0 || x.nd == 0 || lastcomma)
				return -1;
			lastcomma = 1;
			continue;
		}
		lastcomma = 0;
		if (s[i] == '.') {
			if (frac >= 0)
				return -1;
			frac = 0;
			continue;
		}
		if (s[i] < '0' || s[i] > '9' || x.nd >= DIGMAX)
			return -1;
		x.d[x.nd++] = s[i];
		if (frac >= 0)
			frac++;
	}
	if (x.nd == 0 || lastcomma)
		return -1;
	x.scale = frac > 0 ? frac : 0;
	return dec_fmt(&x, out, cap);
}

int
nk_dec_shift(const char *a, int e, char *out, size_t cap)
{
	struct dec x;

	if (dec_split(a, &x) < 0 || e > DIGMAX || e < -DIGMAX) {
		if (cap)
			out[0] = '\0';
		return -1;
	}
	x.scale -= e;
	return dec_fmt(&x, out, cap);
}

/* Pad x with trailing zeros to the given scale (>= x->scale). */
static int
dec_rescale(struct dec *x, int scale)
{
	while (x->scale < scale) {
		if (x->nd >= DIGMAX)
			return -1;
		x->d[x->nd++] = '0';
		x->scale++;
	}
	return 0;
}

/* Compare magnitudes of digit strings of the same scale. */
static int
mag_cmp(const struct dec *a, const struct dec *b)
{
	size_t ia = 0, ib = 0;

	while (ia < a->nd && a->d[ia] == '0')
		ia++;
	while (ib < b->nd && b->d[ib] == '0')
		ib++;
	if (a->nd - ia != b->nd - ib)
		return a->nd - ia < b->nd - ib ? -1 : 1;
	for (; ia < a->nd; ia++, ib++)
		if (a->d[ia] != b->d[ib])
			return a->d[ia] < b->d[ib] ? -1 : 1;
	return 0;
}

int
nk_dec_add(const char *a, const char *b, char *out, size_t cap)
{
	struct dec x, y, r;
	const struct dec *big, *small;
	size_t i, n;
	int carry = 0, scale, c;

	if (dec_split(a, &x) < 0 || dec_split(b, &y) < 0)
		goto bad;
	scale = x.scale > y.scale ? x.scale : y.scale;
	if (dec_rescale(&x, scale) < 0 || dec_rescale(&y, scale) < 0)
		goto bad;
	n = (x.nd > y.nd ? x.nd : y.nd) + 1;
	if (n > DIGMAX)
		goto bad;
	r.scale = scale;
	r.nd = n;
	if (x.neg == y.neg) {
		r.neg = x.neg;
		for (i = 0; i < n; i++) {
			int dx = i < x.nd ? x.d[x.nd - 1 - i] - '0' : 0;
			int dy = i < y.nd ? y.d[y.nd - 1 - i] - '0' : 0;
			int s = dx + dy + carry;
			r.d[n - 1 - i] = '0' + s % 10;
			carry = s / 10;
		}
	} else {
		c = mag_cmp(&x, &y);
		big = c >= 0 ? &x : &y;
		small = c >= 0 ? &y : &x;
		r.neg = big->neg;
		for (i = 0; i < n; i++) {
			int db = i < big->nd ? big->d[big->nd - 1 - i] - '0' : 0;
			int ds = i < small->nd ? small->d[small->nd - 1 - i] - '0' : 0;
			int s = db - ds - carry;
			carry = s < 0;
			if (s < 0)
				s += 10;
			r.d[n - 1 - i] = '0' + s;
		}
	}
	return dec_fmt(&r, out, cap);
bad:
	if (cap)
		out[0] = '\0';
	return -1;
}

int
nk_dec_mul(const char *a, const char *b, char *out, size_t cap)
{
	struct dec x, y, r;
	int acc[DIGMAX];
	size_t i, j, n;

	if (dec_split(a, &x) < 0 || dec_split(b, &y) < 0)
		goto bad;
	n = x.nd + y.nd;
	if (n > DIGMAX)
		goto bad;
	memset(acc, 0, sizeof acc);
	for (i = 0; i < x.nd; i++)
		for (j = 0; j < y.nd; j++)
			acc[i + j + 1] += (x.d[i] - '0') * (y.d[j] - '0');
	for (i = n; i-- > 1;) {
		acc[i - 1] += acc[i] / 10;
		acc[i] %= 10;
	}
	for (i = 0; i < n; i++)
		r.d[i] = '0' + acc[i];
	r.nd = n;
	r.neg = x.neg != y.neg;
	r.scale = x.scale + y.scale;
	return dec_fmt(&r, out, cap);
bad:
	if (cap)
		out[0] = '\0';
	return -1;
}

int
nk_dec_cmp(const char *a, const char *b)
{
	struct dec x, y;
	int scale, c;

	if (dec_split(a, &x) < 0 || dec_split(b, &y) < 0)
		return strcmp(a, b);
	scale = x.scale > y.scale ? x.scale : y.scale;
	if (dec_rescale(&x, scale) < 0 || dec_rescale(&y, scale) < 0)
		return strcmp(a, b);
	c = mag_cmp(&x, &y);
	if (c == 0) {
		/* -0 and 0 are equal; otherwise signs decide */
		if (x.neg == y.neg)
			return 0;
		{
			size_t i;
			for (i = 0; i < x.nd && x.d[i] == '0'; i++)
				;
			if (i == x.nd)
				return 0;
		}
		return x.neg ? -1 : 1;
	}
	if (x.neg != y.neg)
		return x.neg ? -1 : 1;
	return x.neg ? -c : c;
}

int
nk_dec_is_int(const char *a)
{
	return strchr(a, '.') == NULL;
}

/* ---- numerals ------------------------------------------------------------ */

/* 又 and a fraction (又二分之一) at s: the whole part before it is a numeral */
static int
mixed_next(const char *s, size_t n)
{
	size_t i = 3, k;
	int32_t cp;

	if (n < 3 || memcmp(s, "\xe5\x8f\x88", 3) != 0)	/* 又 */
		return 0;
	while (i < n && (k = nk_u8_get(s + i, n - i, &cp)) > 0 && (nk_cnum_digit(cp) >= 0 || nk_cnum_mult(cp, NULL) >= 0))
		i += k;
	return i > 3 && i + 6 <= n && memcmp(s + i, "\xe5\x88\x86\xe4\xb9\x8b", 6) == 0;	/* 分之 */
}

/* Financial (banker's) digit forms: only inside longer numerals. */
static int
fin_digit(int32_t cp)
{
	switch (cp) {
	case 0x58f9: return 1;	/* 壹 */
	case 0x8d30: case 0x8cb3: return 2;	/* 贰 貳 */
	case 0x53c1: return 3;	/* 叁 (not 參: 參數) */
	case 0x8086: return 4;	/* 肆 */
	case 0x4f0d: return 5;	/* 伍 */
	case 0x9646: case 0x9678: return 6;	/* 陆 陸 */
	case 0x67d2: return 7;	/* 柒 */
	case 0x634c: return 8;	/* 捌 */
	case 0x7396: return 9;	/* 玖 */
	}
	return -1;
}

static int
han_digit(int32_t cp)
{
	switch (cp) {
	case 0x3007: case 0x96f6: case 0x25cb: return 0;	/* 〇 零 ○ (a circle written for zero) */
	case 0x4e00: return 1;	/* 一 */
	case 0x4e8c: case 0x4e24: case 0x5169: case 0x5006: return 2;	/* 二 两 兩 倆 */
	case 0x4e09: return 3;	/* 三 */
	case 0x56db: return 4;	/* 四 */
	case 0x4e94: return 5;	/* 五 */
	case 0x516d: return 6;	/* 六 */
	case 0x4e03: return 7;	/* 七 */
	case 0x516b: return 8;	/* 八 */
	case 0x4e5d: return 9;	/* 九 */
	}
	return -1;
}

static int
arabic_digit(int32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return cp - '0';
	if (cp >= 0xff10 && cp <= 0xff19)
		return cp - 0xff10;
	return -1;
}

int
nk_cnum_digit(int32_t cp)
{
	int d;

	if ((d = arabic_digit(cp)) >= 0)
		return d;
	if ((d = han_digit(cp)) >= 0)
		return d;
	return fin_digit(cp);
}

/* Multipliers without the financial forms 拾 佰 仟 (see mult_any). */
static int
mult_plain(int32_t cp, int *lead)
{
	if (lead)
		*lead = 1;
	switch (cp) {
	case 0x5341: return 1;	/* 十 */
	case 0x767e: return 2;	/* 百 */
	case 0x5343: return 3;	/* 千 */
	case 0x4e07: case 0x842c: return 4;	/* 万 萬 */
	case 0x4ebf: case 0x5104: return 8;	/* 亿 億 */
	case 0x5146: return 12;	/* 兆 (10^12, as in Taiwan; not before 瓦 字节 赫) */
	case 0x5eff: if (lead) *lead = 2; return 1;	/* 廿 */
	case 0x5345: if (lead) *lead = 3; return 1;	/* 卅 */
	}
	return -1;
}

static int
fin_mult(int32_t cp)
{
	switch (cp) {
	case 0x62fe: return 1;	/* 拾 */
	case 0x4f70: return 2;	/* 佰 */
	case 0x4edf: return 3;	/* 仟 */
	}
	return -1;
}

int
nk_cnum_mult(int32_t cp, int *lead)
{
	int p;

	if ((p = mult_plain(cp, lead)) >= 0)
		return p;
	if (lead)
		*lead = 1;
	return fin_mult(cp);
}

static const uint64_t pow10u[] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL
};

#define U64LIM 1000000000000000000ULL	/* keep Han integers below 10^18 */

static int
is_sp(int32_t cp)
{
	return cp == ' ' || cp == 0x3000 || cp == 0xa0;
}

/* Write an unsigned integer as a dec. */
static void
u64dec(uint64_t v, char *out)
{
	char t[24];
	int i = 0, j = 0;

	do
		t[i++] = '0' + v % 10;
	while (v /= 10);
	while (i)
		out[j++] = t[--i];
	out[j] = '\0';
}

/* 兆 is 10^12 except as the prefix mega- of a unit: 兆瓦 兆字节 兆赫 */
static int
mega_unit(const char *s, size_t n)
{
	int32_t cp;

	if (nk_u8_get(s, n, &cp) == 0)
		return 0;
	switch (cp) {
	case 0x74e6: case 0x5b57: case 0x8d6b: case 0x5e15: case 0x6bd4:	/* 瓦 字 赫 帕 比 */
	case 0x6b27: case 0x6b50: case 0x4f4d: case 0x7126: case 0x4f0f:	/* 欧 歐 位 焦 伏 */
	case 0x0062: case 0x0042: case 0x5e27: case 0x50cf:	/* b B 帧 像 */
		return 1;
	}
	return 0;
}

/* 千 and 百 as unit prefixes after Arabic digits: 12千米 is 12 km, 323千卡 */
static int
kilo_unit(const char *s, size_t n)
{
	int32_t cp;

	if (nk_u8_get(s, n, &cp) == 0)
		return 0;
	switch (cp) {
	case 0x7c73: case 0x514b: case 0x74e6: case 0x5361: case 0x5b57:	/* 米 克 瓦 卡 字 */
	case 0x6bd4: case 0x7126: case 0x5e15: case 0x8d6b: case 0x4f0f:	/* 比 焦 帕 赫 伏 */
		return 1;
	}
	return 0;
}

/*
 * Trailing big multipliers after a number: (千|百)? (万|亿)*, e.g. 3.5万亿,
 * 5百万, 1千亿. Returns the total power of ten; *used bytes, *ncp chars.
 */
static int
big_tail(const char *s, size_t n, int small_ok, size_t *used, size_t *ncp)
{
	size_t i = 0, k;
	int32_t cp;
	int p, tot = 0, first = 1;

	*used = 0;
	*ncp = 0;
	while (i < n && (k = nk_u8_get(s + i, n - i, &cp)) > 0) {
		p = mult_plain(cp, NULL);
		if (p == 12 && mega_unit(s + i + k, n - i - k))
			break;
		if (p == 4 || p == 8 || p == 12)
			tot += p;
		else if (first && small_ok && (p == 2 || p == 3) && !kilo_unit(s + i + k, n - i - k))
			tot += p;
		else
			break;
		first = 0;
		i += k;
		*used = i;
		++*ncp;
	}
	return tot;
}

/* Arabic numerals, with an optional big tail. */
static int
parse_arabic(const char *s, size_t n, int opts, nk_num *o)
{
	char raw[DIGMAX + 2];
	char v[NK_DEC_MAX];
	size_t i = 0, k, nr = 0, used, tcp, ncp = 0, sp = 0;
	int32_t cp;
	int d, nint = 0, ngroup = 0, toolong = 0, tail, fullw = 0;

	while (i < n && (k = nk_u8_get(s + i, n - i, &cp)) > 0 && (d = arabic_digit(cp)) >= 0) {
		if (nr < DIGMAX)
			raw[nr++] = '0' + d;
		else
			toolong = 1;
		fullw = cp >= 0x80;
		i += k;
		ncp++;
		nint++;
	}
	if (nint == 0)
		return 0;
	if (nint > 1 && raw[0] == '0')
		o->flags |= NK_NUM_LEADZERO;
	/* thousands groups: ,ddd after a first group of 1-3 digits */
	if (!(opts & NK_CNUM_NOGROUP) && nint <= 3 && raw[0] != '0') {
		for (;;) {
			size_t j = i, m = 0;

			char g[3];
			size_t k2;
			int32_t c2;

			/* ',' between ASCII digits; '，' only between full-width ones */
			if (j < n && s[j] == ',')
				j++;
			else if (fullw && j + 3 <= n && memcmp(s + j, "\xef\xbc\x8c", 3) == 0)
				j += 3;
			else
				break;
			while (m < 3 && j < n && (k2 = nk_u8_get(s + j, n - j, &c2)) > 0 &&
			    (d = arabic_digit(c2)) >= 0 && (c2 < 0x80) == !fullw) {
				g[m++] = '0' + d;
				j += k2;
			}
			if (m != 3 || (j < n && nk_u8_get(s + j, n - j, &c2) > 0 && arabic_digit(c2) >= 0))
				break;
			if (nr + 3 < DIGMAX) {
				memcpy(raw + nr, g, 3);
				nr += 3;
			} else
				toolong = 1;
			i = j;
			ncp += 4;
			nint += 3;
			ngroup++;
		}
		if (ngroup)
			o->flags |= NK_NUM_GROUPED;
	}
	o->ndigits = nint;
	/* decimal point: . or ． followed by a digit */
	if (!(opts & NK_CNUM_NOPOINT) && i < n) {
		k = nk_u8_get(s + i, n - i, &cp);
		if (cp == '.' || cp == 0xff0e) {
			size_t j = i + k, m = 0, k2, nr0 = nr;
			int32_t c2;

			if (nr < DIGMAX)
				raw[nr++] = '.';
			while (j < n && (k2 = nk_u8_get(s + j, n - j, &c2)) > 0 &&
			    (d = arabic_digit(c2)) >= 0) {
				if (nr < DIGMAX)
					raw[nr++] = '0' + d;
				else
					toolong = 1;
				j += k2;
				m++;
			}
			if (m > 0) {
				i = j;
				ncp += 1 + m;
				o->flags |= NK_NUM_POINT;
			} else
				nr = nr0;
		}
	}
	o->flags |= NK_NUM_ARABIC;
	o->len = i;
	o->ncp = ncp;
	if (toolong || nr > NK_DEC_MAX - 8 ||
	    nk_dec_norm(raw, nr, o->value, sizeof o->value) < 0) {
		o->value[0] = '\0';
		return 1;
	}
	/* an exponent: 2e5, -127.32e13, 2.7890e-1 (not 3e5a, an ID) */
	if (!(opts & NK_CNUM_NOPOINT) && i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t j = i + 1, m = 0, k2;
		int32_t c2;
		int neg = 0, ex = 0;

		if (s[j] == '+' || s[j] == '-')
			neg = s[j++] == '-';
		else if (j + 3 <= n && (memcmp(s + j, "\xef\xbc\x8d", 3) == 0 ||
		    memcmp(s + j, "\xef\xbc\x8b", 3) == 0)) {	/* － ＋ */
			neg = s[j + 2] == '\x8d';
			j += 3;
		}
		while (j < n && (k2 = nk_u8_get(s + j, n - j, &c2)) > 0 && (d = arabic_digit(c2)) >= 0) {
			if (ex < 100)
				ex = ex * 10 + d;
			j += k2;
			m++;
		}
		if (m > 0 && !(j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
		    s[j] == '_'))) {
			if (ex <= 40 && nk_dec_shift(o->value, neg ? -ex : ex, v, sizeof v) == 0) {
				memcpy(o->value, v, sizeof v);
				o->flags |= NK_NUM_EXP;
				o->ncp += nk_u8_count(s + i, j - i);
				o->len = j;
				return 1;
			}
		}
	}
	/* big tail, possibly after one space: 3 億, 4.3 亿, 8976 萬, 5百万 */
	if (opts & (NK_CNUM_NOBIG | NK_CNUM_NOHAN))
		return 1;
	if (i < n && !(opts & NK_CNUM_NOSPACE)) {
		k = nk_u8_get(s + i, n - i, &cp);
		if (is_sp(cp))
			sp = k;
	}
	tail = big_tail(s + i + sp, n - i - sp, sp == 0, &used, &tcp);
	if (tail == 0)
		return 1;
	if (nk_dec_shift(o->value, tail, v, sizeof v) < 0)
		return 1;
	memcpy(o->value, v, sizeof v);
	o->len = i + sp + used;
	o->ncp = ncp + (sp > 0) + tcp;
	o->flags |= NK_NUM_BIG | NK_NUM_HAN;
	return 1;
}

static int
is_point(int32_t cp)
{
	return cp == 0x70b9 || cp == 0x9ede;	/* 点 點 */
}

#define MIXED (1 << 30)	/* internal: Arabic coefficients inside a Han numeral */

/* Han numerals (see nk_cnum_parse). */
static int
parse_han(const char *s, size_t n, int opts, nk_num *o)
{
	uint64_t zhao = 0, big = 0, wan = 0, sec = 0, val;
	size_t i = 0, k, ncp = 0, end1 = 0, ncp1 = 0;
	int32_t cp;
	long long d = -1;
	int dg, p, lead, lastp = 99, lastsmall = 99, zero = 0, dar = 0, anyar = 0;
	int nmult = 0, ndig = 0, nfin = 0, nchars = 0, over = 0, hasbig = 0;
	char seq[NK_DEC_MAX];
	size_t nseq = 0;
	int seqzero = 0;

	while (i < n && (k = nk_u8_get(s + i, n - i, &cp)) > 0) {
		int fin = 0;

		if (!(opts & MIXED) && nmult == 0 && nseq > 0 && arabic_digit(cp) >= 0 && d >= 0) {
			/* 二００一: a year written with full-width zeros among Han digits */
			if (nseq + 1 < sizeof seq)
				seq[nseq++] = '0' + arabic_digit(cp);
			if (arabic_digit(cp) == 0)
				seqzero = 1;
			d = arabic_digit(cp);
			ndig++;
			nchars++;
			i += k;
			ncp++;
			continue;
		}
		if ((opts & MIXED) && arabic_digit(cp) >= 0) {
			/* 5万4千6百, 3万4000, 2千零30万: Arabic digits as coefficients */
			long long v = 0;
			size_t j = i, m = 0, k2;
			int32_t c2;

			if (d >= 0 || (nmult == 0 && i > 0))
				break;
			while (j < n && (k2 = nk_u8_get(s + j, n - j, &c2)) > 0 && arabic_digit(c2) >= 0) {
				if (m < 9)
					v = v * 10 + arabic_digit(c2);
				m++;
				j += k2;
			}
			if (m > 8 || (j < n && (s[j] == '.' || s[j] == ',')))
				break;
			d = v;
			dar = anyar = 1;
			ndig++;
			nchars++;
			ncp += m;
			i = j;
			continue;
		}
		dg = han_digit(cp);
		if (dg < 0 && (dg = fin_digit(cp)) >= 0)
			fin = 1;
		if (dg >= 0) {
			if (nmult == 0) {
				/* digit-by-digit so far */
				if (nseq + 1 >= sizeof seq) {
					over = 1;
				} else
					seq[nseq++] = '0' + dg;
				if (dg == 0)
					seqzero = 1;
				d = dg;
				if (nseq == 1) {
					end1 = i + k;
					ncp1 = ncp + 1;
				}
			} else if (dg == 0) {
				if (d >= 0)
					break;
				zero = 1;
			} else if (d >= 0) {
				break;	/* 十五六: a range, stop before 六 */
			} else if ((cp == 0x4e24 || cp == 0x5169) && !(i + k < n &&
			    nk_u8_get(s + i + k, n - i - k, &cp) > 0 && nk_cnum_mult(cp, NULL) >= 0)) {
				break;	/* 三十两: 两 last is the weight (liang), not 2 */
			} else {
				d = dg;
				dar = 0;
			}
			ndig++;
		} else if ((p = mult_plain(cp, &lead)) >= 0 ||
		    ((p = fin_mult(cp)) >= 0 && (fin = 1) && (lead = 1))) {
			if (nseq >= 2)
				break;	/* 三四十, 二〇二四万: not one numeral */
			if ((opts & NK_CNUM_NOBIG) && p >= 4)
				break;
			if (p < 4) {
				uint64_t coef = d >= 0 ? (uint64_t)d : (uint64_t)lead;

				/* 12千米: after Arabic digits 千 before 米 is kilo- */
				if (dar && kilo_unit(s + i + k, n - i - k))
					break;
				/* 30万千瓦, 万千: 千 with no digit after 万 is not a place */
				if (d < 0 && !zero && lastp >= 4 && lastp != 99 && lead == 1)
					break;

				if (lead > 1 && d >= 0)
					break;	/* 二廿 */
				if (p >= lastsmall)
					break;	/* 十百, 三十二十 */
				if (d == 0)
					break;
				sec += coef * pow10u[p];
				lastsmall = p;
			} else if (p == 4) {
				uint64_t w = sec + (d >= 0 ? (uint64_t)d : 0);

				if (lastp == 4 && w == 0 && d < 0 && wan && !big) {
					/* 四万万: 万万 is 10^8 */
					big = wan * 10000;
					wan = 0;
					d = -1;
					zero = 0;
					lastp = 8;
					nmult++;
					nchars++;
					i += k;
					ncp++;
					continue;
				}
				if (wan || (lastp <= 4 && nmult > 0 && w == 0))
					break;
				if (w == 0)
					w = 1;
				wan = w * 10000;
				sec = 0;
				lastsmall = 99;
				hasbig = 1;
			} else if (p == 8) {
				uint64_t y = wan + sec + (d >= 0 ? (uint64_t)d : 0);

				if (y == 0 && big == 0)
					y = 1;
				if (y == 0) {
					/* 亿亿 */
					if (big > U64LIM / 100000000ULL) {
						over = 1;
						break;
					}
					big *= 100000000ULL;
				} else if (big) {
					break;	/* 三亿四亿 */
				} else {
					if (y > U64LIM / 100000000ULL) {
						over = 1;
						break;
					}
					big = y * 100000000ULL;
				}
				wan = sec = 0;
				lastsmall = 99;
				hasbig = 1;
			} else {
				/* 兆: 10^12 over everything before it */
				uint64_t z = big + wan + sec + (d >= 0 ? (uint64_t)d : 0);

				if (mega_unit(s + i + k, n - i - k) || zhao)
					break;
				if (z == 0)
					z = 1;
				if (z > U64LIM / 1000000000000ULL) {
					over = 1;
					break;
				}
				zhao = z * 1000000000000ULL;
				big = wan = sec = 0;
				lastsmall = 99;
				hasbig = 1;
			}
			d = -1;
			dar = 0;
			zero = 0;
			lastp = p;
			nmult++;
		} else
			break;
		if (fin)
			nfin++;
		nchars++;
		i += k;
		ncp++;
	}
	if (nchars == 0 || (anyar && nmult == 0))
		return 0;
	o->flags |= NK_NUM_HAN;
	/* a financial form alone (大陆, 收拾) is no numeral; 陆点五, 壹又二分之壹 are */
	if (nfin && nchars == 1 && !(i < n && nk_u8_get(s + i, n - i, &cp) > 0 && is_point(cp) &&
	    i + 3 < n && nk_u8_get(s + i + 3, n - i - 3, &cp) > 0 && nk_cnum_digit(cp) >= 0) &&
	    !(i + 6 <= n && memcmp(s + i, "\xe5\x88\x86\xe4\xb9\x8b", 6) == 0) &&	/* 仟分之贰 */
	    !mixed_next(s + i, n - i))
		return 0;
	if (nmult == 0) {
		/* a plain digit, or digit by digit */
		if (nseq == 2 && !seqzero) {
			/* 五六: a range; only the first digit */
			if (nfin)
				return 0;
			i = end1;
			ncp = ncp1;
			nseq = 1;
		}
		if (nseq >= 2) {
			o->flags |= NK_NUM_DIGITS;
			o->ndigits = (int)nseq;
			o->len = i;
			o->ncp = ncp;
			if (over || nk_dec_norm(seq, nseq, o->value, sizeof o->value) < 0)
				o->value[0] = '\0';
			return 1;
		}
		val = (uint64_t)(seq[0] - '0');
	} else {
		if (d > 0 && !dar && !zero && lastp >= 2 && lastp != 99 &&
		    (lastp >= 4 || lastp == lastsmall))
			/* 三千五 3500, 一万二 12000, 两百五 250 */
			sec += (uint64_t)d * pow10u[lastp - 1];
		else if (d > 0)
			sec += (uint64_t)d;
		val = zhao + big + wan + sec;
		if (hasbig)
			o->flags |= NK_NUM_BIG;
		o->flags |= NK_NUM_MULT;
	}
	o->len = i;
	o->ncp = ncp;
	if (over) {
		o->value[0] = '\0';
		return 1;
	}
	u64dec(val, o->value);
	/* decimal part: 三点五, 十二点五万 */
	if (!(opts & NK_CNUM_NOPOINT) && i < n && (k = nk_u8_get(s + i, n - i, &cp)) > 0 &&
	    is_point(cp) && (nmult > 0 || nseq == 1)) {
		char raw[NK_DEC_MAX + 24], v[NK_DEC_MAX];
		size_t j = i + k, m = 0, k2, nr = strlen(o->value), used, tcp;
		int32_t c2;
		int tail;

		memcpy(raw, o->value, nr);
		raw[nr++] = '.';
		/* decimals are read digit by digit: 两 is no digit there (一点两小时) */
		while (j < n && (k2 = nk_u8_get(s + j, n - j, &c2)) > 0 && c2 != 0x4e24 && c2 != 0x5169 &&
		    c2 != 0x5006 && ((dg = han_digit(c2)) >= 0 || (dg = fin_digit(c2)) >= 0) && nr < NK_DEC_MAX - 1) {
			raw[nr++] = '0' + dg;
			j += k2;
			m++;
		}
		if (m == 0)
			return 1;
		/* 三点五十分 is a clock time, not 3.5 */
		if (j < n && nk_u8_get(s + j, n - j, &c2) > 0 && (p = nk_cnum_mult(c2, NULL)) >= 0 && p < 4)
			return 1;
		if (nk_dec_norm(raw, nr, v, sizeof v) < 0)
			return 1;
		tail = (opts & NK_CNUM_NOBIG) ? 0 : big_tail(s + j, n - j, 0, &used, &tcp);
		if (tail) {
			if (nk_dec_shift(v, tail, v, sizeof v) < 0)
				return 1;
			j += used;
			m += tcp;
			o->flags |= NK_NUM_BIG;
		}
		memcpy(o->value, v, sizeof v);
		o->flags |= NK_NUM_POINT;
		o->len = j;
		o->ncp = ncp + 1 + m;
	}
	return 1;
}

/*
 * Can an Arabic number go on as a mixed numeral (5万4千6百, 3 千)? Only
 * with a multiplier next, or one just read: the mixed parse is skipped
 * for all other Arabic numbers.
 */
static int
mult_next(const char *s, size_t n)
{
	int32_t cp;
	size_t k = nk_u8_get(s, n, &cp);

	if (is_sp(cp))
		nk_u8_get(s + k, n - k, &cp);
	return nk_cnum_mult(cp, NULL) >= 0;
}

/* a three-byte multiplier ends at s + i: 5万|4千, 2千|零30万 */
static int
mult_ends(const char *s, size_t i)
{
	int32_t cp;

	return nk_u8_get(s + i - 3, 3, &cp) == 3 && nk_cnum_mult(cp, NULL) >= 0;
}

int
nk_cnum_parse(const char *s, size_t n, int opts, nk_num *out)
{
	int32_t cp;
	int r = 0;

	memset(out, 0, offsetof(nk_num, value));
	out->value[0] = '\0';
	if (nk_u8_get(s, n, &cp) == 0)
		return 0;
	if (arabic_digit(cp) >= 0) {
		if (!(opts & NK_CNUM_NOARABIC))
			r = parse_arabic(s, n, opts, out);
		if (r && !(opts & (NK_CNUM_NOHAN | NK_CNUM_NOBIG)) && out->value[0] &&
		    !(out->flags & (NK_NUM_POINT | NK_NUM_GROUPED)) && out->len < n &&
		    (mult_next(s + out->len, n - out->len) || (out->len >= 3 && mult_ends(s, out->len)))) {
			nk_num m;

			memset(&m, 0, offsetof(nk_num, value));
			if (parse_han(s, n, opts | MIXED, &m) && m.len > out->len && m.value[0]) {
				m.flags |= NK_NUM_ARABIC;
				m.ndigits = out->ndigits;
				*out = m;
			}
		}
	} else if (!(opts & NK_CNUM_NOHAN))
		r = parse_han(s, n, opts, out);
	if (!r) {
		memset(out, 0, offsetof(nk_num, value));
		out->value[0] = '\0';
	}
	return r;
}

long
nk_cnum_long(const char *s, size_t n, int opts, size_t *used)
{
	nk_num x;
	const char *p;
	long v = 0;

	*used = 0;
	if (!nk_cnum_parse(s, n, opts, &x))
		return -1;
	*used = x.len;
	if (!x.value[0] || x.value[0] == '-' || strchr(x.value, '.') ||
	    strlen(x.value) > 15)
		return -1;
	for (p = x.value; *p; p++)
		v = v * 10 + (*p - '0');
	return v;
}
