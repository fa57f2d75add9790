/* cnum.c - unit tests of common/cnum.c: numerals and decimal arithmetic. */
#include <string.h>

#include "nkit.h"
#include "cnum.h"
#include "tap.h"

static const char *
num(const char *s)
{
	static char out[NK_DEC_MAX + 32];
	nk_num x;

	if (!nk_cnum_parse(s, strlen(s), 0, &x))
		return "(none)";
	if (x.len == strlen(s))
		return strcpy(out, x.value);
	/* value and what was left over */
	strcpy(out, x.value);
	strcat(out, "|");
	strncat(out, s + x.len, 16);
	return out;
}

static const char *
dec2(int (*f)(const char *, const char *, char *, size_t), const char *a, const char *b)
{
	static char out[NK_DEC_MAX];

	if (f(a, b, out, sizeof out) < 0)
		return "(overflow)";
	return out;
}

static const char *
shift(const char *a, int e)
{
	static char out[NK_DEC_MAX];

	if (nk_dec_shift(a, e, out, sizeof out) < 0)
		return "(overflow)";
	return out;
}

static const char *
norm(const char *s)
{
	static char out[NK_DEC_MAX];

	if (nk_dec_norm(s, strlen(s), out, sizeof out) < 0)
		return "(bad)";
	return out;
}

