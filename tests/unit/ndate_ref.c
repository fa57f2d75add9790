/*
 * ndate_ref.c - unit tests of ndate's reference choice: the year an
 * undated document mentions most, and --ref parsing.
 */
#include <string.h>

#include "nkit.h"
#include "cdate.h"
#include "../../cmd/ndate/ndate.h"
#include "tap.h"

static nk_rec
rec(const char *text)
{
	nk_rec r;

	memset(&r, 0, sizeof r);
	r.text = text;
	r.len = strlen(text);
	r.doc = "t";
	r.date = "";
	return r;
}

int
main(void)
{
	nk_rec v[4];

	nk_init("ndate_ref");
	v[0] = rec("2024 年年末，ChatGPT 的周活跃用户突破了 3 亿。");
	v[1] = rec("2025 年，大模型市场依然背负着巨大的期望。");
	v[2] = rec("截至 11 月底，豆包 2024 年的累计用户规模已超过 1.6 亿。");
	v[3] = rec("去年的百模大战，今年的务实之争，1731650158622。");
	ok(ndate_doc_year(v, 4) == 2024, "the most-mentioned explicit year wins (2024 twice, 2025 once)");
	ok(ndate_doc_year(v + 3, 1) == 0, "relative years and long numbers are no evidence");
	v[0] = rec("2021年和2023年");
	ok(ndate_doc_year(v, 1) == 2023, "a tie goes to the later year");
	v[0] = rec("阿里 2025 财年下半年");
	ok(ndate_doc_year(v, 1) == 2025, "a fiscal year counts");
	ok(ndate_set_ref("2024-11-16") == 0 && ndate_opt.ref.y == 2024 && ndate_opt.ref.d == 16,
	    "--ref takes a date");
	ok(ndate_set_ref("2013-02-12T04:30:00") == 0 && ndate_opt.ref.hh == 4, "--ref takes a date-time");
	ok(ndate_set_ref("16/11/2024") < 0, "--ref refuses other formats");
	return done_testing();
}
