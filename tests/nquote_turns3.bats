#!/usr/bin/env bats
# nquote: transcripts and press conferences, third round (a label in
# brackets before a colon, a coach's labelled answers, labels alone on
# their lines).
load helpers/common
load helpers/nquote

@test "nquote turns3: 【名字】：… a briefing's bracketed label and its colon, the colon not in the turn" {
	run news '国家发展改革委今天举行例行新闻发布会。' \
		'【孟玮】：各位媒体朋友，大家上午好，欢迎出席今天的发布会。今天我们的发布会有两项内容，我先介绍一下。' \
		'【经济日报记者】：近期多地出台促消费政策，请问下一步还有哪些举措？' \
		'【孟玮】：我们将会同有关部门，进一步完善促消费政策，推动消费持续恢复。'
	assert_success
	assert_line "$(printf '孟玮\tinterview\t各位媒体朋友，大家上午好，欢迎出席今天的发布会。今天我们的发布会有两项内容，我先介绍一下。\t')"
	assert_line "$(printf '孟玮\tinterview\t我们将会同有关部门，进一步完善促消费政策，推动消费持续恢复。\t')"
}
