/*
 * cdate.c - unit tests of common/cdate.c: calendar arithmetic, ISO weeks,
 * the Chinese calendar (dates checked against published calendars), the
 * reference parser, and resolution of a few expressions.
 */
#include <stdio.h>
#include <string.h>

#include "nkit.h"
#include "cdate.h"
#include "tap.h"

static char got[128];

static const char *
ymd(int y, int m, int d)
{
	snprintf(got, sizeof got, "%04d-%02d-%02d", y, m, d);
	return got;
}

/* code points in s[0..n), stepping as the decoder does (a bad byte is one) */
static size_t
steps(const char *s, size_t n)
{
	size_t i = 0, k = 0;
	int32_t x;

	while (i < n) {
		i += nk_u8_get(s + i, n - i, &x);
		k++;
	}
	return k;
}

static const char *
lunar(int y, int lm, int ld)
{
	int m, d;

	if (nk_cal_lunar(y, lm, ld, &m, &d) < 0)
		return "fail";
	return ymd(y, m, d);
}

static const char *
term(int y, int deg)
{
	int m, d;

	if (nk_cal_term(y, deg, &m, &d) < 0)
		return "fail";
	return ymd(y, m, d);
}

/* value|kind|mod of the first expression found in s against ref */
static const char *
first(const char *s, const char *ref)
{
	nk_cdate_ref r, *rp = NULL;
	nk_cdate o[8];
	size_t n;

	if (ref) {
		if (nk_cdate_parse_ref(ref, &r) < 0)
			return "badref";
		rp = &r;
	}
	n = nk_cdate_find(s, strlen(s), rp, o, 8);
	if (n == 0)
		return "none";
	snprintf(got, sizeof got, "%.*s|%s|%d|%s", (int)(o[0].end - o[0].beg), s + o[0].beg,
	    o[0].value, o[0].kind, o[0].mod);
	return got;
}

