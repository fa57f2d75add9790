#!/usr/bin/env bats
# ndate on news-like sentences: two-digit Han years, neighbouring years
# named together, lengths with decimals or 俩, the lunar calendar's leap
# months, clock ranges into the next day, ranges to now, compact dates.

load helpers/common
load helpers/ndate

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

@test "ndate: leap months of the Chinese calendar (闰四月)" {
	run nd 2020 "今年农历闰四月，闰四月初八是浴佛节"
	assert_line "今年农历闰四月|2020-05-23/2020-06-20|range|"
	assert_line "闰四月初八|2020-05-30|date|"
	run nd 2023 "2023年闰二月十五"
	assert_output "2023年闰二月十五|2023-04-05|date|"
}

@test "ndate: a clock range into the next day (次日)" {
	run nd 2024-11-16 "施工时间为11月5日22:00至次日6:00"
	assert_output "11月5日22:00至次日6:00|2024-11-05T22:00/2024-11-06T06:00|range|"
	run nd 2024-11-16 "营业时间为晚上10点至次日凌晨2点"
	assert_output "晚上10点至次日凌晨2点|2024-11-16T22/2024-11-17T02|range|"
}

@test "ndate: ranges to now end at the reference, as precise as it is" {
	run nd 2021-06-14T01:06:40 "从2001年起至今，该厂已更换三任厂长"
	assert_output "从2001年起至今|2001/2021-06-14T01:06:40|range|"
	run nd 2021-06-14 "从2001年起至今"
	assert_output "从2001年起至今|2001/2021-06-14|range|"
	run nd 2020 "他1985到89年9月在北京工作"
	assert_output "1985到89年9月|1985/1989-09|range|"
}

@test "ndate: compact dates of feeds and résumés" {
	run nd 2021-06-14 "发布时间：2018-12-1209:03"
	assert_output "2018-12-1209:03|2018-12-12T09:03|time|"
	run nd 2021-06-14 "更新于2021-09-12-11：23"
	assert_output "2021-09-12-11：23|2021-09-12T11:23|time|"
	run nd 2021-06-14 "1999.08-2002.02 就读于北京大学；2008.03-2009 任记者；2019.03-至今 任主编"
	assert_line "1999.08-2002.02|1999-08/2002-02|range|"
	assert_line "2008.03-2009|2008-03/2009|range|"
	assert_line "2019.03-至今|2019-03/2021-06-14|range|"
	run nd 2021-06-14 "截止日期 09-01"
	assert_output "09-01|2021-09-01|date|"
	# a lone 1999.08 may be a number; scores and ranges are not zero-padded
	run nd 2021-06-14 "指数收于1999.08点，比分3-1"
	assert_output ""
	run nd 2020 "三六七年一月一日"
	assert_output "三六七年一月一日|0367-01-01|date|"
}

@test "ndate: 近N年 is the last N years; a length after a verb of lasting, or in hours" {
	run nd 2017-03-22 "近三年销量最高的品牌，近10年来频频断流，近一周来股价下跌"
	assert_line "近三年|2014-03-22/2017-03-22|range|"
	assert_line "近10年来|2007-03-22/2017-03-22|range|"
	assert_line "近一周来|2017-03-15/2017-03-22|range|"
	run nd 2017-03-22 "该党执政近20年后下台"
	assert_output "近20年|P20Y|duration|APPROX"
	run nd 2017-03-22 "会议持续了近两个小时"
	assert_output "近两个小时|PT2H|duration|APPROX"
	run nd 2017-03-22 "计划在近两年内完成"
	assert_output "近两年|P2Y|duration|APPROX"
}

@test "ndate: an ordinal (第三天, 第3周) is no length" {
	run nd 2021-06-14 "比赛第三天，他在第3周的训练中受伤"
	assert_output ""
	run nd 2021-06-14 "2025年第一天"
	assert_output "2025年第一天|2025-01-01|date|"
	# a school grade is no length either
	run nd 2021-06-14 "她今年读两年级"
	assert_output "今年|2021|date|"
}

@test "ndate: 一分半钟 is a length of a minute and a half; a score 九十三分半 is not" {
	run nd 2019-02-18T07:18:40 "一分半钟前，列车驶出车站；全程三分半钟"
	assert_line "一分半钟前|2019-02-18T07:17:10|time|"
	assert_line "三分半钟|PT3.5M|duration|"
	run nd 2019-02-18T07:18:40 "他得了九十三分半"
	assert_output ""
}

@test "ndate: N后, N内, N以来 with nothing event-like before them count from the reference" {
	# a modal or time adverb, or a clause start: a date, a time or a span
	run nd 2021-06-14T09:30 "新规将于30天后正式实施，企业须在60日内完成整改。"
	assert_output "30天后|2021-07-14|date|
60日内|2021-06-14T09:30/2021-08-13|range|"
	run nd 2021-06-14T09:30 "记者获悉，约半小时后，列车恢复运行。"
	assert_output "约半小时后|2021-06-14T10:00:00|time|APPROX"
	run nd 2021-06-14T09:30 "7天半以来，当地持续降雨。公司计划3年内上市。"
	assert_line "7天半以来|2021-06-06T21:30/2021-06-14T09:30|range|"
	assert_line "3年内|2021-06-14/2024-06-14|range|"
	run nd 2019-02-18T07:18:40 "救援人员预计十三分半以内抵达"
	assert_output "十三分半以内|2019-02-18T07:18:40/2019-02-18T07:32:10|range|"
}

