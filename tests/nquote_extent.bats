#!/usr/bin/env bats
# nquote: where indirect and direct quotations start and end.
load helpers/common
load helpers/nquote

@test "nquote extent: after 告诉 someone, an indirect clause may open on a term in marks" {
	run news '外交部长会见来访的议员代表团。部长告诉代表团成员，「一个中国」原则是双边关系的政治基础，不容挑战。'
	assert_success
	assert_output '部长	indirect	「一个中国」原则是双边关系的政治基础，不容挑战	'
	run news '校长告诉新生们，“双减”不是减少学习，而是减去无效的负担。'
	assert_success
	assert_output '校长	indirect	“双减”不是减少学习，而是减去无效的负担	'
}