int
main(void)
{
	static const struct { const char *in, *want; } cases[] = {
		/* Arabic */
		{ "389", "389" }, { "1,500", "1500" }, { "0.003", "0.003" },
		{ "３６.７", "36.7" }, { "３", "3" }, { "2,345.6", "2345.6" },
		{ "12,34", "12|,34" }, { "1,2345", "1|,2345" }, { "0,500", "0|,500" },
		{ "3.", "3|." }, { "10.50", "10.5" }, { "007", "7" },
		/* mixed */
		{ "3 億", "300000000" }, { "4.3 亿", "430000000" }, { "8976 萬", "89760000" },
		{ "3.5万亿", "3500000000000" }, { "2,345.6亿", "234560000000" },
		{ "335.57 億", "33557000000" }, { "5百万", "5000000" }, { "1千亿", "100000000000" },
		{ "3 千", "3| 千" }, { "3百分之", "300|分之" },
		/* Han */
		{ "两百亿", "20000000000" }, { "四千六百", "4600" }, { "二〇二四", "2024" },
		{ "一九九八", "1998" }, { "十", "10" }, { "十一", "11" }, { "二十一", "21" },
		{ "廿三", "23" }, { "卅", "30" }, { "一百零五", "105" }, { "一千零五十", "1050" },
		{ "两万三千", "23000" }, { "三千五", "3500" }, { "一万二", "12000" },
		{ "两百五", "250" }, { "二十一万五", "215000" }, { "万亿", "1000000000000" },
		{ "三千亿", "300000000000" }, { "一亿两千万", "120000000" },
		{ "千亿", "100000000000" }, { "萬", "10000" }, { "兩億", "200000000" },
		{ "零", "0" }, { "〇", "0" }, { "壹佰贰拾", "120" }, { "捌", "(none)" },
		{ "陆续", "(none)" },
		/* decimals */
		{ "三点五", "3.5" }, { "两百点二", "200.2" }, { "十二点五万", "125000" },
		{ "两百点两", "200|点两" }, { "一点两小时", "1|点两小时" },	/* 两 is no decimal digit */
		{ "三点五万亿", "3500000000000" }, { "三点", "3|点" }, { "三点五十分", "3|点五十分" },
		{ "一點五", "1.5" },
		/* ranges and stops */
		{ "五六个", "5|六个" }, { "三四十", "3|四十" }, { "十五六", "15|六" },
		{ "二〇二四年", "2024|年" }, { "十百", "10|百" },
		/* mixed coefficients, 万万, 兆 */
		{ "5万4千6百", "54600" }, { "3万4000", "34000" }, { "2千零30万", "20300000" },
		{ "1千零1", "1001" }, { "25万6千", "256000" }, { "四万万", "400000000" },
		{ "五兆六十二亿四万五千二", "5006200045200" }, { "三兆瓦", "3|兆瓦" },
		{ "两千三点一", "2300.1" }, { "拾万零五十六点叁叁", "100056.33" },
		{ "４，５６５", "4565" }, { "4，565", "4|，565" }, { "倆千", "2000" },
		{ "10万万", "1000000000" },
		/* exponents, financial digits before a point, kilo- after 万 */
		{ "2e5", "200000" }, { "-1.5", "(none)" }, { "1.2E-3", "0.0012" },
		{ "3e5a", "3|e5a" }, { "陆点五", "6.5" }, { "30万千瓦", "300000|千瓦" },
		{ "壹又二分之壹", "1|又二分之壹" }, { "陆又一次", "(none)" },
		{ "一万零十二", "10012" },
	};
	size_t i;
	nk_num x;
	size_t used;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		is(num(cases[i].in), cases[i].want, "numeral %s", cases[i].in);

	/* flags and positions */
	nk_cnum_parse("２０２４年", strlen("２０２４年"), 0, &x);
	ok(x.ncp == 4 && x.len == 12 && x.ndigits == 4, "full-width digits: 4 code points, 12 bytes");
	nk_cnum_parse("05年", 5, 0, &x);
	ok(x.flags & NK_NUM_LEADZERO, "05 has a leading zero");
	nk_cnum_parse("二〇二四", strlen("二〇二四"), 0, &x);
	ok((x.flags & NK_NUM_DIGITS) && x.ndigits == 4, "二〇二四 is digit by digit");
	nk_cnum_parse("3 億元", strlen("3 億元"), 0, &x);
	ok(x.ncp == 3, "3 億 is three code points");
	nk_cnum_parse("3 億", strlen("3 億"), NK_CNUM_NOSPACE, &x);
	is(x.value, "3", "NOSPACE stops at the space");
	nk_cnum_parse("3万", 4, NK_CNUM_NOBIG, &x);
	is(x.value, "3", "NOBIG stops before 万");
	nk_cnum_parse("3.5", 3, NK_CNUM_NOPOINT, &x);
	ok(x.len == 1, "NOPOINT stops before the point");
	ok(!nk_cnum_parse("三", 3, NK_CNUM_NOHAN, &x), "NOHAN: no Han numeral");
	ok(!nk_cnum_parse("3", 1, NK_CNUM_NOARABIC, &x), "NOARABIC: no Arabic numeral");
	ok(!nk_cnum_parse("", 0, 0, &x) && x.len == 0, "empty input");
	ok(!nk_cnum_parse("\xe4\xb8", 2, 0, &x), "truncated UTF-8");
	{
		char longd[200];
		memset(longd, '7', sizeof longd);
		ok(nk_cnum_parse(longd, sizeof longd, 0, &x) && x.len == sizeof longd &&
		    x.value[0] == '\0', "200 digits: consumed, no value");
	}
	is(nk_cnum_long("十一月", strlen("十一月"), 0, &used) == 11 ? "11" : "?", "11", "nk_cnum_long 十一");
	ok(used == 6, "nk_cnum_long used bytes");
	ok(nk_cnum_long("3.5", 3, 0, &used) == -1, "nk_cnum_long refuses 3.5");
	ok(nk_cnum_digit(0x5169) == 2 && nk_cnum_digit(0xff19) == 9 && nk_cnum_digit('x') == -1, "nk_cnum_digit");
	{
		int lead;
		ok(nk_cnum_mult(0x5eff, &lead) == 1 && lead == 2, "廿 is 2 x 10");
		ok(nk_cnum_mult(0x5104, &lead) == 8, "億 is 10^8");
	}

	/* decimal arithmetic */
	is(norm("0012.3400"), "12.34", "norm strips zeros");
	is(norm("-0.0"), "0", "norm -0");
	is(norm("1,234,567"), "1234567", "norm drops groups");
	is(norm("1..2"), "(bad)", "norm rejects 1..2");
	is(norm("."), "(bad)", "norm rejects .");
	is(shift("335.57", 8), "33557000000", "335.57 x 10^8");
	is(shift("3.5", 12), "3500000000000", "3.5 x 10^12");
	is(shift("12", -3), "0.012", "12 x 10^-3");
	is(shift("-1.5", 1), "-15", "negative shift");
	is(dec2(nk_dec_add, "0.1", "0.2"), "0.3", "0.1 + 0.2 is exact");
	is(dec2(nk_dec_add, "999", "1"), "1000", "carry");
	is(dec2(nk_dec_add, "1", "-1.25"), "-0.25", "subtract");
	is(dec2(nk_dec_add, "-3", "-4.5"), "-7.5", "negatives");
	is(dec2(nk_dec_mul, "1.5", "1.5"), "2.25", "1.5 x 1.5");
	is(dec2(nk_dec_mul, "-2", "0.5"), "-1", "-2 x 0.5");
	is(dec2(nk_dec_mul, "123456789", "987654321"), "121932631112635269", "big product");
	ok(nk_dec_cmp("2", "10") < 0 && nk_dec_cmp("-2", "-10") > 0 &&
	    nk_dec_cmp("1.50", "1.5") == 0 && nk_dec_cmp("0", "-0") == 0, "cmp");
	ok(nk_dec_is_int("12") && !nk_dec_is_int("1.2"), "is_int");
	{
		char big[NK_DEC_MAX];
		ok(nk_dec_shift("1", 200, big, sizeof big) < 0 && big[0] == '\0', "shift overflow is reported");
	}
	return done_testing();
}
