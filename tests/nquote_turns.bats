#!/usr/bin/env bats
# nquote: turns of interviews and press conferences (words in marks after a
# label, offices as labels, long labels, broadcast captions).
load helpers/common
load helpers/nquote

@test "nquote turns: 名字：“…” gives the words without the marks, also when the mark closes a paragraph later" {
	run news '赛后新闻发布会上，主教练王海涛和队长刘晨回答了记者的提问。' \
		'王海涛：“上半场我们打得不够积极，中场休息时我提醒球员要多跑动。' \
		'下半场大家执行得很好，这场胜利属于全队。”' \
		'记者：客场还有两场硬仗，您怎么看？' \
		'王海涛：“每场都是决赛，我们会认真准备。”'
	assert_success
	assert_line "$(printf '王海涛\tinterview\t上半场我们打得不够积极，中场休息时我提醒球员要多跑动。\t主教练')"
	assert_line "$(printf '王海涛\tinterview\t下半场大家执行得很好，这场胜利属于全队。\t主教练')"
	assert_line "$(printf '王海涛\tinterview\t每场都是决赛，我们会认真准备。\t主教练')"
	refute_output --partial '“'
}

@test "nquote turns: a turn opening with a saying in marks keeps the marks" {
	run news '主持人：“绿水青山就是金山银山”。各位观众晚上好，今天我们请来了林业专家陈立。' \
		'陈立：主持人好，各位观众好。' \
		'主持人：您怎么理解这句话？' \
		'陈立：生态保护和经济发展并不矛盾，关键在于找到结合点。'
	assert_success
	assert_line "$(printf '主持人\tinterview\t“绿水青山就是金山银山”。各位观众晚上好，今天我们请来了林业专家陈立。\t')"
}

@test "nquote turns: a transcript's label opens a turn even when its words are one short question" {
	run news '以下是卫生署署长陈立文今日会见传媒的答问内容：' \
		'记者：署长，近日流感个案上升，政府会否提早为学童接种疫苗？' \
		'卫生署署长：我们已经与教育局商讨，会尽快安排外展接种队到学校。' \
		'记者：有家长担心疫苗供应不足，会否影响安排？' \
		'卫生署署长：即是担心数量不够？' \
		'记者：是的。'
	assert_success
	assert_line "$(printf '陈立文\tinterview\t即是担心数量不够？\t卫生署署长')"
	assert_line "$(printf '记者\tinterview\t是的。\t')"
}

@test "nquote turns: a long description, a space and a name before a colon is a new speaker, not the last turn going on" {
	run news '入冬以来，本市多家医院儿科门诊量明显增加。' \
		'患儿家长：他已经烧了两天了，晚上一直咳嗽。' \
		'记者：班上其他同学呢？' \
		'患儿家长：也有好几个请假，都是感冒。' \
		'首都医科大学附属北京儿童医院呼吸科主任医师 王丽娟：近期以流感病毒感染为主，家长要注意孩子的体温变化，及时就医。'
	assert_success
	assert_line "$(printf '王丽娟\tinterview\t近期以流感病毒感染为主，家长要注意孩子的体温变化，及时就医。\t首都医科大学附属北京儿童医院呼吸科主任医师')"
	refute_line --partial '王丽娟：'
}

@test "nquote turns: an office's opening statement announced with the holder's name is that person's, with its paragraphs" {
	run news '以下是财政司司长陈茂波今日（三月二日）在记者会上的开场发言：' \
		'财政司司长：各位传媒朋友，下午好。今年的预算案以稳经济、惠民生为主轴，共推出二十多项措施。' \
		'本地经济去年回升，全年增长百分之三点二，失业率回落至百分之二点九。' \
		'政府会继续审慎理财，在支持经济复苏与维持财政稳健之间取得平衡。'
	assert_success
	assert_line "$(printf '陈茂波\tinterview\t各位传媒朋友，下午好。今年的预算案以稳经济、惠民生为主轴，共推出二十多项措施。\t财政司司长')"
	assert_line "$(printf '陈茂波\tinterview\t本地经济去年回升，全年增长百分之三点二，失业率回落至百分之二点九。\t财政司司长')"
	assert_line "$(printf '陈茂波\tinterview\t政府会继续审慎理财，在支持经济复苏与维持财政稳健之间取得平衡。\t财政司司长')"
}

