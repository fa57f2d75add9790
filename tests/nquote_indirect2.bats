#!/usr/bin/env bats
# nquote: which cues open indirect speech, and where it ends (round 2).
load helpers/common
load helpers/nquote

@test "nquote indirect2: 又指/并表示/他还说 after an indirect clause starts a new row of the same speaker" {
	run news '财政司司长陈茂波表示，本港经济今年料温和增长，又指政府会继续支援中小企业渡过难关。'
	assert_success
	assert_output '陈茂波	indirect	本港经济今年料温和增长	财政司司长
陈茂波	indirect	政府会继续支援中小企业渡过难关	财政司司长'
	run news '卫生署发言人指出，流感季节已经开始，他还说市民应尽快接种疫苗。'
	assert_success
	assert_output '卫生署发言人	indirect	流感季节已经开始	
卫生署发言人	indirect	市民应尽快接种疫苗	'
	run news '市长李明说，城市更新要以人为本，并强调：老旧小区改造是今年的重中之重。'
	assert_success
	assert_output '李明	indirect	城市更新要以人为本	市长
李明	indirect	老旧小区改造是今年的重中之重	市长'
}

@test "nquote indirect2: a bare verb after the comma, or a stance after 并表示, keeps the speech whole" {
	run news '商务部新闻发言人表示，中方绝不接受单方面的施压，强调会采取措施维护自身权益。'
	assert_success
	assert_output '商务部新闻发言人	indirect	中方绝不接受单方面的施压，强调会采取措施维护自身权益	'
	run news '外交部发言人表示，中方对事态发展高度关注，并表示欢迎各方恢复对话。'
	assert_success
	assert_output '外交部发言人	indirect	中方对事态发展高度关注，并表示欢迎各方恢复对话	'
}

@test "nquote indirect2: 要求 and 说明 before a comma report an official's demand or an office's explanation" {
	run news '县长许淑华要求，消防局等有关单位要加强防台整备，做好山区撤离准备。'
	assert_success
	assert_output '许淑华	indirect	消防局等有关单位要加强防台整备，做好山区撤离准备	县长'
	run news '对于网传影片，市府说明，相关路段的侧沟问题均已派工处理完成。'
	assert_success
	assert_output '市府	indirect	相关路段的侧沟问题均已派工处理完成	'
}

@test "nquote indirect2: 要求 after a preposition and 说明 after a noun of a list report nothing" {
	run news '按照要求，参赛作品的长度不得超过三分钟。应广大读者要求，编辑部决定延长征文期限。'
	assert_success
	assert_output ''
	run news '服用说明：每次一粒，每天两次，饭后温水送服。'
	assert_success
	assert_output ''
}

@test "nquote indirect2: 斥, 反指 and 抱怨 take their clause bare; 提问 and 解说 report; 斥资 does not" {
	run news '民主派议员斥政府漠视基层市民的诉求。'
	assert_success
	assert_output '民主派议员	indirect	政府漠视基层市民的诉求	'
	run news '议员陈志明反指，政府的说法与事实不符。'
	assert_success
	assert_output '陈志明	indirect	政府的说法与事实不符	议员'
	run news '不少车主抱怨充电桩数量太少，排队时间太长。'
	assert_success
	assert_output '车主	indirect	充电桩数量太少，排队时间太长	'
	run news '在今天的发布会上，一名外国记者提问，中方是否会派代表出席下周的峰会？'
	assert_success
	assert_output '外国记者	indirect	中方是否会派代表出席下周的峰会？	'
	run news '审判长解说，依照规定，量刑辩论不纳入公开播送范围。'
	assert_success
	assert_output '审判长	indirect	依照规定，量刑辩论不纳入公开播送范围	'
	run news '该集团斥资十亿元兴建新厂，预计明年投产。'
	assert_success
	assert_output ''
}

@test "nquote indirect2: a bare verb inside the frame of a cue ending at the comma is not the cue" {
	run news '该公司针对消费者抱怨售后服务差的问题回应称，已增派人手处理投诉。'
	assert_success
	assert_output '该公司	indirect	已增派人手处理投诉	'
}

