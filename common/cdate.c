/*
 * cdate.c - Chinese date and time expressions: find them, resolve them
 * against a reference date, and the calendar arithmetic behind that
 * (Gregorian, ISO weeks, and the Chinese lunisolar calendar computed
 * from the positions of sun and moon).
 *
 * The text is decoded once into code points; a hand-written recursive
 * descent parser tries each position that can start an expression and
 * keeps the longest match. Values follow TIMEX3 (see ndate(1)).
 */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "cnum.h"
#include "cdate.h"

/*
 * snprintf costs some 500 instructions even to copy a string, and every
 * expression sets a value and a mod: these do what snprintf(b, sz, ...)
 * would on the hot paths (scopy for "%s", sfmt for the conversions app
 * knows, see below).
 */
static void
scopy(char *b, size_t sz, const char *s)
{
	size_t k = 0;

	while (s[k] && k + 1 < sz) {
		b[k] = s[k];
		k++;
	}
	b[k] = '\0';
}

static int sfmt(char *b, size_t sz, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- calendar ----------------------------------------------------------- */

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
nk_cal_mdays(int y, int m)
{
	static const int md[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && leap(y) ? 29 : md[m - 1];
}

/* days since 1970-01-01 (H. Hinnant's days_from_civil) */
long
nk_cal_days(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
nk_cal_civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
nk_cal_wday(int y, int m, int d)
{
	long z = nk_cal_days(y, m, d);	/* 1970-01-01 was a Thursday (4) */
	long w = ((z % 7) + 7 + 3) % 7;	/* 0 = Monday */

	return (int)w + 1;
}

int
nk_cal_isoweek(int y, int m, int d, int *wy)
{
	long z = nk_cal_days(y, m, d);
	long thu = z - (nk_cal_wday(y, m, d) - 1) + 3;	/* Thursday of the week */
	int ty, tm, td;
	long jan1;

	nk_cal_civil(thu, &ty, &tm, &td);
	jan1 = nk_cal_days(ty, 1, 1);
	if (wy)
		*wy = ty;
	return (int)((thu - jan1) / 7 + 1);
}

/*
 * Astronomy for the Chinese calendar, after J. Meeus, Astronomical
 * Algorithms (2nd ed.): chapter 49 for new moons, chapter 25 (low
 * accuracy) for the sun. Errors of a few minutes matter only when a new
 * moon or a principal term falls within minutes of midnight in China.
 */
#define RAD (M_PI / 180.0)

static double
deltat_days(double year)
{
	/* Espenak & Meeus polynomial for 2005..2050, a rough one outside */
	double t = year - 2000, dt;

	if (year >= 2005 && year < 2050)
		dt = 62.92 + 0.32217 * t + 0.005589 * t * t;
	else if (year >= 1986 && year < 2005)
		dt = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t;
	else {
		double u = (year - 1820) / 100;
		dt = -20 + 32 * u * u;
	}
	return dt / 86400.0;
}

/* Julian Ephemeris Day of new moon number k (k = 0: 2000-01-06) */
static double
newmoon_jde(long k)
{
	double T = k / 1236.85, T2 = T * T, E, M, Mp, F, O, jde;

	jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2
	    - 0.000000150 * T2 * T + 0.00000000073 * T2 * T2;
	E = 1 - 0.002516 * T - 0.0000074 * T2;
	M = (2.5534 + 29.10535670 * k - 0.0000014 * T2) * RAD;
	Mp = (201.5643 + 385.81693528 * k + 0.0107582 * T2) * RAD;
	F = (160.7108 + 390.67050284 * k - 0.0016118 * T2) * RAD;
	O = (124.7746 - 1.56375588 * k + 0.0020672 * T2) * RAD;
	jde += -0.40720 * sin(Mp) + 0.17241 * E * sin(M)
	    + 0.01608 * sin(2 * Mp) + 0.01039 * sin(2 * F)
	    + 0.00739 * E * sin(Mp - M) - 0.00514 * E * sin(Mp + M)
	    + 0.00208 * E * E * sin(2 * M) - 0.00111 * sin(Mp - 2 * F)
	    - 0.00057 * sin(Mp + 2 * F) + 0.00056 * E * sin(2 * Mp + M)
	    - 0.00042 * sin(3 * Mp) + 0.00042 * E * sin(M + 2 * F)
	    + 0.00038 * E * sin(M - 2 * F) - 0.00024 * E * sin(2 * Mp - M)
	    - 0.00017 * sin(O) - 0.00007 * sin(Mp + 2 * M)
	    + 0.00004 * sin(2 * Mp - 2 * F) + 0.00004 * sin(3 * M)
	    + 0.00003 * sin(Mp + M - 2 * F) + 0.00003 * sin(2 * Mp + 2 * F)
	    - 0.00003 * sin(Mp + M + 2 * F) + 0.00003 * sin(Mp - M + 2 * F)
	    - 0.00002 * sin(Mp - M - 2 * F) - 0.00002 * sin(3 * Mp + M)
	    + 0.00002 * sin(4 * Mp);
	return jde;
}

/* JDE -> day number (days since 1970-01-01) of the civil date in China */
static long
jde_to_cnday(double jde)
{
	double year = 2000 + (jde - 2451545.0) / 365.25;
	double jd = jde - deltat_days(year) + 8.0 / 24;	/* UT, then UTC+8 */

	return (long)floor(jd + 0.5) - 2440588;	/* JD 2440587.5 = 1970-01-01 0h */
}

/* apparent longitude of the sun in degrees [0, 360) at JDE */
static double
sun_long(double jde)
{
	double T = (jde - 2451545.0) / 36525, L0, M, C, O, l;

	L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
	M = (357.52911 + 35999.05029 * T - 0.0001537 * T * T) * RAD;
	C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M)
	    + (0.019993 - 0.000101 * T) * sin(2 * M) + 0.000289 * sin(3 * M);
	O = (125.04 - 1934.136 * T) * RAD;
	l = L0 + C - 0.00569 - 0.00478 * sin(O);
	l = fmod(l, 360);
	return l < 0 ? l + 360 : l;
}

/* JDE at local midnight (China) starting civil day z */
static double
cnday_to_jde(long z)
{
	double jd = z + 2440587.5 - 8.0 / 24;

	return jd + deltat_days(1970 + z / 365.25);
}

/* day (China) on which the sun reaches longitude deg, near JDE guess */
static long
term_day(double deg, double guess)
{
	double jde = guess;
	int i;

	for (i = 0; i < 8; i++) {
		double d = deg - sun_long(jde);

		while (d > 180)
			d -= 360;
		while (d < -180)
			d += 360;
		jde += d * 365.2422 / 360;
	}
	return jde_to_cnday(jde);
}

int
nk_cal_term(int y, int deg, int *gm, int *gd)
{
	double guess;
	long z;

	if (y < 1600 || y > 2400 || deg < 0 || deg >= 360)
		return -1;
	/* the sun is at 0 degrees around March 20; 285..345 fall in January
	 * to March of y, before the equinox of y */
	guess = 2451545.0 + (y - 2000) * 365.2422 + 79 + (deg / 360.0) * 365.2422;
	if (deg > 280)
		guess -= 365.2422;
	z = term_day(deg, guess);
	nk_cal_civil(z, &y, gm, gd);
	return 0;
}

/* the new moon day (China) on or before day z */
static long
newmoon_before(long z, long *kout)
{
	long k = (long)floor((z - 10962.0) / 29.530588861);	/* 10962: 2000-01-06 */
	long d;

	for (;;) {
		d = jde_to_cnday(newmoon_jde(k));
		if (d > z) {
			k--;
			continue;
		}
		if (jde_to_cnday(newmoon_jde(k + 1)) <= z) {
			k++;
			continue;
		}
		break;
	}
	if (kout)
		*kout = k;
	return d;
}

/* 1 if the lunar month starting on day a (next month on day b) has no
 * principal term (sun at a multiple of 30 degrees) */
static int
no_major_term(long a, long b)
{
	double la = sun_long(cnday_to_jde(a)), lb = sun_long(cnday_to_jde(b));

	return floor(la / 30) == floor(lb / 30);
}

/*
 * Start days of the lunar months from the 11th month (containing the
 * winter solstice) of year y-1 to that of year y, with month numbers.
 * Returns the count (13 or 14 starts, the last is the next 11th month).
 */
static int
lunar_months(int y, long *start, int *num, int *isleap)
{
	long ws1, ws2, m1, m2, k;
	int n, i, leapdone = 0, mno;

	ws1 = term_day(270, 2451545.0 + (y - 1 - 2000) * 365.2422 + 355);
	ws2 = term_day(270, 2451545.0 + (y - 2000) * 365.2422 + 355);
	m1 = newmoon_before(ws1, &k);
	m2 = newmoon_before(ws2, NULL);
	n = 0;
	start[n++] = m1;
	while (start[n - 1] < m2 && n < 15) {
		k++;
		start[n++] = jde_to_cnday(newmoon_jde(k));
	}
	/* n - 1 months between the two 11th months: 12, or 13 with a leap */
	mno = 11;
	for (i = 0; i < n; i++) {
		isleap[i] = 0;
		if (i > 0) {
			if (n - 1 == 13 && !leapdone && i < n - 1 &&
			    no_major_term(start[i], start[i + 1])) {
				isleap[i] = 1;
				leapdone = 1;
			} else
				mno = mno % 12 + 1;
		}
		num[i] = mno;
	}
	return n;
}

int
nk_cal_lunar(int y, int lm, int ld, int *gm, int *gd)
{
	long z = nk_cal_lunar_day(y, lm, ld);
	int yy;

	if (z == NK_CAL_NODAY)
		return -1;
	nk_cal_civil(z, &yy, gm, gd);
	return yy == y ? 0 : -1;
}

/*
 * lunar_months of year y, remembered: it costs some fifty sines and
 * holidays of the same few years come up again and again (春节, 中秋)
 */
static int
lunar_months_memo(int y, long *start, int *num, int *isleap)
{
	static struct {
		int y, n;
		long start[16];
		int num[16], isleap[16];
	} memo[16];
	int h = y & 15;

	if (memo[h].y != y || memo[h].n == 0) {
		memo[h].n = lunar_months(y, memo[h].start, memo[h].num, memo[h].isleap);
		memo[h].y = y;
	}
	memcpy(start, memo[h].start, sizeof memo[h].start);
	memcpy(num, memo[h].num, sizeof memo[h].num);
	memcpy(isleap, memo[h].isleap, sizeof memo[h].isleap);
	return memo[h].n;
}

/* as nk_cal_lunar_day; leap: the leap month that follows month lm (闰四月) */
static long
lunar_day(int y, int lm, int ld, int leap)
{
	long start[16];
	int num[16], isl[16], n, i, pass;

	if (y < 1600 || y > 2400 || lm < 1 || lm > 12 || ld < 1 || ld > 30)
		return NK_CAL_NODAY;
	/* months 1..10 of the year starting in y lie in the list of y;
	 * months 11, 12 are at the end of that list (before the next 11th
	 * month they precede) - take them from the list of y + 1 */
	for (pass = 0; pass < 2; pass++) {
		n = lunar_months_memo(y + pass, start, num, isl);
		for (i = (pass ? 0 : 2); i < n - 1; i++) {
			if (num[i] != lm || isl[i] != leap)
				continue;
			if (pass == 0 && lm >= 11)
				continue;
			if (pass == 1 && !(lm >= 11) )
				continue;
			if (pass == 1 && i > 2)
				continue;
			if (start[i] + ld - 1 >= start[i + 1])
				return NK_CAL_NODAY;
			return start[i] + ld - 1;
		}
	}
	return NK_CAL_NODAY;
}

long
nk_cal_lunar_day(int y, int lm, int ld)
{
	return lunar_day(y, lm, ld, 0);
}

/* the last day of lunar year that starts in Gregorian year y - 1, i.e.
 * the eve of the new year falling in year y */
static int
lunar_eve(int y, int *gm, int *gd)
{
	int m, d, yy;

	if (nk_cal_lunar(y, 1, 1, &m, &d) < 0)
		return -1;
	nk_cal_civil(nk_cal_days(y, m, d) - 1, &yy, gm, gd);
	return yy == y ? 0 : -1;
}

/* ---- the reference ---------------------------------------------------- */

static int
digits(const char *s, int n, int *v)
{
	int i, x = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		x = x * 10 + (s[i] - '0');
	}
	*v = x;
	return 0;
}

int
nk_cdate_parse_ref(const char *s, nk_cdate_ref *r)
{
	size_t n;

	memset(r, 0, sizeof *r);
	r->hh = r->mi = r->ss = -1;
	if (!s)
		return -1;
	while (*s == ' ')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	if (n < 4 || digits(s, 4, &r->y) < 0 || r->y < 1)
		goto bad;
	if (n == 4)
		return 0;
	if (n < 7 || (s[4] != '-' && s[4] != '/') || digits(s + 5, 2, &r->m) < 0 ||
	    r->m < 1 || r->m > 12)
		goto bad;
	if (n == 7)
		return 0;
	if (n < 10 || s[7] != s[4] || digits(s + 8, 2, &r->d) < 0 || r->d < 1 ||
	    r->d > nk_cal_mdays(r->y, r->m))
		goto bad;
	if (n == 10)
		return 0;
	/* YYYY-MM-DDTHH: a reference told to the hour */
	if ((s[10] == 'T' || s[10] == ' ') && (n == 13 || (n > 13 && (s[13] == '+' || s[13] == 'Z'))) &&
	    digits(s + 11, 2, &r->hh) == 0 && r->hh <= 24)
		return 0;
	if ((s[10] != 'T' && s[10] != ' ') || n < 16 || digits(s + 11, 2, &r->hh) < 0 ||
	    s[13] != ':' || digits(s + 14, 2, &r->mi) < 0 || r->hh > 24 || r->mi > 59)
		goto bad;
	if (n >= 19 && s[16] == ':' && digits(s + 17, 2, &r->ss) == 0 && r->ss <= 60)
		return 0;
	r->ss = -1;
	return 0;
bad:
	memset(r, 0, sizeof *r);
	r->hh = r->mi = r->ss = -1;
	return -1;
}

/* ---- registered words (holidays, vague references) ---------------------- */

enum { W_FIXED, W_LUNAR, W_EVE, W_TERM, W_NTH, W_REF, W_ERA };

struct word {
	int32_t cp[16];
	int len;
	int type;
	int a, b, c;		/* month/day, term degrees, nth: month n wday */
	char ref[12];		/* PAST_REF ... */
	int32_t notafter[48], notbefore[48];
};

static struct word *words;
static size_t nwords, capwords;

static int
u8cps(const char *s, int32_t *out, int max)
{
	size_t n = strlen(s), i = 0;
	int k = 0;

	while (i < n && k < max) {
		int32_t c;
		i += nk_u8_dec(s + i, n - i, &c);
		if (c < 0)
			return -1;
		out[k++] = c;
	}
	return i < n ? -1 : k;
}

int
nk_cdate_word(const char *w, const char *spec)
{
	struct word x;
	const char *p;
	char buf[256];
	size_t i;

	memset(&x, 0, sizeof x);
	if ((x.len = u8cps(w, x.cp, 16)) <= 0)
		return -1;
	/* exclusions: "... !after CHARS" "... !before CHARS" */
	scopy(buf, sizeof buf, spec);
	if ((p = strstr(spec, " !after ")) != NULL &&
	    u8cps(strtok(strcpy(buf, p + 8), " "), x.notafter, 47) < 0)
		return -1;
	scopy(buf, sizeof buf, spec);
	if ((p = strstr(spec, " !before ")) != NULL &&
	    u8cps(strtok(strcpy(buf, p + 9), " "), x.notbefore, 47) < 0)
		return -1;
	if (sscanf(spec, "%2d-%2d", &x.a, &x.b) == 2 && strlen(spec) >= 5 &&
	    spec[2] == '-')
		x.type = W_FIXED;
	else if (sscanf(spec, "lunar %2d-%2d", &x.a, &x.b) == 2)
		x.type = W_LUNAR;
	else if (strncmp(spec, "lunar eve", 9) == 0)
		x.type = W_EVE;
	else if (sscanf(spec, "term %d", &x.a) == 1)
		x.type = W_TERM;
	else if (sscanf(spec, "nth %d %d %d", &x.a, &x.b, &x.c) == 3)
		x.type = W_NTH;
	else if (sscanf(spec, "era %d", &x.a) == 1) {
		x.type = W_ERA;
		if (x.a < 1 || x.a > 2999)
			return -1;
	}
	else if (!strncmp(spec, "PAST_REF", 8) || !strncmp(spec, "PRESENT_REF", 11) ||
	    !strncmp(spec, "FUTURE_REF", 10)) {
		x.type = W_REF;
		snprintf(x.ref, sizeof x.ref, "%.*s", (int)strcspn(spec, " "), spec);
	} else
		return -1;
	if ((x.type == W_FIXED || x.type == W_LUNAR) &&
	    (x.a < 1 || x.a > 12 || x.b < 1 || x.b > 31))
		return -1;
	if ((x.type == W_FIXED && x.b > nk_cal_mdays(2000, x.a)) || (x.type == W_LUNAR && x.b > 30))
		return -1;
	if (x.type == W_TERM && (x.a < 0 || x.a >= 360))
		return -1;
	if (x.type == W_NTH && (x.a < 1 || x.a > 12 || x.b < -1 || x.b > 5 ||
	    x.b == 0 || x.c < 1 || x.c > 7))
		return -1;
	for (i = 0; i < nwords; i++)
		if (words[i].len == x.len &&
		    !memcmp(words[i].cp, x.cp, x.len * sizeof x.cp[0])) {
			words[i] = x;
			return 0;
		}
	if (nwords == capwords) {
		capwords = capwords ? 2 * capwords : 64;
		words = nk_erealloc(words, capwords * sizeof *words);
	}
	words[nwords++] = x;
	return 0;
}

/* ---- the parser -------------------------------------------------------- */

struct cx {
	const int32_t *cp;
	size_t n;
	const nk_cdate_ref *ref;
	int ly, lm;	/* year and month of the date just before, in a list (9月10日、11日) */
	int *yused;	/* counts the times the reference year was asked for (refy) */
	int ay, am, ad;	/* the last date found before, for 当天 次日 同年 (0: none) */
};

/* what an expression says */
struct pt {
	int kind;
	int y, m, d;		/* 0 not said, -1 unknown (X) */
	int gy, gm, gd;		/* which were said (not inherited) */
	int m2, d2;		/* month or day range end within one expression */
	int fy;			/* fiscal year */
	int q, h, w, wd;	/* quarter, half, ISO week, weekday 1..7 */
	int q2;			/* quarter range end (前三季度) */
	int we;			/* weekend */
	int se;			/* season 1..4: SP SU FA WI */
	const struct word *hol;	/* a holiday whose year was not said */
	int approx;		/* 大约 before the clock time */
	int dec, cent;		/* 201 for 201X, 20 for the 21st century */
	int hh, mi, ss;		/* -1 none */
	const char *tod;	/* MO AF EV NI */
	int ampm;		/* the clock time had a part of day (下午4点) */
	char mod[12];
	char val[NK_CDATE_VMAX];	/* set directly: durations, refs */
};

static int
at(const struct cx *c, size_t i)
{
	return i < c->n ? c->cp[i] : 0;
}

/*
 * Word lists and character sets are string literals in this file; each
 * is decoded once into code points and cached by its address.
 */
#define CL_WORDS 48
#define CL_WLEN 8

struct clist {
	uint64_t mask[16];	/* bit (first cp % 1024) of every word: a quick no */
	int n;
	int32_t w[CL_WORDS][CL_WLEN];
	unsigned char len[CL_WORDS];
	/* the words by first character: head[first cp % 64], then next[k],
	 * in order (-1 ends) */
	signed char head[64], next[CL_WORDS];
};

static const char *clsrc[512];	/* the lists by address, beside their tables */
static struct clist *cltab[512];
static struct clist *clist_build(const char *src, size_t h);

/* the list for src: a lookup on every call, so inline; built once */
static inline struct clist *
clist(const char *src)
{
	size_t h = ((uintptr_t)src >> 3) % 512;

	while (clsrc[h] != NULL) {
		if (clsrc[h] == src)
			return cltab[h];
		h = (h + 1) % 512;
	}
	return clist_build(src, h);
}

static struct clist *
clist_build(const char *src, size_t h)
{
	size_t i, n;
	struct clist *l;

	l = nk_ecalloc(1, sizeof *l);
	n = strlen(src);
	for (i = 0; i < n && l->n < CL_WORDS; ) {
		int k = 0;
		while (i < n && src[i] == ' ')
			i++;
		if (i >= n)
			break;
		while (i < n && src[i] != ' ') {
			int32_t x;
			i += nk_u8_dec(src + i, n - i, &x);
			if (k < CL_WLEN)
				l->w[l->n][k++] = x;
		}
		if (k > 0)
			l->mask[(l->w[l->n][0] >> 6) & 15] |= 1ull << (l->w[l->n][0] & 63);
		l->len[l->n++] = (unsigned char)k;
	}
	{	/* the chains of words by first character, each in order */
		int k, tail[64];

		memset(l->head, -1, sizeof l->head);
		memset(l->next, -1, sizeof l->next);
		for (k = 0; k < l->n; k++) {
			int b = l->w[k][0] & 63;
			if (l->head[b] < 0)
				l->head[b] = (signed char)k;
			else
				l->next[tail[b]] = (signed char)k;
			tail[b] = k;
		}
	}
	clsrc[h] = src;
	cltab[h] = l;
	return l;
}

/* end of the literal w at i, or 0 */
static inline size_t
lit(const struct cx *c, size_t i, const char *w)
{
	struct clist *l = clist(w);
	int k;

	if (l->n == 0 || i + l->len[0] > c->n)
		return 0;
	for (k = 0; k < l->len[0]; k++)
		if (c->cp[i + k] != l->w[0][k])
			return 0;
	return i + l->len[0];
}

/* alt() past its quick no: the longest word of l at i, starting with x */
static size_t
alt_words(const struct cx *c, size_t i, const struct clist *l, int32_t x, int *which)
{
	size_t best = 0;
	int k, m;

	for (k = l->head[x & 63]; k >= 0; k = l->next[k]) {
		if (l->w[k][0] != x || i + l->len[k] > c->n || i + l->len[k] <= best)
			continue;
		for (m = 1; m < l->len[k] && c->cp[i + m] == l->w[k][m]; m++)
			;
		if (m == l->len[k]) {
			best = i + l->len[k];
			if (which)
				*which = k;
		}
	}
	return best;
}

/* longest of the space-separated alternatives at i: its end (0 if
 * none), and its index in *which. Most calls end at the quick no of the
 * mask, inline: the call is what would cost. */
static inline size_t
alt_in(const struct cx *c, size_t i, const struct clist *l, int *which)
{
	int32_t x;

	if (i >= c->n)
		return 0;
	x = c->cp[i];
	if (!(l->mask[(x >> 6) & 15] & (1ull << (x & 63))))
		return 0;
	return alt_words(c, i, l, x, which);
}

/*
 * alt(c, i, list, which) is alt_in with the list compiled from its text.
 * Finding a list by its address in the hash cost more than most tests
 * that use it, so each call site remembers the last list it passed (a
 * site passes one, or one of a few) in statics of its own (GNU C).
 */
#define alt(c, i, list, which) __extension__ ({				\
	static const char *site_src_;					\
	static const struct clist *site_l_;				\
	const char *src_ = (list);					\
	if (src_ != site_src_) {					\
		site_l_ = clist(src_);					\
		site_src_ = src_;					\
	}								\
	alt_in(c, i, site_l_, which);					\
})

static int
isdig(int32_t x)
{
	return (x >= '0' && x <= '9') || (x >= 0xFF10 && x <= 0xFF19);
}

/* Han numerals: a map built once (by hannum_init, from initstarts and
 * on first use), then an inline test on every character */
static unsigned char hanmap[0x10000 / 8];
static int haninit;

static void
hannum_init(void)
{
	/* Han numerals live in these blocks (〇, CJK, compatibility) */
	static const int32_t blk[][2] = { { 0x3000, 0x3100 }, { 0x4E00, 0xA000 },
		{ 0xF900, 0xFB00 }, { 0xFF00, 0xFF20 } };
	size_t b;
	int32_t y;

	for (b = 0; b < sizeof blk / sizeof blk[0]; b++)
		for (y = blk[b][0]; y < blk[b][1]; y++)
			if (nk_cnum_digit(y) >= 0 || (nk_cnum_mult(y, NULL) >= 1 &&
			    nk_cnum_mult(y, NULL) <= 3))	/* 十 百 千, not 万 亿 */
				hanmap[y >> 3] |= 1 << (y & 7);
	hanmap[0x25CB >> 3] |= 1 << (0x25CB & 7);	/* ○ for 〇 */
	haninit = 1;
}

static inline int
ishannum(int32_t x)
{
	if (!haninit)
		hannum_init();
	return x >= 0 && x < 0x10000 && (hanmap[x >> 3] & (1 << (x & 7)));
}

/* is x one of the characters of set: its characters (up to 128) in a
 * hash table of 256, built once and found by the set's address */
#define CS_SLOTS 256
struct cset {
	uint64_t mask;		/* bit (x % 64) of every character: a quick no */
	int32_t slot[CS_SLOTS];	/* -1 empty */
};

static const char *cssrc[512];	/* the sets by address, beside their tables */
static struct cset *cstab[512];

static struct cset *cset_build(const char *set, size_t h);

