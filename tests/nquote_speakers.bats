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

@test "nquote speakers: 提示 reports advice and ends the clause before it; 核心提示： is a label" {
	run rows '“流感高发季已经到来。”市疾控中心专家陈红说，今年的流行株以甲型为主，儿童和老人是重点人群。她提示，出现高热症状应尽早就医，不要自行服用抗生素。'
	assert_success
	assert_line -n 1 '陈红|说|indirect|今年的流行株以甲型为主，儿童和老人是重点人群|市疾控中心专家'
	assert_line -n 2 '陈红|提示|indirect|出现高热症状应尽早就医，不要自行服用抗生素|市疾控中心专家'
	run rows '核心提示：一名警方发言人9日透露，两名嫌疑人已在边境被捕。'
	assert_success
	assert_output '警方发言人|透露|indirect|两名嫌疑人已在边境被捕|'
}
