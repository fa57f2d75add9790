#!/usr/bin/env bats
# nquote: who the speaker is in prose, third part: what jieba's dictionary
# (nseg's, embedded in nquote too) knows of the words around a name.
load helpers/common

# rows as "speaker|cue|kind|quote|desc" for one document, its lines the arguments
rows() {
	printf '%s\n' "$@" | nnorm | nquote -H | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 "|" $10 }'
}

@test "nquote speakers3: a surname and one character that the dictionary knows as a common word is no name (高声)" {
	run rows '“这件事我们还在研究。”在台下观众的高声“追问”下，交通局局长李卫东笑着作了回答。'
	assert_success
	refute_output --partial '高声|'
}

@test "nquote speakers3: an organisation the dictionary tags nt speaks as one, and is no surname and a name (施工队, 安理会)" {
	run rows '施工队负责人告诉记者：“一般两个月左右就能完工。”'
	assert_success
	assert_output '施工队负责人|告诉|direct|一般两个月左右就能完工。|'
	run rows '安理会随后发表声明，敦促双方立即停火并恢复谈判。'
	assert_success
	assert_output '安理会|声明|indirect|敦促双方立即停火并恢复谈判|'
}

@test "nquote speakers3: a cue or saying that opens a noun for people (发言|人) is a title, and a foreign name follows it" {
	run rows '“秘书长将继续敦促各方保持克制，”联合国在纽约的发言人杜加里克说，“人道援助必须尽快进入。”'
	assert_success
	assert_output '杜加里克|说|direct|秘书长将继续敦促各方保持克制，|联合国在纽约的发言人
杜加里克|说|direct|人道援助必须尽快进入。|联合国在纽约的发言人'
}

@test "nquote speakers3: a name of two when the third character opens a common verb of the dictionary (陈立|来到)" {
	run rows '夺冠球队主教练陈立来到新闻发布会现场。他在总结赛季时表示，球队在逆境中展现了韧性。'
	assert_success
	assert_output '陈立|表示|indirect|球队在逆境中展现了韧性|夺冠球队主教练'
	# a cue after the third character: the name is of three (王建发|表示)
	run rows '村委会主任王建发表示，今年的道路硬化工程将在雨季前完工。'
	assert_success
	assert_output '王建发|表示|indirect|今年的道路硬化工程将在雨季前完工|村委会主任'
}

@test "nquote speakers3: an anonymised name after a title ends at its last 某 (居民邵某|连声称赞)" {
	run rows '“开庭就在家门口，听完真长知识。”旁听完庭审的居民孙某连声称赞。'
	assert_success
	assert_output --partial '孙某|'
	refute_output --partial '孙某连'
}

@test "nquote speakers3: a side (检方, 辩方) and a common verb of the dictionary before the cue: the side speaks (检方起诉指出)" {
	run rows '检方起诉指出，被告多次以投资为名向亲友借款，金额逾三百万元。'
	assert_success
	assert_output '检方|指出|indirect|被告多次以投资为名向亲友借款，金额逾三百万元|'
	run rows '辩方求情称，被告已赔偿全部损失，并深感后悔。'
	assert_success
	assert_output --partial '辩方|'
}
