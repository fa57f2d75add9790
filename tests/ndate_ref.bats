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