static size_t
cs_hash(int32_t x)
{
	return ((uint32_t)x * 2654435761u) >> 24;	/* < CS_SLOTS */
}

/* the set's quick no inline, its characters out of line */
static int
inset_chars(int32_t x, const struct cset *l)
{
	size_t h = cs_hash(x);

	while (l->slot[h] >= 0) {
		if (l->slot[h] == x)
			return 1;
		h = (h + 1) % CS_SLOTS;
	}
	return 0;
}

static struct cset *
cset(const char *set)
{
	size_t h = ((uintptr_t)set >> 3) % 512;
	struct cset *l;

	while (cssrc[h] && cssrc[h] != set)
		h = (h + 1) % 512;
	if (!(l = cstab[h]))
		l = cset_build(set, h);
	return l;
}

static inline int
inset_in(int32_t x, const struct cset *l)
{
	if (!(l->mask & (1ull << (x & 63))))
		return 0;
	return inset_chars(x, l);
}

/* inset(x, set): as alt, each call site remembers its last set */
#define inset(x, set) __extension__ ({					\
	static const char *site_src_;					\
	static const struct cset *site_l_;				\
	const char *src_ = (set);					\
	if (src_ != site_src_) {					\
		site_l_ = cset(src_);					\
		site_src_ = src_;					\
	}								\
	inset_in(x, site_l_);						\
})

static struct cset *
cset_build(const char *set, size_t h)
{
	struct cset *l;
	size_t i, n, z;
	int k = 0;

	l = nk_emalloc(sizeof *l);
	l->mask = 0;
	for (z = 0; z < CS_SLOTS; z++)
		l->slot[z] = -1;
	n = strlen(set);
	for (i = 0; i < n && k < 128; k++) {
		int32_t y;
		i += nk_u8_dec(set + i, n - i, &y);
		if (y < 0)
			continue;
		for (z = cs_hash(y); l->slot[z] >= 0 && l->slot[z] != y; z = (z + 1) % CS_SLOTS)
			;
		l->slot[z] = y;
		l->mask |= 1ull << (y & 63);
	}
	cssrc[h] = set;
	cstab[h] = l;
	return l;
}

static size_t
sp(const struct cx *c, size_t i)
{
	int k = 0;

	while (i < c->n && k < 3 && (c->cp[i] == ' ' || c->cp[i] == 0x3000 ||
	    c->cp[i] == 0xA0)) {
		i++;
		k++;
	}
	return i;
}

/*
 * A numeral at i: value in *v (-1 if none), *fl its nk_num flags,
 * *nd the number of digits written. Returns the end or 0. Never takes
 * decimals, groups, 万/亿, or more than 4 Arabic digits.
 */
/* the parser asks for the numeral at one position many times: a small
 * direct-mapped memo, emptied for each text by counting texts (an entry
 * of an earlier text has an older gen) */
struct nmemo {
	unsigned long gen;
	size_t i, end;
	long v;
	int fl, nd;
};
static struct nmemo nmemo[32];
static unsigned long nmemo_gen;

static size_t num_(const struct cx *c, size_t i, long *v, int *fl, int *nd);
static size_t num_memo(const struct cx *c, size_t i, long *v, int *fl, int *nd);

/* the quick no inline (most places hold no numeral), then the memo */
static inline size_t
num(const struct cx *c, size_t i, long *v, int *fl, int *nd)
{
	if (i >= c->n || !(isdig(c->cp[i]) || ishannum(c->cp[i]) ||
	    c->cp[i] == 0x5EFF || c->cp[i] == 0x5345))
		return 0;
	return num_memo(c, i, v, fl, nd);
}

/* a miss: the numeral at i into the memo (out of line, so that a hit
 * saves no registers) */
static __attribute__((noinline)) size_t
num_fill(const struct cx *c, size_t i, long *v, int *fl, int *nd)
{
	struct nmemo *m = &nmemo[i & 31];
	long v_ = 0;
	int fl_ = 0, nd_ = 0;

	m->gen = nmemo_gen;
	m->i = i;
	m->end = num_(c, i, &v_, &fl_, &nd_);
	m->v = v_;
	m->fl = fl_;
	m->nd = nd_;
	if (m->end) {
		*v = m->v;
		if (fl)
			*fl = m->fl;
		if (nd)
			*nd = m->nd;
	}
	return m->end;
}

static size_t
num_memo(const struct cx *c, size_t i, long *v, int *fl, int *nd)
{
	const struct nmemo *m = &nmemo[i & 31];

	if (m->gen != nmemo_gen || m->i != i)
		return num_fill(c, i, v, fl, nd);
	if (m->end) {
		*v = m->v;
		if (fl)
			*fl = m->fl;
		if (nd)
			*nd = m->nd;
	}
	return m->end;
}

/* num_ of the Arabic digits [i, j): more than four are not a number of
 * a date (an ID, a phone number) */
static size_t
num_digits(const struct cx *c, size_t i, size_t j, long *v, int *fl, int *nd)
{
	long x = 0;
	size_t k;

	if (j - i > 4)
		return 0;
	for (k = i; k < j; k++)
		x = x * 10 + (c->cp[k] >= 0xFF10 ? c->cp[k] - 0xFF10 : c->cp[k] - '0');
	*v = x;
	if (fl)
		*fl = NK_NUM_ARABIC | (j - i > 1 && (c->cp[i] == '0' || c->cp[i] == 0xFF10) ? NK_NUM_LEADZERO : 0);
	if (nd)
		*nd = (int)(j - i);
	return j;
}

static size_t
num_(const struct cx *c, size_t i, long *v, int *fl, int *nd)
{
	char b[64];
	size_t k = 0, j = i;
	nk_num x;

	/* the common case, Arabic digits alone (2024年, 5月): what the rest
	 * would find, without encoding them for nk_cnum_parse */
	while (j < c->n && isdig(c->cp[j]))
		j++;
	if (j > i && (j == c->n || !(ishannum(c->cp[j]) || c->cp[j] == 0x5EFF || c->cp[j] == 0x5345)))
		return num_digits(c, i, j, v, fl, nd);
	j = i;
	while (j < c->n && k < 40 && (isdig(c->cp[j]) || ishannum(c->cp[j]) ||
	    c->cp[j] == 0x5EFF || c->cp[j] == 0x5345)) {
		/* 二○○一: newspapers write 〇 as ○ (white circle) */
		k += nk_u8_enc(c->cp[j] == 0x25CB ? 0x3007 : c->cp[j], b + k);
		j++;
	}
	if (k == 0)
		return 0;
	if (!nk_cnum_parse(b, k, NK_CNUM_NOBIG | NK_CNUM_NOPOINT | NK_CNUM_NOGROUP |
	    NK_CNUM_NOSPACE, &x) || x.ncp == 0)
		return 0;
	if (!nk_dec_is_int(x.value) || strlen(x.value) > 6)
		return 0;
	if ((x.flags & NK_NUM_ARABIC) && (x.flags & NK_NUM_HAN))
		return 0;
	if ((x.flags & NK_NUM_ARABIC) && x.ndigits > 4)
		return 0;
	/* a digit run continuing after the numeral: not ours */
	if (isdig(at(c, i + x.ncp)))
		return 0;
	*v = atol(x.value);
	if (fl)
		*fl = x.flags;
	if (nd)
		*nd = x.ndigits;
	return i + x.ncp;
}

static int
ishan(int32_t x)
{
	return nk_is_han(x);
}

/* characters after which a Han numeral may start an expression */
static const char okbefore[] =
    "在于於至到从從自和与與及或的是了过過近约約达達长長整用花历歷这這那超逾满滿每第"
    "前后後再又才就已还還都也只仅僅共将將为為个個今明去年月日号號起截止当當早晚上下中初底末至";

static int
hanstart_ok(const struct cx *c, size_t i)
{
	int32_t p;

	if (i == 0)
		return 1;
	p = c->cp[i - 1];
	if (!ishan(p))
		return 1;
	if (inset(p, okbefore))
		return 1;
	/* inside a numeral (十一), an ordinal or a vague number (第五, 几十,
	 * 数十), or a word built on 一 (统一, 唯一, 万一; but 回归五年) */
	if (ishannum(p) || inset(p, "第几幾数數"))
		return 0;
	return c->cp[i] != 0x4E00 || !inset(p, "统統唯万萬单單划劃逐专專同归歸合如之");
}

static void
setmod(struct pt *p, const char *m)
{
	scopy(p->mod, sizeof p->mod, m);
}

static void
ptinit(struct pt *p)
{
	memset(p, 0, sizeof *p);
	p->hh = p->mi = p->ss = -1;
	p->kind = NK_CD_DATE;
}

/*
 * ref helpers. With a reference that knows no month (nothing, or a year
 * only), every use of the year goes through refy(): it notes the use, so
 * nk_cdate_find_dep can tell which texts resolve the same in any year.
 * Read the year with refy(), never c->ref->y, unless refday() or
 * c->ref->m > 0 was checked first.
 */
static int
refy(const struct cx *c)
{
	(*c->yused)++;
	return c->ref && c->ref->y > 0 ? c->ref->y : -1;
}

static int
refday(const struct cx *c)
{
	return c->ref && c->ref->y > 0 && c->ref->m > 0 && c->ref->d > 0;
}

static void
set_days(const struct cx *c, struct pt *p, long off)
{
	if (refday(c)) {
		nk_cal_civil(nk_cal_days(c->ref->y, c->ref->m, c->ref->d) + off,
		    &p->y, &p->m, &p->d);
	} else {
		p->y = p->m = p->d = -1;
	}
	p->gy = p->gm = p->gd = 1;
}

static void
set_months(const struct cx *c, struct pt *p, int off)
{
	if (c->ref && c->ref->y > 0 && c->ref->m > 0) {
		int t = c->ref->y * 12 + (c->ref->m - 1) + off;
		p->y = t / 12;
		p->m = t % 12 + 1;
	} else
		p->y = p->m = -1;
	p->gy = p->gm = 1;
}

/*
 * --future (ref->future): a date that leaves its year, month, week or day
 * open is the next one at or after the reference. futr() says whether
 * that applies; before_ref() whether the start of the day p (and of its
 * clock time, when both have one) lies before the reference instant.
 */
static int
futr(const struct cx *c)
{
	return c->ref && c->ref->future && refday(c);
}

static int
before_ref(const struct cx *c, const struct pt *p)
{
	long z, r = nk_cal_days(c->ref->y, c->ref->m, c->ref->d), t, rt;

	if (p->y <= 0 || p->m <= 0 || p->d <= 0)
		return 0;
	z = nk_cal_days(p->y, p->m, p->d);
	if (z != r)
		return z < r;
	if (p->hh < 0 || c->ref->hh < 0)
		return 0;
	t = p->hh * 3600L + (p->mi > 0 ? p->mi * 60L : 0) + (p->ss > 0 ? p->ss : 0);
	rt = c->ref->hh * 3600L + (c->ref->mi > 0 ? c->ref->mi * 60L : 0) + (c->ref->ss > 0 ? c->ref->ss : 0);
	return t < rt;
}

struct word;
static int wordstart(int32_t x);
static const struct word *wordat(const struct cx *c, size_t i, size_t *end);

/* -- two-digit years ------------------------------------------------------ */

static int
twodigit_year(const struct cx *c, size_t i, size_t j, int fl)
{
	size_t k;
	int32_t nx, pv;

	if (fl & NK_NUM_LEADZERO)
		return 1;
	k = sp(c, j);
	nx = at(c, k);
	if (inset(nx, "了来來内內间間多半后後前里裡以之左期"))
		return 0;
	if (inset(nx, "月初底末第度财財") || lit(c, k, "上半年") || lit(c, k, "下半年") ||
	    lit(c, k, "年初") || lit(c, k, "季度") || isdig(nx) || ishannum(nx))
		return 1;
	k = i;
	while (k > 0 && (c->cp[k - 1] == ' ' || c->cp[k - 1] == 0x3000))
		k--;
	pv = k > 0 ? c->cp[k - 1] : 0;
	if (inset(pv, "在于於从從到至自是早截止起"))
		return 1;
	if (pv == 0 || nk_is_cjk_punct(pv) || inset(pv, ",.;:!?()"))
		return 1;
	return 0;
}

/* century for a two-digit year yy: the latest year not after ref + 10 */
static int
expand2(const struct cx *c, int yy)
{
	int r = refy(c) > 0 ? refy(c) : 2025;
	int y = (r / 100) * 100 + yy;

	if (y > r + 10)
		y -= 100;
	/* abbreviated years are of the 1900s and 2000s: 九零年 is 1990
	 * even against a reference of 1973 */
	if (y < 1900)
		y += 100;
	return y;
}

/* -- parts ------------------------------------------------------------------ */

static const char *relyears = "今年 去年 明年 前年 后年 後年 大前年 大后年 大後年 本年 次年 翌年 "
    "上一年 下一年";
static const int relyoff[] = { 0, -1, 1, -2, 2, 2, -3, 3, 3, 0, 1, 1, -1, 1 };

/* year part at i; sets p->y/gy, fy, dec, cent; returns end or 0 */
static size_t
yearpart(const struct cx *c, size_t i, struct pt *p)
{
	size_t j, k;
	long v, v2;
	int fl, nd, w;

	/* a year of an era: 康熙二十年, 民国元年 */
	if (wordstart(at(c, i))) {
		const struct word *ew = wordat(c, i, &j);
		if (ew && ew->type == W_ERA) {
			if (at(c, j) == 0x5143) {	/* 元年 */
				v = 1;
				k = j + 1;
			} else if ((k = num(c, j, &v, &fl, &nd)) == 0 || v < 1 || v > 99)
				return 0;
			if (at(c, k) != 0x5E74)	/* 年 */
				return 0;
			p->y = ew->a + (int)v - 1;
			p->gy = 1;
			return k + 1;
		}
	}
	if ((j = alt(c, i, relyears, &w)) > 0) {
		if (w == 10 || w == 11)	/* 次年 翌年: relative to a year said before */
			return 0;
		/* 马上一年半, 早上一年: 上 ends another word */
		if (w >= 12 && i > 0 && inset(c->cp[i - 1], "马馬早晚以之加身路线線楼樓网網台手"))
			return 0;
		p->y = refy(c) > 0 ? refy(c) + relyoff[w] : -1;
		p->gy = 1;
		return j;
	}
	/* decades: (上世纪|20世纪)?80年代, 一几年 */
	k = i;
	if ((j = alt(c, i, "上世纪 上世紀 上個世紀 上个世纪 二十世纪 二十世紀 20世纪 20世紀 本世纪 本世紀", &w)) > 0) {
		long d;
		size_t e = num(c, j, &d, NULL, NULL);
		if (e == 0 || lit(c, sp(c, e), "年代") == 0) {
			/* a century alone: 上世纪 from the reference, 20世纪 = "19" */
			if (w >= 8)
				p->cent = refy(c) > 0 ? refy(c) / 100 : -1;
			else if (w >= 4)
				p->cent = 19;
			else
				p->cent = refy(c) > 0 ? refy(c) / 100 - 1 : -1;
			if (p->cent < 0)
				return 0;
			return j;
		}
		k = j;
	}
	if ((j = num(c, k, &v, &fl, &nd)) > 0) {
		size_t e = sp(c, j);
		if ((e = lit(c, e, "年代")) > 0 && v % 10 == 0 && v < 100) {
			int cent;
			if (k != i)
				cent = w >= 8 ? 20 : 19;
			else
				cent = expand2(c, (int)v) / 100;
			p->dec = cent * 10 + (int)v / 10;
			return e;
		}
		if ((e = lit(c, sp(c, j), "世纪")) > 0 || (e = lit(c, sp(c, j), "世紀")) > 0) {
			long dv;
			size_t e2;
			if (k != i || v < 1 || v > 40)
				return 0;
			p->cent = (int)v - 1;
			/* 十九世纪七十年代: a decade of that century */
			if ((e2 = num(c, sp(c, e), &dv, NULL, NULL)) > 0 && dv % 10 == 0 && dv < 100 &&
			    (e2 = lit(c, sp(c, e2), "年代")) > 0) {
				p->dec = p->cent * 10 + (int)dv / 10;
				p->cent = 0;
				return e2;
			}
			return e;
		}
	}
	if (k == i && nk_cnum_digit(at(c, i)) >= 0 && !isdig(at(c, i)) &&
	    at(c, i + 1) == 0x51E0 /* 几 */ && at(c, i + 2) == 0x5E74 /* 年 */ &&
	    hanstart_ok(c, i)) {
		int dd = nk_cnum_digit(at(c, i));
		p->dec = dd <= 2 ? 200 + dd : 190 + dd;
		return i + 3;
	}
	/* 九七年, 三三年, 五八年: two Han digits read digit by digit are a
	 * year, never a count (58 years is 五十八年); two neighbouring
	 * digits (三四年, 五六年) are a range of counts unless a month or a
	 * quarter follows */
	if (at(c, i + 2) == 0x5E74 && ishannum(at(c, i)) && ishannum(at(c, i + 1))) {
		int d1 = nk_cnum_digit(at(c, i)), d2 = nk_cnum_digit(at(c, i + 1));
		int32_t pv = i > 0 ? c->cp[i - 1] : 0;
		if (d1 >= 0 && d2 >= 0 && !isdig(at(c, i)) && !isdig(at(c, i + 1)) &&
		    at(c, i) != 0x4E24 && at(c, i) != 0x5169 && at(c, i + 1) != 0x4E24 &&
		    at(c, i + 1) != 0x5169 && at(c, i + 2) == 0x5E74 &&
		    !ishannum(at(c, i + 2)) && !ishannum(pv) && !inset(pv, "第几幾数數") &&
		    !inset(at(c, i + 3), "级級龄齡纪紀薪轻輕代") &&
		    (d2 != d1 + 1 || inset(at(c, i + 3), "月初底末第") || lit(c, i + 3, "季度") ||
		    isdig(at(c, i + 3)) || ishannum(at(c, i + 3)))) {
			p->y = expand2(c, d1 * 10 + d2);
			p->gy = 1;
			return i + 3;
		}
	}
	/* 八十四年元月, 九十八年三月: a year counted with 十 and followed by a
	 * month is no Gregorian year (those are written 1995年 or 九五年) nor
	 * a length (no month follows one): a year of the Republic, + 1911
	 * (from 34, 1945: ROC-dated news is of Taiwan; not after 近 or 了) */
	if (ishannum(at(c, i)) && ishannum(at(c, i + 1)) && (i == 0 || (!ishannum(c->cp[i - 1]) &&
	    !inset(c->cp[i - 1], "第几幾数數近这這了过過余多满滿"))) &&	/* 近五十年一月份的气温 */
	    (j = num(c, i, &v, &fl, &nd)) > i + 1 && at(c, j) == 0x5E74 && v >= 34 && v <= 130 &&
	    !(fl & NK_NUM_ARABIC)) {
		size_t q, e;
		long mv;
		int ten = 0;
		for (q = i; q < j; q++)
			ten |= c->cp[q] == 0x5341;
		if (ten && ((at(c, j + 1) == 0x5143 && at(c, j + 2) == 0x6708) ||
		    ((e = num(c, j + 1, &mv, NULL, NULL)) > 0 && mv >= 1 && mv <= 12 && at(c, e) == 0x6708))) {
			p->y = (int)v + 1911;
			p->gy = 1;
			return j + 1;
		}
	}
	/* NUM 年, NUM 财年 */
	if ((j = num(c, i, &v, &fl, &nd)) == 0)
		return 0;
	if ((fl & NK_NUM_HAN) && !hanstart_ok(c, i))
		return 0;
	k = sp(c, j);
	if ((k = alt(c, k, "财年 財年 财政年度 財政年度 会计年度 會計年度", NULL)) > 0) {
		if (nd == 4 && v >= 1900 && v <= 2200)
			p->fy = (int)v;
		else if (nd == 2)
			p->fy = expand2(c, (int)v);
		else
			return 0;
		p->gy = 1;
		p->y = p->fy;
		return k;
	}
	k = sp(c, j);
	if (at(c, k) != 0x5E74)	/* 年 */
		return 0;
	if (inset(at(c, k + 1), "级級龄齡纪紀薪轻輕代"))
		return 0;
	if ((fl & NK_NUM_ARABIC) && nd == 4 && v >= 1000 && v <= 2999)
		p->y = (int)v;
	else if ((fl & NK_NUM_DIGITS) && nd == 4)
		p->y = (int)v;
	else if ((fl & NK_NUM_DIGITS) && (fl & NK_NUM_HAN) && nd == 3 && v >= 100 &&
	    (alt(c, k + 1, "正月 一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月 冬月 腊月 臘月", NULL) ||
	    (num(c, k + 1, &v2, NULL, NULL) && at(c, num(c, k + 1, &v2, NULL, NULL)) == 0x6708)))
		p->y = (int)v;	/* 三六七年一月一日: a year of the first millennium */
	else if ((fl & NK_NUM_HAN) && (fl & NK_NUM_MULT) && v >= 1900 && v <= 2999)
		p->y = (int)v;	/* 两千零四年 */
	else if (((fl & NK_NUM_ARABIC) || (fl & NK_NUM_DIGITS)) && nd == 2 &&
	    twodigit_year(c, i, k + 1, fl))
		p->y = expand2(c, (int)v);
	else if ((fl & NK_NUM_ARABIC) && nd == 3 && v >= 100 && i > 0 &&
	    inset(c->cp[i - 1], "在于於元") && !inset(at(c, k + 1), "了来來内內间間多半后後前里裡以之左期"))
		p->y = (int)v;	/* 在789年, 公元789年 */
	else
		return 0;
	p->gy = 1;
	k++;
	if (at(c, k) == 0x5EA6 && !ishan(at(c, k + 1)))	/* 年度 */
		k++;
	return k;
}

/* 初 中 底 末 after 年 or 月 */
static size_t
partmod(const struct cx *c, size_t i, struct pt *p, int month)
{
	int w;
	size_t j;

	if ((j = alt(c, i, "初 底 末 中 上旬 中旬 下旬 初期 中期 末期", &w)) == 0)
		return 0;
	if (!month && w >= 4 && w <= 6)
		return 0;
	if ((w == 3 || w == 5) && j == i + 1) {	/* 中: not 年中国 */
		int32_t x = at(c, j);
		if (ishan(x) && !inset(x, "的期旬，"))
			return 0;
	}
	if (w == 0 && inset(at(c, j), "中级級步"))	/* 初中 初级 初步 */
		return 0;
	switch (w) {
	case 0: case 4: case 7: setmod(p, "START"); break;
	case 3: case 5: case 8: setmod(p, "MID"); break;
	default: setmod(p, "END"); break;
	}
	return j;
}

static size_t
quarterpart(const struct cx *c, size_t i, struct pt *p)
{
	size_t j = i, k;
	long v, v2;
	int fl, w;

	if ((k = alt(c, i, "上半年 下半年 上半財年 下半財年 上半财年 下半财年 前半年 后半年 後半年", &w)) > 0) {
		p->h = w < 6 ? w % 2 + 1 : w == 6 ? 1 : 2;
		return k;
	}
	if ((k = alt(c, i, "上个半年 上個半年 下个半年 下個半年", &w)) > 0) {	/* the half before or after */
		int t;
		if (c->ref && c->ref->y > 0 && c->ref->m > 0) {
			t = c->ref->y * 2 + (c->ref->m - 1) / 6 + (w < 2 ? -1 : 1);
			p->y = t / 2;
			p->h = t % 2 + 1;
		} else {
			p->y = -1;
			p->h = w < 2 ? 1 : 2;	/* not known: written as said */
		}
		p->gy = 1;
		return k;
	}
	if ((k = alt(c, i, "前", NULL)) > 0 && (k = num(c, k, &v, &fl, NULL)) > 0 &&
	    v >= 2 && v <= 4) {
		if (inset(at(c, k), "个個"))
			k++;
		if ((k = alt(c, k, "季度 季", NULL)) > 0 && !inset(at(c, k), "节節")) {
			p->q = 1;
			p->q2 = (int)v;
			return k;
		}
	}
	if ((k = alt(c, i, "上个季度 上個季度 上季度 上一季度 本季度 这个季度 這個季度 这季度 下个季度 "
	    "下個季度 下季度 下一季度", &w)) > 0) {
		int off = w < 4 ? -1 : w < 8 ? 0 : 1, t;
		if (c->ref && c->ref->y > 0 && c->ref->m > 0) {
			t = c->ref->y * 4 + (c->ref->m - 1) / 3 + off;
			p->y = t / 4;
			p->q = t % 4 + 1;
		} else {
			p->y = -1;
			p->q = -1;
		}
		p->gy = 1;
		return k;
	}
	if ((k = alt(c, i, "首季度 第一季度", NULL)) > 0) {
		p->q = 1;
		return k;
	}
	if (at(c, i) == 'Q' && at(c, i + 1) >= '1' && at(c, i + 1) <= '4' &&
	    !isdig(at(c, i + 2)) && !(at(c, i + 2) >= 'A' && at(c, i + 2) <= 'z')) {
		p->q = at(c, i + 1) - '0';
		return i + 2;
	}
	if (at(c, i) == 0x7B2C)	/* 第 */
		j = i + 1;
	if ((k = num(c, j, &v, &fl, NULL)) == 0 || v < 1 || v > 4)
		return 0;
	if (j == i && (fl & NK_NUM_HAN) && !hanstart_ok(c, i))
		return 0;
	if (at(c, k) == '-' || inset(at(c, k), "至到、")) {	/* 二至三季度 */
		size_t e = num(c, k + 1, &v2, NULL, NULL);
		if (e > 0 && v2 > v && v2 <= 4 && (e = lit(c, e, "季度")) > 0) {
			p->q = (int)v;
			p->q2 = (int)v2;
			return e;
		}
	}
	if (inset(at(c, k), "个個"))
		return 0;
	if ((k = lit(c, k, "季度")) == 0)
		return 0;
	p->q = (int)v;
	return k;
}