int
main(void)
{
	int y, m, d, wy, i;
	long z;
	nk_cdate_ref r;

	/* days and back */
	ok(nk_cal_days(1970, 1, 1) == 0, "epoch is day 0");
	ok(nk_cal_days(2000, 3, 1) - nk_cal_days(2000, 2, 28) == 2, "2000 is a leap year");
	ok(nk_cal_days(1900, 3, 1) - nk_cal_days(1900, 2, 28) == 1, "1900 is not");
	ok(nk_cal_days(2024, 1, 1) - nk_cal_days(2023, 1, 1) == 365, "2023 has 365 days");
	for (z = -800000, i = 1; z < 800000; z += 997)
		if (nk_cal_civil(z, &y, &m, &d), nk_cal_days(y, m, d) != z)
			i = 0;
	ok(i, "civil() inverts days() over 4000 years");
	ok(nk_cal_mdays(2024, 2) == 29 && nk_cal_mdays(2023, 2) == 28 && nk_cal_mdays(2024, 4) == 30,
	    "month lengths");
	nk_cal_civil(nk_cal_days(2024, 11, 16) - 1, &y, &m, &d);
	is(ymd(y, m, d), "2024-11-15", "the day before 2024-11-16");
	nk_cal_civil(nk_cal_days(2024, 3, 1) - 1, &y, &m, &d);
	is(ymd(y, m, d), "2024-02-29", "the day before 2024-03-01");

	/* weekdays and ISO weeks */
	ok(nk_cal_wday(2024, 11, 16) == 6, "2024-11-16 is a Saturday");
	ok(nk_cal_wday(2024, 7, 4) == 4, "2024-07-04 is a Thursday");
	ok(nk_cal_wday(2000, 2, 29) == 2, "2000-02-29 is a Tuesday");
	ok(nk_cal_isoweek(2024, 11, 16, &wy) == 46 && wy == 2024, "2024-11-16 is in 2024-W46");
	ok(nk_cal_isoweek(2021, 1, 3, &wy) == 53 && wy == 2020, "2021-01-03 is in 2020-W53");
	ok(nk_cal_isoweek(2024, 12, 30, &wy) == 1 && wy == 2025, "2024-12-30 is in 2025-W01");
	ok(nk_cal_isoweek(2026, 1, 1, &wy) == 1 && wy == 2026, "2026-01-01 is in 2026-W01");

	/* the Chinese calendar: Spring Festival, Dragon Boat, Mid-Autumn */
	is(lunar(2017, 1, 1), "2017-01-28", "春节 2017");
	is(lunar(2020, 1, 1), "2020-01-25", "春节 2020");
	is(lunar(2023, 1, 1), "2023-01-22", "春节 2023");
	is(lunar(2024, 1, 1), "2024-02-10", "春节 2024");
	is(lunar(2025, 1, 1), "2025-01-29", "春节 2025");
	is(lunar(2026, 1, 1), "2026-02-17", "春节 2026");
	is(lunar(2030, 1, 1), "2030-02-03", "春节 2030");
	is(lunar(2017, 5, 5), "2017-05-30", "端午 2017 (leap 6th month that year)");
	is(lunar(2020, 5, 5), "2020-06-25", "端午 2020 (after the leap 4th month)");
	is(lunar(2023, 5, 5), "2023-06-22", "端午 2023 (after the leap 2nd month)");
	is(lunar(2024, 5, 5), "2024-06-10", "端午 2024");
	is(lunar(2017, 8, 15), "2017-10-04", "中秋 2017");
	is(lunar(2020, 8, 15), "2020-10-01", "中秋 2020");
	is(lunar(2023, 8, 15), "2023-09-29", "中秋 2023");
	is(lunar(2024, 8, 15), "2024-09-17", "中秋 2024");
	is(lunar(2025, 8, 15), "2025-10-06", "中秋 2025");
	is(term(2024, 15), "2024-04-04", "清明 2024");
	is(term(2023, 15), "2023-04-05", "清明 2023");
	is(term(2024, 270), "2024-12-21", "冬至 2024");
	is(term(2023, 270), "2023-12-22", "冬至 2023");
	ok(nk_cal_lunar(2024, 13, 1, &m, &d) < 0 && nk_cal_lunar(99999, 1, 1, &m, &d) < 0,
	    "out of range lunar dates are refused");
	/* the 12th month of the Chinese year 2024 falls in January 2025 */
	z = nk_cal_lunar_day(2024, 12, 23);
	nk_cal_civil(z, &y, &m, &d);
	is(ymd(y, m, d), "2025-01-22", "腊月二十三 of the year that began in 2024");
	ok(nk_cal_lunar(2024, 12, 23, &m, &d) < 0, "nk_cal_lunar keeps to Gregorian year y");
	ok(nk_cal_lunar_day(2017, 1, 30) == NK_CAL_NODAY, "正月 2017 has 29 days");

	/* references */
	ok(nk_cdate_parse_ref("2024-11-16", &r) == 0 && r.y == 2024 && r.m == 11 && r.d == 16 &&
	    r.hh < 0, "ref: a date");
	ok(nk_cdate_parse_ref("2023-09-14T15:43:20", &r) == 0 && r.hh == 15 && r.mi == 43 &&
	    r.ss == 20, "ref: a date-time");
	ok(nk_cdate_parse_ref("2024", &r) == 0 && r.y == 2024 && r.m == 0, "ref: a year");
	ok(nk_cdate_parse_ref("2024-02-30", &r) < 0 && nk_cdate_parse_ref("yesterday", &r) < 0,
	    "ref: bad dates are refused");

	/* resolution */
	is(first("11月5日，腾讯宣布", "2024-11-16"), "11月5日|2024-11-05|0|", "month and day");
	is(first("去年年初至今", "2024-11-16"), "去年年初至今|2023/2024-11-16|4|START", "since the start of last year");
	is(first("明年底", "2024-11-16"), "明年底|2025|0|END", "the end of next year");
	is(first("上个月", "2024-01-10"), "上个月|2023-12|0|", "last month across a year");
	is(first("昨天", "2024-03-01"), "昨天|2024-02-29|0|", "yesterday across February");
	is(first("下周五", "2024-11-16"), "下周五|2024-11-22|0|", "next Friday");
	is(first("本周", "2024-11-16"), "本周|2024-W46|0|", "this week");
	is(first("我 05 年加入的", "2024-07-04"), "05 年|2005|0|", "two-digit year with a zero");
	is(first("20 年了", "2024-07-04"), "20 年|P20Y|2|", "twenty years (a duration)");
	is(first("11月5日", NULL), "11月5日|XXXX-11-05|0|", "no reference: unknown year");
	ok(nk_cdate_word("春节", "lunar 01-01") == 0, "register 春节");
	is(first("今年春节", "2024-11-16"), "今年春节|2024-02-10|0|", "this year's Spring Festival");
	is(first("2023年09月14日 15:43:20", NULL), "2023年09月14日 15:43:20|2023-09-14T15:43:20|1|", "a dateline");
	ok(nk_cdate_word("国庆节", "10-01") == 0 && nk_cdate_word("x", "13-01") < 0 &&
	    nk_cdate_word("y", "lunar 02-31") < 0 && nk_cdate_word("z", "sometimes") < 0,
	    "word specs are checked");
	is(first("国庆节", "2024-11-16"), "国庆节|2024-10-01|0|", "a registered holiday");
	is(first("3月第三周", "2021-06-14"), "3月第三周|2021-W11|0|", "the third week of March (from its first Monday)");
	is(first("（二○○○年十二月三十一日）", NULL), "二○○○年十二月三十一日|2000-12-31|0|", "○ written for 〇");
	is(first("20世纪", "2024-07-04"), "20世纪|19|0|", "the 20th century is 19");
	is(first("两千零四年八月十五日", NULL), "两千零四年八月十五日|2004-08-15|0|", "a year in Han numerals with 千");
	is(first("百年一遇", "2024-07-04"), "none", "an idiom is not a length");
	is(first("3小时20分钟", NULL), "3小时20分钟|PT3H20M|2|", "hours and minutes make one duration");
	/* leap months (闰四月 2020, 闰二月 2023) and two-digit years */
	is(first("2020年闰四月初一", NULL), "2020年闰四月初一|2020-05-23|0|", "the first day of leap month 4 of 2020");
	is(first("2020年闰四月", NULL), "2020年闰四月|2020-05-23/2020-06-20|4|", "leap month 4 of 2020, 29 days");
	is(first("2023年闰二月十五", NULL), "2023年闰二月十五|2023-04-05|0|", "leap month 2 of 2023");
	is(first("2021年闰四月", NULL), "2021年闰四月|2021-XX-XX|0|", "2021 has no leap month 4");
	is(first("2020年四月初一", NULL), "2020年四月初一|2020-04-23|0|", "the month before the leap month is unchanged");
	is(first("九零年", "1973-06-19"), "九零年|1990|0|", "a two-digit year stays in 1900-2099");
	is(first("35年", "2024-11-16"), "35年|1935|0|", "no more than ten years after the reference");
	is(first("13:20~次日05:40", "2021-12-31"), "13:20~次日05:40|2021-12-31T13:20/2022-01-01T05:40|4|",
	    "the next day across a year");
	{
		/*
		 * invalid bytes inside long runs of Han (decoded four at a
		 * time) are skipped as the plain decoder skips them: one byte
		 * changed at every position to every interesting value finds
		 * what the same text with U+FFFD for each bad byte finds, at
		 * the same code points
		 */
		static const char base[] = "记者在北京获悉中国人民银行决定自二〇二四年五月三日起下调存款"
		    "准备金率零点五个百分点，二〇二四年十一月十六日上午九时起执行";
		static const unsigned char vals[] = { 0x00, 0x38, 0x80, 0xAD, 0xBF, 0xC2, 0xE0,
			0xE4, 0xED, 0xEF, 0xF0, 0xFF };
		nk_cdate_ref ref;
		nk_cdate a[16], b[16];
		char t[sizeof base], c[4 * sizeof base];
		size_t n = sizeof base - 1, pos, v, j, l, na, nb, nc, k, differ = 0;

		nk_cdate_parse_ref("2024-11-16", &ref);
		for (pos = 0; pos < n; pos++)
			for (v = 0; v < sizeof vals; v++) {
				int32_t x;

				memcpy(t, base, sizeof base);
				t[pos] = (char)vals[v];
				for (nc = 0, j = 0; j < n; j += l) {
					l = nk_u8_get(t + j, n - j, &x);
					nc += nk_u8_enc(x < 0 ? 0xFFFD : x, c + nc);
				}
				na = nk_cdate_find(t, n, &ref, a, 16);
				nb = nk_cdate_find(c, nc, &ref, b, 16);
				if (na != nb) {
					differ++;
					continue;
				}
				for (k = 0; k < na && k < 16; k++)
					if (strcmp(a[k].value, b[k].value) != 0 || a[k].kind != b[k].kind ||
					    steps(t, a[k].beg) != steps(c, b[k].beg) ||
					    steps(t, a[k].end) != steps(c, b[k].end)) {
						differ++;
						break;
					}
			}
		ok(differ == 0, "bad bytes in runs of Han find what U+FFFD finds (%zu differ)", differ);
	}
	return done_testing();
}
