#!/usr/bin/env bats
# nquote: speakers in prose: which earlier word a 他 or 她 stands for, and
# names that are not cut short.
load helpers/common

# rows as "speaker|cue|kind|quote|desc" for one document, its lines the arguments
rows() {
	printf '%s\n' "$@" | nnorm | nquote -H | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 "|" $10 }'
}

@test "nquote prose: a word seen before a title and a name is the employer, not the 他 (荣耀CEO赵明 … 荣耀在…。他…)" {
	run rows '荣光集团董事长高天明昨天出席了新品发布会。' \
	    '荣光在这样的背景下推出了一款折叠屏手机。' \
	    '他指出，市场需要更耐用的产品。'
	assert_success
	assert_output '高天明|指出|indirect|市场需要更耐用的产品|董事长'
	run rows '华强CEO胡明在论坛上介绍了公司的转型。华强在这一年里关闭了三家门店。' \
	    '他坦言，线下零售的压力仍然很大。'
	assert_success
	assert_output '胡明|坦言|indirect|线下零售的压力仍然很大|华强CEO'
}

@test "nquote prose: a sentence opening with a word of time (这一次，, 后来，) still names the 她 of the next one" {
	run rows '王秀兰今年52岁，在镇上经营一家小饭馆。' \
	    '这一次，王秀兰下定了决心。她说，她准备把饭馆交给女儿打理。'
	assert_success
	assert_output '王秀兰|说|indirect|她准备把饭馆交给女儿打理|'
	run rows '刘建军是村里的老党员。后来，刘建军在社区当起了志愿者。他说，闲不下来是老毛病了。'
	assert_success
	assert_output '刘建军|说|indirect|闲不下来是老毛病了|'
}

@test "nquote prose: a Hong Kong name of two surnames after a title keeps its four characters when the short form is used (叶刘淑仪 … 叶刘又指)" {
	run rows '新民党主席叶刘淑仪从深圳返港后会见传媒，重申政党支持政府的房屋政策。' \
	    '叶刘又指，市民对公营房屋的需求仍然殷切。'
	assert_success
	assert_line -n 0 '叶刘淑仪|重申|indirect|政党支持政府的房屋政策|新民党主席'
	# no short form, or a verb after the name: three characters stay a name
	run rows '国务院副总理张高丽出席开幕式后参观了展馆，强调要加快建设步伐。张高丽指出，要把握发展机遇。'
	assert_success
	assert_line -n 0 '张高丽|强调|indirect|要加快建设步伐|国务院副总理'
	run rows '全国人大常委会委员长乔石视察了浦东新区，强调要加快开发开放。乔石指出，浦东的发展关系全局。'
	assert_success
	assert_line -n 0 '乔石|强调|indirect|要加快开发开放|全国人大常委会委员长'
}

@test "nquote prose: words in marks after 是在 or 是 that end the sentence belong to the indirect clause (决定是在「…，…」)" {
	run rows '外交部长李伟则称，对方的做法是在「破坏地区稳定，令人无法接受」。'
	assert_success
	assert_output '李伟|称|indirect|对方的做法是在「破坏地区稳定，令人无法接受」|外交部长'
	# after 但 they are the speaker's own words, a row of their own
	run rows '陈明表示，开发商并未回应，但“我们会继续争取，直到计划撤回”。'
	assert_success
	assert_line -n 1 '陈明|表示|direct|我们会继续争取，直到计划撤回|'
}

@test "nquote prose: ，而 goes on with the speaker's contrast, but stops where the narrative's subject or another speaker takes over" {
	run rows '市气象台台长张伟指出，今年全市降雨偏少三成，而下旬的降雨过程也难以明显缓解旱情。'
	assert_success
	assert_output '张伟|指出|indirect|今年全市降雨偏少三成，而下旬的降雨过程也难以明显缓解旱情|市气象台台长'
	run rows '华信在新能源上押下重注，总裁刘峰的判断是，储能市场将迎来爆发，而华信将于年底投产第二座工厂。'
	assert_success
	assert_output '刘峰|判断|indirect|储能市场将迎来爆发|总裁'
	run rows '主办方代表王静说，展会三天吸引了五万人次，而参展商李先生则表示，订单比去年少了不少。'
	assert_success
	assert_line -n 0 '王静|说|indirect|展会三天吸引了五万人次|主办方代表'
}

@test "nquote prose: words in marks that end in a full stop are a sentence even when 这 follows (「…。」这就是…)" {
	run rows '面对追问，市长王明竟然在回答中提到“这件事我们事先并不知情。”这让在场记者颇感意外。'
	assert_success
	assert_output '王明|提到|direct|这件事我们事先并不知情。|市长'
	run rows '陈建华表示，区里有一件事没做好，直接发布了消息，「这样公平吗？这要讲道理。」这就是没有按程序办事。'
	assert_success
	assert_line -n 0 '陈建华|表示|indirect|区里有一件事没做好，直接发布了消息|'
	assert_line -n 1 '陈建华|表示|direct|这样公平吗？这要讲道理。|'
}

@test "nquote prose: 竟然, 居然 and 仍旧 between the speaker and the verb are not part of the name" {
	run rows '队长李强居然表示，这场比赛输得心服口服。'
	assert_success
	assert_output '李强|表示|indirect|这场比赛输得心服口服|队长'
}

@test "nquote prose: a described person of a company named in Latin letters speaks (在 Lumos 一名工程师看来), and a manner in 地 after 他 is not the speaker" {
	run rows '在 Lumos 一名工程师看来，这套系统还远未成熟。他语气平静地补充：「至少还需要两年。」'
	assert_success
	assert_line -n 0 '工程师|看来|indirect|这套系统还远未成熟|'
	assert_line -n 1 '工程师|补充|direct|至少还需要两年。|'
}

@test "nquote prose: 记者 opening a clause is the narrator, not a title before a name (记者碰到正在…)" {
	run rows '在一间工棚里，记者碰到正在值班的工程师。他激动地告诉记者，设备已经全部调试完毕。'
	assert_success
	refute_output --partial '碰到'
}

@test "nquote prose: where it was said before the speaker (微博中警方, 声明中该公司) is not part of it" {
	run rows '微博中警方呼吁，如发现可疑人员请立即报警。'
	assert_success
	assert_output '警方|呼吁|indirect|如发现可疑人员请立即报警|'
	run rows '声明中该公司表示，将配合监管部门的调查。'
	assert_success
	assert_output '该公司|表示|indirect|将配合监管部门的调查|'
}

@test "nquote prose: a connective alone before the comma (然而，) is passed over to the sentence's subject" {
	run rows '然而，郭卫民在听到记者的自我介绍后，在回答中提到“你们一直很关注两岸交流。”'
	assert_success
	assert_output '郭卫民|提到|direct|你们一直很关注两岸交流。|'
	run rows '然而，发言人李平在听完记者的提问后，在回答中提到“各方都应保持克制。”'
	assert_success
	assert_output '李平|提到|direct|各方都应保持克制。|发言人'
}