static size_t
monthpart(const struct cx *c, size_t i, struct pt *p)
{
	size_t j, k, e;
	long v, v2;
	int fl, nd, w;

	if ((j = alt(c, i, "上个月 上個月 上月 本月 这个月 這個月 下个月 下個月 下月 当月 當月 同月 "
	    "上上个月 上上個月 下下个月 下下個月 上一个月 上一個月 下一个月 下一個月", &w)) > 0) {
		static const int off[] = { -1, -1, -1, 0, 0, 0, 1, 1, 1, 0, 0, 0, -2, -2, 2, 2, -1, -1, 1, 1 };
		if (w >= 9 && w <= 11)
			return 0;
		if (w == 2 && inset(at(c, j), "旬"))	/* 上月 is fine, 上旬 is not here */
			return 0;
		if (off[w] == 0 && p->gy && p->y > 0 && c->ref && c->ref->m > 0) {
			p->m = c->ref->m;	/* 去年本月: this month, of the year said */
			p->gm = 1;
			return j;
		}
		set_months(c, p, off[w]);
		return j;
	}
	/* 元月: January (but 500元月薪 is money and a monthly wage) */
	if (at(c, i) == 0x5143 && at(c, i + 1) == 0x6708 &&
	    (i == 0 || !(isdig(c->cp[i - 1]) || ishannum(c->cp[i - 1])) || p->gy)) {
		p->m = 1;
		p->gm = 1;
		return i + 2;
	}
	if ((j = num(c, i, &v, &fl, &nd)) == 0)
		return 0;
	if ((fl & NK_NUM_HAN) && !hanstart_ok(c, i) && !p->gy)
		return 0;
	/* 三四月, 八九月: two neighbouring months */
	{
		int d1 = nk_cnum_digit(at(c, i)), d2 = nk_cnum_digit(at(c, i + 1));
		if (!isdig(at(c, i)) && d1 >= 1 && d2 == d1 + 1 && d2 <= 9 &&
		    at(c, i + 2) == 0x6708 && at(c, i + 1) != 0x5169) {
			p->m = d1;
			p->m2 = d2;
			p->gm = 1;
			return i + 3;
		}
	}
	k = sp(c, j);
	if (at(c, k) == '-' || at(c, k) == 0x2013 || at(c, k) == '~' || at(c, k) == 0xFF0D ||
	    at(c, k) == 0xFF5E || inset(at(c, k), "至到—")) {
		e = k + 1;
		if (at(c, e) == 0x2014)	/* —— */
			e++;
		e = sp(c, e);
		if ((e = num(c, e, &v2, NULL, NULL)) > 0 && v >= 1 && v2 > v && v2 <= 12 &&
		    at(c, sp(c, e)) == 0x6708) {
			p->m = (int)v;
			p->m2 = (int)v2;
			p->gm = 1;
			e = sp(c, e) + 1;
			return at(c, e) == 0x4EFD ? e + 1 : e;	/* 月份 */
		}
	}
	if (v < 1 || v > 12 || at(c, k) != 0x6708)	/* 月 */
		return 0;
	if ((fl & NK_NUM_ARABIC) && nd > 2)
		return 0;
	p->m = (int)v;
	p->gm = 1;
	k++;
	if (at(c, k) == 0x4EFD)	/* 份 */
		k++;
	return k;
}

static size_t
daypart(const struct cx *c, size_t i, struct pt *p, int month)
{
	size_t j, k, e;
	long v, v2;
	int fl, nd;

	if ((j = num(c, i, &v, &fl, &nd)) == 0)
		return 0;
	if ((fl & NK_NUM_HAN) && !month && !hanstart_ok(c, i))
		return 0;
	if ((fl & NK_NUM_ARABIC) && nd > 2)
		return 0;
	k = sp(c, j);
	if ((at(c, k) == '-' || inset(at(c, k), "至到~～")) && month) {
		e = sp(c, k + 1);
		if ((e = num(c, e, &v2, NULL, NULL)) > 0 && v >= 1 && v2 > v && v2 <= 31 &&
		    inset(at(c, sp(c, e)), "日号號")) {
			p->d = (int)v;
			p->d2 = (int)v2;
			p->gd = 1;
			return sp(c, e) + 1;
		}
	}
	if (v < 1 || v > 31)
		return 0;
	if (at(c, k) == 0x65E5) {	/* 日 */
		if (!month && (fl & NK_NUM_HAN))
			return 0;	/* 三日 as a day of month only after a month */
	} else if (inset(at(c, k), "号號")) {
		int32_t x = at(c, k + 1);
		if (!month && ishan(x) && !inset(x, "晚早上下中凌傍起前后後开開至到的发發凌夜"))
			return 0;
		if (inset(x, "线線楼樓店文令机機院码碼台车車球馆館位"))
			return 0;
	} else
		return 0;
	p->d = (int)v;
	p->gd = 1;
	return k + 1;
}

static const char *reldays = "今天 今日 昨天 昨日 明天 明日 前天 后天 後天 大前天 大后天 大後天 "
    "今晨 今早 今晚 昨晚 昨夜 明晚 明早 本日 当晚 當晚 当天 當天 当日 當日 "
    "大大前天 大大后天 大大後天 全天";
/* 当晚 当天 当日 (20..25) are the day of the story: see anaphor() */
static const int reldoff[] = { 0, 0, -1, -1, 1, 1, -2, 2, 2, -3, 3, 3, 0, 0, 0, -1, -1, 1, 1, 0, 0, 0,
	0, 0, 0, 0, -4, 4, 4, 0 };
static const char *reldtod[] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	"MO", "MO", "EV", "EV", "NI", "EV", "MO", 0, "EV", "EV", 0, 0, 0, 0, 0, 0, 0, 0 };

/*
 * 农历元宵, 农历重阳: after 农历 a holiday may drop its 节 (元宵 alone is
 * also the food, so it is not a word): the registered word that is the
 * text at i and 节. NULL if none.
 */
static const struct word *
lunar_short(const struct cx *c, size_t i, size_t *end)
{
	size_t k;
	int n;

	for (k = 0; k < nwords; k++) {
		const struct word *w = &words[k];
		if (w->len < 3 || (w->cp[w->len - 1] != 0x8282 && w->cp[w->len - 1] != 0x7BC0))
			continue;
		for (n = 0; n < w->len - 1 && at(c, i + (size_t)n) == w->cp[n]; n++)
			;
		if (n == w->len - 1 && at(c, i + (size_t)n) != w->cp[n]) {
			*end = i + (size_t)n;
			return w;
		}
	}
	return NULL;
}

/*
 * 当天 次日 当月 同年 次年: the day, month or year of the date the text
 * told last (c->ay..ad: 2023年3月5日……当天 is 2023-03-05, 2019年……次年
 * 2020), else of the reference. 第二天 and 当年 need a date before them:
 * alone they are an ordinal (比赛第二天) or "back then" (想当年). After 的
 * they are the day of an event (宣布的当天), not found.
 */
static const char *anaphors = "当天 當天 当日 當日 同日 同一天 当晚 當晚 次日 翌日 隔天 第二天 前一天 "
    "当月 當月 同月 当年 當年 同年 这一年 這一年 次年 翌年";
static size_t
anaphor(const struct cx *c, size_t i, struct pt *p, int yonly)
{
	static const signed char off[] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, -1,
		0, 0, 0, 0, 0, 0, 0, 0, 1, 1 };
	size_t j;
	int w, unit;

	int32_t x = at(c, i);

	/* 当 當 同 次 翌 隔 第 前 这 這: a cheap no before the word list */
	if ((x != 0x5F53 && x != 0x7576 && x != 0x540C && x != 0x6B21 && x != 0x7FCC &&
	    x != 0x9694 && x != 0x7B2C && x != 0x524D && x != 0x8FD9 && x != 0x9019) ||
	    (j = alt(c, i, anaphors, &w)) == 0)
		return 0;
	unit = w <= 12 ? 'D' : w <= 15 ? 'M' : 'Y';
	if (yonly != (unit == 'Y'))
		return 0;
	if ((w == 11 || w == 16 || w == 17) && !c->ay)
		return 0;
	/* 当年的, 当天的: fine; 当日达 (a service), 同日而语 (an idiom) */
	if ((w == 2 || w == 3) && inset(at(c, j), "达達"))
		return 0;
	if (w == 4 && inset(at(c, j), "而"))
		return 0;
	/* 加息决定宣布的当天, 开幕后的第二天: the day of the event just told,
	 * which no date says */
	if (i > 0 && c->cp[i - 1] == 0x7684)
		return 0;
	if (unit == 'D') {
		if (c->ay > 0 && c->am > 0 && c->ad > 0) {
			nk_cal_civil(nk_cal_days(c->ay, c->am, c->ad) + off[w], &p->y, &p->m, &p->d);
			p->gy = p->gm = p->gd = 1;
		} else if (w == 11)
			return 0;
		else
			set_days(c, p, off[w]);
		if (w == 6 || w == 7)
			p->tod = "EV";
	} else if (unit == 'M') {
		if (c->ay > 0 && c->am > 0) {
			p->y = c->ay;
			p->m = c->am;
			p->gy = p->gm = 1;
		} else
			set_months(c, p, 0);
		/* 同月9号17点: a day of that month (the time follows in point) */
		{
			size_t e = daypart(c, j, p, 1);
			if (e > 0) {
				if (p->d > nk_cal_mdays(p->y > 0 ? p->y : 2000, p->m > 0 ? p->m : 1))
					return 0;
				j = e;
			}
		}
	} else {
		if (c->ay > 0)
			p->y = c->ay + off[w];
		else if (w == 16 || w == 17)
			return 0;
		else
			p->y = refy(c) > 0 ? refy(c) + off[w] : -1;
		p->gy = 1;
	}
	return j;
}

static size_t
reldaypart(const struct cx *c, size_t i, struct pt *p)
{
	size_t j;
	int w;

	if ((j = alt(c, i, reldays, &w)) == 0 || (w >= 20 && w <= 25))
		return 0;
	if ((w == 1) && (lit(c, j, "头条") || lit(c, j, "頭條")))
		return 0;
	if (w == 5 && inset(at(c, j), "之星"))	/* 明日之星 */
		return 0;
	/* 全天 alone: the whole of the reference's day (not 全天候, 全天然,
	 * 全天下, 全天空, 全天津市, 全天文台) */
	if (w == 29 && inset(at(c, j), "候然下空津文"))
		return 0;
	set_days(c, p, reldoff[w]);
	if (reldtod[w])
		p->tod = reldtod[w];
	return j;
}

static size_t
weekpart(const struct cx *c, size_t i, struct pt *p)
{
	size_t j, k;
	int w, off = 0, rel = 0, wd;

	if ((j = alt(c, i, "上周 上週 上个星期 上個星期 上星期 上个周 上個週 本周 本週 这周 這週 "
	    "这个星期 這個星期 本星期 下周 下週 下个星期 下個星期 下星期 下个周 下個週 "
	    "上个礼拜 上個禮拜 上礼拜 上禮拜 这个礼拜 這個禮拜 本礼拜 下个礼拜 下個禮拜 下礼拜 下禮拜 "
	    "上一个周 上一個週 上一个星期 上一個星期 上一个礼拜 上一個禮拜 下一个周 下一個週 下一个星期 "
	    "下一個星期 下一个礼拜 下一個禮拜", &w)) > 0) {
		off = at(c, i) == 0x4E0A ? -1 : at(c, i) == 0x4E0B ? 1 : 0;
		rel = 1;
		k = j;
	} else if ((at(c, i) == 0x4E0A || at(c, i) == 0x4E0B) && at(c, i + 1) == at(c, i) &&
	    (j = alt(c, i + 1, "上周 上週 上个星期 上個星期 上星期 上个周 上個週 下周 下週 下个星期 "
	    "下個星期 下星期 下个周 下個週", &w)) > 0) {	/* 上上周, 下下周 */
		off = w <= 6 ? -2 : 2;
		rel = 1;
		k = j;
	} else if ((k = alt(c, i, "周 週 星期 礼拜 禮拜", &w)) == 0)
		return 0;
	j = k;
	wd = 0;
	if (rel && (k = alt(c, j, "星期 礼拜 禮拜 周 週", NULL)) > 0 &&
	    inset(at(c, k), "一二三四五六日天"))
		j = k;
	if ((k = alt(c, j, "一 二 三 四 五 六 日 天 末", &w)) > 0) {
		if (ishannum(at(c, k)) || inset(at(c, k), "年岁歲个個次"))
			return rel ? j : 0;
		wd = w < 7 ? w + 1 : w == 7 ? 7 : 8;
		j = k;
	} else if (!rel)
		return 0;
	if (!rel && i > 0 && inset(c->cp[i - 1], "每上下本这這个個"))	/* 第5个星期一, 一个星期一 */
		return 0;
	if (refday(c)) {
		long z = nk_cal_days(c->ref->y, c->ref->m, c->ref->d) + 7L * off;
		int y, m, d;
		nk_cal_civil(z, &y, &m, &d);
		if (wd >= 1 && wd <= 7) {
			z -= nk_cal_wday(y, m, d) - wd;
			/* --future: 周一 said on a Wednesday is next Monday */
			if (!rel && futr(c) && z < nk_cal_days(c->ref->y, c->ref->m, c->ref->d))
				z += 7;
			nk_cal_civil(z, &p->y, &p->m, &p->d);
			p->gy = p->gm = p->gd = 1;
		} else {
			p->w = nk_cal_isoweek(y, m, d, &p->y);
			p->gy = 1;
			p->we = wd == 8;
		}
	} else {
		p->y = -1;
		p->gy = 1;
		p->w = -1;
		p->wd = wd <= 7 ? wd : 0;
		p->we = wd == 8;
	}
	return j;
}

static const char *tods = "凌晨 清晨 早上 早晨 上午 中午 午间 午間 下午 傍晚 晚上 晚间 晚間 "
    "夜里 夜裡 夜间 夜間 深夜 半夜 午夜 午后 午後 早间 早間 早 晚 夜";
static const char *todcode[] = { "NI", "MO", "MO", "MO", "MO", "MI", "MI", "MI", "AF", "EV",
	"EV", "EV", "EV", "NI", "NI", "NI", "NI", "NI", "NI", "NI", "AF", "AF", "MO", "MO",
	"MO", "EV", "NI" };
#define TOD_SINGLE 24	/* 早 晚 夜 and after: one character, need a clock time */

static size_t
timepart(const struct cx *c, size_t i, struct pt *p, int dated)
{
	size_t j, k, e;
	long h, mi = 0, s = -1;
	int w = -1, fl, nd, hastod = 0, ampm = 0;
	const char *tod = NULL;

	j = i;
	if ((k = alt(c, i, tods, &w)) > 0) {
		tod = todcode[w];
		hastod = 1;
		j = sp(c, k);
	}
	/* HH:MM[:SS] */
	if (isdig(at(c, j)) && (e = num(c, j, &h, &fl, &nd)) > 0 && nd <= 2 &&
	    (at(c, e) == ':' || at(c, e) == 0xFF1A) && isdig(at(c, e + 1)) &&
	    isdig(at(c, e + 2)) && !isdig(at(c, e + 3)) && h <= 24) {
		mi = (at(c, e + 1) % 16) * 10 + at(c, e + 2) % 16;
		if (at(c, e + 1) >= 0xFF10)
			mi = (at(c, e + 1) - 0xFF10) * 10 + (at(c, e + 2) - 0xFF10);
		else
			mi = (at(c, e + 1) - '0') * 10 + (at(c, e + 2) - '0');
		if (mi > 59)
			goto clockword;
		e += 3;
		if ((at(c, e) == ':' || at(c, e) == 0xFF1A) && isdig(at(c, e + 1)) &&
		    isdig(at(c, e + 2)) && !isdig(at(c, e + 3))) {
			s = (at(c, e + 1) - '0') * 10 + (at(c, e + 2) - '0');
			if (s > 60)
				s = -1;
			else
				e += 3;
		}
		k = e;
		/* 2:00pm, 8:00 a.m. */
		e = sp(c, k);
		if (((at(c, e) | 32) == 'a' || (at(c, e) | 32) == 'p') && at(c, e) < 128) {
			int pm = (at(c, e) | 32) == 'p';
			size_t f = e + 1;
			if (at(c, f) == '.')
				f++;
			if ((at(c, f) | 32) == 'm' && at(c, f) < 128) {
				f++;
				if (at(c, f) == '.' && at(c, f - 2) == '.')
					f++;
				if (!(at(c, f) < 128 && ((at(c, f) | 32) >= 'a' && (at(c, f) | 32) <= 'z')) &&
				    h >= 1 && h <= 12) {
					h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
					k = f;
					ampm = 1;
				}
			}
		}
		goto have;
	}
clockword:
	if ((e = num(c, j, &h, &fl, &nd)) > 0 && h <= 24 && nd <= 2 &&
	    !(j > 0 && c->cp[j - 1] == 0x7B2C)) {	/* 第1时 is no clock time */
		size_t u = sp(c, e);
		int32_t x = at(c, u);
		long h2;
		size_t e2;
		/* 凌晨四到六点, 9~12点半: the hour that starts a range of hours */
		if (inset(x, "到至-~～") && (e2 = num(c, sp(c, u + 1), &h2, NULL, NULL)) > 0 &&
		    h2 > h && h2 <= 24 && inset(at(c, sp(c, e2)), "点點时時") &&
		    !inset(at(c, sp(c, e2) + 1), "间間候代期段") &&
		    (hastod || dated || !(fl & NK_NUM_HAN) || hanstart_ok(c, j))) {
			k = e;
			mi = -1;
			goto have;
		}
		if (!inset(x, "点點时時"))
			goto todonly;
		if (x == 0x65F6 || x == 0x6642) {	/* 时: not 小时 (no number before), 时间 */
			if (inset(at(c, u + 1), "间間候代期段尚"))
				goto todonly;
		} else {
			int32_t y = at(c, u + 1);
			/* 三点五 is a number; 两点建议 is not a time; but 十一点的事
			 * is (as many points are not said with 的) */
			if (!hastod && !dated && (fl & NK_NUM_HAN) &&
			    !(at(c, j) == 0x96F6 && e == j + 1 && !ishannum(y) && !isdig(y) && !inset(y, "几幾")) &&	/* 零点: midnight */
			    !inset(y, "半钟鐘整多左过過之以") && !(y == 0x7684 && h >= 10 && h <= 24) &&
			    !(num(c, u + 1, &mi, NULL, NULL) &&
			    inset(at(c, num(c, u + 1, &mi, NULL, NULL)), "分")))
				goto todonly;
			if ((fl & NK_NUM_HAN) && !hanstart_ok(c, j) && !hastod && !dated)
				goto todonly;
			/* 早一点, 晚一点: "a bit earlier" */
			if ((fl & NK_NUM_HAN) && h == 1 && (!hastod || w >= TOD_SINGLE) && !inset(y, "半钟鐘整") &&
			    !(num(c, u + 1, &mi, NULL, NULL) && inset(at(c, num(c, u + 1, &mi, NULL, NULL)), "分")))
				goto todonly;
		}
		if ((fl & NK_NUM_HAN) && !hastod && !dated && !hanstart_ok(c, j))
			goto todonly;
		k = u + 1;
		mi = -1;	/* no minutes said: the value has hour precision (T20) */
		if (inset(at(c, k), "钟鐘"))
			k++;
		if (at(c, k) == 0x534A) {	/* 半 */
			mi = 30;
			k++;
		} else if ((e = alt(c, k, "一刻 三刻", &w)) > 0) {
			mi = w ? 45 : 15;
			k = e;
		} else if ((e = num(c, k, &mi, NULL, NULL)) > 0 && mi <= 59) {
			if (at(c, e) == 0x523B && mi >= 1 && mi <= 3) {	/* 20时1刻 */
				mi *= 15;
				k = e + 1;
			} else if (inset(at(c, e), "分"))
				k = e + 1;
			else if (at(c, e) == 0x949F || (ishan(at(c, e)) && !ishannum(at(c, e)) && !inset(at(c, e), "秒万萬亿億")) ||
			    (!ishan(at(c, e)) && !isdig(at(c, e))))
				k = e;	/* 8点30 */
			else
				mi = -1;
			if (k == e + 1 && (e = num(c, k, &s, NULL, NULL)) > 0 && s <= 60 &&
			    at(c, e) == 0x79D2)
				k = e + 1;
			else
				s = -1;
		} else
			mi = -1;
		if (at(c, k) == 0x6574)	/* 整 */
			k++;
		goto have;
	}
todonly:
	if (!hastod)
		return 0;
	/* a bare 早 晚 夜 needs a clock time, but 7月25日早, 七月五号晚过境 */
	if (w >= TOD_SINGLE && (!dated || w == TOD_SINGLE + 2 ||
	    (ishan(at(c, k)) && !inset(at(c, k), "的过過"))))
		return 0;
	p->tod = tod;
	if (p->kind == NK_CD_DATE && !dated)
		p->kind = NK_CD_TIME;
	return k;
have:
	/* 晚上十二点, 半夜12点: midnight at the end of the day */
	if (tod && h == 12 && (!strcmp(tod, "EV") || (!strcmp(tod, "NI") && w != 0)))
		h = 24;
	else if (tod && h == 12 && w == 0)
		h = 0;	/* 凌晨12点 */
	if (tod && h < 12) {
		if (!strcmp(tod, "AF") || !strcmp(tod, "EV") || (!strcmp(tod, "NI") && h >= 6 &&
		    w != 0) || (!strcmp(tod, "MI") && h < 3))
			h += 12;
	}
	if (p->tod && h < 12 && strcmp(p->tod, "MO") != 0)
		h += 12;
	if (h > 24)
		return 0;
	p->hh = (int)h;
	p->mi = (int)mi;
	p->ss = (int)s;
	p->ampm = tod != NULL || p->tod != NULL || ampm;
	p->tod = NULL;
	p->kind = NK_CD_TIME;
	return k;
}

/* -- words from the lexicon ----------------------------------------------- */

/* words by first character: wb[wbh[h] .. wbh[h + 1]) for h = cp % WB */
#define WB 251
static size_t *wb, wbh[WB + 1], wbn = (size_t)-1;

/* pairs of characters: a word's first two (wbig), and bigram, the
 * grammar's (see initstarts) */
#define BIGRAMS 2048
static size_t bighash(uint32_t k);
static void bigram_add(uint32_t *tab, int32_t a, int32_t b);
static int bigram_has(const uint32_t *tab, int32_t a, int32_t b);
static uint32_t wbig[BIGRAMS];
static unsigned char wone[0x10000 / 8];	/* a word may start with it and one more character */

static void
wbuild(void)
{
	size_t k, h, fill[WB];

	/* most places where a word may start hold none: its first two
	 * characters say so before the words are compared */
	memset(wbig, 0, sizeof wbig);
	memset(wone, 0, sizeof wone);
	for (k = 0; k < nwords; k++) {
		int32_t a = words[k].cp[0], b = words[k].len > 1 ? words[k].cp[1] : -1;
		if (a < 0 || a >= 0x10000)
			continue;
		if (b < 0 || b >= 0x10000)
			wone[a >> 3] |= 1 << (a & 7);
		else
			bigram_add(wbig, a, b);
	}

	wb = nk_erealloc(wb, (nwords + 1) * sizeof *wb);
	memset(wbh, 0, sizeof wbh);
	for (k = 0; k < nwords; k++)
		wbh[(size_t)words[k].cp[0] % WB + 1]++;
	for (h = 0; h < WB; h++)
		wbh[h + 1] += wbh[h];
	memcpy(fill, wbh, sizeof fill);
	for (k = 0; k < nwords; k++)
		wb[fill[(size_t)words[k].cp[0] % WB]++] = k;
	wbn = nwords;
}

static const struct word *wordat_(const struct cx *c, size_t i, size_t *end);

/* the longest registered word at i (NULL if none), its end in *end: the
 * quick no inline (not a first character, not a word's first pair) */
static inline const struct word *
wordat(const struct cx *c, size_t i, size_t *end)
{
	int32_t x = at(c, i), y;

	if (!wordstart(x))
		return NULL;
	if (wbn != nwords)
		wbuild();
	y = at(c, i + 1);
	if (!(wone[x >> 3] & (1 << (x & 7))) && (y <= 0 || y >= 0x10000 || !bigram_has(wbig, x, y)))
		return NULL;
	return wordat_(c, i, end);
}

