#!/usr/bin/env bats
# ndate: dates, times and durations resolved against the document's date.

load helpers/common
load helpers/ndate

@test "ndate: the header names the contract's columns" {
	run bash -c "ndate < /dev/null"
	assert_success
	assert_output "doc	date	line	start	end	surface	value	kind	mod"
}

@test "ndate: every seed matches its reviewed golden file" {
	for f in "$SEEDS"/*.txt; do
		b=$(basename "$f" .txt)
		run bash -c "cd '$NK_TOP' && ndate 'seeds/$b.txt' | diff -u 'tests/golden/ndate/$b.tsv' -"
		assert_success
	done
}

@test "ndate: held-out news (SIGHAN test lines, annotated blind): a floor" {
	# a floor under which a change has broken news ndate was not written
	# against (blind: P 0.878 R 0.973); see tests/ndate_heldout.sh
	heldout_floor ndate_heldout.sh 0.90 0.90
}

@test "ndate: ordinal years, the new year, 过去 as a verb and N日前 are not lengths or PAST_REF" {
	run nd 2001-01-02 "新世纪的第一年，在新的一年里，第3天，时间已匆匆过去几十个年头了，也就是十三日前，日前记者获悉"
	assert_output "日前|PAST_REF|date|"
}

@test "ndate: 元月 is January after a year, but 500元月薪 is a wage" {
	run nd 2024-06-01 "民國八十四年元月成立，2024年元月，每人500元月薪"
	assert_output "民國八十四年元月|1995-01|date|
2024年元月|2024-01|date|"
}

@test "ndate: seeds resolve against their own dates (000 2024-11-16, 003 its dateline, 004 2024-07-04)" {
	run bash -c "ndate '$SEEDS/000_77fd77498bf11427.txt' | cut -f6,7"
	assert_line "11月5日	2024-11-05"
	assert_line "从去年年初至今	2023/2024-11-16"
	assert_line "10月	2024-10"
	run bash -c "ndate '$SEEDS/003_5e107498a3b3985a.txt' | cut -f6,7"
	assert_line "2023年09月14日 15:43:20	2023-09-14T15:43:20"
	assert_line "今年7月底	2023-07"
	assert_line "三四月	2023-03/2023-04"
	assert_line "今天	2023-09-14"
	run bash -c "ndate '$SEEDS/004_29c9884f1356c652.txt' | cut -f6,7"
	assert_line "去年 9 月	2023-09"
	assert_line "今年 5 月 30 日	2024-05-30"
	assert_line "5 月 30 号	2024-05-30"
	assert_line "05 年	2005"
	assert_line "21 年	2021"
	assert_line "20 年	P20Y"
	assert_line "从一几年开始	201X"
	assert_line "一年半前	2023-01"
}

@test "ndate: undated seeds fall back to their most-mentioned year, -v says so" {
	run bash -c "ndate -v '$SEEDS/002_77d0da73740dc355.txt' 2>&1 >/dev/null"
	assert_output "ndate: $SEEDS/002_77d0da73740dc355.txt: reference 2024 (most-mentioned year)"
	run bash -c "ndate -v '$SEEDS/001_e58a2ad425dc6a32.txt' 2>&1 >/dev/null"
	assert_output --partial "reference 2023 (most-mentioned year)"
	run bash -c "ndate -v '$SEEDS/000_77fd77498bf11427.txt' 2>&1 >/dev/null"
	assert_output --partial "reference 2024-11-16 (date column)"
	run bash -c "ndate -v --ref 2024-12-20 '$SEEDS/002_77d0da73740dc355.txt' 2>&1 >/dev/null"
	assert_output --partial "reference 2024-12-20 (--ref)"
	# without a guess, relative years stay unknown
	run bash -c "ndate -G '$SEEDS/002_77d0da73740dc355.txt' | cut -f6,7 | grep -m1 '^去年'"
	assert_output "去年	XXXX"
	run bash -c "ndate '$SEEDS/002_77d0da73740dc355.txt' | cut -f6,7"
	assert_line "2025 财年下半年	FY2025-H2"
	assert_line "2024 年 10 月 -2025 年 3 月	2024-10/2025-03"
	assert_line "今年前三個季度	2024-Q1/2024-Q3"
	assert_line "12 月 18 日	2024-12-18"
}

@test "ndate: a guessed year resolves as --ref with that year would, document by document" {
	# ndate reads each record once and resolves again at the document's
	# end only what needs its year: the rows must be the same
	run bash -c "diff <(ndate '$SEEDS/002_77d0da73740dc355.txt') <(ndate --ref 2024 '$SEEDS/002_77d0da73740dc355.txt')"
	assert_success
	run bash -c "diff <(ndate '$SEEDS/001_e58a2ad425dc6a32.txt') <(ndate --ref 2023 '$SEEDS/001_e58a2ad425dc6a32.txt')"
	assert_success
	# five documents in one record stream (two guessed, three dated), with
	# context: as each document on its own
	run bash -c "cd '$NK_TOP' && diff <(nnorm seeds/*.txt | ndate -C 4) <(nnorm seeds/000_77fd77498bf11427.txt | ndate -C 4; for f in seeds/00[1-4]*.txt; do nnorm \$f | ndate -H -C 4; done)"
	assert_success
	run bash -c "cd '$NK_TOP' && nnorm seeds/*.txt | ndate -C 4 | grep -c 'seeds/00[12]'"
	[ "$output" -gt 20 ]
	# the year mentioned most can change while a document is read: line 2
	# is first resolved against 2023 (the only year so far), 2024 wins
	doc='2023年全年，公司营收增长了12%。
与去年同期相比，今年一季度的出货量翻了一番。
公司计划2024年在上海开设新厂，2024年底前投产。'
	run bash -c "printf '%s\\n' '$doc' | ndate | cut -f6,7"
	assert_line "去年	2023"
	assert_line "今年一季度	2024-Q1"
	assert_line "2024年底	2024"
	run bash -c "diff <(printf '%s\\n' '$doc' | ndate) <(printf '%s\\n' '$doc' | ndate --ref 2024)"
	assert_success
}

@test "ndate: a regular file (read twice: years first) gives the bytes and messages a pipe gives" {
	# from a file ndate counts each document's years first, then resolves
	# as it reads; from a pipe it keeps rows until the document's end
	tmp=$(mktemp -d)
	cd "$NK_TOP"
	nnorm seeds/*.txt > "$tmp/five.tsv"
	printf '2023年全年，公司营收增长了12%%。\n与去年同期相比，今年一季度的出货量翻了一番。\n\xff公司计划2024年在上海开设新厂，2024年底前投产。\n' > "$tmp/bad.txt"
	for f in "$tmp/five.tsv" "$tmp/bad.txt" seeds/002_77d0da73740dc355.txt; do
		for o in "" "-v -C 4" "-f"; do
			run bash -c "diff <(ndate $o < '$f' 2>&1 >/dev/null) <(cat '$f' | ndate $o 2>&1 >/dev/null)"
			assert_success
			run bash -c "diff <(ndate $o < '$f' 2>/dev/null) <(cat '$f' | ndate $o 2>/dev/null)"
			assert_success
		done
	done
	# past 256 documents in a file the rest are read once (bounded memory)
	for i in 1 2 3 4 5 6 7 8 9 10; do nnorm -H seeds/001_e58a2ad425dc6a32.txt seeds/002_77d0da73740dc355.txt; done |
		awk -F'\t' 'BEGIN { print "doc\ttext" } { print "d" int((NR - 1) / 2) "\t" $4 }' > "$tmp/many.tsv"
	run bash -c "cut -f1 '$tmp/many.tsv' | sort -u | wc -l"
	[ "$output" -gt 300 ]
	run bash -c "diff <(ndate -v < '$tmp/many.tsv' 2>&1 >/dev/null) <(cat '$tmp/many.tsv' | ndate -v 2>&1 >/dev/null)"
	assert_success
	run bash -c "diff <(ndate < '$tmp/many.tsv') <(cat '$tmp/many.tsv' | ndate)"
	assert_success
	# the bad byte is told once, and the years are counted before
	run bash -c "ndate '$tmp/bad.txt' 2>&1 >/dev/null | grep -c 'invalid UTF-8'"
	assert_output 1
	run bash -c "ndate '$tmp/bad.txt' | cut -f6,7"
	assert_line "去年	2023"
	assert_line "今年一季度	2024-Q1"
	# two files are two documents, each with its own year, as from pipes
	mkdir "$tmp/f" "$tmp/p"
	cp seeds/001_e58a2ad425dc6a32.txt "$tmp/f/a"
	cp "$tmp/bad.txt" "$tmp/f/b"
	cp seeds/002_77d0da73740dc355.txt "$tmp/f/c"
	(cd "$tmp/f" && ndate -v a b c) > "$tmp/files" 2> "$tmp/files.err"
	(cd "$tmp/p" && mkfifo a b c && { cat ../f/a > a & cat ../f/b > b & cat ../f/c > c & ndate -v a b c; wait; }) > "$tmp/pipes" 2> "$tmp/pipes.err"
	run diff "$tmp/files" "$tmp/pipes"
	assert_success
	run diff "$tmp/files.err" "$tmp/pipes.err"
	assert_success
	run grep -c 'most-mentioned year' "$tmp/files.err"
	assert_output 3
	rm -rf "$tmp"
}

@test "ndate: full and partial dates" {
	run nd 2024-11-16 "2024年11月5日，11月5日，5 月 30 号，2024-07-04，2024/4/19，二〇二四年"
	assert_output "2024年11月5日|2024-11-05|date|
11月5日|2024-11-05|date|
5 月 30 号|2024-05-30|date|
2024-07-04|2024-07-04|date|
2024/4/19|2024-04-19|date|
二〇二四年|2024|date|"
	run nd "" "11月5日"
	assert_output "11月5日|XXXX-11-05|date|"
}

@test "ndate: two-digit years against durations" {
	run nd 2024-07-04 "广告大模型在 21 年就开始做了"
	assert_output "21 年|2021|date|"
	run nd 2024-07-04 "我 05 年加入的"
	assert_output "05 年|2005|date|"
	run nd 2024-07-04 "20 年了"
	assert_output "20 年|P20Y|duration|"
	run nd 2024-07-04 "用了 10 年时间"
	assert_output "10 年|P10Y|duration|"
}

@test "ndate: relative years, months, weeks and days" {
	run nd 2024-11-16 "去年，今年，明年底，上个月，下周五，昨天，前两天，本周"
	assert_output "去年|2023|date|
今年|2024|date|
明年底|2025|date|END
上个月|2024-10|date|
下周五|2024-11-22|date|
昨天|2024-11-15|date|
前两天|PAST_REF|date|
本周|2024-W46|date|"
	run nd 2024-01-10 "上个月"
	assert_output "上个月|2023-12|date|"
	run nd 2024-03-01 "昨天"
	assert_output "昨天|2024-02-29|date|"
	run nd 2024-11-16 "三天前"
	assert_output "三天前|2024-11-13|date|"
}

@test "ndate: parts of years and months" {
	run nd 2024-11-16 "年初，今年年中，年末，年底，月底，12月初，5月中旬，9月下旬"
	assert_output "年初|2024|date|START
今年年中|2024|date|MID
年末|2024|date|END
年底|2024|date|END
月底|2024-11|date|END
12月初|2024-12|date|START
5月中旬|2024-05|date|MID
9月下旬|2024-09|date|END"
}

@test "ndate: quarters, halves, fiscal years, weeks of the year" {
	run nd 2024-11-16 "三季度，2023年三季度，第一季度，上半年，前三个季度，Q3，2025 财年下半年，2023年第45周"
	assert_output "三季度|2024-Q3|date|
2023年三季度|2023-Q3|date|
第一季度|2024-Q1|date|
上半年|2024-H1|date|
前三个季度|2024-Q1/2024-Q3|range|
Q3|2024-Q3|date|
2025 财年下半年|FY2025-H2|date|
2023年第45周|2023-W45|date|"
}

@test "ndate: decades and centuries" {
	run nd 2024-07-04 "一几年，九几年，上世纪80年代，90年代，二十一世纪"
	assert_output "一几年|201X|date|
九几年|199X|date|
上世纪80年代|198X|date|
90年代|199X|date|
二十一世纪|20|date|"
}

@test "ndate: clock times and parts of the day" {
	run nd 2023-09-14 "15:43:20，晚8点，下午4点半，11日14點，今晚八点，凌晨3点"
	assert_output "15:43:20|2023-09-14T15:43:20|time|
晚8点|2023-09-14T20|time|
下午4点半|2023-09-14T16:30|time|
11日14點|2023-09-11T14|time|
今晚八点|2023-09-14T20|time|
凌晨3点|2023-09-14T03|time|"
	# with no reference a clock time has no day; minutes said or not
	run nd "" "晚8点，下午4点半"
	assert_output "晚8点|T20|time|
下午4点半|T16:30|time|"
	# "a bit" and "two points" are not clock times
	run nd 2023-09-14 "再早一点的例子，这两点"
	assert_output ""
}

@test "ndate: durations" {
	run nd 2024-11-16 "两年，近两个小时，一年半，半年，28小时，一个月不到，十多年，几个月"
	assert_output "两年|P2Y|duration|
近两个小时|PT2H|duration|APPROX
一年半|P18M|duration|
半年|P6M|duration|
28小时|PT28H|duration|
一个月不到|P1M|duration|LESS_THAN
十多年|P10Y|duration|MORE_THAN
几个月|PXM|duration|"
	# after a verb that ends like a word built on 一 (回归 as in 归一)
	run nd 2024-11-16 "香港回归五年，实现统一年底前"
	assert_output "五年|P5Y|duration|"
}

@test "ndate: ranges" {
	run nd 2024-11-16 "2024 年 10 月 -2025 年 3 月，1-9月，从去年3月到8月，7月4日至6日"
	assert_output "2024 年 10 月 -2025 年 3 月|2024-10/2025-03|range|
1-9月|2024-01/2024-09|range|
从去年3月到8月|2023-03/2023-08|range|
7月4日至6日|2024-07-04/2024-07-06|range|"
}

@test "ndate: ranges of clock times" {
	run nd 2024-11-16 "发布会定于明天下午两点到五点举行，施工时间为凌晨四到六点，营业时间9~12点半，晚上十一点到十二点之间禁止鸣笛"
	assert_output "明天下午两点到五点|2024-11-17T14/2024-11-17T17|range|
凌晨四到六点|2024-11-16T04/2024-11-16T06|range|
9~12点半|2024-11-16T09/2024-11-16T12:30|range|
晚上十一点到十二点之间|2024-11-16T23/2024-11-16T24|range|"
	run nd 2024-11-16 "今晚7点到7点30直播，凌晨12点停电"
	assert_output "今晚7点到7点30|2024-11-16T19/2024-11-16T19:30|range|
凌晨12点|2024-11-16T00|time|"
}

@test "ndate: vague references, and words that only look like them" {
	run nd 2024-11-16 "前不久，目前，现在，未来，近日"
	assert_output "前不久|PAST_REF|date|
目前|PRESENT_REF|date|
现在|PRESENT_REF|date|
未来|FUTURE_REF|date|
近日|PAST_REF|date|"
	run nd 2024-11-16 "首先体现在知识服务，比如今年10月，未来学家，经过去年一年"
	assert_output "今年10月|2024-10|date|
去年|2023|date|
一年|P1Y|duration|"
}

@test "ndate: holidays, lunar ones computed for the year meant" {
	run nd 2024-11-16 "春节，国庆，双十一，中秋节，端午节，除夕，清明节"
	assert_output "春节|2024-02-10|date|
国庆|2024-10-01|date|
双十一|2024-11-11|date|
中秋节|2024-09-17|date|
端午节|2024-06-10|date|
除夕|2024-02-09|date|
清明节|2024-04-04|date|"
	run nd 2024-11-16 "明年春节，2017年端午节，去年中秋"
	assert_output "明年春节|2025-01-29|date|
2017年端午节|2017-05-30|date|
去年中秋|2023-09-29|date|"
	run nd 2024-11-16 "“618”大促，售价618元"
	assert_output "618|2024-06-18|date|"
	# a time of that day; a range of holidays in the start's year
	run nd 2024-11-16 "除夕晚上8点，大前年七夕节半夜11点，去年春节到元宵节，国庆节到元旦"
	assert_output "除夕晚上8点|2024-02-09T20|time|
大前年七夕节半夜11点|2021-08-14T23|time|
去年春节到元宵节|2023-01-22/2023-02-05|range|
国庆节到元旦|2024-10-01/2025-01-01|range|"
}

@test "ndate: lunar holidays of years that share a slot of the month memo (2008, 2024)" {
	run nd 2024-11-16 "2008年春节前后南方遭遇雪灾，2024年春节假期出行人次创新高，2008年中秋节当天，1992年除夕夜，农历2024年八月十五"
	assert_output "2008年春节前后|2008-02-07|date|APPROX
2024年春节|2024-02-10|date|
2008年中秋节|2008-09-14|date|
当天|2008-09-14|date|
1992年除夕|1992-02-03|date|
农历2024年八月十五|2024-09-17|date|"
}

@test "ndate: dates of the Chinese calendar are converted" {
	run nd 2024-11-16 "正月初一，去年五月初五，腊月二十三，农历2015年十月初一"
	assert_output "正月初一|2024-02-10|date|
去年五月初五|2023-06-22|date|
腊月二十三|2025-01-22|date|
农历2015年十月初一|2015-11-12|date|"
	run nd 2024-11-16 "大年三十晚上，大年初十，雍正四年正月初一"
	assert_output "大年三十晚上|2024-02-09TEV|date|
大年初十|2024-02-19|date|
雍正四年正月初一|1726-02-02|date|"
	# a whole lunar month: 29 or 30 days
	run nd 2021-06-14 "阴历二〇二一年六月，正月"
	assert_output "阴历二〇二一年六月|2021-07-10/2021-08-07|range|
正月|2021-02-12/2021-03-12|range|"
}

@test "ndate: Arabic digits alone, ASCII or full-width, with leading zeros (read without nk_cnum_parse)" {
	run nd 2024-11-16 "２０２４年０５月０３日晚，从05年起连续5年，０８年奥运会，编号12345年度报告，２３点０５分"
	assert_output "２０２４年０５月０３日晚|2024-05-03TEV|date|
从05年起|2005|date|AFTER
5年|P5Y|duration|
０８年|2008|date|
２３点０５分|2024-11-16T23:05|time|"
}

@test "ndate: a call site that passes one of two word lists reads each (今明两年, 今明后三天)" {
	# alt() remembers per call site the last list it was given
	run nd 2024-11-16 "今明两年是关键期，今明后三天有雨，明后两天降温，今明三年不是说法"
	assert_output "今明两年|2024/2025|range|
今明后三天|2024-11-16/2024-11-18|range|
明后两天|2024-11-17/2024-11-18|range|
三年|P3Y|duration|"
}

@test "ndate: values and mods written without snprintf (lengths, vague and decimal, mods)" {
	run nd 2024-11-16 "机组已安全运行8760小时，抢修持续了数小时，前后约3.25天，旅客等候超过120分钟，航线在2025年以后恢复"
	assert_output "8760小时|PT8760H|duration|
数小时|PTXH|duration|
约3.25天|P3.25D|duration|APPROX
超过120分钟|PT120M|duration|MORE_THAN
2025年以后|2025|date|AFTER"
}

@test "ndate: compound durations, and durations before the reference" {
	run nd 2018-08-30T14:13:33 "还剩8天20小时，一年又一个月21天，5天前，2分钟前"
	assert_output "8天20小时|P8DT20H|duration|
一年又一个月21天|P1Y1M21D|duration|
5天前|2018-08-25|date|
2分钟前|2018-08-30T14:11:33|time|"
	run nd 2019-02-18T07:00 "半小时前，一个半小时前"
	assert_output "半小时前|2019-02-18T06:30:00|time|
一个半小时前|2019-02-18T05:30:00|time|"
}

@test "ndate: ranges joined by 和 need 之间; open ranges take a mod" {
	run nd 2019-06-14 "2015年和2018年之间，三月和九月，8月至2月，2019年8月6日或之后，2018年以前"
	assert_output "2015年和2018年之间|2015/2018|range|
三月|2019-03|date|
九月|2019-09|date|
8月至2月|2019-08/2020-02|range|
2019年8月6日或之后|2019-08-06|date|ON_OR_AFTER
2018年以前|2018|date|BEFORE"
}

@test "ndate: 自, 从…开始, 截至 and 大约 belong to the expression and set its mod" {
	run nd 2024-11-16 "自2018年以来营收翻番，从2016年3月1日开始实施，截至2023年7月已有130个模型，大约晚上十点收盘，数据来自2023年报告"
	assert_output "自2018年以来|2018|date|AFTER
从2016年3月1日开始|2016-03-01|date|AFTER
截至2023年7月|2023-07|date|ON_OR_BEFORE
大约晚上十点|2024-11-16T22|time|APPROX
2023年|2023|date|"
	run nd 2024-11-16 "自从2018年，他在 12：00 之前到达，大约两年"
	assert_output "自从2018年|2018|date|AFTER
12：00 之前|2024-11-16T12:00|time|BEFORE
大约两年|P2Y|duration|APPROX"
}

@test "ndate: reign eras and the Republic, from the lexicon" {
	run nd 2024-11-16 "康熙二十年9月，民国三年，雍正二十三年十二月，民國38年，光绪年间"
	assert_output "康熙二十年9月|1681-09|date|
民国三年|1914|date|
雍正二十三年十二月|1745-12|date|
民國38年|1949|date|"
}

@test "ndate: halves of years and months; 早/晚 after a date; a.m./p.m.; 零点" {
	run nd 2019-09-03 "今年后半年，2018年前半年，上半月，下半月，上个半年"
	assert_output "今年后半年|2019-H2|date|
2018年前半年|2018-H1|date|
上半月|2019-09-01/2019-09-15|range|
下半月|2019-09-16/2019-09-30|range|
上个半年|2019-H1|date|"
	run nd 2019-09-03 "台风将于七月五号晚过境，八月七号早的航班，5日早些时候"
	assert_output "七月五号晚|2019-07-05TEV|date|
八月七号早|2019-08-07TMO|date|
5日|2019-09-05|date|"
	run nd 2019-09-03 "发布会于2:00pm举行，8:00 a.m.集合，今天零点起，零点五个百分点"
	assert_output "2:00pm|2019-09-03T14:00|time|
8:00 a.m.|2019-09-03T08:00|time|
今天零点起|2019-09-03T00|time|AFTER"
}

@test "ndate: 过去/最近/未来 N units is a span ending or starting at the reference; so is N 年后 at a clause start" {
	run nd 2024-07-04 "过去一年大模型创业浪潮，最近两年很流行，未来的50年里，过去十多年，一年后国内的模型能力将拉齐"
	assert_output "过去一年|2023-07-04/2024-07-04|range|
最近两年|2022-07-04/2024-07-04|range|
未来的50年|2024-07-04/2074-07-04|range|
过去十多年|P10Y|duration|MORE_THAN
一年后|2025|date|"
	run nd 2016-11-07T16:12 "在未来的3小时，最近10分钟"
	assert_output "未来的3小时|2016-11-07T16:12/2016-11-07T19:12|range|
最近10分钟|2016-11-07T16:02/2016-11-07T16:12|range|"
	# with no day to count from, a length
	run nd 2024 "过去一年"
	assert_output "过去一年|P1Y|duration|"
}

@test "ndate: the first or last N days, weeks or months of a year or month" {
	run nd 2021-06-14 "他们在去年的前10天访问了巴黎，上月最后五天，2021年的前2周客房已满，今年的最後 3 週，2021 年的最後 4 个月，1967年前两月"
	assert_output "去年的前10天|2020-01-01/2020-01-10|range|
上月最后五天|2021-05-27/2021-05-31|range|
2021年的前2周|2021-01-04/2021-01-17|range|
今年的最後 3 週|2021-12-06/2021-12-26|range|
2021 年的最後 4 个月|2021-09/2021-12|range|
1967年前两月|1967-01/1967-02|range|"
}

@test "ndate: seasons, decades of a century, dates written with spaces, early years" {
	run nd 2017-03-22 "今年夏天用电高峰，2021年春季，2021年春节，十九世纪七十年代，2010 01 29五点，1789-01-29"
	assert_output "今年夏天|2017-SU|date|
2021年春季|2021-SP|date|
2021年春节|2021-02-12|date|
十九世纪七十年代|187X|date|
2010 01 29五点|2010-01-29T05|time|
1789-01-29|1789-01-29|date|"
	# no such day in any year: the year stays unknown
	run nd 2017-03-22 "2月30日"
	assert_output "2月30日|XXXX-02-30|date|"
}

@test "ndate: lengths: N 时 after a length, quarters of an hour; 马上 is not 上一年" {
	run nd 2017-03-22 "还剩8天20时，等了一刻钟，三年半过去了，马上一年半又要过去了"
	assert_output "8天20时|P8DT20H|duration|
一刻钟|PT15M|duration|
三年半|P42M|duration|
一年半|P18M|duration|"
}

@test "ndate: the N-th or last weekday of a month; 上一个周三" {
	run nd 2021-06-14 "5月的第二个星期日是母亲节，2024年11月的第四个星期四，我从四月的最后一个星期一到十月一日不在，上一个周三，6月第5个星期一"
	assert_output "5月的第二个星期日|2021-05-09|date|
母亲节|2021-05-09|date|
2024年11月的第四个星期四|2024-11-28|date|
从四月的最后一个星期一到十月一日|2021-04-26/2021-10-01|range|
上一个周三|2021-06-09|date|
6月|2021-06|date|"
}

@test "ndate: a day listed right after a date takes that date's month" {
	run nd 2021-06-14 "会议于去年9月10日、11日在京举行，9月3日至5日、8日，9月10日发布。11日"
	assert_output "去年9月10日|2020-09-10|date|
11日|2020-09-11|date|
9月3日至5日|2021-09-03/2021-09-05|range|
8日|2021-09-08|date|
9月10日|2021-09-10|date|
11日|2021-06-11|date|"
}

@test "ndate: sets of every so long; solar terms; day of the year; 自X起至Y止" {
	run nd 2021-06-14 "每隔3天巡查一次，每半年，每两周，每周三，今年芒种，立秋，大雪纷飞"
	assert_output "每隔3天|P3D|set|
每半年|P6M|set|
每两周|P2W|set|
每周三|XXXX-WXX-3|set|
今年芒种|2021-06-05|date|
立秋|2021-08-07|date|"
	run nd 2021-06-14 "2025年第一天早上8点半，公示期自2020-05-26起至2020-05-29止，1月3至2月10，历时36天5小时30分"
	assert_output "2025年第一天早上8点半|2025-01-01T08:30|time|
自2020-05-26起至2020-05-29止|2020-05-26/2020-05-29|range|
1月3至2月10|2021-01-03/2021-02-10|range|
36天5小时30分|P36DT5H30M|duration|"
	# an end said to be excluded stays apart
	run nd 2021-06-14 "自2014年6月14日起到2014年9月14日之前"
	assert_output "自2014年6月14日起|2014-06-14|date|AFTER
2014年9月14日之前|2014-09-14|date|BEFORE"
}

@test "ndate: 上/下 N units, 去年本月, 从2016到2018, X之后Y之前, 今天大约十点, 在789年" {
	run nd 2017-03-22 "上两个月销量下滑，下两个星期有雨，去年本月十日，时间从2016到2018，2010年之后2018年之前的销量"
	assert_output "上两个月|2017-01-22/2017-03-22|range|
下两个星期|2017-03-22/2017-04-05|range|
去年本月十日|2016-03-10|date|
从2016到2018|2016/2018|range|
2010年之后2018年之前|2010/2018|range|"
	run nd 2017-03-22 "今天大约十点以后，今天大约十点，在789年，在100年内，马上3天"
	assert_output "今天大约十点以后|2017-03-22T10|time|AFTER
今天大约十点|2017-03-22T10|time|APPROX
789年|0789|date|
100年|P100Y|duration|
3天|P3D|duration|"
	# 从…来看 is no range
	run nd 2024 "從今年前三個季度的業績來看"
	assert_output "今年前三個季度|2024-Q1/2024-Q3|range|"
}

@test "ndate: a feed's timestamp MM-DD HH:MM keeps its date" {
	run nd 2021-06-14 "发布于 09-01 20:01，活动时间 09-01 20:01 至 12-01 18:07，比分 3-1 10:00"
	assert_output "09-01 20:01|2021-09-01T20:01|time|
09-01 20:01 至 12-01 18:07|2021-09-01T20:01/2021-12-01T18:07|range|
10:00|2021-06-14T10:00|time|"
}

@test "ndate: positions are code points into the text" {
	run bash -c "printf 'id\ttext\n1\t在2024年11月5日，腾讯\n' | ndate --ref 2024-11-16 | cut -f2-"
	assert_output "start	end	surface	value	kind	mod
1	11	2024年11月5日	2024-11-05	date	"
}

@test "ndate: record input: a date column is the reference, keys pass through" {
	run bash -c "printf 'id\tdate\ttext\n7\t2013-02-12T04:30:00\t今晚八点和昨天\n8\t\t去年\n' | ndate -G | cut -f1,2,5,6"
	assert_output "id	date	surface	value
7	2013-02-12T04:30:00	今晚八点	2013-02-12T20
7	2013-02-12T04:30:00	昨天	2013-02-11
8		去年	XXXX"
}

@test "ndate: --lexicon adds holidays and vague words" {
	lex="$BATS_TEST_TMPDIR/lex.yaml"
	printf 'holidays:\n  校庆日: 05-20\nrefs:\n  往后: FUTURE_REF\n' > "$lex"
	run bash -c "printf '校庆日，往后\n' | ndate -H --ref 2024-11-16 --lexicon '$lex' | cut -f6,7"
	assert_output "校庆日	2024-05-20
往后	FUTURE_REF"
}

@test "ndate: a bad reference is a usage error" {
	run ndate --ref 2024-02-30 /dev/null
	assert_failure 2
	assert_output --partial "invalid reference date"
}

@test "ndate: -C adds a context column" {
	run bash -c "printf '然而，从去年年初至今，在文本\n' | ndate -C 2 --ref 2024-11-16 | cut -f6,10"
	assert_line --index 0 "surface	context"
	assert_line --index 1 "从去年年初至今	而，从去年年初至今，在"
}

@test "ndate: -C context: TAB and CR inside a raw line become spaces, each field stays one column" {
	run bash -c "printf '2024年5月3日\t上午，\t\t记者在北京\r获悉，2024年\t5月\n' | ndate -H -C 4 --ref 2024-11-16 | awk -F'\t' '{ print NF \"|\" \$10 }'"
	assert_output "10|2024年5月3日 上午，
10|月3日 上午，  记
10| 获悉，2024年 5月
10|24年 5月"
}

@test "ndate: every working day or weekend, with its clock time, is one set" {
	run nd 2021-06-14 "窗口每个工作日的下午三点开放，基金净值每个交易日公布，每个周末上午十点有导览，每天下午三点闭馆"
	assert_output "每个工作日的下午三点|XXXX-WXX-WDT15|set|
每个交易日|XXXX-WXX-WD|set|
每个周末上午十点|XXXX-WXX-WET10|set|
每天下午三点|T15|set|"
}

@test "ndate: a résumé's year.month-N is a day when N passes 12, else the months of that year" {
	run nd 2021-06-14 "1994.01-19入伍，2018.01-12任副县长，1999.08-2002.02在县委工作，2018.02-30，编号2018.01-12号"
	assert_output "1994.01-19|1994-01-19|date|
2018.01-12|2018-01/2018-12|range|
1999.08-2002.02|1999-08/2002-02|range|"
}

@test "ndate: a clock time after 每晚 is in the evening; 的 may stand between a set and its time" {
	run nd 2021-06-14 "商场每晚8点闭店，夜市每晚12点收摊，每周一的9点例会，每天的下午三点巡查"
	assert_output "每晚8点|T20|set|
每晚12点|T24|set|
每周一的9点|XXXX-WXX-1T09|set|
每天的下午三点|T15|set|"
}