@test "nquote indirect2: a question asked goes on over the questions right after it, each ？ kept" {
	run news '一名议员在会上向局长提问，新院区何时能够启用？延误的责任由谁承担？'
	assert_success
	assert_output '议员	indirect	新院区何时能够启用？延误的责任由谁承担？	'
	run news '一名议员在会上向局长提问，新院区何时能够启用？局长表示，工程已完成九成。'
	assert_success
	assert_output '议员	indirect	新院区何时能够启用？	
局长	indirect	工程已完成九成	'
}

@test "nquote indirect2: words in marks ending an indirect sentence after a comma are a direct row, the rest indirect" {
	run news '气象局局长王力表示，今年汛期降雨偏多，部分河段水位已超警戒线，「各地必须提前做好防御准备」。'
	assert_success
	assert_output '王力	indirect	今年汛期降雨偏多，部分河段水位已超警戒线	气象局局长
王力	direct	各地必须提前做好防御准备	气象局局长'
}

@test "nquote indirect2: ，而 before a subject named only inside the speech is still the speaker's" {
	run news '经济学家李华指出，欧洲央行今年已三度降息，而欧洲的通胀压力仍未明显缓解。'
	assert_success
	assert_output '李华	indirect	欧洲央行今年已三度降息，而欧洲的通胀压力仍未明显缓解	经济学家'
}

@test "nquote indirect2: quotations listed after one cue are one direct row each; listed terms are not" {
	run news '消息传出后，有不少家长留言，“孩子的作业实在太多了”“周末也没法好好休息”。'
	assert_success
	assert_output '家长	direct	孩子的作业实在太多了	
家长	direct	周末也没法好好休息	'
}

@test "nquote indirect2: a clause going on with no subject (于是…喊道：“…”) stays in the indirect row, the marks are direct" {
	run news '村民李大妈说，那天雨下得很大，她看见孩子们还在路边等车，于是撑着伞走到门口喊道：“快进来避避雨！”'
	assert_success
	assert_output '李大妈	indirect	那天雨下得很大，她看见孩子们还在路边等车，于是撑着伞走到门口	村民
李大妈	direct	快进来避避雨！	村民'
}

@test "nquote indirect2: 调查性报道 and 系列报道 are nouns, not cues" {
	run news '去年，彭博社发表了关于该公司财务造假的调查性报道，在业内引起轰动。'
	assert_success
	assert_output ''
	run news '本报今起推出系列报道，介绍各地推进老旧小区改造的经验。'
	assert_success
	assert_output ''
}

@test "nquote indirect2: 提醒 or 要求 the ones named, then 要/务必, reports the demand from them on; 特别提醒 is speech" {
	run news '县长许淑华特别提醒县府消防局等有关单位要加强防台整备，做好山区撤离准备。'
	assert_success
	assert_output '许淑华	indirect	县府消防局等有关单位要加强防台整备，做好山区撤离准备	县长'
	run news '市长王刚要求各区县务必切实做好汛期安全防范工作。'
	assert_success
	assert_output '王刚	indirect	各区县务必切实做好汛期安全防范工作	市长'
	run news '不少市民要求尽快公开调查结果。'
	assert_success
	assert_output ''
}

@test "nquote indirect2: words in marks woven into the middle of an indirect sentence stay in its row" {
	run news '队长张伟说，球队今年本有机会直接晋级，但就像「导航临时改了路线，多绕了一段路」，虽然慢了一点，大家仍在同一辆车上。'
	assert_success
	assert_output '张伟	indirect	球队今年本有机会直接晋级，但就像「导航临时改了路线，多绕了一段路」，虽然慢了一点，大家仍在同一辆车上	队长'
}

@test "nquote indirect2: 问 or 追问 the one asked, a comma, then a question, is the asker's indirect question" {
	run news '议员李明问局长，新院区延误多年，究竟何时才能启用？'
	assert_success
	assert_output '李明	indirect	新院区延误多年，究竟何时才能启用？	议员'
	run news '议员李明追问局长，延误的责任由谁承担？'
	assert_success
	assert_output '李明	indirect	延误的责任由谁承担？	议员'
	run news '市民王女士问保安，保安表示，这件事已经交给物业处理了。'
	assert_success
	assert_output '保安	indirect	这件事已经交给物业处理了	'
}

@test "nquote indirect2: 自言 takes its clause bare" {
	run news '区议员陈美玲自言性格内向，并不擅长在镜头前表达。'
	assert_success
	assert_output '陈美玲	indirect	性格内向，并不擅长在镜头前表达	区议员'
}