static const struct word *
wordat_(const struct cx *c, size_t i, size_t *end)
{
	const struct word *best = NULL;
	size_t h, z;

	h = (size_t)at(c, i) % WB;
	for (z = wbh[h]; z < wbh[h + 1]; z++) {
		const struct word *w = &words[wb[z]];
		int l;
		if (w->cp[0] != at(c, i) || i + w->len > c->n)
			continue;
		for (l = 1; l < w->len && w->cp[l] == c->cp[i + l]; l++)
			;
		if (l < w->len || (best && best->len >= w->len))
			continue;
		if (i > 0) {
			int q;
			for (q = 0; w->notafter[q]; q++)
				if (c->cp[i - 1] == w->notafter[q])
					break;
			if (w->notafter[q])
				continue;
			if (isdig(w->cp[0]) && (isdig(c->cp[i - 1]) || c->cp[i - 1] == '.'))
				continue;
		}
		if (i + w->len < c->n) {
			int q;
			int32_t nx = c->cp[i + w->len];
			for (q = 0; w->notbefore[q]; q++)
				if (nx == w->notbefore[q])
					break;
			if (w->notbefore[q])
				continue;
			if (isdig(w->cp[w->len - 1]) && (isdig(nx) || nx == '.' || nx == '%'))
				continue;
		}
		best = w;
	}
	if (best)
		*end = i + best->len;
	return best;
}

/* a holiday in year y (-1 unknown) */
static int
holiday(const struct word *w, int y, struct pt *p)
{
	int m = 0, d = 0, r = 0;

	if (y <= 0) {
		p->y = -1;
		if (w->type == W_FIXED) {
			p->m = w->a;
			p->d = w->b;
		} else
			p->m = p->d = -1;
		p->gy = p->gm = p->gd = 1;
		return 0;
	}
	switch (w->type) {
	case W_FIXED:
		m = w->a;
		d = w->b;
		break;
	case W_LUNAR:
		r = nk_cal_lunar(y, w->a, w->b, &m, &d);
		break;
	case W_EVE:
		r = lunar_eve(y, &m, &d);
		break;
	case W_TERM:
		r = nk_cal_term(y, w->a, &m, &d);
		break;
	case W_NTH:
		m = w->a;
		if (w->b > 0) {
			int wd1 = nk_cal_wday(y, m, 1);
			d = 1 + (w->c - wd1 + 7) % 7 + 7 * (w->b - 1);
		} else {
			int last = nk_cal_mdays(y, m);
			int wdl = nk_cal_wday(y, m, last);
			d = last - (wdl - w->c + 7) % 7;
		}
		if (d > nk_cal_mdays(y, m))
			r = -1;
		break;
	default:
		r = -1;
	}
	if (r < 0) {
		p->y = y;
		p->m = p->d = -1;
	} else {
		p->y = y;
		p->m = m;
		p->d = d;
	}
	p->gy = p->gm = p->gd = 1;
	return 0;
}

/* -- a point: [year] [quarter|half|month [day]] [time], or a week, a
 * relative day, a holiday ------------------------------------------------ */

static size_t lunarpart(const struct cx *c, size_t i, struct pt *p);
static int bareday_end(const struct cx *c, size_t e);

/*
 * 3月第三周, 当月第三周: after the month p, at i, the N-th week that
 * starts on a Monday of it: its end, p made that ISO week; 0 if none is
 * written there; 0 with *none -1 if the month has no such week.
 */
static size_t
nthweek(const struct cx *c, size_t i, struct pt *p, int *none)
{
	size_t e;
	long v;

	*none = 0;
	if (at(c, i) != 0x7B2C || (e = num(c, i + 1, &v, NULL, NULL)) == 0 || v < 1 || v > 5)
		return 0;
	if (inset(at(c, e), "个個"))
		e++;
	if ((e = alt(c, e, "周 週 星期 礼拜 禮拜", NULL)) == 0)
		return 0;
	if (!p->gy && p->y == 0)
		p->y = refy(c);
	p->gy = 1;
	if (p->y > 0 && p->m > 0) {
		long z = nk_cal_days(p->y, p->m, 1);
		int y2, m2, d2;
		z += (8 - nk_cal_wday(p->y, p->m, 1)) % 7 + 7 * (v - 1);
		nk_cal_civil(z, &y2, &m2, &d2);
		if (m2 != p->m) {
			*none = -1;	/* no fifth week in this month */
			return 0;
		}
		p->w = nk_cal_isoweek(y2, m2, d2, &p->y);
	} else
		p->w = -1;
	p->m = 0;
	p->gm = 0;
	return e;
}

/*
 * 20240307: eight digits standing alone that make a valid date of the
 * 1900s or 2000s. Not inside a longer number or a code (no digit, Latin
 * letter or - _ / . # = beside it), not a number told after 号 码 (编号,
 * 案号, 电话号码; 电话： 手机： 传真：), not an amount or a count (a Han character after it
 * other than 前 后 起 至 到 以 之 讯 电 报). Sets *y *m *d; 0 if not.
 */
static int
compact8(const int32_t *cp, size_t n, size_t i, int *y, int *m, int *d)
{
	int v[8], k;
	int32_t b = i > 0 ? cp[i - 1] : 0, a = i + 8 < n ? cp[i + 8] : 0;

	if (i + 8 > n)
		return 0;
	for (k = 0; k < 8; k++) {
		int32_t x = cp[i + k];
		if (!isdig(x))
			return 0;
		v[k] = x >= 0xFF10 ? x - 0xFF10 : x - '0';
	}
	if (isdig(b) || isdig(a) || (b < 128 && ((b | 32) >= 'a' && (b | 32) <= 'z')) ||
	    (a < 128 && ((a | 32) >= 'a' && (a | 32) <= 'z')) || inset(b, "-_/.#=号號码碼") ||
	    (inset(b, ":：") && i > 1 && inset(cp[i - 2], "话話号號码碼机機真")) ||
	    inset(a, "-_/.#=%％:：") || (ishan(a) && !inset(a, "前后後起至到以之讯訊电電报報")))
		return 0;
	*y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
	*m = v[4] * 10 + v[5];
	*d = v[6] * 10 + v[7];
	return *y >= 1900 && *y <= 2099 && *m >= 1 && *m <= 12 && *d >= 1 &&
	    *d <= nk_cal_mdays(*y, *m);
}

static size_t
point(const struct cx *c, size_t i, struct pt *p)
{
	size_t j = i, k;
	const struct word *w;
	int any = 0, hw;

	ptinit(p);
	/* a date of the Chinese calendar */
	if ((k = lunarpart(c, i, p)) > 0) {
		size_t e;
		if (p->m2 < 0)
			return k;
		if ((e = timepart(c, sp(c, k), p, 1)) > 0)
			k = e;
		return k;
	}
	ptinit(p);
	/* 09-01 20:01: month and day of a feed's timestamp, with its time */
	if (isdig(at(c, i)) && isdig(at(c, i + 1)) && at(c, i + 2) == '-' && isdig(at(c, i + 3)) &&
	    isdig(at(c, i + 4)) && at(c, i + 5) == ' ' && isdig(at(c, i + 6)) &&
	    isdig(at(c, i + 7)) && at(c, i + 8) == ':') {
		int m = (at(c, i) % 16) * 10 + at(c, i + 1) % 16;
		int d = (at(c, i + 3) % 16) * 10 + at(c, i + 4) % 16;
		struct pt t;
		if (m >= 1 && m <= 12 && d >= 1 && d <= nk_cal_mdays(2000, m)) {
			ptinit(&t);
			t.m = m;
			t.d = d;
			t.gm = t.gd = 1;
			if ((k = timepart(c, i + 6, &t, 1)) > 0 && t.hh >= 0 && t.mi >= 0) {
				*p = t;
				return k;
			}
		}
	}
	/* 7·21特大暴雨, 9·11事件, 3·15晚会: an event named by its month and
	 * day with a middle dot (not 1·2·3, nor a decimal) */
	if (isdig(at(c, i)) && (i == 0 || !inset(c->cp[i - 1], "·・•."))) {
		size_t q = i + 1 + isdig(at(c, i + 1)), r;
		if (inset(at(c, q), "·・•") && isdig(at(c, q + 1))) {
			r = q + 2 + isdig(at(c, q + 2));
			if (!isdig(at(c, r)) && !inset(at(c, r), "·・•.%％")) {
				int m = q == i + 2 ? (at(c, i) % 16) * 10 + at(c, i + 1) % 16 : at(c, i) % 16;
				int d = r == q + 3 ? (at(c, q + 1) % 16) * 10 + at(c, q + 2) % 16 : at(c, q + 1) % 16;
				if (m >= 1 && m <= 12 && d >= 1 && d <= nk_cal_mdays(2000, m)) {
					p->m = m;
					p->d = d;
					p->gm = p->gd = 1;
					return r;
				}
			}
		}
	}
	/* 09-01: month and day, both of two digits and one with a leading
	 * zero (a score or a range of numbers is not written 09-01) */
	if (isdig(at(c, i)) && isdig(at(c, i + 1)) && at(c, i + 2) == '-' && isdig(at(c, i + 3)) &&
	    isdig(at(c, i + 4)) && !isdig(at(c, i + 5)) && !inset(at(c, i + 5), "-.:/%％") &&
	    (at(c, i) % 16 == 0 || at(c, i + 3) % 16 == 0)) {
		int m = (at(c, i) % 16) * 10 + at(c, i + 1) % 16;
		int d = (at(c, i + 3) % 16) * 10 + at(c, i + 4) % 16;
		if (m >= 1 && m <= 12 && d >= 1 && d <= nk_cal_mdays(2000, m)) {
			p->m = m;
			p->d = d;
			p->gm = p->gd = 1;
			return i + 5;
		}
	}
	/* 20240307: a compact date */
	{
		int y8, m8, d8;
		if (compact8(c->cp, c->n, i, &y8, &m8, &d8)) {
			p->y = y8;
			p->m = m8;
			p->d = d8;
			p->gy = p->gm = p->gd = 1;
			return i + 8;
		}
	}
	/* ISO 8601 and slashed dates */
	if (isdig(at(c, i)) && isdig(at(c, i + 1)) && isdig(at(c, i + 2)) &&
	    isdig(at(c, i + 3)) && !isdig(at(c, i + 4))) {
		int32_t s = at(c, i + 4);
		long y, m, d;
		size_t e;
		/* 2010 01 29: two digits each, spaces between */
		if (s == ' ' && isdig(at(c, i + 5)) && isdig(at(c, i + 6)) && at(c, i + 7) == ' ' &&
		    isdig(at(c, i + 8)) && isdig(at(c, i + 9)) && !isdig(at(c, i + 10)) &&
		    num(c, i, &y, NULL, NULL) && y >= 1900 && y <= 2200) {
			m = (at(c, i + 5) % 16) * 10 + at(c, i + 6) % 16;
			d = (at(c, i + 8) % 16) * 10 + at(c, i + 9) % 16;
			if (m >= 1 && m <= 12 && d >= 1 && d <= nk_cal_mdays((int)y, (int)m)) {
				s = at(c, i + 10);
				if (s == '.' || s == '%' || (s < 128 && ((s | 32) >= 'a' && (s | 32) <= 'z')))
					goto noiso;
				p->y = (int)y;
				p->m = (int)m;
				p->d = (int)d;
				p->gy = p->gm = p->gd = 1;
				k = i + 10;
				if (ishan(at(c, k)) || at(c, k) == ' ') {
					struct pt t = *p;
					size_t e2 = timepart(c, ishan(at(c, k)) ? k : k + 1, &t, 1);
					if (e2 > 0 && t.hh >= 0) {
						*p = t;
						k = e2;
					}
				}
				return k;
			}
		}
		/* ISO dates from year 1000 (1789-01-29); others from 1900 */
		if ((s == '-' || s == '/' || s == '.') && num(c, i, &y, NULL, NULL) &&
		    y >= (s == '-' ? 1000 : 1900) && y <= 2200 && (e = num(c, i + 5, &m, NULL, NULL)) > 0 &&
		    e - (i + 5) <= 2) {
			int glued = 0;
			/* 2018-12-1209:03: a feed's date glued to its time */
			if (at(c, e) == s && isdig(at(c, e + 1)) && isdig(at(c, e + 2)) &&
			    isdig(at(c, e + 3)) && isdig(at(c, e + 4)) &&
			    (at(c, e + 5) == ':' || at(c, e + 5) == 0xFF1A) && isdig(at(c, e + 6))) {
				d = (at(c, e + 1) % 16) * 10 + at(c, e + 2) % 16;
				k = e + 3;
				glued = 1;
			}
			if (at(c, e) == s && (glued || ((k = num(c, e + 1, &d, NULL, NULL)) > 0 &&
			    k - (e + 1) <= 2)) && m >= 1 && m <= 12 && d >= 1 &&
			    d <= nk_cal_mdays((int)y, (int)m)) {
				p->y = (int)y;
				p->m = (int)m;
				p->d = (int)d;
				p->gy = p->gm = p->gd = 1;
				if (at(c, k) == 'T' || at(c, k) == ' ' || ishan(at(c, k)) || glued ||
				    (at(c, k) == '-' && isdig(at(c, k + 1)))) {
					/* 2021-09-12-11:23: a dash before the time, not a range */
					struct pt t = *p;
					size_t e2 = timepart(c, ishan(at(c, k)) || glued ? k : k + 1, &t, 1);
					if (e2 > 0 && t.hh >= 0 && (at(c, k) != '-' || t.mi >= 0)) {
						*p = t;
						k = e2;
					} else if (glued)
						goto noiso;
				}
				return k;
			}
			if (s != '.' && m >= 1 && m <= 12 && e - (i + 5) == 2 && y >= 1900 &&
			    !isdig(at(c, e)) && at(c, e) != s && at(c, e) != '.') {
				p->y = (int)y;
				p->m = (int)m;
				p->gy = p->gm = 1;
				return e;
			}
		}
	}
noiso:
	/* 同年8月, 次年春天: a year told before, then as after 2020年 */
	if ((k = yearpart(c, i, p)) > 0 || (k = anaphor(c, i, p, 1)) > 0) {
		any = 1;
		j = k;
		/* 今年夏天, 2021年春季: a season (TIMEX3 SP SU FA WI) */
		if ((k = alt(c, j, "春天 春季 夏天 夏季 秋天 秋季 冬天 冬季 春 夏 秋 冬", &hw)) > 0 &&
		    !p->dec && !p->cent && !p->fy && at(c, j - 1) == 0x5E74 &&
		    (hw < 8 || !ishan(at(c, k)) || inset(at(c, k), "的，、。"))) {
			p->se = (hw < 8 ? hw / 2 : hw - 8) + 1;
			return k;
		}
		if (p->dec || p->cent)
			return j;
		if (at(c, j) == 0x5E74 && (k = partmod(c, j + 1, p, 0)) > 0)	/* 今年年初 */
			return k;
		if ((k = partmod(c, j, p, 0)) > 0 && p->gy && !p->fy &&
		    (at(c, j - 1) == 0x5E74))
			return k;
		k = sp(c, j);
		if ((k = quarterpart(c, k, p)) > 0) {
			size_t e = partmod(c, k, p, 0);
			return e > 0 && !p->q2 && !p->h ? e : k;
		}
		/* 第45周, 的第一个星期, 第三个月, 前五个月, 首月 */
		k = sp(c, j);
		if (at(c, k) == 0x7684)	/* 的 */
			k = sp(c, k + 1);
		if ((at(c, k) == 0x7B2C || at(c, k) == 0x524D) && p->gy) {
			long v;
			size_t e = num(c, k + 1, &v, NULL, NULL), e2;
			int first = at(c, k) == 0x7B2C;
			if (e > 0 && inset(at(c, e), "个個"))
				e2 = e + 1;
			else
				e2 = e;
			if (e > 0 && first && v >= 1 && v <= 366 && at(c, e) == 0x5929 && p->y > 0 &&
			    v <= 365 + (nk_cal_mdays(p->y, 2) == 29)) {	/* 2025年第一天 */
				size_t e3;
				nk_cal_civil(nk_cal_days(p->y, 1, 1) + v - 1, &p->y, &p->m, &p->d);
				p->gm = p->gd = 1;
				e2 = e + 1;
				if ((e3 = timepart(c, sp(c, e2), p, 1)) > 0)
					e2 = e3;
				return e2;
			}
			if (e > 0 && first && v >= 1 && v <= 53 &&
			    (e2 = alt(c, e2, "周 週 星期 礼拜 禮拜", NULL)) > 0) {
				p->w = (int)v;
				if (p->y <= 0)
					p->w = -1;
				return e2;
			}
			if (e > 0 && inset(at(c, e), "个個") && v >= 1 && v <= 12 && at(c, e + 1) == 0x6708) {
				p->m = first ? (int)v : 1;
				if (!first && v >= 2)
					p->m2 = (int)v;
				p->gm = 1;
				return e + 2;
			}
		}
		if (lit(c, k, "首月")) {
			p->m = 1;
			p->gm = 1;
			return k + 2;
		}
		if (p->fy)
			return j;
		if ((k = wordat(c, sp(c, j), &k) ? k : 0) > 0) {
			w = wordat(c, sp(c, j), &k);
			if (w->type != W_REF && w->type != W_ERA) {
				size_t e;
				holiday(w, p->y, p);
				/* 2023年除夕晚上8点 */
				if (p->d > 0 && (e = timepart(c, sp(c, k), p, 1)) > 0)
					k = e;
				return k;
			}
		}
	}
	if (!any && (k = quarterpart(c, i, p)) > 0) {
		size_t e;
		if (!p->gy) {
			p->y = refy(c);
			p->gy = 0;
		}
		if (!p->q2 && !p->h && (e = partmod(c, k, p, 0)) > 0)
			k = e;
		return k;
	}
	if (!any && (k = alt(c, i, "上半月 下半月 上半個月 下半個月 上半个月 下半个月", &hw)) > 0) {
		/* the first or second half of the reference's month */
		p->y = refy(c);
		p->m = c->ref && c->ref->m > 0 && p->y > 0 ? c->ref->m : -1;
		p->gy = p->gm = p->gd = 1;
		if (p->m > 0) {
			p->d = hw % 2 == 0 ? 1 : 16;
			p->d2 = hw % 2 == 0 ? 15 : nk_cal_mdays(p->y, p->m);
		} else
			p->d = -1;
		return k;
	}
	if (!any && (k = alt(c, i, "年初 年底 年末 月初 月底 月末 月中", NULL)) > 0) {
		if (i > 0 && (ishannum(c->cp[i - 1]) || isdig(c->cp[i - 1]) ||
		    inset(c->cp[i - 1], "多半几幾个個")))
			return 0;
		if (at(c, i + 1) == 0x4E2D && ishan(at(c, k)) && !inset(at(c, k), "的，"))
			return 0;
		partmod(c, i + 1, p, at(c, i) == 0x6708);
		p->y = refy(c);
		p->gy = 1;
		if (at(c, i) == 0x6708) {
			p->m = c->ref && c->ref->m > 0 && p->y > 0 ? c->ref->m : -1;
			p->gm = 1;
		}
		return k;
	}
	k = sp(c, j);
	if (any && p->gy && k > j && !(at(c, j - 1) == 0x5E74 || at(c, j - 1) == 0x5EA6))
		k = j;
	if ((k = monthpart(c, k, p)) > 0) {
		size_t e;
		any = 1;
		j = k;
		if (p->m2)
			return j;
		if ((e = partmod(c, j, p, 1)) > 0)
			return e;
		if ((e = daypart(c, sp(c, j), p, 1)) > 0)
			j = e;
		else if (ishannum(at(c, j)) || isdig(at(c, j))) {
			/* 八月十五, 1月3: a day with no 日 at the end of a phrase */
			long v;
			int fl;
			e = num(c, j, &v, &fl, NULL);
			if (e > 0 && v >= 1 && v <= 31 && bareday_end(c, e)) {
				p->d = (int)v;
				p->gd = 1;
				j = e;
			}
		}
		if (!p->gd && p->m > 0) {
			/* 3月第三周: the N-th week that starts on a Monday of the month */
			size_t e2 = j, e3;
			long v;
			int wd;
			if (at(c, e2) == 0x7684)	/* 的 */
				e2++;
			/* 6月第3个星期日, 四月的最后一个星期一: the N-th (last) weekday */
			v = 0;
			if (at(c, e2) == 0x7B2C && (e3 = num(c, e2 + 1, &v, NULL, NULL)) > 0 && v >= 1 &&
			    v <= 5 && inset(at(c, e3), "个個"))
				e3++;
			else if ((e3 = alt(c, e2, "最后一个 最後一個 最后一 最後一 最后 最後", NULL)) > 0)
				v = -1;
			if (v && (e3 = alt(c, e3, "星期 周 週 礼拜 禮拜", NULL)) > 0 &&
			    alt(c, e3, "一 二 三 四 五 六 日 天", &wd) > 0 && !ishannum(at(c, e3 + 1))) {
				wd = wd < 6 ? wd + 1 : 7;
				if (!p->gy && p->y == 0)
					p->y = refy(c);
				p->gy = p->gd = 1;
				if (p->y > 0) {
					int last = nk_cal_mdays(p->y, p->m);
					if (v > 0)
						p->d = 1 + (wd - nk_cal_wday(p->y, p->m, 1) + 7) % 7 + 7 * ((int)v - 1);
					else
						p->d = last - (nk_cal_wday(p->y, p->m, last) - wd + 7) % 7;
					if (p->d > last) {	/* no fifth Monday in this month */
						p->d = p->gd = 0;
						return j;
					}
				} else
					p->d = -1;
				return e3 + 1;
			}
			if ((e3 = nthweek(c, e2, p, &wd)) > 0)
				return e3;
			if (wd < 0)
				return j;	/* no fifth week in this month */
		}
		if (p->gd) {
			/* 10月12号，星期一 / 11月5日（周二）: the weekday adds nothing */
			size_t e2 = j;
			if (inset(at(c, e2), "（(，, "))
				e2++;
			if ((e2 = alt(c, e2, "星期 周 週 礼拜 禮拜", NULL)) > 0 &&
			    inset(at(c, e2), "一二三四五六日天")) {
				e2++;
				if (inset(at(c, e2), "）)"))
					e2++;
				else if (inset(at(c, j), "（("))
					e2 = 0;
				if (e2)
					j = e2;
			}
		}
	} else if (!any) {
		if ((k = daypart(c, i, p, 0)) > 0)
			j = k, any = 1;
		else if ((k = anaphor(c, i, p, 0)) > 0) {
			size_t e;
			int none;
			j = k, any = 1;
			/* 当月第三周 */
			if (p->gm && !p->gd && p->m > 0 && (e = nthweek(c, j, p, &none)) > 0)
				return e;
		}
		else if ((k = reldaypart(c, i, p)) > 0)
			j = k, any = 1;
		else if ((k = weekpart(c, i, p)) > 0)
			j = k, any = 1;
		else if ((k = alt(c, i, "农历 阴历 農曆 陰曆", NULL)) > 0 &&
		    ((w = wordat(c, sp(c, k), &k)) != NULL || (w = lunar_short(c, sp(c, k), &k)) != NULL) &&
		    (w->type == W_LUNAR || w->type == W_EVE)) {
			holiday(w, refy(c), p);	/* 农历元宵: the holiday says it is lunar */
			if (futr(c) && before_ref(c, p))
				holiday(w, p->y + 1, p);
			p->hol = w;
			j = k, any = 1;
		} else if ((w = wordat(c, i, &k)) != NULL && w->type != W_ERA) {
			if (w->type == W_REF) {
				scopy(p->val, sizeof p->val, w->ref);
				return k;
			}
			holiday(w, refy(c), p);
			if (futr(c) && before_ref(c, p))	/* --future: next year's */
				holiday(w, p->y + 1, p);
			p->hol = w;
			j = k, any = 1;	/* 除夕晚上6点半: a time may follow */
		}
	}
	if (!any && (k = alt(c, i, "春季 夏季 秋季 冬季", &hw)) > 0 &&
	    (!ishan(at(c, k)) || inset(at(c, k), "的，、。里裡"))) {
		/* 冬季 alone: the season of the reference's year (TIMEX3 WI) */
		p->y = refy(c);
		if (p->y <= 0)
			p->y = -1;
		p->gy = 1;
		p->se = hw + 1;
		return k;
	}
	if (!any) {
		/* a time alone */
		if ((k = timepart(c, i, p, 0)) > 0)
			return k;
		return 0;
	}
	/* 明天全天: the whole day adds nothing */
	if (p->gd && !p->tod && p->hh < 0 && (k = lit(c, j, "全天")) > 0 && !inset(at(c, k), "候然下空津文"))
		j = k;
	if (p->d > 0 || p->gd || p->tod) {
		size_t e = timepart(c, sp(c, j), p, 1), a;
		if (e > 0)
			j = e;
		else if ((a = alt(c, sp(c, j), "大约 大約 约 約 大概", NULL)) > 0 &&
		    (e = timepart(c, sp(c, a), p, 1)) > 0 && p->hh >= 0) {
			j = e;	/* 今天大约十点 */
			p->approx = 1;
		}
	}
	return j;
}

/* can a day written with no 日 or 号 end at e (八月十五, 1月3): at the end
 * of a phrase, before 的 ， 。, a range's 至 or 到, or a part of the day */
static int
bareday_end(const struct cx *c, size_t e)
{
	return ((!ishan(at(c, e)) && !isdig(at(c, e)) && !inset(at(c, e), ".%％:：/-~")) ||
	    inset(at(c, e), "的，。") ||
	    (inset(at(c, e), "至到") && (isdig(at(c, e + 1)) || ishannum(at(c, e + 1)))) ||
	    alt(c, e, tods, NULL) > 0) && (e >= c->n || at(c, e) != ' ' || !isdig(at(c, sp(c, e))));
}

/*
 * A date of the Chinese calendar: [农历] [year] month day, recognised as
 * lunar by 农历/阴历, by a month name (正月 冬月 腊月) or by a day written
 * 初一..初十 / 廿N; converted to the Gregorian date it falls on.
 */