@test "nquote turns: an office over a section with no announcement is no one's turn" {
	run news '财政司司长陈茂波昨日公布新一份预算案。' \
		'财政司司长：预算案以稳经济、惠民生为主轴，共推出二十多项措施，市民反应不一。' \
		'本地经济去年回升，全年增长百分之三点二，失业率回落至百分之二点九。'
	assert_success
	refute_output --partial '本地经济去年回升'
}

@test "nquote turns: 【同期】 and a caption give the person's paragraphs up to the narration" {
	run news '【解说】6日上午，市消防救援支队召开新闻发布会，通报一起仓库火灾的处置情况。' \
		'【同期】市消防救援支队副支队长 赵国强' \
		'火灾发生在凌晨3时许，我们接警后立即调派12辆消防车赶赴现场。' \
		'经过4个小时的扑救，明火被全部扑灭，没有造成人员伤亡。' \
		'【解说】目前，火灾原因正在进一步调查中。'
	assert_success
	assert_line "$(printf '赵国强\tinterview\t火灾发生在凌晨3时许，我们接警后立即调派12辆消防车赶赴现场。\t市消防救援支队副支队长')"
	assert_line "$(printf '赵国强\tinterview\t经过4个小时的扑救，明火被全部扑灭，没有造成人员伤亡。\t市消防救援支队副支队长')"
	refute_output --partial '火灾原因'
}

@test "nquote turns: a heading set in emphasis (*名字：题目*) is no turn of the transcript" {
	run news '*李华：从田间到讲台的二十年*' \
		'主持人：李老师，您当年为什么选择回乡教书？' \
		'李华：因为我自己就是从这里走出去的，我想让村里的孩子也有机会。' \
		'主持人：这些年最难的是什么？' \
		'李华：最难的是留住年轻老师，很多人待一两年就走了。'
	assert_success
	assert_line "$(printf '李华\tinterview\t最难的是留住年轻老师，很多人待一两年就走了。\t')"
	refute_output --partial '从田间到讲台'
}

@test "nquote turns: a long description run into the name before a colon (…主任医师王晓明：) labels a sound bite" {
	run news '近期多地进入流感高发期，医院发热门诊排起长队。' \
		'北京大学第一医院感染疾病科主任医师王晓明：今年流行的主要是甲型流感，高危人群要尽早接种疫苗，出现症状及时就医。' \
		'中国疾病预防控制中心病毒病所研究员张丽：目前监测到的毒株没有明显变异，疫苗的保护效果仍然较好。'
	assert_success
	assert_line "$(printf '王晓明\tinterview\t今年流行的主要是甲型流感，高危人群要尽早接种疫苗，出现症状及时就医。\t北京大学第一医院感染疾病科主任医师')"
	assert_line "$(printf '张丽\tinterview\t目前监测到的毒株没有明显变异，疫苗的保护效果仍然较好。\t中国疾病预防控制中心病毒病所研究员')"
}

@test "nquote turns: an office's label is the holder named before it with the company kept (…黄志伟联同…)" {
	run news '以下是保安局局长黄志伟联同警务处处长今日出席记者会的答问内容：' \
		'记者：局长，近期电话骗案数字上升，政府有甚么新措施？' \
		'保安局局长：我们会加强跨部门合作，亦会透过学校和社区加强宣传。' \
		'记者：会否考虑立法规管？' \
		'保安局局长：我们会研究海外经验，稍后再向立法会汇报。'
	assert_success
	assert_line "$(printf '黄志伟\tinterview\t我们会加强跨部门合作，亦会透过学校和社区加强宣传。\t保安局局长')"
	assert_line "$(printf '黄志伟\tinterview\t我们会研究海外经验，稍后再向立法会汇报。\t保安局局长')"
}
