#!/usr/bin/env bats
# nquote: transcripts and question/answer turns (records of a legislature,
# forums, press conferences, numbered questions, labels on a line alone).
load helpers/common
load helpers/nquote

@test "nquote turns2: a legislature's record, 陈志强议员：… and the chair's 主席梁文辉议员：…, the office answering" {
	run news '陈志强议员：主席，政府上月公布的房屋政策，市民普遍欢迎，但我想问局长，过渡性房屋何时可以落成？' \
		'立法会主席梁文辉议员：房屋局局长。' \
		'房屋局局长：多谢陈议员。第一批过渡性房屋将于明年年中落成，我们会尽快公布选址。' \
		'立法会主席梁文辉议员：陈志强议员。' \
		'陈志强议员：局长可否承诺，在选址上会先咨询区议会的意见？'
	assert_success
	assert_line "$(printf '陈志强\tinterview\t主席，政府上月公布的房屋政策，市民普遍欢迎，但我想问局长，过渡性房屋何时可以落成？\t议员')"
	assert_line "$(printf '房屋局局长\tinterview\t多谢陈议员。第一批过渡性房屋将于明年年中落成，我们会尽快公布选址。\t')"
	assert_line "$(printf '梁文辉\tinterview\t陈志强议员。\t立法会主席')"
	assert_line "$(printf '陈志强\tinterview\t局长可否承诺，在选址上会先咨询区议会的意见？\t议员')"
}