static size_t
lunarpart(const struct cx *c, size_t i, struct pt *p)
{
	size_t j = i, k, e;
	int lunar = 0, lm = 0, ld = 0, w, y, fl, leap = 0, hanmonth_ok = 0;
	long v;
	struct pt yp;

	if ((k = alt(c, j, "农历 阴历 農曆 陰曆 夏历 夏曆", NULL)) > 0) {
		lunar = 1;
		j = sp(c, k);
	}
	ptinit(&yp);
	if ((k = yearpart(c, j, &yp)) > 0 && !yp.dec && !yp.cent && !yp.fy)
		j = sp(c, k);
	else
		ptinit(&yp);
	if (!lunar && (k = alt(c, j, "农历 阴历 農曆 陰曆 夏历 夏曆", NULL)) > 0) {	/* 2015年农历 */
		lunar = 1;
		j = sp(c, k);
	}
	if (inset(at(c, j), "闰閏")) {	/* 闰四月: the leap month after the fourth */
		leap = 1;
		lunar = 1;
		j++;
	}
	if (!leap && (k = lit(c, j, "大年")) > 0 && (lit(c, k, "三十") || lit(c, k, "卅"))) {
		/* 大年三十: the eve of the new year (as 除夕) */
		int gm, gd;
		j = lit(c, k, "三十") ? k + 2 : k + 1;
		y = yp.gy ? yp.y : refy(c);
		ptinit(p);
		p->gy = p->gm = p->gd = 1;
		p->y = y > 0 ? y : -1;
		p->m = p->d = -1;
		if (y > 0 && lunar_eve(y, &gm, &gd) == 0) {
			p->m = gm;
			p->d = gd;
			if (!yp.gy && futr(c) && before_ref(c, p) && lunar_eve(y + 1, &gm, &gd) == 0) {
				p->y = y + 1;	/* --future: next year's */
				p->m = gm;
				p->d = gd;
			}
		}
		return j;
	}
	if (!leap && (k = lit(c, j, "大年")) > 0 && at(c, k) == 0x521D) {	/* 大年初十 */
		lm = 1;
		lunar = 1;
	} else if ((k = alt(c, j, "正月 冬月 腊月 臘月", &w)) > 0) {
		lm = w == 0 ? 1 : w == 1 ? 11 : 12;
		lunar = 1;
	} else if ((e = num(c, j, &v, &fl, NULL)) > 0 && v >= 1 && v <= 12 && at(c, e) == 0x6708) {
		lm = (int)v;
		k = e + 1;
		/* a month in Han numerals starts a date where a numeral may start */
		hanmonth_ok = !(fl & NK_NUM_HAN) || yp.gy || hanstart_ok(c, j);
	} else
		return 0;
	j = k;
	if (at(c, j) == 0x521D && (e = num(c, j + 1, &v, &fl, NULL)) > 0 && v >= 1 && v <= 10) {	/* 初一 */
		ld = (int)v;
		lunar = 1;
		j = e;
	} else if ((e = num(c, j, &v, &fl, NULL)) > 0 && v >= 1 && v <= 30) {
		if (at(c, j) == 0x5EFF || at(c, j) == 0x5345)	/* 廿 卅 */
			lunar = 1;
		/* 八月十五, 8月十五, 去年二月十五: a day in Han numerals of two
		 * characters or more, with no 日 or 号, is lunar (Gregorian
		 * dates take 日 or 号); 十月一 and 五月一 (one character) are not,
		 * nor a range's first day (二月十三至十五日: its 日 is at the end) */
		else if (!lunar && hanmonth_ok && (fl & NK_NUM_HAN) && !(fl & NK_NUM_ARABIC) &&
		    e - j >= 2 && !inset(at(c, e), "日号號至到") && bareday_end(c, e))
			lunar = 1;
		ld = (int)v;
		j = e;
		if (inset(at(c, j), "日号號"))
			j++;
	} else if (!lunar)
		return 0;
	if (!lunar)
		return 0;
	y = yp.gy ? yp.y : refy(c);
	ptinit(p);
	p->gy = p->gm = p->gd = 1;
	if (y <= 0) {
		p->y = p->m = p->d = -1;
		return j;
	}
	if (ld == 0) {	/* a whole lunar month: its first day to its last */
		long a = lunar_day(y, lm, 1, leap), b;
		if (a == NK_CAL_NODAY && leap) {	/* no such leap month that year */
			p->y = y;
			p->m = p->d = -1;
			return j;
		}
		if (a == NK_CAL_NODAY)
			return 0;
		b = a + 28;	/* day 29; day 30 if the month has one */
		if (lunar_day(y, lm, 30, leap) != NK_CAL_NODAY)
			b++;
		p->m2 = -1;	/* marks a span, see below */
		nk_cal_civil(a, &p->y, &p->m, &p->d);
		p->d2 = (int)(b - a);	/* days after the first */
		return j;
	} else {
		long z = lunar_day(y, lm, ld, leap);
		/* --future: 正月初八 said after it is next year's */
		if (!yp.gy && futr(c) && z != NK_CAL_NODAY &&
		    z < nk_cal_days(c->ref->y, c->ref->m, c->ref->d) &&
		    lunar_day(y + 1, lm, ld, leap) != NK_CAL_NODAY)
			z = lunar_day(++y, lm, ld, leap);
		if (z == NK_CAL_NODAY) {
			p->y = y;
			p->m = p->d = -1;
			return j;
		}
		nk_cal_civil(z, &p->y, &p->m, &p->d);
	}
	return j;
}

/* fill what was not said from an anchor (the reference or a range start) */
static void
anchor(const struct cx *c, struct pt *p, const struct pt *a)
{
	int ay = a ? a->y : 0;	/* refy(c) when needed: asking marks a need */
	int am = a ? a->m : (c->ref && c->ref->m > 0 && refy(c) > 0 ? c->ref->m : -1);

	if (p->val[0] || p->dec || p->cent || p->fy)
		return;
	/* a clock time or a part of a day alone: on the reference's day */
	if (!a && !p->gy && !p->gm && !p->gd && !p->w && !p->q && !p->h &&
	    (p->hh >= 0 || p->tod) && refday(c)) {
		p->y = c->ref->y;
		p->m = c->ref->m;
		p->d = c->ref->d;
		p->gy = p->gm = p->gd = 1;
		if (futr(c) && p->hh >= 0 && before_ref(c, p))	/* --future: tomorrow's */
			nk_cal_civil(nk_cal_days(p->y, p->m, p->d) + 1, &p->y, &p->m, &p->d);
		return;
	}
	if (!p->gy && (p->gm || p->gd || p->q || p->h)) {
		if (!a)
			ay = refy(c);
		p->y = ay ? ay : -1;
		if (p->y == 0)
			p->y = -1;
	}
	if (!a && !p->gm && p->gd && !p->w && c->lm > 0) {	/* 9月10日、11日 */
		p->m = c->lm;
		if (!p->gy)
			p->y = c->ly;
	} else if (!p->gm && p->gd && !p->w) {
		p->m = am ? am : -1;
		if (p->m == 0)
			p->m = -1;
		if (p->y <= 0 && p->m > 0 && !a)
			p->m = -1;
	}
	/* --future: 3月8号 said in September is next March's, 8号 said on the
	 * 9th next month's (a day the month lacks, 31号, the next that has it) */
	if (!a && futr(c) && !p->gy && p->y > 0 && p->m > 0 && !p->m2 && !p->d2 && !p->w &&
	    !p->q && !p->h && !p->se && !p->hol && !p->val[0]) {
		int k;
		if (p->gm && p->d > 0) {
			for (k = 0; k < 8 && (p->d > nk_cal_mdays(p->y, p->m) || before_ref(c, p)); k++)
				p->y++;
		} else if (p->gm) {
			if (p->m < c->ref->m)
				p->y++;
		} else if (p->gd && p->d > 0 && c->lm == 0) {
			for (k = 0; k < 12 && (p->d > nk_cal_mdays(p->y, p->m) || before_ref(c, p)); k++)
				if (++p->m > 12) {
					p->m = 1;
					p->y++;
				}
		}
	}
	/* 29日 in February, 2月29日 in 2019: not this month's, not this year's */
	if (p->y > 0 && p->m > 0 && p->d > nk_cal_mdays(p->y, p->m)) {
		if (!p->gm)
			p->m = -1;
		else if (!p->gy)
			p->y = -1;	/* 2月30日: in no year at all */
	}
}

/*
 * Append to b[*n..sz) as snprintf(b + *n, sz - *n, fmt, ...) would, and
 * move *n to the end (at most sz - 1). fmtdate writes a value or two per
 * expression: the conversions it uses (%s, %d, %0Nd) are done here, for
 * snprintf costs more than the date; any other goes to vsnprintf.
 */
static void app(char *b, size_t sz, size_t *n, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* app with a va_list; returns the length the whole output would have
 * (as vsnprintf does) */
static int vapp(char *b, size_t sz, size_t *n, const char *fmt, va_list ap0)
    __attribute__((format(printf, 4, 0)));

static int
vapp(char *b, size_t sz, size_t *n, const char *fmt, va_list ap0)
{
	char t[NK_CDATE_VMAX + 32];
	size_t k = 0, r;
	const char *f;
	va_list ap;
	int r_;

	va_copy(ap, ap0);
	for (f = fmt; *f; f++) {
		int wd = 0;
		if (*f != '%') {
			if (k + 1 >= sizeof t)
				goto slow;
			t[k++] = *f;
			continue;
		}
		f++;
		if (*f == '0')
			for (f++; *f >= '1' && *f <= '9'; f++)
				wd = wd * 10 + (*f - '0');
		if (*f == 's' && wd == 0) {
			const char *a = va_arg(ap, const char *);
			size_t l = strlen(a);
			if (k + l + 1 >= sizeof t)
				goto slow;
			memcpy(t + k, a, l);
			k += l;
		} else if ((*f == 'd' || (f[0] == 'l' && f[1] == 'd')) && wd < 12) {
			long v = *f == 'd' ? va_arg(ap, int) : va_arg(ap, long);
			char d[24];
			unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
			int nd = 0, w;
			f += *f == 'l';
			do
				d[nd++] = (char)('0' + u % 10);
			while (u /= 10);
			if (k + 32 >= sizeof t)
				goto slow;
			if (v < 0)
				t[k++] = '-';
			for (w = nd + (v < 0); w < wd; w++)	/* %0Nd: the sign counts */
				t[k++] = '0';
			while (nd > 0)
				t[k++] = d[--nd];
		} else
			goto slow;
	}
	va_end(ap);
	r = sz - *n - 1 < k ? sz - *n - 1 : k;
	memcpy(b + *n, t, r);
	b[*n + r] = '\0';
	if (k > 0)
		*n = *n + k < sz ? *n + k : sz - 1;
	return (int)k;
slow:
	va_end(ap);
	r_ = vsnprintf(b + *n, sz - *n, fmt, ap0);
	if (r_ > 0)
		*n = *n + (size_t)r_ < sz ? *n + (size_t)r_ : sz - 1;
	return r_;
}

static void
app(char *b, size_t sz, size_t *n, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vapp(b, sz, n, fmt, ap);
	va_end(ap);
}

static int
sfmt(char *b, size_t sz, const char *fmt, ...)
{
	size_t n = 0;
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vapp(b, sz, &n, fmt, ap);
	va_end(ap);
	return r;
}

static void
fmtdate(char *b, size_t sz, const struct pt *p)
{
	size_t n = 0;

#define APP(...) app(b, sz, &n, __VA_ARGS__)
	b[0] = '\0';
	if (p->val[0]) {
		APP("%s", p->val);
		return;
	}
	if (p->dec) {
		APP("%03dX", p->dec);
		return;
	}
	if (p->cent) {
		APP("%02d", p->cent);
		return;
	}
	if (p->fy) {
		APP("FY%04d", p->fy);
		if (p->h)
			APP("-H%d", p->h);
		else if (p->q)
			APP("-Q%d", p->q);
		return;
	}
	if (p->y > 0)
		APP("%04d", p->y);
	else if (p->y < 0 || p->gm || p->gd || p->w || p->q || p->h)
		APP("XXXX");
	if (p->se)
		APP("-%s", p->se == 1 ? "SP" : p->se == 2 ? "SU" : p->se == 3 ? "FA" : "WI");
	else if (p->q > 0)
		APP("-Q%d", p->q);
	else if (p->q < 0)
		APP("-QX");
	else if (p->h)
		APP("-H%d", p->h);
	else if (p->w) {
		if (p->w > 0)
			APP("-W%02d", p->w);
		else
			APP("-WXX");
		if (p->we)
			APP("-WE");
		else if (p->wd)
			APP("-%d", p->wd);
	} else if (p->m || p->gm) {
		if (p->m > 0)
			APP("-%02d", p->m);
		else
			APP("-XX");
		if (p->d > 0)
			APP("-%02d", p->d);
		else if (p->d < 0 || p->gd)
			APP("-XX");
	}
	if (p->hh >= 0) {
		if (p->mi < 0)
			APP("T%02d", p->hh);
		else {
			APP("T%02d:%02d", p->hh, p->mi);
			if (p->ss >= 0)
				APP(":%02d", p->ss);
		}
	} else if (p->tod)
		APP("T%s", p->tod);
#undef APP
}

/* -- durations ------------------------------------------------------------- */

static const char *units = "年 个月 個月 月 周 週 个星期 個星期 星期 个礼拜 個禮拜 天 日 个小时 個小時 小时 小時 "
    "钟头 鐘頭 个钟头 個鐘頭 分钟 分鐘 秒钟 秒鐘 秒 个季度 個季度 季度 世纪 世紀 个工作日 個工作日 工作日 "
    "刻钟 刻鐘 周年 週年 礼拜 禮拜 个交易日 個交易日 交易日";
/* B: working (or trading) days, written P5WD */
static const char unitc[] = "YMMMWWWWWWWDDHHHHHHHHMMSSSQQQCCBBBKKYYWWBBB";

/* the reference's clock time in seconds of its day (hh must be known) */
static long
refsec(const struct cx *c)
{
	return c->ref->hh * 3600L + (c->ref->mi > 0 ? c->ref->mi * 60L : 0) +
	    (c->ref->ss > 0 ? c->ref->ss : 0);
}

/* the instant t (seconds since 1970-01-01) as precise as the reference:
 * T07 for a reference told to the hour, T07:18 to the minute, T07:18:40
 * with seconds (but not :00, which a date-time written out gives for
 * "no seconds") */
static void
fmtinst(const struct cx *c, long t, char *o, size_t sz)
{
	int y, m, d;

	nk_cal_civil(t / 86400, &y, &m, &d);
	if (c->ref->mi < 0 && t % 3600 == 0)
		snprintf(o, sz, "%04d-%02d-%02dT%02d", y, m, d, (int)(t % 86400 / 3600));
	else if (c->ref->ss > 0 || t % 60 != 0)
		snprintf(o, sz, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d,
		    (int)(t % 86400 / 3600), (int)(t % 3600 / 60), (int)(t % 60));
	else
		snprintf(o, sz, "%04d-%02d-%02dT%02d:%02d", y, m, d,
		    (int)(t % 86400 / 3600), (int)(t % 3600 / 60));
}

/*
 * The span of n units that ends (dir -1) or starts (dir 1) at the
 * reference: dates for years, months, weeks, days and working days (B,
 * Monday to Friday), times (as precise
 * as the reference) for hours, minutes and seconds. Writes "A/B" to out;
 * returns 0 when the reference is not precise enough.
 * With a reference that has a clock time, inst moves the ends of a span
 * of days or weeks (not of months or years: 过去十年 is a span of dates)
 * to it: 1, the end at the reference is its instant (60日内:
 * from now to the end of the 60th day; 两天以来), 2, both ends are
 * (未来7天: from now to the same time 7 days on; 过去的一周).
 * With a reference day and no clock time, inst 3 counts hours back from
 * the start of that day to the day's end (7天半以来: 180 hours before).
 */
static int
anchored(const struct cx *c, int dir, int clock, char u, long n, char *out, size_t sz, int inst)
{
	char a[32], b[32];
	int y, m, d;

	if (!refday(c) || n < 0 || n > 100000)
		return 0;
	if (!clock) {
		long z0 = nk_cal_days(c->ref->y, c->ref->m, c->ref->d), z1;
		if (u == 'Y' || u == 'M') {
			long t = c->ref->y * 12L + (c->ref->m - 1) + dir * (u == 'Y' ? 12 * n : n);
			int ty = (int)(t / 12), tm = (int)(t % 12) + 1, td = c->ref->d;
			if (ty < 1 || ty > 9999)
				return 0;
			if (td > nk_cal_mdays(ty, tm))
				td = nk_cal_mdays(ty, tm);
			z1 = nk_cal_days(ty, tm, td);
		} else if (u == 'W' || u == 'D')
			z1 = z0 + dir * n * (u == 'W' ? 7 : 1);
		else if (u == 'B' && n <= 10000) {
			/* working days: Monday to Friday (public holidays are not known) */
			long left = n;
			for (z1 = z0; left > 0; ) {
				int wy, wm, wd;
				z1 += dir;
				nk_cal_civil(z1, &wy, &wm, &wd);
				if (nk_cal_wday(wy, wm, wd) <= 5)
					left--;
			}
		} else
			return 0;
		nk_cal_civil(dir < 0 ? z1 : z0, &y, &m, &d);
		snprintf(a, sizeof a, "%04d-%02d-%02d", y, m, d);
		nk_cal_civil(dir < 0 ? z0 : z1, &y, &m, &d);
		snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, d);
		if ((inst == 1 || inst == 2) && c->ref->hh >= 0) {
			/* the end at the reference (and with 2 the other) at its instant */
			fmtinst(c, z0 * 86400 + refsec(c), dir < 0 ? b : a, sizeof a);
			if (inst == 2)
				fmtinst(c, z1 * 86400 + refsec(c), dir < 0 ? a : b, sizeof a);
		}
	} else {
		long t0, t1, unit = u == 'H' ? 3600 : u == 'M' ? 60 : 1;
		if (c->ref->hh < 0 && inst == 3 && dir < 0) {
			/* 7天半以来 against a day: from 180 hours before it starts */
			t0 = nk_cal_days(c->ref->y, c->ref->m, c->ref->d) * 86400L;
			t1 = t0 - n * unit;
			nk_cal_civil(t1 / 86400, &y, &m, &d);
			snprintf(a, sizeof a, "%04d-%02d-%02dT%02d:%02d", y, m, d,
			    (int)(t1 % 86400 / 3600), (int)(t1 % 3600 / 60));
			snprintf(b, sizeof b, "%04d-%02d-%02d", c->ref->y, c->ref->m, c->ref->d);
			snprintf(out, sz, "%s/%s", a, b);
			return 1;
		}
		if (c->ref->hh < 0)
			return 0;
		t0 = nk_cal_days(c->ref->y, c->ref->m, c->ref->d) * 86400L + refsec(c);
		t1 = t0 + dir * n * unit;
		fmtinst(c, dir < 0 ? t1 : t0, a, sizeof a);
		fmtinst(c, dir < 0 ? t0 : t1, b, sizeof b);
	}
	snprintf(out, sz, "%s/%s", a, b);
	return 1;
}

/*
 * N后, N内, N以来 (20天后, 60日内, 7天半以来) are counted from the
 * reference only when nothing event-like comes before the length i: at
 * the start of a clause, after a time or modal adverb (将, 会, 要, 预计,
 * 有望, 计划, 仅, 就, 才, 再过, 还, 在, 于, 力争), or with 约, 近,
 * 未来, 今后. After a verb or a noun the length is told from that event
 * (上任14个月之后, 出生两年后, 事发后24小时内) and stays a duration; so
 * does one opening a title or a quotation, or one in a sentence that has
 * already told a time. pw is the prefix word duration() read (-1 none).
 * Not 过了 either: 过了三天他才回来 is told from the story.
 */
static int
fromref(const struct cx *c, size_t i, int pw)
{
	int32_t x;

	size_t b;

	if (pw >= 19)		/* 未来 今后 */
		return 1;
	if (pw >= 8)		/* 超过 不到 至少 长达 过去 最近: lengths */
		return 0;
	if (i == 0)
		return 1;
	/* a sentence that has told a time of its own (一年半前我们判断，一年后……,
	 * 2019年加入，两年后……, 去年……) counts from it */
	for (b = i; b > 1 && i - b < 120 && !inset(c->cp[b - 1], "。！？!?\n"); b--) {
		int32_t y = c->cp[b - 1], z = c->cp[b - 2];
		if ((inset(y, "月日号號") && isdig(z)) || (y == 0x5E74 && inset(z, "去前")) ||
		    (y == 0x5E74 && b >= 4 && isdig(z) && isdig(c->cp[b - 3]) && isdig(c->cp[b - 4])) ||
		    (y == 0x524D && inset(z, "年月天日周週时時钟鐘半")))
			return 0;
	}
	x = c->cp[i - 1];
	if (inset(x, "过過"))	/* 再过 (not 经过, 超过) */
		return i >= 2 && (c->cp[i - 2] == 0x518D || !ishan(c->cp[i - 2]));
	/* a clause starts; not a title (《5000天后的世界》) nor a quotation,
	 * which speaks from the time it was said (「一年后……」的预判) */
	if (!ishan(x))
		return !isdig(x) && !((x | 32) >= 'a' && (x | 32) <= 'z') && !inset(x, ".《〈「『“‘");
	return inset(x, "将將会會要计計划劃望约約仅僅就才再还還在于於即需须須快迟遲争爭");
}

/*
 * A length's number with 万 or 亿, or with thousands groups (2000万小时,
 * 35,000个钟头), which num() leaves alone (it reads dates' numbers): its
 * end, or 0.
 */
static size_t
bignum(const struct cx *c, size_t i, long *v, int *fl)
{
	char b[96];
	size_t k = 0, j = i;
	int big = 0;
	nk_num x;

	/* most numbers have neither: look before building the text */
	while (j < c->n && (isdig(c->cp[j]) || ishannum(c->cp[j])))
		j++;
	if (!(at(c, j) == 0x4E07 || at(c, j) == 0x842C || at(c, j) == 0x4EBF || at(c, j) == 0x5104 ||
	    (at(c, j) == ',' && j > i && isdig(c->cp[j - 1]) && isdig(at(c, j + 1)))))
		return 0;
	j = i;
	while (j < c->n && k < 80) {
		int32_t y = c->cp[j];
		if (y == 0x4E07 || y == 0x842C || y == 0x4EBF || y == 0x5104)	/* 万 萬 亿 億 */
			big = 1;
		else if (y == ',' && j > i && isdig(c->cp[j - 1]) && isdig(at(c, j + 1)))
			big = 1;
		else if (!isdig(y) && !ishannum(y))
			break;
		k += nk_u8_enc(y, b + k);
		j++;
	}
	if (!big || !nk_cnum_parse(b, k, NK_CNUM_NOPOINT | NK_CNUM_NOSPACE, &x) || x.ncp == 0 ||
	    !nk_dec_is_int(x.value) || strlen(x.value) > 12 || isdig(at(c, i + x.ncp)))
		return 0;
	*v = atol(x.value);
	*fl = x.flags & (NK_NUM_ARABIC | NK_NUM_HAN);
	return i + x.ncp;
}

static size_t duration_(const struct cx *c, size_t i, struct pt *p);

/* a length, or a point counted from the reference; 再过 belongs to it
 * only when it makes a point (再过三天 2021-06-17): 再过几个季度 is the
 * length 几个季度, found from there */
static size_t
duration(const struct cx *c, size_t i, struct pt *p)
{
	size_t e = duration_(c, i, p);

	if (e > 0 && p->kind == NK_CD_DURATION && at(c, i) == 0x518D)	/* 再 */
		return 0;
	return e;
}

