#!/usr/bin/env bats
# nquote: which cues start indirect speech, and where it ends (round 3).
load helpers/common
load helpers/nquote

@test "nquote indirect3: 认为 takes its clause bare after a person named just before it" {
	run news '女排主教练蔡斌认为球队的防守还需要加强，下一场要打出更好的精神面貌。'
	assert_success
	assert_output '蔡斌	indirect	球队的防守还需要加强，下一场要打出更好的精神面貌	女排主教练'
	# (被认为, 一般认为: no one named before it)
	run news '这一做法被认为是近年来最有效的减负措施。业内一般认为市场仍有调整空间。'
	assert_success
	assert_output ''
}

@test "nquote indirect3: an indirect quote ends where the reporter takes over, without 而 or 但" {
	run news '小区物业工作人员称，停车费标准由业委会决定，记者随后拨打业委会电话，一直无人接听。'
	assert_success
	assert_output '小区物业工作人员	indirect	停车费标准由业委会决定	'
}

@test "nquote indirect3: 并/还 and a verb of speech with 了 tell the speaker's next act; that verb alone gives no row" {
	run news '集团董事长张伟坦言转型是唯一的出路，并介绍了公司今年的海外布局，还透露了新工厂的选址。'
	assert_success
	assert_output '张伟	indirect	转型是唯一的出路	集团董事长'
	run news '市长王刚表示了对受灾群众的慰问。'
	assert_success
	assert_output ''
}

@test "nquote indirect3: 指了指, 问了问 are gestures, not reports" {
	run news '老人指了指门口的空地，又摇了摇头。'
	assert_success
	assert_output ''
}

@test "nquote indirect3: the speaker named again or 他/她 before 认为 or a verb of speech starts a new row" {
	run news '区议员陈志明表示，屋苑电梯已连续三个月故障，他批评物业公司维修不力，他认为房屋署应该介入调查。'
	assert_success
	assert_output '陈志明	indirect	屋苑电梯已连续三个月故障	区议员
陈志明	indirect	物业公司维修不力	区议员
陈志明	indirect	房屋署应该介入调查	区议员'
}

@test "nquote indirect3: a verb with 道 before marks ends the indirect clause and gives the direct row" {
	run news '校长李华表示，听说同学们都考得不错，勉励道：“希望大家再接再厉，明年更上一层楼。”'
	assert_success
	assert_output '李华	indirect	听说同学们都考得不错	校长
李华	direct	希望大家再接再厉，明年更上一层楼。	校长'
}

@test "nquote indirect3: 又称 before a comma is a cue, not 'also known as'" {
	run news '外交部长王毅表示，中方欢迎各方参与。王毅又称，双方应加强沟通，避免误判。该岛又称钓鱼岛。'
	assert_success
	assert_output '王毅	indirect	中方欢迎各方参与	外交部长
王毅	indirect	双方应加强沟通，避免误判	外交部长'
}

@test "nquote indirect3: 我国 or 我市 is the author's word too; it does not carry the speech over the next sentence" {
	run news '国家统计局新闻发言人付凌晖说，今年以来我国经济运行总体平稳。此外，居民消费价格温和上涨。'
	assert_success
	assert_output '付凌晖	indirect	今年以来我国经济运行总体平稳	国家统计局新闻发言人'
}

@test "nquote indirect3: idioms on 问 (答非所问) are no cue" {
	run news '有官员在会上答非所问，场面一度尴尬。'
	assert_success
	assert_output ''
}

@test "nquote indirect3: a weak verb (打招呼) before a comma and marks is an act in the clause, not their cue" {
	run news '歌手林峰透露自己很早就认识对方，每次见面都会跟他打招呼，「他是我的老朋友！」被问到新歌时，林峰笑而不答。'
	assert_success
	assert_output '林峰	indirect	自己很早就认识对方，每次见面都会跟他打招呼	歌手
林峰	direct	他是我的老朋友！	歌手'
}