@test "ndate: N后 and N内 after an event, in a title or quotation, or in a told story stay lengths" {
	run nd 2021-06-14 "他上任14个月之后辞职，出生两年后随父母移居。"
	assert_output "14个月|P14M|duration|
两年|P2Y|duration|"
	run nd 2021-06-14 "事发后24小时内，救援队赶到。"
	assert_output "24小时|PT24H|duration|"
	run nd 2021-06-14 "2019年他加入公司，两年后升任总经理。"
	assert_line "两年|P2Y|duration|"
	run nd 2021-06-14 "一年半前我们判断，一年后国内的几家大厂在大模型能力都差不多。"
	assert_line "一年|P1Y|duration|"
	run nd 2021-06-14 "「一年后国内的模型能力将拉齐」的预判在今天被验证。在《5000天后的世界》中"
	assert_output "一年|P1Y|duration|
今天|2021-06-14|date|
5000天|P5000D|duration|"
	# a completed event (了) is the story's
	run nd 2021-06-14 "20天后他离开了公司，他在3年内完成了学业，过了三天后他才回来"
	assert_output "20天|P20D|duration|
3年|P3Y|duration|
三天|P3D|duration|"
}

@test "ndate: 当天, 次日, 同年, 次年 refer to the date the text told last, else to the reference" {
	run nd 2024-11-16 "2023年3月5日，当地发生地震，当天有100人受伤，次日余震不断。"
	assert_output "2023年3月5日|2023-03-05|date|
当天|2023-03-05|date|
次日|2023-03-06|date|"
	run nd 2024-11-16 "2019年他考入北大，次年转学，同年8月回国。"
	assert_output "2019年|2019|date|
次年|2020|date|
同年8月|2020-08|date|"
	run nd 2024-11-16 "今年5月当月销量增长两成。5月30日，新品发布，当晚8点开售。"
	assert_output "今年5月|2024-05|date|
当月|2024-05|date|
5月30日|2024-05-30|date|
当晚8点|2024-05-30T20|time|"
	# nothing told before: the reference
	run nd 2024-11-16 "当天下午3点，这一年的最后一场雪"
	assert_output "当天下午3点|2024-11-16T15|time|
这一年|2024|date|"
	# alone, 第二天 is an ordinal and 当年 "back then"; after 的, the day of an event
	run nd 2024-11-16 "比赛第二天，想当年，加息决定宣布的当天，当日达服务"
	assert_output ""
}

@test "ndate: events named by month and day with a middle dot (7·21, 9·11, 3·15)" {
	run nd 2024-11-16 "北京7·21特大暴雨造成重大损失，9·11事件后，3·15晚会曝光了多家企业。"
	assert_output "7·21|2024-07-21|date|
9·11|2024-09-11|date|
3·15|2024-03-15|date|"
	# not a list of numbers, a version or a decimal, nor a day a month has not
	run nd 2024-11-16 "按1·2·3的顺序，版本3.12，2·30"
	assert_output ""
}

@test "ndate: working and trading days are P5WD, and N个工作日内 counts Monday to Friday" {
	run nd 2021-06-14 "申请人需等待五个工作日，15个交易日后复牌"
	assert_output "五个工作日|P5WD|duration|
15个交易日后|2021-07-05|date|"
	run nd 2021-06-14 "监管部门将在15个工作日内作出决定"
	assert_output "15个工作日内|2021-06-14/2021-07-05|range|"
}

@test "ndate: lengths with 万, 亿 or thousands groups; 农历 before a holiday; 元月 alone" {
	run nd 2024-11-16 "累计志愿服务时长超过2000万小时，约合35,000个钟头，两亿年前的化石"
	assert_output "超过2000万小时|PT20000000H|duration|MORE_THAN
35,000个钟头|PT35000H|duration|
两亿年|P200000000Y|duration|"
	# amounts stay amounts
	run nd 2024-11-16 "投资2000万元，售价3,000元"
	assert_output ""
	run nd 2024-11-16 "农历元宵，家家户户吃元宵"
	assert_output "农历元宵|2024-02-24|date|"
	run nd 2024-11-16 "他于元月5日抵京，领500元月薪"
	assert_output "元月5日|2024-01-05|date|"
	run nd 2021-06-14 "这是一个十一点的事，三点的建议"
	assert_output "十一点|2021-06-14T11|time|"
}

@test "ndate: a year counted with 十 and followed by a month is of the Republic (Taiwan news)" {
	run nd 2000-06-01 "八十四年元月起實施，九十八年三月十日公布"
	assert_output "八十四年元月起|1995-01|date|AFTER
九十八年三月十日|2009-03-10|date|"
	# a length stays a length, even before a month
	run nd 2000-06-01 "他工作了五十八年，近五十年一月份的平均气温"
	assert_output "五十八年|P58Y|duration|
近五十年|1950-06-01/2000-06-01|range|
一月份|2000-01|date|"
}