static size_t
duration_(const struct cx *c, size_t i, struct pt *p)
{
	size_t j = i, k, e;
	long v = 0;
	int w, fl = 0, half = 0, vague = 0, u, anch = 0, near = 0, pw = -1;
	size_t k0;
	char mod[12] = "";
	char buf[40], decv[24] = "";

	/* 第一年, 第3天: an ordinal (the first year), not a length of time */
	if (i > 0 && at(c, i - 1) == 0x7B2C)
		return 0;
	/* 新的一年, 新一年: the new year, not a year's length */
	if (at(c, i) == 0x4E00 && i > 0 && (at(c, i - 1) == 0x65B0 ||
	    (i > 1 && at(c, i - 1) == 0x7684 && at(c, i - 2) == 0x65B0)))
		return 0;
	/* 上两个月, 下两周: the span before or after the reference */
	if ((at(c, i) == 0x4E0A || at(c, i) == 0x4E0B) && refday(c) &&
	    (isdig(at(c, i + 1)) || (ishannum(at(c, i + 1)) && at(c, i + 1) != 0x4E00)) &&
	    (i == 0 || !inset(c->cp[i - 1], "马馬早晚以之加身路线線楼樓网網台手向往北南左右"))) {
		anch = at(c, i) == 0x4E0A ? -1 : 1;
		j = i + 1;
	} else if ((k = alt(c, i, "将近 將近 接近 近 约 約 大约 大約 超过 超過 逾 不到 不足 至少 长达 長達 "
	    "过去 過去 最近 未来 未來 今后 今後 再过 再過", &w)) > 0) {
		static const char *mods[] = { "APPROX", "APPROX", "APPROX", "APPROX", "APPROX",
			"APPROX", "APPROX", "APPROX", "MORE_THAN", "MORE_THAN", "MORE_THAN",
			"LESS_THAN", "LESS_THAN", "MORE_THAN", "", "", "", "", "", "", "", "", "", "", "" };
		scopy(mod, sizeof mod, mods[w]);
		pw = w;
		/* 过去十年, 未来的3小时: a span that ends or starts at the reference
		 * (再过 N, 23 and 24, is a point: see below) */
		anch = w >= 16 && w <= 18 ? -1 : w >= 19 && w <= 22 ? 1 : 0;
		/* 近三年: the last three years, unless a verb of lasting comes
		 * before (执政近20年, 长达近两年) */
		near = w == 3 && (i == 0 || !inset(c->cp[i - 1], "历歷时時达達了保持续續经經过過期用花耗政有已己将將约約仅僅后後作干幹做住"));
		j = sp(c, k);
		if (anch && at(c, j) == 0x7684)	/* 的 */
			j = sp(c, j + 1);
	}
	if ((e = bignum(c, j, &v, &fl)) > 0 || (e = num(c, j, &v, &fl, NULL)) > 0) {
		if ((fl & NK_NUM_HAN) && j == i && !hanstart_ok(c, i))
			return 0;
		/* 2621.2小时, 1.5天: a decimal length (the unit is checked below) */
		if ((fl & NK_NUM_ARABIC) && at(c, e) == '.' && isdig(at(c, e + 1)) &&
		    !(fl & NK_NUM_LEADZERO && v > 0)) {
			size_t q = e + 1, l = 0;
			l = (size_t)sfmt(decv, sizeof decv, "%ld.", v);
			while (isdig(at(c, q)) && l + 1 < sizeof decv && q < e + 3) {
				decv[l++] = (char)(at(c, q) >= 0xFF10 ? at(c, q) - 0xFF10 + '0' : at(c, q));
				q++;
			}
			decv[l] = '\0';
			if (isdig(at(c, q)) || at(c, q) == '.')
				return 0;
			while (l > 0 && decv[l - 1] == '0')	/* 1.50 is 1.5 */
				decv[--l] = '\0';
			if (decv[l - 1] == '.')
				decv[--l] = '\0';
			e = q;
		}
		k = sp(c, e);
		if (inset(at(c, k), "多几幾") && inset(at(c, k + 1), "个個年月天周週小")) {
			snprintf(mod, sizeof mod, "MORE_THAN");
			k++;
		}
	} else if (inset(at(c, j), "几幾数數")) {
		vague = 1;
		k = j + 1;
		if (inset(at(c, k), "十百")) k++;
	} else if (at(c, j) == 0x5927 && at(c, j + 1) == 0x534A) {	/* 大半年 */
		half = 1;
		k = j + 2;
		v = 0;
		snprintf(mod, sizeof mod, "MORE_THAN");
	} else if (at(c, j) == 0x534A) {	/* 半 */
		half = 1;
		k = j + 1;
		v = 0;
		if (j > 0 && inset(at(c, j - 1), "大前后後上下") && j == i)
			return 0;
	} else if (at(c, j) == 0x4FE9 || at(c, j) == 0x5006) {	/* 俩 (two): 俩礼拜 */
		v = 2;
		fl = NK_NUM_HAN;
		k = j + 1;
	} else
		return 0;
	if (!vague && !half && at(c, k) == 0x5206 && at(c, k + 1) == 0x534A &&
	    (inset(at(c, k + 2), "钟鐘") || alt(c, k + 2, "前 以前 之前 后 後 以后 以後 之后 之後 以内 以內 之内 之內", NULL))) {
		/* 一分半钟, 十三分半以内 (not 九十三分半, a score) */
		e = k + 2 + inset(at(c, k + 2), "钟鐘");
		u = 21;
		half = 1;
	} else if ((e = alt(c, k, units, &u)) == 0) {
		/* 两个半小时 */
		if (inset(at(c, k), "个個") && at(c, k + 1) == 0x534A &&
		    (e = alt(c, k + 2, "小时 小時 月 钟头 鐘頭", &u)) > 0) {
			half = 2;
			u = u < 2 ? 13 : u == 2 ? 2 : 18;
		} else
			return 0;
	}

	/* 年 right after a bare Arabic numeral: a year when yearpart says so
	 * (handled before); 月 without 个 is a month name, not a duration */
	if (u == 3 && !vague)
		return 0;
	if (unitc[u] == 'D' && u == 12 && !vague && v <= 31 && !(at(c, j) == 0x4E24 || at(c, j) == 0x5169))
		return 0;	/* 三日: ambiguous, leave it; 两日 and 90日 are lengths */
	if (u == 4 && inset(at(c, e), "年岁歲"))	/* 周岁 */
		return 0;
	if (u >= 38 && inset(at(c, e), "天日一二三四五六"))	/* 礼拜天 is Sunday */
		return 0;
	if (u == 0 && inset(at(c, e), "级級"))	/* 两年级: a school grade */
		return 0;
	/* 20世纪 is a century, 两个世纪 a length */
	if (unitc[u] == 'C' && !vague && v > 2 && !inset(at(c, k), "个個"))
		return 0;
	/* 百年一遇, 千年老店: a bare 百 or 千 makes an idiom, not a length; nor is
	 * 几百年一遇 a length */
	if (!vague && e == j + 1 + (k - j - 1) && (at(c, j) == 0x767E || at(c, j) == 0x5343) &&
	    k == j + 1)
		return 0;
	if (alt(c, e, "一遇 不遇 难遇 難遇", NULL) > 0)
		return 0;
	/* 05 年 is a year, never five years; nor is 21 年 where it reads as one */
	if ((fl & NK_NUM_LEADZERO) && !vague)
		return 0;
	if (u == 0 && !vague && (fl & NK_NUM_ARABIC) && v >= 10 && v <= 99 && j == i &&
	    twodigit_year(c, j, e, fl))
		return 0;
	/* 三六七年: digit by digit, a year (of some era), never a length */
	if ((fl & NK_NUM_DIGITS) && !vague)
		return 0;
	/* 2015年前: a year, not two thousand years */
	if (u == 0 && !vague && (fl & NK_NUM_ARABIC) && v >= 1000 && !inset(at(c, e), "来來了间間多"))
		return 0;
	/* 这一年, 那一天: a deictic "this year", not a length */
	if (v == 1 && j == i && i > 0 && inset(c->cp[i - 1], "这這那每同当當"))
		return 0;
	/* 一秒种草: "in a second", an idiom */
	if (v == 1 && unitc[u] == 'S' && !inset(at(c, e), "钟鐘内內后後"))
		return 0;
	if (u == 4 && !vague && !(fl & NK_NUM_HAN) && !isdig(at(c, j)))
		return 0;
	k = e;
	if (half == 0 && at(c, k) == 0x534A) {	/* 一年半 */
		half = 1;
		k++;
	}
	if (inset(at(c, k), "多余餘")) {
		snprintf(mod, sizeof mod, "MORE_THAN");
		k++;
	}
	k0 = k;	/* before 以内: 60日内 and 90分钟以内 are read alike below */
	if ((e = alt(c, k, "左右 上下", NULL)) > 0 && !ishan(at(c, e))) {
		snprintf(mod, sizeof mod, "APPROX");
		k = e;
	} else if ((e = alt(c, k, "不到 以内 以內 之内 之內", NULL)) > 0) {
		snprintf(mod, sizeof mod, "LESS_THAN");
		k = e;
	} else if ((e = alt(c, k, "以上", NULL)) > 0) {
		snprintf(mod, sizeof mod, "MORE_THAN");
		k = e;
	}
	{
		char uc = unitc[u];
		int dec = 0;
		long x = v;
		const char *pre = (uc == 'H' || uc == 'S' || uc == 'K' || (uc == 'M' && u >= 21 && u <= 22)) ? "PT" : "P";
		char ucs = uc;

		if (uc == 'K') {	/* 一刻钟: a quarter of an hour */
			x = v * 15;
			ucs = 'M';
		}

		if (u >= 21 && u <= 22)
			ucs = 'M';	/* minutes */
		if (uc == 'Q') {
			x = v * 3;
			ucs = 'M';
		}
		if (uc == 'C') {
			x = v * 100;
			ucs = 'Y';
		}
		if (half) {
			/* exact conversion to a smaller unit where one exists */
			if (ucs == 'Y' && uc != 'C')
				x = x * 12 + 6, ucs = 'M';
			else if (uc == 'D')
				x = x * 24 + 12, ucs = 'H', pre = "PT";
			else if (uc == 'H')
				x = x * 60 + 30, ucs = 'M', pre = "PT";
			else
				dec = 1;
		}
		/* 20天后, 60日内, 7天半以来: which of these follows (see fromref) */
		size_t te = 0;
		int tail = 0;
		if (!vague && !decv[0] && uc != 'C' && uc != 'Q' && (pw < 0 || pw <= 7 || pw >= 19) &&
		    strcmp(mod, "MORE_THAN") != 0) {
			if ((te = alt(c, k0, "以后 以後 之后 之後 后 後", NULL)) > 0 &&
			    !inset(at(c, te), "面来來期续續者代裔辈輩勤"))
				tail = 1;
			else if ((pw < 0 || pw > 3) && (te = alt(c, k0, "以内 以內 之内 之內 内 內", NULL)) > 0 &&
			    !inset(at(c, te), "地部容外阁閣蒙科衣涵陆陸存战戰"))
				tail = 2;
			else if ((te = alt(c, k0, "以来 以來", NULL)) > 0)
				tail = 3;
			else if (pw >= 23) {	/* 再过半个小时: as 半个小时后 */
				tail = 1;
				te = k0;
			}
		}
		/* working or trading days: not calendar days, so P5WD (ISO 8601 has no such unit) */
		char us[3] = { ucs, ucs == 'B' ? 'D' : '\0', '\0' };
		if (ucs == 'B')
			us[0] = 'W';
		if (decv[0]) {
			/* as written, in its own unit: 2621.2小时 PT2621.2H */
			if (half || uc == 'K' || uc == 'Q' || uc == 'C' || vague)
				return 0;
			dec = 1;
			snprintf(buf, sizeof buf, "%s%s%s", pre, decv, us);
		} else if (vague && uc == 'Q')
			snprintf(buf, sizeof buf, "PXQ");
		else if (vague)
			sfmt(buf, sizeof buf, "%sX%s", pre, us);
		else if (dec)
			snprintf(buf, sizeof buf, "%s%ld.5%s", pre, x, us);
		else
			sfmt(buf, sizeof buf, "%s%ld%s", pre, x, us);
		ptinit(p);
		p->kind = NK_CD_DURATION;
		scopy(p->val, sizeof p->val, buf);
		setmod(p, mod);
		/* 近三年, 近5年来, 近两个月: a span that ends at the reference, as
		 * 最近 (news writes 近N年 for "in the last N years" far more often
		 * than for "almost N years"); not for hours (近两个小时), nor
		 * before 后 前 了 之 (执政近20年后, 已近两年了) */
		if (near && !strcmp(mod, "APPROX") && !vague && !dec && !half && (ucs == 'Y' || (ucs == 'M' && pre[1] != 'T') ||
		    uc == 'W' || uc == 'D') && !inset(at(c, k), "后後前了之多余餘内內过過时時") &&
		    alt(c, k, "左右 以上", NULL) == 0 && refday(c)) {
			char rv[NK_CDATE_VMAX];
			if (anchored(c, -1, 0, ucs, x, rv, sizeof rv, 0)) {
				size_t e4;
				p->kind = NK_CD_RANGE;
				p->mod[0] = '\0';
				snprintf(p->val, sizeof p->val, "%s", rv);
				if ((e4 = alt(c, k, "以来 以來 来 來", NULL)) > 0)
					k = e4;	/* 近10年来 */
				return k;
			}
		}
		if (anch && !vague && !dec && !mod[0] && uc != 'C' && uc != 'Q' &&
		    !inset(at(c, k), "级級届屆") &&
		    anchored(c, anch, pre[1] == 'T', ucs, x, p->val, sizeof p->val,
		    pw >= 16 && (ucs == 'D' || ucs == 'W') ? 2 : 0)) {
			p->kind = NK_CD_RANGE;
			return k;
		}
		if (anch && j == i + 1)
			return 0;	/* 上/下 N: only as a span */
		/* N后, N内, N以来 counted from the reference (see fromref):
		 * 60日内 and 7天半以来 are spans that start or end at it */
		/* 20天后他离开了公司, 他在3年内完成了学业: a completed event
		 * (了 in the clause) is the story's, not the reference's */
		if (tail == 1 || tail == 2) {
			size_t f;
			for (f = te; f < c->n && f < te + 40 && !inset(c->cp[f], "，,。！？!?；;\n"); f++)
				if (c->cp[f] == 0x4E86 && !inset(at(c, f + 1), "解结結") &&
				    !inset(c->cp[f - 1], "为為得不"))
					tail = 0;
		}
		if (tail > 1 && fromref(c, i, pw)) {
			char rv[NK_CDATE_VMAX];
			long xs = x;
			char us2 = ucs;
			if (dec && !decv[0] && half && ucs == 'M' && pre[1] == 'T')
				xs = x * 60 + 30, us2 = 'S';	/* 十三分半以内 */
			else if (dec)
				us2 = 0;
			if (us2 && anchored(c, tail == 2 ? 1 : -1, pre[1] == 'T', us2, xs, rv, sizeof rv,
			    tail == 3 && uc == 'D' && half ? 3 : us2 == 'D' || us2 == 'W' || us2 == 'B' ? 1 : 0)) {
				p->kind = NK_CD_RANGE;
				snprintf(p->val, sizeof p->val, "%s", rv);
				if (strcmp(mod, "APPROX") != 0)
					p->mod[0] = '\0';
				return te;
			}
		}
		/* N 年前: a date; N 年后 too, when counted from the reference
		 * (20天后, 预计两年后); after an event (出生两年后) a duration. */
		e = sp(c, k);
		if (((e = alt(c, e, "之前 以前 前", &w)) > 0 &&
		    !inset(at(c, e), "夕面景途提锋鋒列线線后後进進往") && uc != 'C') ||
		    (tail == 1 && (e = te) > 0 && fromref(c, i, pw) && (w = 3) > 0)) {
			int sign = w <= 2 ? -1 : 1;
			/* 两亿年前, 五万年前: a length, no calendar date */
			if (x > 100000 || (ucs == 'Y' && (refy(c) > 0 ? refy(c) + sign * x < 1 ||
			    refy(c) + sign * x > 9999 : x >= 10000)) || (ucs == 'M' && x >= 24000))
				return k;
			if (sign > 0 && ucs == 'B' && !dec) {	/* 5个交易日后 */
				char rv[NK_CDATE_VMAX];
				if (!anchored(c, 1, 0, 'B', x, rv, sizeof rv, 0))
					return k;
				p->kind = NK_CD_DATE;
				p->val[0] = '\0';
				if (strcmp(mod, "APPROX") != 0)
					p->mod[0] = '\0';
				p->y = atoi(strchr(rv, '/') + 1);
				p->m = atoi(strchr(rv, '/') + 6);
				p->d = atoi(strchr(rv, '/') + 9);
				p->gy = p->gm = p->gd = 1;
				return e;
			}
			if (vague) {
				snprintf(p->val, sizeof p->val, "%s", sign < 0 ? "PAST_REF" : "FUTURE_REF");
				p->kind = NK_CD_DATE;
				p->mod[0] = '\0';
				return e;
			}
			int halfmin = dec && half && !decv[0] && ucs == 'M' && pre[1] == 'T';	/* 一分半钟前 */
			if (pre[1] == 'T' && (!dec || halfmin) && refday(c) && c->ref->hh >= 0) {
				/* 2分钟前, 3小时前: a time against the reference's */
				long t = nk_cal_days(c->ref->y, c->ref->m, c->ref->d) * 86400L + refsec(c);
				long unit = ucs == 'H' ? 3600 : ucs == 'M' ? 60 : 1;	/* 半小时 is 30 M */
				t += sign * (halfmin ? x * 60 + 30 : x * unit);
				p->kind = NK_CD_TIME;
				p->val[0] = '\0';
				p->mod[0] = '\0';
				nk_cal_civil(t / 86400, &p->y, &p->m, &p->d);
				p->hh = (int)(t % 86400 / 3600);
				p->mi = (int)(t % 3600 / 60);
				p->ss = (int)(t % 60);
				p->gy = p->gm = p->gd = 1;
				return e;
			}
			if (dec || (ucs != 'Y' && ucs != 'M' && ucs != 'D' && uc != 'W') || pre[1] == 'T')
				return k;
			p->kind = NK_CD_DATE;
			p->val[0] = '\0';
			if (strcmp(mod, "APPROX") != 0)
				p->mod[0] = '\0';
			if (ucs == 'Y') {
				p->y = refy(c) > 0 ? refy(c) + sign * (int)x : -1;
				p->gy = 1;
			} else if (ucs == 'M') {
				set_months(c, p, sign * (int)x);
			} else if (uc == 'W' && !half) {
				set_days(c, p, sign * 7L * x);
			} else
				set_days(c, p, sign * x);
			return e;
		}
	}
	return k;
}

/*
 * Add the ISO duration b to a (P1Y + P1M21D = P1Y1M21D): components
 * Y M W D, then T H M S. Returns 0, or -1 if either is not a plain
 * duration with whole numbers or a component appears in both.
 */
static int
durmerge(char *a, size_t sz, const char *b)
{
	static const char order[] = "YMWDhms";
	long v[7] = { 0 }, x;
	int have[7] = { 0 }, pass, k;
	size_t n = 0;
	const char *src[2];

	src[0] = a;
	src[1] = b;
	for (pass = 0; pass < 2; pass++) {
		const char *q = src[pass];
		int t = 0;
		if (*q++ != 'P')
			return -1;
		while (*q) {
			char u;
			if (*q == 'T') {
				t = 1;
				q++;
				continue;
			}
			if (*q < '0' || *q > '9')
				return -1;
			for (x = 0; *q >= '0' && *q <= '9'; q++)
				x = x * 10 + (*q - '0');
			u = *q++;
			if (t)
				u = u == 'H' ? 'h' : u == 'M' ? 'm' : u == 'S' ? 's' : 0;
			if (!u || !strchr(order, u))
				return -1;
			k = (int)(strchr(order, u) - order);
			if (have[k])
				return -1;
			have[k] = 1;
			v[k] = x;
		}
	}
	a[n++] = 'P';
	pass = 0;	/* now: 'T' written */
	for (k = 0; k < 7; k++) {
		if (!have[k])
			continue;
		if (k >= 4 && !pass) {
			a[n++] = 'T';
			pass = 1;
		}
		a[n] = '\0';
		n += (size_t)snprintf(a + n, sz - n, "%ld%c", v[k], k < 4 ? order[k] : order[k] - 32);
		if (n >= sz)
			return -1;
	}
	a[n] = '\0';
	return 0;
}

/* -- sets: 每年 每月 每周五 ------------------------------------------------ */

/* A set's clock time after k (每个工作日的下午三点, 每个周末上午十点): appended
 * to p->val as T15 or T15:30, in the evening when pm is set (每晚8点 is
 * T20); returns where the set ends. */
static size_t
settime(const struct cx *c, size_t k, struct pt *p, int pm)
{
	struct pt t;
	size_t j = sp(c, k), e;
	char *v = p->val;
	size_t n = strlen(v);

	if (at(c, j) == 0x7684)	/* 的 */
		j = sp(c, j + 1);
	ptinit(&t);
	if ((e = timepart(c, j, &t, 1)) == 0 || t.hh < 0)
		return k;
	if (pm && t.hh >= 1 && t.hh <= 12)	/* 每晚12点 is T24, as 晚上12点 */
		t.hh += 12;
	if (t.mi < 0)
		snprintf(v + n, sizeof p->val - n, "T%02d", t.hh);
	else
		snprintf(v + n, sizeof p->val - n, "T%02d:%02d", t.hh, t.mi);
	return e;
}

static size_t
set(const struct cx *c, size_t i, struct pt *p)
{
	size_t j, k;
	int w;

	if (at(c, i) != 0x6BCF)	/* 每 */
		return 0;
	j = i + 1;
	/* 每个工作日, 每个交易日: Monday to Friday of every week; WD as in P5WD
	 * (public holidays are not known) */
	if ((k = alt(c, j, "个工作日 個工作日 工作日 个交易日 個交易日 交易日", NULL)) > 0) {
		ptinit(p);
		p->kind = NK_CD_SET;
		scopy(p->val, sizeof p->val, "XXXX-WXX-WD");
		return settime(c, k, p, 0);
	}
	/* 每隔3天, 每半年, 每两周: every so long */
	if (at(c, j) == 0x9694 || at(c, j) == 0x534A || isdig(at(c, j)) ||
	    (ishannum(at(c, j)) && !(at(c, j) == 0x4E00 && !inset(at(c, j + 1), "个個")))) {
		struct pt d;
		size_t e = duration(c, at(c, j) == 0x9694 ? j + 1 : j, &d);
		if (e > 0 && d.kind == NK_CD_DURATION && d.val[0] == 'P' && !strchr(d.val, 'X')) {
			ptinit(p);
			p->kind = NK_CD_SET;
			snprintf(p->val, sizeof p->val, "%s", d.val);
			return e;
		}
	}
	if ((k = alt(c, j, "年 个月 個月 月 周 週 星期 天 日 晚 小时 小時 季度 个季度 個季度 "
	    "个星期 個星期 个周 個週 礼拜 禮拜 个礼拜 個禮拜", &w)) == 0)
		return 0;
	if (w >= 15)
		w = 4;	/* a week */
	ptinit(p);
	p->kind = NK_CD_SET;
	{
		static const char *v[] = { "P1Y", "P1M", "P1M", "P1M", "P1W", "P1W", "P1W",
			"P1D", "P1D", "TNI", "PT1H", "PT1H", "P3M", "P3M", "P3M" };
		scopy(p->val, sizeof p->val, v[w]);
	}
	if (w >= 4 && w <= 6) {
		size_t e;
		int d;
		if ((e = alt(c, k, "一 二 三 四 五 六 日 天 末", &d)) > 0 && !ishannum(at(c, e))) {
			if (d == 8)	/* 每个周末上午十点 */
				scopy(p->val, sizeof p->val, "XXXX-WXX-WE");
			else
				snprintf(p->val, sizeof p->val, "XXXX-WXX-%d", d < 7 ? d + 1 : 7);
			return settime(c, e, p, 0);
		}
	}
	if (w == 7 || w == 8 || w == 9) {	/* 每天晚上8点: T20 alone */
		size_t e;
		p->val[0] = '\0';
		if ((e = settime(c, k, p, w == 9)) > k)
			return e;
		scopy(p->val, sizeof p->val, w == 9 ? "TNI" : "P1D");
	}
	return k;
}

/* -- an expression: point, range, duration, set, with a modifier ------------ */

static int
connector(const struct cx *c, size_t i, size_t *end)
{
	size_t j = sp(c, i), k;

	if ((k = alt(c, j, "- – — ~ ～ 〜 － 至 到 —— 一 -- 到了 和 与 與", NULL)) == 0)
		return 0;
	if (at(c, j) == 0x4E00)	/* 一 as a dash only between spaces */
		return 0;
	*end = sp(c, k);
	return 1;
}

static void
fmtval(const struct cx *c, struct pt *p, char *out, size_t sz)
{
	(void)c;
	fmtdate(out, sz, p);
}

/* out = a "/" b, truncated to sz */
static void
join(char *out, size_t sz, const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la + 1 + lb + 1 > sz) {
		snprintf(out, sz, "%s", a);
		return;
	}
	memcpy(out, a, la);
	out[la] = '/';
	memcpy(out + la + 1, b, lb + 1);
}

/* bounds of a date range start/end from one point with m2/d2/q2 */
static int
inner_range(struct pt *p, char *out, size_t sz)
{
	struct pt a = *p, b = *p;
	char x[NK_CDATE_VMAX], y[NK_CDATE_VMAX];

	if (p->m2 < 0) {	/* a lunar month: first day + d2 days */
		long z = nk_cal_days(p->y, p->m, p->d) + p->d2;
		a.m2 = b.m2 = a.d2 = b.d2 = 0;
		nk_cal_civil(z, &b.y, &b.m, &b.d);
	} else if (p->m2) {
		b.m = p->m2;
		a.m2 = b.m2 = 0;
	} else if (p->d2) {
		b.d = p->d2;
		a.d2 = b.d2 = 0;
	} else if (p->q2) {
		b.q = p->q2;
		a.q2 = b.q2 = 0;
	} else
		return 0;
	fmtdate(x, sizeof x, &a);
	fmtdate(y, sizeof y, &b);
	join(out, sz, x, y);
	return 1;
}

/*
 * The first or last N days, weeks (whole, Monday to Sunday) or months of
 * the year or month p (去年的前10天, 上月最后五天, 今年的最后3周,
 * 2021年的最后4个月) at j: its end, with the range in out; 0 if none.
 */
