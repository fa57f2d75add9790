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

@test "nquote turns3: a coach's press conference, a foreign name introduced by title labelling first-person answers" {
	run news '昨晚中超第20轮，浙江队客场1-2不敌对手。赛后，浙江队主帅长谷部茂利出席了新闻发布会。' \
		'谈比赛' \
		'长谷部茂利：首先祝贺对手拿到胜利。我们上半场踢得不好，丢球太快，下半场球员们努力追分，但是时间不够了。' \
		'我们接下来还有两场比赛，我们会好好准备，争取拿到好的结果。' \
		'谈伤病' \
		'长谷部茂利：有几名球员带伤出场，我很感谢他们的付出，希望他们尽快恢复。'
	assert_success
	assert_line --partial "$(printf '长谷部茂利\tinterview\t首先祝贺对手拿到胜利。我们上半场踢得不好，丢球太快，下半场球员们努力追分，但是时间不够了。\t')"
	assert_line --partial "$(printf '长谷部茂利\tinterview\t我们接下来还有两场比赛，我们会好好准备，争取拿到好的结果。\t')"
	assert_line --partial "$(printf '长谷部茂利\tinterview\t有几名球员带伤出场，我很感谢他们的付出，希望他们尽快恢复。\t')"
}

@test "nquote turns3: a speaker's label alone on its line, the answer in the paragraphs under it" {
	run news '人民日报记者：' \
		'谢谢主持人。想请问潘行长，下一步货币政策会如何发力？' \
		'潘功胜：' \
		'谢谢你的提问。下一步我们将继续实施稳健的货币政策，保持流动性合理充裕。' \
		'同时，我们也会密切关注国际金融市场的变化，防范外部风险的冲击。' \
		'邹澜：' \
		'我补充一点。今年以来，金融机构贷款利率持续下降，企业融资成本明显降低。'
	assert_success
	assert_line "$(printf '人民日报记者\tinterview\t谢谢主持人。想请问潘行长，下一步货币政策会如何发力？\t')"
	assert_line "$(printf '潘功胜\tinterview\t谢谢你的提问。下一步我们将继续实施稳健的货币政策，保持流动性合理充裕。\t')"
	assert_line "$(printf '潘功胜\tinterview\t同时，我们也会密切关注国际金融市场的变化，防范外部风险的冲击。\t')"
	assert_line "$(printf '邹澜\tinterview\t我补充一点。今年以来，金融机构贷款利率持续下降，企业融资成本明显降低。\t')"
	refute_line --partial "$(printf '潘功胜\tinterview\t\t')"
}

@test "nquote turns3: Q：/A： under a press conference the one person attended, A is that person" {
	run news '女排世锦赛小组赛，中国队3-1战胜日本队。赛后，中国女排主教练蔡斌出席了新闻发布会。' \
		'Q：今天比赛的第二局球队一度落后，您在暂停时和队员们说了什么？' \
		'A：我提醒她们不要着急，把自己的发球和拦网做好，一分一分去拼。' \
		'队员们执行得很好，后面的比赛我们还会继续调整。' \
		'Q：下一场对手是巴西队，您怎么看？' \
		'A：巴西队实力很强，我们会认真研究对手，全力以赴。'
	assert_success
	assert_line --partial "$(printf '蔡斌\tinterview\t我提醒她们不要着急，把自己的发球和拦网做好，一分一分去拼。\t')"
	assert_line --partial "$(printf '蔡斌\tinterview\t队员们执行得很好，后面的比赛我们还会继续调整。\t')"
	assert_line --partial "$(printf '蔡斌\tinterview\t巴西队实力很强，我们会认真研究对手，全力以赴。\t')"
	assert_line --partial "$(printf 'Q\tinterview\t下一场对手是巴西队，您怎么看？\t')"
}

@test "nquote turns3: A： stays A when two people attended the press conference" {
	run news '赛后，主教练蔡斌携队长袁心玥出席了新闻发布会。' \
		'Q：今天比赛的第二局球队一度落后，您在暂停时和队员们说了什么？' \
		'A：我提醒她们不要着急，把自己的发球和拦网做好，一分一分去拼。' \
		'Q：下一场对手是巴西队，您怎么看？' \
		'A：巴西队实力很强，我们会认真研究对手，全力以赴。'
	assert_success
	assert_line --partial "$(printf 'A\tinterview\t巴西队实力很强，我们会认真研究对手，全力以赴。\t')"
	refute_line --partial "$(printf '蔡斌\tinterview')"
}

@test "nquote turns3: the outlet the lead says gave the interview (接受X专访) labels the questions" {
	run news '竞选连任的市长候选人林佳龙日前接受美国之音专访，谈及城市发展与交通建设。' \
		'美国之音：您提出要在四年内完成捷运建设，经费从哪里来？' \
		'林佳龙：我们会争取中央补助，同时引进民间投资，财源是没有问题的。' \
		'美国之音：那对于反对者的质疑呢？' \
		'林佳龙：我们欢迎大家监督，所有的预算都会公开透明。'
	assert_success
	assert_line --partial "$(printf '美国之音\tinterview\t您提出要在四年内完成捷运建设，经费从哪里来？\t')"
	assert_line --partial "$(printf '美国之音\tinterview\t那对于反对者的质疑呢？\t')"
	assert_line --partial "$(printf '林佳龙\tinterview\t我们欢迎大家监督，所有的预算都会公开透明。\t')"
}

@test "nquote turns3: a heading that the person answers the press, then first-person paragraphs: that person's indirect rows" {
	run news '本轮中甲，广州队主场1-0战胜对手。赛后，广州队主教练李健希出席新闻发布会。' \
		'李健希回答记者提问' \
		'这场比赛我们踢得很艰苦，我要感谢队员们的坚持，大家一直拼到了最后。' \
		'下一轮我们还是客场，我会和教练组一起认真总结，争取带回好的结果。'
	assert_success
	assert_line "$(printf '李健希\tindirect\t这场比赛我们踢得很艰苦，我要感谢队员们的坚持，大家一直拼到了最后\t主教练')"
	assert_line "$(printf '李健希\tindirect\t下一轮我们还是客场，我会和教练组一起认真总结，争取带回好的结果\t主教练')"
}

@test "nquote turns3: a dateline closing a briefing's record is not more of the last answer" {
	run news '问：有报道称，双方将于下周举行新一轮磋商，你能否证实？' \
		'答：关于你提到的具体情况，我目前没有可以发布的信息。' \
		'我们一贯主张通过对话协商解决分歧，这一立场没有变化。' \
		'问：中方如何评价这次会议的成果？' \
		'答：这次会议取得了积极成果，各方达成了广泛共识。' \
		'2023年6月12日，外交部发言人汪文斌主持例行记者会。'
	assert_success
	assert_line "$(printf '答\tinterview\t这次会议取得了积极成果，各方达成了广泛共识。\t')"
	assert_line "$(printf '答\tinterview\t我们一贯主张通过对话协商解决分歧，这一立场没有变化。\t')"
	refute_line --partial '外交部发言人汪文斌主持例行记者会'
}
