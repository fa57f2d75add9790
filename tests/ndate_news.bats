#!/usr/bin/env bats
# ndate on news-like sentences: two-digit Han years, neighbouring years
# named together, lengths with decimals or 俩, the lunar calendar's leap
# months, clock ranges into the next day, ranges to now, compact dates.

load helpers/common

# nd REF TEXT: "surface|value|kind|mod" for each expression in TEXT
nd() {
	local ref=-G
	[ -n "$1" ] && ref="--ref=$1"
	printf '%s\n' "$2" | ndate -H "$ref" | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 }'
}

@test "ndate: two Han digits before 年 are a year of the 1900s or 2000s" {
	run nd 2021-06-14 "他九七年一季度进厂，三三年出生的老父亲至今健在。"
	assert_line "九七年一季度|1997-Q1|date|"
	assert_line "三三年|1933|date|"
	# against an old reference, 九零年 is still 1990, never 1890
	run nd 1973-06-19 "九零年9月十号"
	assert_output "九零年9月十号|1990-09-10|date|"
	run nd 2021-06-14 "五八年前七个月的产量"
	assert_output "五八年前七个月|1958-01/1958-07|range|"
	# neighbouring digits are a count (三四年 = three or four years) unless a month follows
	run nd 2021-06-14 "他在那里干了三四年"
	refute_output --partial "19"
	run nd 2021-06-14 "五六年3月"
	assert_output "五六年3月|1956-03|date|"
}

@test "ndate: 今明两年, 明后两天: neighbouring years or days named together" {
	run nd 2021-06-14 "预计今明两年经济增速放缓，明后两天有雨。"
	assert_line "今明两年|2021/2022|range|"
	assert_line "明后两天|2021-06-15/2021-06-16|range|"
	run nd 2021-06-14 "大大后天出发"
	assert_output "大大后天|2021-06-18|date|"
}

@test "ndate: lengths with decimals, 俩, 周年 and 礼拜" {
	run nd "" "累计飞行2621.2小时，休息了俩礼拜，迎来公司成立4周年。"
	assert_line "2621.2小时|PT2621.2H|duration|"
	assert_line "俩礼拜|P2W|duration|"
	assert_line "4周年|P4Y|duration|"
	run nd "" "1.5天后交付"
	assert_output "1.5天|P1.5D|duration|"
	# 礼拜天 is Sunday, not three weeks
	run nd "" "三礼拜天"
	refute_output --partial "P3W"
}

@test "ndate: a lunar holiday after 农历" {
	run nd 2021 "农历中秋前后，月饼销量大增"
	assert_output "农历中秋前后|2021-09-21|date|APPROX"
}