static size_t
subspan(const struct cx *c, size_t j, const struct pt *p, char *out, size_t sz)
{
	size_t k = sp(c, j), e;
	long n, s, t, a, b;
	int w, last, y, m, d, y2, m2, d2;

	if (p->val[0] || p->y <= 0 || p->d || p->gd || p->q || p->h || p->w || p->hh >= 0 ||
	    p->tod || p->m2 || p->d2 || p->dec || p->cent || p->fy || p->m < 0 || p->mod[0])
		return 0;
	if (at(c, k) == 0x7684)	/* 的 */
		k = sp(c, k + 1);
	if ((e = alt(c, k, "前 头 頭 最后 最後 后 後", &w)) == 0)
		return 0;
	last = w >= 3;
	if ((e = num(c, sp(c, e), &n, NULL, NULL)) == 0 || n < 1)
		return 0;
	k = sp(c, e);
	if (inset(at(c, k), "个個"))
		k++;
	if ((e = alt(c, k, "天 日 周 週 星期 礼拜 禮拜 月", &w)) == 0)
		return 0;
	if (inset(at(c, e), "份前后後内內里裡以之") && !(w == 7 && at(c, e) == 0x4EFD))
		return 0;	/* 前三天内: a length; 月份 is fine */
	if (w == 7 && at(c, e) == 0x4EFD)
		e++;
	s = p->m > 0 ? nk_cal_days(p->y, p->m, 1) : nk_cal_days(p->y, 1, 1);
	t = p->m > 0 ? s + nk_cal_mdays(p->y, p->m) - 1 : nk_cal_days(p->y, 12, 31);
	if (w == 7) {	/* months of a year */
		if (p->m > 0 || n > 12)
			return 0;
		snprintf(out, sz, "%04d-%02d/%04d-12", p->y, last ? 13 - (int)n : 1, p->y);
		if (!last)
			snprintf(out, sz, "%04d-01/%04d-%02d", p->y, p->y, (int)n);
		return e;
	}
	if (w <= 1) {	/* days */
		a = last ? t - n + 1 : s;
		b = last ? t : s + n - 1;
	} else {	/* whole weeks */
		nk_cal_civil(s, &y, &m, &d);
		a = s + (8 - nk_cal_wday(y, m, d)) % 7;	/* the first Monday */
		nk_cal_civil(t, &y, &m, &d);
		b = t - nk_cal_wday(y, m, d) % 7;	/* the last Sunday */
		if (last)
			a = b - 7 * n + 1;
		else
			b = a + 7 * n - 1;
	}
	if (a < s || b > t || a > b)
		return 0;
	nk_cal_civil(a, &y, &m, &d);
	nk_cal_civil(b, &y2, &m2, &d2);
	snprintf(out, sz, "%04d-%02d-%02d/%04d-%02d-%02d", y, m, d, y2, m2, d2);
	return e;
}

/* now: the reference, as precise as it is (至今, 到现在); PRESENT_REF
 * when it is not known to the day */
static void
nowval(const struct cx *c, char *out, size_t sz)
{
	if (refday(c) && c->ref->hh >= 0 && c->ref->ss >= 0)
		snprintf(out, sz, "%04d-%02d-%02dT%02d:%02d:%02d", c->ref->y, c->ref->m, c->ref->d,
		    c->ref->hh, c->ref->mi, c->ref->ss);
	else if (refday(c) && c->ref->hh >= 0 && c->ref->mi < 0)	/* told to the hour */
		snprintf(out, sz, "%04d-%02d-%02dT%02d", c->ref->y, c->ref->m, c->ref->d, c->ref->hh);
	else if (refday(c) && c->ref->hh >= 0)
		snprintf(out, sz, "%04d-%02d-%02dT%02d:%02d", c->ref->y, c->ref->m, c->ref->d,
		    c->ref->hh, c->ref->mi);
	else if (refday(c))
		snprintf(out, sz, "%04d-%02d-%02d", c->ref->y, c->ref->m, c->ref->d);
	else
		snprintf(out, sz, "PRESENT_REF");
}

/* 去年到现在, 从2001年起至今: the range from the point p to now */
static void
to_now(const struct cx *c, struct pt *p, nk_cdate *o)
{
	char a[NK_CDATE_VMAX], now[NK_CDATE_VMAX];

	fmtval(c, p, a, sizeof a);
	nowval(c, now, sizeof now);
	join(o->value, sizeof o->value, a, now);
	o->kind = NK_CD_RANGE;
	snprintf(o->mod, sizeof o->mod, "%s", p->mod);
}

static size_t
expr(const struct cx *c, size_t i, nk_cdate *o)
{
	struct pt p, q;
	size_t j, k, e, start = i;
	int from = 0, w, tworange = 0;
	char a[NK_CDATE_VMAX], b[NK_CDATE_VMAX];

	ptinit(&p);
	/* 自(从)X: since X; 从X开始: from X on; 截至X: up to X; 大约X: about X */
	if ((k = alt(c, i, "自从 自從 自 从 從 由 截至 截止 截止到 截至到 截止至 大约 大約 约 約 大概", &w)) > 0 &&
	    (w > 2 || i == 0 || !inset(c->cp[i - 1], "来來各亲親独獨擅暗出源发發"))) {
		from = w <= 2 ? 1 : w <= 5 ? 2 : w <= 10 ? 3 : 4;
		i = sp(c, k);
	}
	if ((j = set(c, i, &p)) > 0)
		goto out;
	/* 今明两年, 明后两天, 今明后三天: neighbouring years or days named
	 * together, a range from the first to the last */
	if ((k = alt(c, i, "今明 明后 明後 昨今 今明后 今明後", &w)) > 0 &&
	    alt(c, k, w >= 4 ? "三 3" : "两 兩 二 2", NULL) == k + 1 &&
	    (e = alt(c, k + 1, "年 天 日", &tworange)) > 0 && !inset(at(c, e), "级級龄齡")) {
		int a0 = w == 1 || w == 2 ? 1 : w == 3 ? -1 : 0, a1 = a0 + (w >= 4 ? 2 : 1);
		if (tworange == 0 && refy(c) > 0)
			snprintf(o->value, sizeof o->value, "%04d/%04d", refy(c) + a0, refy(c) + a1);
		else if (tworange > 0 && refday(c)) {
			long z = nk_cal_days(c->ref->y, c->ref->m, c->ref->d);
			int y1, m1, d1, y2, m2, d2;
			nk_cal_civil(z + a0, &y1, &m1, &d1);
			nk_cal_civil(z + a1, &y2, &m2, &d2);
			snprintf(o->value, sizeof o->value, "%04d-%02d-%02d/%04d-%02d-%02d",
			    y1, m1, d1, y2, m2, d2);
		} else
			snprintf(o->value, sizeof o->value, tworange ? "XXXX-XX-XX/XXXX-XX-XX" : "XXXX/XXXX");
		o->kind = NK_CD_RANGE;
		o->mod[0] = '\0';
		j = e;
		tworange = 1;
		goto mod;
	}
	/* 1995-1997年, 2020 至 2022 年 */
	{
		long y1, y2;
		size_t e1, e2;
		if (isdig(at(c, i)) && (e1 = num(c, i, &y1, NULL, NULL)) == i + 4 && y1 >= 1000 &&
		    y1 <= 2999 && connector(c, e1, &k) && (e2 = num(c, k, &y2, NULL, NULL)) == k + 4 &&
		    y2 > y1 && y2 <= y1 + 200 && ((at(c, sp(c, e2)) == 0x5E74 &&
		    !inset(at(c, sp(c, e2) + 1), "级級龄齡代")) || ((from == 1 || from == 2) &&
		    y1 >= 1900 && y2 <= 2100 && !isdig(at(c, e2)) && !inset(at(c, e2), ".%％")))) {
			/* 从2016到2018: with 从, years need no 年 */
			snprintf(o->value, sizeof o->value, "%04ld/%04ld", y1, y2);
			o->kind = NK_CD_RANGE;
			o->mod[0] = '\0';
			j = at(c, sp(c, e2)) == 0x5E74 ? sp(c, e2) + 1 : e2;
			tworange = 1;
			goto mod;
		}
		/* 1985到89年9月: a bare year, then a date whose year is later */
		if (isdig(at(c, i)) && (e1 = num(c, i, &y1, NULL, NULL)) == i + 4 &&
		    y1 >= 1900 && y1 <= 2100 && connector(c, e1, &k) && alt(c, sp(c, e1), "和 与 與", NULL) == 0 &&
		    (e2 = point(c, k, &q)) > 0 && q.gy && q.y > y1 && q.y <= y1 + 200 && !q.val[0] &&
		    !q.dec && !q.cent && !q.fy && !q.hol) {
			anchor(c, &q, NULL);
			fmtval(c, &q, b, sizeof b);
			snprintf(a, sizeof a, "%04ld", y1);
			join(o->value, sizeof o->value, a, b);
			o->kind = NK_CD_RANGE;
			o->mod[0] = '\0';
			j = e2;
			tworange = 1;
			goto mod;
		}
	}
	/* 1999.08-2002.02, 2008.03-2009, 2019.03-至今: a résumé's span of
	 * months (a lone 1999.08 may be a number; the span is not) */
	if (isdig(at(c, i)) && isdig(at(c, i + 3)) && at(c, i + 4) == '.' && isdig(at(c, i + 5)) &&
	    isdig(at(c, i + 6)) && !isdig(at(c, i + 7)) && connector(c, i + 7, &k) &&
	    alt(c, i + 7, "和 与 與", NULL) == 0) {
		long y1, y2 = 0, m1, m2 = 0;
		size_t e1 = num(c, i, &y1, NULL, NULL), e2;
		int kd = NK_CD_RANGE;
		m1 = (at(c, i + 5) % 16) * 10 + at(c, i + 6) % 16;
		if (e1 == i + 4 && y1 >= 1900 && y1 <= 2100 && m1 >= 1 && m1 <= 12) {
			if ((e2 = alt(c, k, "至今 今", NULL)) > 0) {
				nowval(c, b, sizeof b);
				snprintf(a, sizeof a, "%04ld-%02ld", y1, m1);
				join(o->value, sizeof o->value, a, b);
			} else if (at(c, i + 7) == '-' && k == i + 8 && isdig(at(c, k)) &&
			    (e2 = num(c, k, &y2, NULL, NULL)) > k && e2 <= k + 2 && !isdig(at(c, e2)) &&
			    at(c, e2) != '.' && !inset(at(c, e2), "年月日号號%") && y2 > m1) {
				/* 1994.01-19: more than 12 after the dash is the day (a date
				 * written with two separators); 2018.01-12 the months of one year */
				if (y2 <= 12)
					snprintf(o->value, sizeof o->value, "%04ld-%02ld/%04ld-%02ld", y1, m1, y1, y2);
				else if (y2 <= nk_cal_mdays((int)y1, (int)m1)) {
					snprintf(o->value, sizeof o->value, "%04ld-%02ld-%02ld", y1, m1, y2);
					kd = NK_CD_DATE;
				} else
					e2 = 0;
			} else if ((e2 = num(c, k, &y2, NULL, NULL)) == k + 4 && y2 >= y1 && y2 <= 2100) {
				if (at(c, e2) == '.' && isdig(at(c, e2 + 1)) && isdig(at(c, e2 + 2)) &&
				    !isdig(at(c, e2 + 3))) {
					m2 = (at(c, e2 + 1) % 16) * 10 + at(c, e2 + 2) % 16;
					e2 += 3;
				} else if (at(c, e2) == 0x5E74)	/* 年 */
					e2++;
				if (m2 > 12 || (m2 && y2 == y1 && m2 < m1) ||
				    (at(c, e2) == '.' && isdig(at(c, e2 + 1))) || isdig(at(c, e2)))
					e2 = 0;
				else if (m2)
					snprintf(o->value, sizeof o->value, "%04ld-%02ld/%04ld-%02ld", y1, m1, y2, m2);
				else
					snprintf(o->value, sizeof o->value, "%04ld-%02ld/%04ld", y1, m1, y2);
			} else
				e2 = 0;
			if (e2 > 0) {
				o->kind = kd;
				o->mod[0] = '\0';
				j = e2;
				tworange = kd == NK_CD_RANGE;
				goto mod;
			}
		}
	}
	j = point(c, i, &p);
	if (j == 0 && from == 4) {	/* 大约十点: the prefix makes 十点 a time */
		ptinit(&p);
		if ((j = timepart(c, i, &p, 1)) > 0 && p.hh < 0)
			j = 0;
	}
	{
		struct pt d;
		size_t jd = duration(c, i, &d);
		if (jd > j) {
			p = d;
			j = jd;
			goto out;
		}
	}
	if (j > 0) {
		anchor(c, &p, NULL);
		/* 去年的前10天, 上月最后五天, 今年的最后3周 */
		if ((k = subspan(c, j, &p, o->value, sizeof o->value)) > 0) {
			o->kind = NK_CD_RANGE;
			o->mod[0] = '\0';
			j = k;
			tworange = 1;
			goto mod;
		}
		/* a lone number with a month range etc. */
		if (inner_range(&p, o->value, sizeof o->value)) {
			o->kind = NK_CD_RANGE;
			snprintf(o->mod, sizeof o->mod, "%s", p.mod);
			/* 从一月19到20日: 从 belongs to a range said with 到 or 至 (not to
			 * 从今年前三个季度的业绩来看) */
			for (k = i; k < j; k++)
				if (inset(c->cp[k], "至到-~～—"))
					tworange = 1;
			goto mod;
		}
		/* range to a second point; 自X起至Y止 */
		int qi = 0;
		if (!p.val[0] && at(c, j) == 0x8D77 && connector(c, j + 1, &k))
			j++, qi = 1;
		if (!p.val[0] && connector(c, j, &k)) {
			size_t nx;
			e = 0;
			if (p.hh >= 0 && (nx = alt(c, k, "次日 翌日 第二天 隔天", NULL)) > 0) {
				/* 13:20~次日05:40: a clock time on the day after the start */
				ptinit(&q);
				if ((e = timepart(c, sp(c, nx), &q, 1)) > 0 && q.hh >= 0) {
					if (p.y > 0 && p.m > 0 && p.d > 0)
						nk_cal_civil(nk_cal_days(p.y, p.m, p.d) + 1, &q.y, &q.m, &q.d);
					else
						q.y = q.m = q.d = -1;
					q.gy = q.gm = q.gd = 1;
				} else
					e = 0;
			}
			if (e == 0)
				e = point(c, k, &q);
			if (e == 0 && p.gd && !p.d2) {	/* 一月十日到十二日 */
				ptinit(&q);
				e = daypart(c, k, &q, 1);
			}
			if (e == 0 && p.hh >= 0) {	/* 下午五点到六点: a bare clock time ends it */
				ptinit(&q);
				if ((e = timepart(c, k, &q, 1)) > 0 && q.hh < 0)
					e = 0;
			}
			/* 从上个月到今天: a range from the past to 今天 alone ends now,
			 * as 至今 (the same day when the reference has no time) */
			if (e > 0 && alt(c, k, "今天 今日", NULL) == e && q.hh < 0 && !q.tod && !p.val[0] &&
			    p.hh < 0 && refday(c) && p.y > 0 && (p.y < c->ref->y || (p.y == c->ref->y &&
			    p.m > 0 && (p.m < c->ref->m || (p.m == c->ref->m && p.d > 0 && p.d < c->ref->d)))) &&
			    !alt(c, j, "和 与 與", NULL) && !alt(c, sp(c, j), "和 与 與", NULL)) {
				to_now(c, &p, o);
				j = e;
				tworange = 1;
				goto mod;
			}
			if (e > 0 && !strcmp(q.val, "PRESENT_REF") && !p.val[0] && p.hh < 0 &&
			    !alt(c, j, "和 与 與", NULL) && !alt(c, sp(c, j), "和 与 與", NULL)) {
				/* 去年到现在: a range that ends now */
				to_now(c, &p, o);
				j = e;
				tworange = 1;
				goto mod;
			}
			if (e > 0 && !q.val[0] && !q.dec) {
				/* 下午5:00到6:00: the end is in the afternoon too */
				if (p.hh >= 12 && q.hh >= 0 && q.hh < 12 && !q.ampm && q.hh + 12 >= p.hh && !q.gd)
					q.hh += 12;
				else if (p.hh > 12 && q.hh == 12 && !q.ampm && !q.gd)
					q.hh = 24;	/* 晚上十一点到十二点 */
				/* 去年春节到元宵节: a holiday in the start's year, or the next */
				if (q.hol && p.y > 0 && p.m > 0 && p.d > 0) {
					holiday(q.hol, p.y, &q);
					if (q.m > 0 && q.d > 0 &&
					    nk_cal_days(q.y, q.m, q.d) < nk_cal_days(p.y, p.m, p.d))
						holiday(q.hol, p.y + 1, &q);
				}
				/* inherit the missing higher fields from the start */
				if (!q.gy && (q.gm || q.gd || q.q || q.h)) {
					q.y = p.y, q.gy = 1;
					/* 8月至2月: the end is in the next year */
					if (q.y > 0 && q.gm && p.m > 0 && q.m > 0 && q.m < p.m)
						q.y++;
				}
				if (!q.gm && q.gd && !q.w)
					q.m = p.m, q.gm = 1;
				if (!q.gm && !q.gd && !q.q && !q.h && !q.gy && q.hh >= 0 && p.gd) {
					q.y = p.y;
					q.m = p.m;
					q.d = p.d;
					q.gy = q.gm = q.gd = 1;
				}
				anchor(c, &q, NULL);
				/* 2015年和2018年之间: 和 joins a range only before 之间 */
				if (alt(c, j, "和 与 與", NULL) == sp(c, j) + 1 || alt(c, sp(c, j), "和 与 與", NULL)) {
					size_t z = alt(c, sp(c, e), "之间 之間 间 間", NULL);
					if (z == 0)
						goto single;
					e = z;
				} else if ((k = alt(c, sp(c, e), "之间 之間", NULL)) > 0)
					e = k;	/* 四点到六点之间 */
				/* 自X起到Y之前: since X, and before Y (which the range would include) */
				if (qi && alt(c, sp(c, e), "之前 以前", NULL)) {
					j--;
					goto single;
				}
				fmtval(c, &p, a, sizeof a);
				fmtval(c, &q, b, sizeof b);
				join(o->value, sizeof o->value, a, b);
				o->kind = NK_CD_RANGE;
				o->mod[0] = '\0';
				if (at(c, e) == 0x6B62)	/* 止 */
					e++;
				j = e;
				tworange = 1;
				goto mod;
			}
		}
single:
		if (!p.val[0] && (k = alt(c, sp(c, j), "至今 到现在 到現在 到目前", NULL)) > 0) {
			to_now(c, &p, o);
			j = k;
			tworange = 1;
			goto mod;
		}
		goto out;
	}
	if ((j = duration(c, i, &p)) > 0)
		goto out;
	return 0;
out:
	/* 一年又一个月21天, 8天20小时: one duration */
	while (p.kind == NK_CD_DURATION && p.val[0] == 'P' && !strchr(p.val, '.') &&
	    !strchr(p.val, 'X')) {
		struct pt d;
		char v2[NK_CDATE_VMAX];
		size_t e2 = sp(c, j), e3;
		if ((e3 = alt(c, e2, "又 零 加", NULL)) > 0)
			e2 = sp(c, e3);
		if (!isdig(at(c, e2)) && !ishannum(at(c, e2)))
			break;
		if ((e3 = duration(c, e2, &d)) == 0) {
			/* 8天20时, 5小时30分: after a length, N 时 is hours, N 分 minutes */
			long hv;
			size_t e4 = num(c, e2, &hv, NULL, NULL);
			if (e4 == 0 || !inset(at(c, e4), "时時分") || (at(c, e4) != 0x5206 && hv > 23) ||
			    (at(c, e4) == 0x5206 && (hv > 59 || inset(at(c, e4 + 1), "之钟鐘"))) ||
			    inset(at(c, e4 + 1), "间間候代期段许許"))
				break;
			ptinit(&d);
			d.kind = NK_CD_DURATION;
			snprintf(d.val, sizeof d.val, "PT%ld%c", hv, at(c, e4) == 0x5206 ? 'M' : 'H');
			e3 = e4 + 1;
		}
		if (d.kind != NK_CD_DURATION || d.val[0] != 'P' || strchr(d.val, '.') ||
		    strchr(d.val, 'X'))
			break;
		snprintf(v2, sizeof v2, "%s", p.val);
		if (durmerge(v2, sizeof v2, d.val) < 0)
			break;
		snprintf(p.val, sizeof p.val, "%s", v2);
		if (!p.mod[0])
			snprintf(p.mod, sizeof p.mod, "%s", d.mod);
		j = e3;
	}
	if (p.kind != NK_CD_DURATION && p.kind != NK_CD_SET && !p.val[0])
		anchor(c, &p, NULL);
	fmtval(c, &p, o->value, sizeof o->value);
	o->kind = p.kind;
	if (p.val[0] && p.kind == NK_CD_DATE && !strcmp(p.val + strlen(p.val) - 4, "_REF"))
		o->kind = NK_CD_DATE;
	scopy(o->mod, sizeof o->mod, p.mod);
mod:
	if (o->kind == NK_CD_DATE || o->kind == NK_CD_TIME || o->kind == NK_CD_RANGE) {
		k = j;
		/* 12:00 之前: a two-character mod may follow a space */
		if (sp(c, j) > j && alt(c, sp(c, j), "以前 之前 以后 以後 之后 之後 以来 以來 左右", NULL))
			k = sp(c, j);
		if ((e = alt(c, k, "或之前 或以前 及以前 及之前 或之后 或之後 或以后 或以後 及以后 及以後 及之后 及之後 开始 開始", &w)) > 0 &&
		    !o->mod[0] && strncmp(o->value, "P", 1) != 0 && !strstr(o->value, "_REF")) {
			snprintf(o->mod, sizeof o->mod, "%s", w < 4 ? "ON_OR_BEFORE" : w < 12 ? "ON_OR_AFTER" : "AFTER");
			j = e;
		} else if ((e = alt(c, k, "以前 之前 前 以后 以後 之后 之後 后 後 以来 以來 起 前后 前後 左右 许 許", &w)) > 0 &&
		    !o->mod[0] && (w >= 9 || (w != 2 && w != 7 && w != 8) || !ishan(at(c, e)) ||
		    inset(at(c, e), "的，"))) {
			static const char *m[] = { "BEFORE", "BEFORE", "BEFORE", "AFTER", "AFTER",
				"AFTER", "AFTER", "AFTER", "AFTER", "AFTER", "AFTER", "AFTER",
				"APPROX", "APPROX", "APPROX", "APPROX", "APPROX" };
			if (!(w == 2 && o->kind == NK_CD_RANGE) && strncmp(o->value, "P", 1) != 0 &&
			    !strstr(o->value, "_REF")) {
				scopy(o->mod, sizeof o->mod, m[w]);
				j = e;
			}
		}
	}
	/* the prefix words: 从 belongs to ranges of two points and to 从X开始;
	 * 自 and 截至 make a mod of their own */
	if (p.approx && !o->mod[0] && !tworange)
		snprintf(o->mod, sizeof o->mod, "APPROX");
	if (from && tworange && from > 2)
		start = i;	/* 截至, 大约: only before a point */
	else if (from && !tworange) {
		int point = (o->kind == NK_CD_DATE || o->kind == NK_CD_TIME) &&
		    o->value[0] != 'P' && !strstr(o->value, "_REF");
		if ((from == 1 || from == 2) && point && strstr(o->mod, "AFTER"))
			;
		else if (from == 1 && point && !o->mod[0])
			snprintf(o->mod, sizeof o->mod, "AFTER");
		else if (from == 3 && point && !o->mod[0])
			snprintf(o->mod, sizeof o->mod, "ON_OR_BEFORE");
		else if (from == 4 && (point || o->kind == NK_CD_DURATION)) {
			if (!o->mod[0])
				snprintf(o->mod, sizeof o->mod, "APPROX");
		} else
			start = i;
	}
	/* 2010年之后2018年之前: between the two */
	if ((o->kind == NK_CD_DATE || o->kind == NK_CD_TIME) && !strcmp(o->mod, "AFTER") && !from &&
	    !tworange && j < c->n && j > 0 && c->cp[j - 1] != 0x8D77 && c->cp[j - 1] != 0x6765) {
		nk_cdate o2;
		memset(&o2, 0, sizeof o2);
		if (expr(c, j, &o2) > j && o2.beg == j && !strcmp(o2.mod, "BEFORE") &&
		    o2.kind == o->kind && strlen(o->value) + strlen(o2.value) + 2 <= sizeof o->value) {
			snprintf(a, sizeof a, "%s", o->value);
			join(o->value, sizeof o->value, a, o2.value);
			o->kind = NK_CD_RANGE;
			o->mod[0] = '\0';
			j = o2.end;
		}
	}
	o->beg = start;
	o->end = j;
	return j;
}

/* can an expression start at code point x? (a cheap filter) */
static unsigned char startmap[0x10000 / 8];
static unsigned char wordmap[0x10000 / 8];	/* first characters of registered words */
static unsigned char grammap[0x10000 / 8];	/* first characters of the grammar's expressions */
static int startinit;
static size_t startwords;

/*
 * The grammar's starting words also give the pairs of characters they
 * start with (上个, 上周, 中午): a start like 上 or 中 is tried only before
 * one of its second characters, a numeral or a space. A one-character
 * starting word (第, 每, 近) may be followed by anything.
 */
static uint32_t bigram[BIGRAMS];	/* first << 16 | second; 0 empty */
static unsigned char anynext[0x10000 / 8];

static size_t
bighash(uint32_t k)
{
	return (size_t)((k * 2654435761u) >> 21) % BIGRAMS;
}

/* a pair of characters into a table of BIGRAMS pairs (bigram, wbig) */
static void
bigram_add(uint32_t *tab, int32_t a, int32_t b)
{
	uint32_t k = (uint32_t)a << 16 | (uint32_t)b;
	size_t h = bighash(k), z;

	for (z = 0; z < BIGRAMS && tab[h] && tab[h] != k; z++)
		h = (h + 1) % BIGRAMS;
	if (z < BIGRAMS)
		tab[h] = k;
}

