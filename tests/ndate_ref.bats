#!/usr/bin/env bats
# ndate: what the reference's instant, and --future, do to open dates and
# to spans counted from now.

load helpers/common
load helpers/ndate

# ndf REF TEXT: as nd, with --future
ndf() {
	printf '%s\n' "$2" | ndate -H -f "--ref=$1" | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 }'
}

@test "ndate -f: a date left open is the next one at or after the reference" {
	# a notice dated Wednesday 2021-09-01 15:15
	run ndf 2021-09-01T15:15:32 "通知：3月8号妇女节放假，周一下午三点开会，10月8号上班，8号晚上9点截止，下午4点集合，正月初八开工。"
	assert_output "3月8号|2022-03-08|date|
妇女节|2022-03-08|date|
周一下午三点|2021-09-06T15|time|
10月8号|2021-10-08|date|
8号晚上9点|2021-09-08T21|time|
下午4点|2021-09-01T16|time|
正月初八|2022-02-08|date|"
	# a clock time already past today is tomorrow's; what names its
	# year or week is left alone
	run ndf 2021-09-01T15:15:32 "下午三点，今年3月8号，上周一"
	assert_output "下午三点|2021-09-02T15|time|
今年3月8号|2021-03-08|date|
上周一|2021-08-23|date|"
	# without -f: the reference's year, month, week and day
	run nd 2021-09-01T15:15:32 "3月8号放假。周一开会，下午三点"
	assert_output "3月8号|2021-03-08|date|
周一|2021-08-30|date|
下午三点|2021-09-01T15|time|"
}

@test "ndate: with a clock time in the reference, spans of days counted from now start or end at that instant" {
	# a notice posted at 2021-06-14 01:06:40
	run nd 2021-06-14T01:06:40 "企业须在60日内完成整改。审核结果将在15个工作日内公布。未来7天，全市将有降雨；过去的一周，气温偏高。"
	assert_output "60日内|2021-06-14T01:06:40/2021-08-13|range|
15个工作日内|2021-06-14T01:06:40/2021-07-05|range|
未来7天|2021-06-14T01:06:40/2021-06-21T01:06:40|range|
过去的一周|2021-06-07T01:06:40/2021-06-14T01:06:40|range|"
	# told to the hour, computed ends keep the hour
	run nd 2019-02-18T07 "一天半以来，救援一直没有停止，两天以来无人伤亡。"
	assert_output "一天半以来|2019-02-16T19/2019-02-18T07|range|
两天以来|2019-02-16/2019-02-18T07|range|"
	# years and months stay spans of dates
	run nd 2018-07-24T16:00 "过去十年中国有了巨大的变化"
	assert_output "过去十年|2008-07-24/2018-07-24|range|"
	# a reference day alone (the usual news case): days, as before
	run nd 2021-06-14 "企业须在60日内完成整改。未来7天，全市将有降雨；过去的一周，气温偏高。"
	assert_output "60日内|2021-06-14/2021-08-13|range|
未来7天|2021-06-14/2021-06-21|range|
过去的一周|2021-06-07/2021-06-14|range|"
}

@test "ndate: N天半以来 is a span against a reference day too, as against a time" {
	run nd 2019-02-18 "7天半以来，当地持续降雨；一天半以来，水位持续上涨。"
	assert_output "7天半以来|2019-02-10T12:00/2019-02-18|range|
一天半以来|2019-02-16T12:00/2019-02-18|range|"
	run nd 2019-02-18T07 "7天半以来，当地持续降雨"
	assert_output "7天半以来|2019-02-10T19/2019-02-18T07|range|"
}

@test "ndate: a month-day with a Han day of two characters and no 日 or 号 is a lunar date" {
	run nd 2021-06-14T01:06:40 "八月十五，家家户户吃月饼；去年八月十五，他在外地。"
	assert_output "八月十五|2021-09-21|date|
去年八月十五|2020-10-01|date|"
	run nd 2021-06-14 "二月十五的庙会和8月十五晚上8点的晚会"
	assert_output "二月十五|2021-03-27|date|
8月十五晚上8点|2021-09-21T20|time|"
	# with 日 or 号, in Arabic digits, or a day of one character: Gregorian
	run nd 2021-06-14 "八月十五日开学，报到是8月15，放假是十月一，出游是五月一。"
	assert_output "八月十五日|2021-08-15|date|
8月15|2021-08-15|date|
十月一|2021-10-01|date|
五月一|2021-05-01|date|"
	# a range whose 日 comes at its end is Gregorian from its first day
	run nd 2021-06-14 "会议于一九九八年二月十三至十五日在京举行。"
	assert_output "一九九八年二月十三至十五日|1998-02-13/1998-02-15|range|"
}

@test "ndate: 全天 alone is the reference's day; 冬季 alone the reference year's season" {
	run nd 2021-06-14 "全天气温在30度以上，明天全天有雨；冬季，这里游客稀少。"
	assert_output "全天|2021-06-14|date|
明天全天|2021-06-15|date|
冬季|2021-WI|date|"
	# not a word that only starts so: 全天候, 全天然, 全天津, 冬季奥运会, 秋季招聘
	run nd 2021-06-14 "全天候服务，全天然原料，全天津市，冬季奥运会和秋季招聘"
	assert_output ""
}

@test "ndate: 再过 N is the point N after the reference, as N后" {
	run nd 2021-06-14T01:06:40 "再过半个小时，列车将抵达终点；再过三天，展会就要开幕。"
	assert_output "再过半个小时|2021-06-14T01:36:40|time|
再过三天|2021-06-17|date|"
	# not 过了 (told from the story)
	run nd 2021-06-14 "过了三天他才回来"
	assert_output "三天|P3D|duration|"
	# a vague 再过几个季度 is a length, without 再过
	run nd 2021-06-14 "再过几个季度，市场会好转"
	assert_output "几个季度|PXQ|duration|"
}

@test "ndate: eight digits standing alone that make a date are a compact date; codes and amounts are not" {
	run nd 2021-06-14 "发病时间：20170916，报告日期20170918至20170920。"
	assert_output "20170916|2017-09-16|date|
20170918至20170920|2017-09-18/2017-09-20|range|"
	run nd 2021-06-14 "案件编号20170916，电话：20170916，共计20170916元，订单2017091612，20171332，ab20170916。"
	assert_output ""
}

@test "ndate: 当月第三周 is the third week of the month the text is at, as 3月第三周" {
	run nd 2021-06-14 "当月第三周，新品上市"
	assert_output "当月第三周|2021-W25|date|"
	run nd 2021-06-14 "2023年3月5日，公司宣布，当月第二周起试运行"
	assert_line --index 1 "当月第二周起|2023-W11|date|AFTER"
	# a month with no fifth week keeps the month
	run nd 2021-06-14 "2月第五周"
	assert_output "2月|2021-02|date|"
}

@test "ndate: a range from the past to 今天 alone ends now, as 至今" {
	run nd 2021-06-14T01:06:40 "从上个月到今天，已有三千人报名；从明天到后天有雨"
	assert_output "从上个月到今天|2021-05/2021-06-14T01:06:40|range|
从明天到后天|2021-06-15/2021-06-16|range|"
	# against a day, the same day, as before
	run nd 2021-06-14 "从上个月到今天"
	assert_output "从上个月到今天|2021-05/2021-06-14|range|"
}
