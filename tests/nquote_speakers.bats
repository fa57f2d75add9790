#!/usr/bin/env bats
# nquote: who the speaker is in prose: a time, a document or a description
# around the name, a source named by its outlet, two speakers in a sentence.
load helpers/common

# rows as "speaker|cue|kind|quote|desc" for one document, its lines the arguments
rows() {
	printf '%s\n' "$@" | nnorm | nquote -H | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 "|" $10 }'
}

@test "nquote speakers: a month after the name is a date, not part of it (顾立雄三月曾在…时说)" {
	run rows '交通部长林志明三月曾在视察高铁工地时说，全线工程可望提前完工。'
	assert_success
	assert_output '林志明|说|indirect|全线工程可望提前完工|交通部长'
	run rows '市长王刚十二月在市政会议上表示，明年将新建五所小学。'
	assert_success
	assert_output '王刚|表示|indirect|明年将新建五所小学|市长'
}