static int
bigram_has(const uint32_t *tab, int32_t a, int32_t b)
{
	uint32_t k = (uint32_t)a << 16 | (uint32_t)b;
	size_t h = bighash(k), z;

	for (z = 0; z < BIGRAMS && tab[h]; z++) {
		if (tab[h] == k)
			return 1;
		h = (h + 1) % BIGRAMS;
	}
	return 0;
}

static void
addstarts(const char *list)
{
	size_t i = 0, n = strlen(list);
	int pos = 0;
	int32_t first = 0;

	while (i <= n) {
		int32_t x = 0;
		size_t l = i < n ? nk_u8_dec(list + i, n - i, &x) : 1;
		if (i == n || list[i] == ' ') {
			if (pos == 1 && first >= 0 && first < 0x10000)	/* a word of one character */
				anynext[first >> 3] |= 1 << (first & 7);
			pos = 0;
		} else if (pos == 0 && x >= 0 && x < 0x10000) {
			startmap[x >> 3] |= 1 << (x & 7);
			first = x;
			pos = 1;
		} else {
			if (pos == 1 && x >= 0 && x < 0x10000)
				bigram_add(bigram, first, x);
			pos++;
		}
		i += l;
	}
}

/* the first two characters of every word in the grammar's lists above
 * (generated from them; add a pair here when a list gets a new word) */
static const char grampairs[] =
    "一二 一刻 一遇 三刻 三十 上一 上上 上下 上世 上个 上個 上午 上半 全天 再过 再過 "
    "上周 上季 上旬 上星 上月 上礼 上禮 上週 下一 下下 下个 下個 下午 "
    "下半 下周 下季 下旬 下星 下月 下礼 下禮 下週 不到 不足 不遇 世紀 "
    "世纪 个個 个周 个季 个小 个工 个星 个月 个礼 个钟 中午 中旬 中期 "
    "中级 之內 之内 之前 之后 之後 之星 之钟 之間 之间 了来 二十 今后 "
    "今天 今年 今後 今日 今早 今晚 今晨 以上 以來 以內 以内 以前 以后 "
    "以後 以来 份前 会计 個季 個小 個工 個星 個月 個禮 個週 個鐘 傍晚 "
    "农历 冬天 冬季 冬月 凌晨 几幾 分鐘 分钟 初期 到了 到现 到現 到目 "
    "刻鐘 刻钟 前半 前后 前天 前年 前後 十百 午后 午夜 午後 午間 午间 "
    "半夜 半钟 去年 及之 及以 号號 同月 后半 后天 后年 在于 夏历 夏天 "
    "夏季 夏曆 夕面 多余 多几 多半 夜裡 夜里 夜間 夜间 大前 大后 大年 "
    "大後 大概 大約 大约 头条 季度 将近 將近 小时 小時 工作 左右 年代 "
    "年初 年岁 年底 年末 开始 当天 当日 当晚 当月 後半 後天 後年 或之 "
    "或以 截止 截至 接近 日号 早上 早晨 早間 早间 时時 明天 明年 明日 "
    "明早 明晚 星期 春天 春季 昨夜 昨天 昨日 昨晚 晚上 晚早 晚間 晚间 "
    "最后 最後 最近 會計 月中 月初 月底 月末 未來 未来 末期 本世 本周 "
    "本季 本年 本日 本星 本月 本礼 本週 来來 次年 正月 每上 深夜 清晨 "
    "点點 當天 當日 當晚 當月 的期 的过 的， 礼拜 禮拜 秋天 秋季 秒万 "
    "秒鐘 秒钟 第一 级級 线線 统統 翌年 腊月 臘月 自从 自從 至今 至到 "
    "至少 节節 財年 財政 财年 财政 超过 超過 農曆 过去 这个 这周 这季 "
    "这這 這個 這週 過去 鐘頭 钟头 钟鐘 長達 长达 開始 间間 阴历 陰曆 "
    "难遇 難遇 頭條 首季 首月 马馬 "
    "今明 明后 明後 昨今 ";

/* more starting words of the grammar: 俩礼拜, 闰四月 */
static const char morestarts[] = "俩 倆 闰 閏";

static void
addbigrams(const char *list)
{
	size_t i = 0, n = strlen(list);

	while (i < n) {
		int32_t a, b;
		if (list[i] == ' ') {
			i++;
			continue;
		}
		i += nk_u8_dec(list + i, n - i, &a);
		if (i >= n)
			break;
		i += nk_u8_dec(list + i, n - i, &b);
		if (a >= 0 && a < 0x10000 && b >= 0 && b < 0x10000)
			bigram_add(bigram, a, b);
	}
}

/* may the grammar start at i (a start character that is no numeral)? */
static int
gram_here(const int32_t *cp, size_t n, size_t i)
{
	int32_t x = cp[i], y = i + 1 < n ? cp[i + 1] : 0;

	if (x < 0 || x >= 0x10000 || (anynext[x >> 3] & (1 << (x & 7))))
		return 1;
	return isdig(y) || ishannum(y) || y == ' ' || y == 0x3000 || bigram_has(bigram, x, y);
}

static void initmaps(void);
static void clsbuild(void);

static void
initstarts(void)
{
	int32_t x;
	size_t k;

	if (startinit && startwords == nwords)
		return;
	initmaps();
	memset(startmap, 0, sizeof startmap);
	memset(bigram, 0, sizeof bigram);
	memset(anynext, 0, sizeof anynext);
	for (x = '0'; x <= '9'; x++)
		startmap[x >> 3] |= 1 << (x & 7);
	for (x = 0xFF10; x <= 0xFF19; x++)
		startmap[x >> 3] |= 1 << (x & 7);
	ishannum(0);	/* builds its map */
	for (k = 0x3000 >> 3; k < sizeof startmap; k++)	/* the Han numerals from U+3000 */
		startmap[k] |= hanmap[k];
	addstarts(relyears);
	addstarts(reldays);
	addstarts(anaphors);
	addstarts(tods);
	addstarts(morestarts);
	addstarts("上世纪 上个 本世纪 二十世纪 第 年初 年底 年末 月初 月底 月末 月中 上半年 下半年 上月 本月 "
	    "这个月 這個月 下月 当月 當月 上周 上週 本周 本週 这周 這週 下周 下週 上星期 下星期 本星期 "
	    "周 週 星期 礼拜 禮拜 每 从 從 自 由 Q 几 幾 数 數 半 将近 將近 接近 近 约 約 大约 大約 "
	    "超过 超過 逾 不到 不足 至少 长达 長達 前 截 大概 大年 过去 過去 最近 未来 未來 今后 今後 首 正月 冬月 腊月 臘月 农历 阴历 農曆 陰曆 夏历 夏曆 "
	    "大半 前半年 后半年 後半年 本季度 本礼拜 本禮拜 上礼拜 上禮拜 下礼拜 下禮拜 上個 下個 上上 下下 "
	    "这季度 这个 這個 上一 下一 自从 自從 截至 截止 大约 大約 约 約 从 從 由 元月 "
	    "春季 夏季 秋季 冬季 再过 再過");
	addbigrams(grampairs);
	memcpy(grammap, startmap, sizeof grammap);
	memset(wordmap, 0, sizeof wordmap);
	for (k = 0; k < nwords; k++)
		if (words[k].cp[0] >= 0 && words[k].cp[0] < 0x10000) {
			startmap[words[k].cp[0] >> 3] |= 1 << (words[k].cp[0] & 7);
			wordmap[words[k].cp[0] >> 3] |= 1 << (words[k].cp[0] & 7);
		}
	clsbuild();
	startinit = 1;
	startwords = nwords;
}

static int
canstart(int32_t x)
{
	return (uint32_t)x < 0x10000 && (startmap[x >> 3] & (1 << (x & 7)));
}

static int
gramstart(int32_t x)
{
	return (uint32_t)x < 0x10000 && (grammap[x >> 3] & (1 << (x & 7)));
}

static int
wordstart(int32_t x)
{
	return (uint32_t)x < 0x10000 && (wordmap[x >> 3] & (1 << (x & 7)));
}

/*
 * Every expression of the grammar has one of these characters within its
 * first ANCHOR_WIN code points (年 of 2024年, 月 of 上个月, : of 15:43,
 * - of 2024-07-04 ...); registered words are checked on their own.
 */
#define ANCHOR_WIN 12
static const char anchors[] = "年月日号號点點时時周週天星拜季世纪紀代旬秒分钟鐘午晚晨夜早初底末半到至-/.:：TQ·・•";

/* what may follow the numeral that starts an expression */
static const char follows[] = "年月日号號点點时時周週天星礼禮拜季世纪紀代旬秒分钟鐘刻个個多余餘几幾半财財"
    "小初底末中上下前后後之以来來到至和与與左-/.:：~～－—–·・•";

static unsigned char anchormap[0x10000 / 8], followmap[0x10000 / 8];

/* the maps of anchors and follows, once (initstarts) */
static void
initmaps(void)
{
	static int done;
	const char *set[2] = { anchors, follows };
	unsigned char *map[2] = { anchormap, followmap };
	size_t i, n;
	int k;

	if (done)
		return;
	for (k = 0; k < 2; k++)
		for (i = 0, n = strlen(set[k]); i < n; ) {
			int32_t y;
			i += nk_u8_dec(set[k] + i, n - i, &y);
			if (y >= 0 && y < 0x10000)
				map[k][y >> 3] |= 1 << (y & 7);
		}
	done = 1;
}

static inline int
isfollow(int32_t x)
{
	return (uint32_t)x < 0x10000 && (followmap[x >> 3] & (1 << (x & 7)));
}

static inline int
isanchor(int32_t x)
{
	return (uint32_t)x < 0x10000 && (anchormap[x >> 3] & (1 << (x & 7)));
}

/*
 * What the scanner asks of every character, in one byte per code point
 * below U+10000 (clsbuild, from the maps above; 0 for the rest): decode()
 * stores each character's class beside it, and the scanner skips a run of
 * characters that cannot matter eight classes at a time (cls_next).
 */
enum {
	CL_START = 1,	/* canstart */
	CL_ANCHOR = 2,	/* isanchor */
	CL_WORD = 4,	/* wordstart */
	CL_GRAM = 8,	/* gramstart */
	CL_NUM = 16,	/* isdig or ishannum */
	CL_FOLLOW = 32	/* isfollow */
};
static unsigned char cls[0x10000];

static void
clsbuild(void)
{
	int32_t x;
	size_t b;

	/* a character in none of these maps (CL_WORD and CL_GRAM are within
	 * canstart, and so are the digits) has no class: only the rest need
	 * a look, eight at a time */
	memset(cls, 0, sizeof cls);
	for (b = 0; b < sizeof startmap; b++) {
		if (!(startmap[b] | anchormap[b] | followmap[b] | hanmap[b]))
			continue;
		for (x = (int32_t)b * 8; x < (int32_t)b * 8 + 8; x++)
			cls[x] = (unsigned char)((canstart(x) ? CL_START : 0) |
			    (isanchor(x) ? CL_ANCHOR : 0) | (wordstart(x) ? CL_WORD : 0) |
			    (gramstart(x) ? CL_GRAM : 0) | (isdig(x) || ishannum(x) ? CL_NUM : 0) |
			    (isfollow(x) ? CL_FOLLOW : 0));
	}
}

/* the first k in [i, to) whose class has bit, else to */
static inline size_t
cls_next(const unsigned char *fl, size_t i, size_t to, unsigned bit)
{
	const uint64_t rep = 0x0101010101010101ull * bit;

	while (i + 8 <= to) {
		uint64_t w;
		memcpy(&w, fl + i, 8);
		if (w & rep)
			break;	/* in these eight */
		i += 8;
	}
	while (i < to && !(fl[i] & bit))
		i++;
	return i;
}

/* decode s into code points, byte offsets and classes (buffers reused
 * between calls: the library is not for concurrent threads) */
static int32_t *dcp;
static uint32_t *dbo;	/* 32 bits: a record of 4 GB is not text */
static unsigned char *dfl;
static size_t dcap;

static size_t
decode(const char *s, size_t n, int32_t **cp, uint32_t **bo, unsigned char **fl)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t *restrict co;
	uint32_t *restrict bp;
	unsigned char *restrict fo;
	size_t i = 0, k = 0;

	if (n + 1 > dcap) {
		dcap = n + 1 > 2 * dcap ? n + 1 : 2 * dcap;
		dcp = nk_erealloc(dcp, dcap * sizeof *dcp);
		dbo = nk_erealloc(dbo, dcap * sizeof *dbo);
		dfl = nk_erealloc(dfl, dcap);
	}
	/* local pointers: a store through the globals would make the
	 * compiler load them again for every character */
	*cp = co = dcp;
	*bo = bp = dbo;
	*fl = fo = dfl;
	/* while four bytes can be read at once: ASCII, and a three-byte
	 * character (all of Han) checked and decoded from one load */
	while (i + 4 <= n) {
		uint32_t w;
		int32_t x;

#ifdef NK_U8_IS3X4
		/* runs of three-byte characters checked four at a time */
		if ((u[i] & 0xF0) == 0xE0)
			while (i + 16 <= n && nk_u8_is3x4(u + i)) {
				int q;

				for (q = 0; q < 4; q++, i += 3) {
					x = (int32_t)(((uint32_t)u[i] << 12) + ((uint32_t)u[i + 1] << 6) + u[i + 2]) -
					    ((0xE0 << 12) + (0x80 << 6) + 0x80);
					co[k] = x;
					bp[k] = (uint32_t)i;
					fo[k++] = cls[x];
				}
			}
#endif
		memcpy(&w, u + i, 4);
		w = NK_LE32(w);
		if ((w & 0xC0C0F0) == 0x8080E0 && (0xDFFEu >> (w & 0x0F) & 1)) {
			/* 1110xxxx 10xxxxxx 10xxxxxx, not E0 (may be overlong)
			 * nor ED (may be a surrogate): those go the long way;
			 * the marker bits known, they are subtracted at once */
			x = (int32_t)(((uint32_t)u[i] << 12) + ((uint32_t)u[i + 1] << 6) + u[i + 2]) -
			    ((0xE0 << 12) + (0x80 << 6) + 0x80);
			co[k] = x;
			bp[k] = (uint32_t)i;
			fo[k++] = cls[x];	/* below U+10000 */
			i += 3;
		} else if (!(w & 0x80)) {	/* ASCII */
			co[k] = (int32_t)(w & 0x7F);
			bp[k] = (uint32_t)i;
			fo[k++] = cls[w & 0x7F];
			i++;
		} else {
			int32_t y;
			bp[k] = (uint32_t)i;
			i += nk_u8_dec(s + i, n - i, &y);
			co[k] = x = y < 0 ? 0xFFFD : y;
			fo[k++] = x < 0x10000 ? cls[x] : 0;
		}
	}
	for (; i < n; k++) {
		int32_t x;
		size_t l = nk_u8_get(s + i, n - i, &x);

		co[k] = x = x < 0 ? 0xFFFD : x;
		bp[k] = (uint32_t)i;
		fo[k] = x < 0x10000 ? cls[x] : 0;
		i += l;
	}
	bp[k] = (uint32_t)n;
	return k;
}

/* atoi of the digits at p (one at least; a value's year or month) */
static int
digits_at(const char *p)
{
	int v = 0;

	while (*p >= '0' && *p <= '9' && v < 100000)
		v = v * 10 + (*p++ - '0');
	return v;
}

static size_t
scan(const char *s, size_t n, const nk_cdate_ref *ref, nk_cdate *out, size_t max,
    nk_cdate_mark *mk, const nk_cdate_mark *from, int *stopped)
{
	int32_t *cp;
	uint32_t *bo;
	unsigned char *fl;	/* the class of each character (cls) */
	size_t ncp, i, cnt = 0, anc, pend = 0, base = 0;
	struct cx c;
	nk_cdate o;
	int py = 0, pm = 0;	/* the last date's year and month, if it had a day */
	int yused, unsure, y0 = 0;

	initstarts();
	if (n > 0xFFFFFFF0u)
		n = 0xFFFFFFF0u;	/* offsets are 32 bits; no text line is this long */
	ncp = decode(s, n, &cp, &bo, &fl);
	nmemo_gen++;	/* a new text: forget the numerals of the last */
	/* anc: the first anchor at or after i (found going forward) */
	anc = 0;
	c.cp = cp;
	c.n = ncp;
	c.ref = ref;
	c.ly = c.lm = 0;
	c.ay = c.am = c.ad = 0;
	c.yused = &yused;
	/* a ref that knows more than a year: depend on it from the start */
	yused = unsure = ref && (ref->m > 0 || ref->d > 0 || ref->hh >= 0);
	if (mk) {
		memset(mk, 0, sizeof *mk);
		mk->dep = yused;
	}
	if (stopped)
		*stopped = 0;
	i = 0;
	if (from && from->dep) {	/* resume where the year began to matter */
		i = from->i;
		pend = from->pend;
		py = from->py;
		pm = from->pm;
		c.ay = from->ay;
		c.am = from->am;
		c.ad = from->ad;
		cnt = base = from->cnt;
	}
	for (; i < ncp; ) {
		int32_t x = cp[i];
		unsigned f = fl[i];
		size_t j;

		if (!(f & CL_START)) {	/* canstart */
			i = cls_next(fl, i + 1, ncp, CL_START);
			continue;
		}
		/* a numeral starts an expression only when a unit or a date
		 * separator follows it: skip every other number whole */
		if ((f & (CL_NUM | CL_WORD)) == CL_NUM) {
			size_t r = i, q;
			int y8, m8, d8;
			while (r < ncp && (isdig(cp[r]) || ishannum(cp[r]) || cp[r] == 0x4E07 ||
			    cp[r] == 0x842C || cp[r] == 0x4EBF || cp[r] == 0x5104 ||	/* 万 亿 */
			    (cp[r] == ',' && r > i && isdig(cp[r - 1]) && r + 1 < ncp && isdig(cp[r + 1]))))
				r++;
			for (q = r; q < ncp && q < r + 2 && (cp[q] == ' ' || cp[q] == 0x3000); q++)
				;
			if (r == i + 8 && compact8(cp, ncp, i, &y8, &m8, &d8))
				goto tryit;	/* 20240307: no unit, no anchor needed */
			else if (q >= ncp || (!(fl[q] & CL_FOLLOW) &&
			    !(r == i + 4 && q == r + 1 && cp[r] == ' ' && isdig(cp[q])))) {	/* 2010 01 29 */
				i = r;
				continue;
			}
		}
		if (anc < i)
			anc = cls_next(fl, i, ncp, CL_ANCHOR);
		if (anc >= i + ANCHOR_WIN && !(f & CL_WORD)) {
			/* nothing can start before anc - ANCHOR_WIN + 1 but words */
			i = cls_next(fl, i + 1, anc - ANCHOR_WIN + 1, CL_WORD);
			continue;
		}
		/* where only a word can start (国 of 国庆, or no anchor near),
		 * look the word up before trying the whole grammar */
		if ((!(f & CL_GRAM) || anc >= i + ANCHOR_WIN || (!(f & CL_NUM) &&
		    !gram_here(cp, ncp, i))) && !wordat(&c, i, &j)) {
			i++;
			continue;
		}
		/* not inside a word or number: 1731650158622, GPT-4, v2024 */
		if (i > 0 && isdig(x) && (isdig(cp[i - 1]) || cp[i - 1] == '.' ||
		    (cp[i - 1] == ',' && i > 1 && isdig(cp[i - 2])) ||
		    (cp[i - 1] < 128 && ((cp[i - 1] | 32) >= 'a' && (cp[i - 1] | 32) <= 'z')) ||
		    cp[i - 1] == '-' || cp[i - 1] == '_' || cp[i - 1] == '/' ||
		    cp[i - 1] == '=' || cp[i - 1] == '#')) {
			i++;
			continue;
		}
		if (x == 'Q' && i > 0 && cp[i - 1] < 128 && ((cp[i - 1] | 32) >= 'a' &&
		    (cp[i - 1] | 32) <= 'z')) {
			i++;
			continue;
		}
tryit:
		memset(&o, 0, sizeof o);
		/* a day right after a date, in a list: that date's month */
		c.ly = c.lm = 0;
		if (pm > 0 && i >= pend && i - pend <= 2) {
			size_t q;
			for (q = pend; q < i && inset(cp[q], "，,、和与與及 "); q++)
				;
			if (q == i && i > pend) {
				c.ly = py;
				c.lm = pm;
			}
		}
		if (mk && !yused) {	/* the state before the expression */
			mk->i = i;
			mk->pend = pend;
			mk->py = py;
			mk->pm = pm;
			mk->ay = c.ay;
			mk->am = c.am;
			mk->ad = c.ad;
			mk->cnt = cnt;
		}
		if (mk && yused && !unsure && !mk->stop && y0 != yused) {
			/* the first expression after the last that asked for
			 * the year (so far): from this state on, any year
			 * gives what this scan gives */
			mk->stop = 1;
			mk->si = i;
			mk->spend = pend;
			/* the last date's year and month matter only to a list
			 * (c.lm), and the next expression found replaces them */
			mk->spy = c.lm ? py : 0;
			mk->spm = c.lm ? pm : 0;
			mk->scnt = cnt;
			mk->say = c.ay;
			mk->sam = c.am;
			mk->sad = c.ad;
			y0 = yused;
		}
		if (from && from->stop && i == from->si && pend == from->spend &&
		    c.ay == from->say && c.am == from->sam && c.ad == from->sad &&
		    (c.lm ? py == from->spy && pm == from->spm : from->spm == 0)) {
			/* back in step with the scan that made the mark */
			if (stopped)
				*stopped = 1;
			break;
		}
		y0 = yused;
		j = expr(&c, i, &o);
		if (mk && yused != y0) {
			mk->dep = 1;
			mk->stop = 0;	/* this one asked: the stop is after it */
		}
		if (j > i && o.value[0]) {
			/* an expression must not end inside a word or number */
			int32_t nx = j < ncp ? cp[j] : 0;
			if (isdig(cp[j - 1]) && (isdig(nx) || nx == '.' || nx == '%' ||
			    (nx < 128 && ((nx | 32) >= 'a' && (nx | 32) <= 'z')))) {
				i++;
				continue;
			}
			{	/* remember the date (a range's end) for a list */
				const char *v = strchr(o.value, '/') ? strchr(o.value, '/') + 1 : o.value;
				pend = o.end;
				py = pm = 0;
				if (strlen(v) >= 10 && v[4] == '-' && v[7] == '-' && v[5] >= '0' &&
				    v[5] <= '9' && v[8] >= '0' && v[8] <= '9') {
					pm = digits_at(v + 5);
					py = v[0] >= '0' && v[0] <= '9' ? digits_at(v) : -1;
				}
				/* the last date told, for 当天 次日 同年 */
				if ((o.kind == NK_CD_DATE || o.kind == NK_CD_TIME || o.kind == NK_CD_RANGE) &&
				    v[0] >= '0' && v[0] <= '9' && isdig(v[1]) && isdig(v[2]) && isdig(v[3]) &&
				    (v[4] == '\0' || v[4] == '-' || v[4] == 'T')) {
					c.ay = digits_at(v);
					c.am = v[4] == '-' && isdig(v[5]) && isdig(v[6]) ? digits_at(v + 5) : 0;
					c.ad = c.am && v[7] == '-' && isdig(v[8]) && isdig(v[9]) ? digits_at(v + 8) : 0;
				}
			}
			if (cnt - base < max) {
				o.beg = bo[o.beg];
				o.end = bo[o.end];
				out[cnt - base] = o;
			}
			cnt++;
			i = j;
		} else
			i++;
	}
	return cnt - base;
}

size_t
nk_cdate_find(const char *s, size_t n, const nk_cdate_ref *ref, nk_cdate *out, size_t max)
{
	return scan(s, n, ref, out, max, NULL, NULL, NULL);
}

size_t
nk_cdate_find_dep(const char *s, size_t n, const nk_cdate_ref *ref, nk_cdate *out,
    size_t max, nk_cdate_mark *mk)
{
	return scan(s, n, ref, out, max, mk, NULL, NULL);
}

size_t
nk_cdate_find_from(const char *s, size_t n, const nk_cdate_ref *ref, nk_cdate *out,
    size_t max, const nk_cdate_mark *mk, int *stopped)
{
	return scan(s, n, ref, out, max, NULL, mk, stopped);
}

size_t
nk_cdate_spans(const char *s, size_t n, nk_cdate_span *out, size_t max)
{
	nk_cdate buf[64];
	size_t cnt, k, got = 0;

	/* in chunks of 64 results */
	cnt = scan(s, n, NULL, buf, 64, NULL, NULL, NULL);
	for (k = 0; k < cnt && k < 64; k++, got++)
		if (got < max) {
			out[got].beg = buf[k].beg;
			out[got].end = buf[k].end;
			out[got].kind = buf[k].kind;
		}
	if (cnt > 64) {
		nk_cdate *all = nk_emalloc(cnt * sizeof *all);
		scan(s, n, NULL, all, cnt, NULL, NULL, NULL);
		for (k = 64; k < cnt; k++)
			if (k < max) {
				out[k].beg = all[k].beg;
				out[k].end = all[k].end;
				out[k].kind = all[k].kind;
			}
		free(all);
	}
	return cnt;
}
