#!/usr/bin/env bats
# nquote: interview transcripts (press conferences, Q&A) on small documents.
load helpers/common
load helpers/nquote

@test "nquote interview: an office answering 问 is a turn, spoken by the holder named before" {
	run news '外交部长王毅日前接受本报专访，就中美关系等问题回答了提问。' \
		'问：中美关系今年会有哪些变化？' \
		'外交部长：双边关系总体稳定，我们希望双方相向而行，管控分歧。' \
		'问：您如何看待近期的贸易摩擦？' \
		'外交部长：贸易战没有赢家，对话协商才是正确途径。'
	assert_success
	assert_line "$(printf '问\tinterview\t中美关系今年会有哪些变化？\t')"
	assert_line "$(printf '王毅\tinterview\t双边关系总体稳定，我们希望双方相向而行，管控分歧。\t外交部长')"
	assert_line "$(printf '王毅\tinterview\t贸易战没有赢家，对话协商才是正确途径。\t外交部长')"
}

@test "nquote interview: a title label after the name (李明总统) and a double surname (林郑月娥)" {
	run news '李明辉市长昨日出席记者会，回应了市民关心的交通问题。' \
		'记者：地铁三号线何时通车？' \
		'市长：我们争取年底前完成全部测试，明年上半年通车。'
	assert_success
	assert_line "$(printf '李明辉\tinterview\t我们争取年底前完成全部测试，明年上半年通车。\t市长')"
	run news '以下是行政长官林郑月娥今日上午出席行政会议前会见传媒的答问内容：' \
		'记者：政府会否再放宽社交距离措施？' \
		'行政长官：我们会视乎疫情发展，在适当时候作出调整。'
	assert_success
	assert_line "$(printf '林郑月娥\tinterview\t我们会视乎疫情发展，在适当时候作出调整。\t行政长官')"
}

@test "nquote interview: a title alone over a list of names is no turn" {
	run news '问：本届委员会由哪些人组成？' '主任：张伟、李强' '副主任：王芳、赵磊' \
		'主任：刘洋' '副主任：陈静'
	assert_success
	refute_output --partial '张伟'
	refute_output --partial '刘洋'
}

@test "nquote interview: a vox pop's card, 市民：name then 声音：“…”, is that person's" {
	run news '【街头声音】' '市民：王建国' '52岁 退休教师' \
		'声音：“公交线路调整以后，我去医院要多换一趟车，希望能再考虑一下老年人。”' \
		'大学生：刘晓雨' \
		'心声：新线路经过学校门口，上学方便多了。'
	assert_success
	assert_line "$(printf '王建国\tinterview\t公交线路调整以后，我去医院要多换一趟车，希望能再考虑一下老年人。\t市民')"
	assert_line "$(printf '刘晓雨\tinterview\t新线路经过学校门口，上学方便多了。\t大学生')"
}

@test "nquote interview: 声音：“…” with no card naming a person before it is nobody's turn" {
	run news '本报记者昨日在街头随机采访了多位市民，大家说法不一。' \
		'声音：“公交线路调整以后，我去医院要多换一趟车。”'
	assert_success
	refute_output --partial 'interview'
}

@test "nquote interview: one speaker's statement at a press conference, introduced before, with its first-person paragraphs" {
	run news '国务院新闻办公室今天上午举行发布会，国家统计局局长赵建华介绍上半年经济运行情况。' \
		'赵建华：各位记者朋友，大家上午好。上半年国民经济延续恢复向好态势，主要指标总体平稳。' \
		'我们注意到，消费对经济增长的贡献进一步提高，服务业保持较快增长。' \
		'同时也要看到，外部环境依然复杂严峻，我们将继续密切关注形势变化。'
	assert_success
	assert_line "$(printf '赵建华\tinterview\t各位记者朋友，大家上午好。上半年国民经济延续恢复向好态势，主要指标总体平稳。\t局长')"
	assert_line "$(printf '赵建华\tinterview\t我们注意到，消费对经济增长的贡献进一步提高，服务业保持较快增长。\t局长')"
	assert_line "$(printf '赵建华\tinterview\t同时也要看到，外部环境依然复杂严峻，我们将继续密切关注形势变化。\t局长')"
}

@test "nquote interview: a lone label the document never introduced as a speaker, or a headline, is no turn" {
	run news '周末去哪儿：城郊漂流一日游' '漂流全程约五公里，适合家庭出游。' \
		'路线：北京到保定每天有往返的城际列车，不到两小时即到。' \
		'国家统计局局长赵建华昨天在发布会上介绍了经济运行情况。' \
		'赵建华：上半年经济稳中向好'
	assert_success
	refute_output --partial 'interview'
}

@test "nquote interview: an outlet asking and a named person answering make a transcript; a heading glued to a question is cut off" {
	run news '近日，本报记者专访了华远集团总裁孙国平。' \
		'新京报：今年公司面临的最大挑战是什么？' \
		'孙国平：最大的挑战是融资环境收紧，我们必须加快回款。' \
		'我们已经暂停了两个新项目，集中资源保交付。' \
		'转型之路新京报：未来三年会考虑进入养老地产吗？' \
		'孙国平：会的，我们已经在两个城市做了试点。'
	assert_success
	assert_line "$(printf '新京报\tinterview\t今年公司面临的最大挑战是什么？\t')"
	assert_line "$(printf '孙国平\tinterview\t最大的挑战是融资环境收紧，我们必须加快回款。\t总裁')"
	assert_line "$(printf '孙国平\tinterview\t我们已经暂停了两个新项目，集中资源保交付。\t总裁')"
	assert_line "$(printf '新京报\tinterview\t未来三年会考虑进入养老地产吗？\t')"
	assert_line "$(printf '孙国平\tinterview\t会的，我们已经在两个城市做了试点。\t总裁')"
}

@test "nquote interview: an outlet's question as a headline, answered by no one, is no turn" {
	run news '人民日报：奥运门票开始预订，你订了吗？' '2007年4月17日 来源：人民日报' \
		'记者昨日从票务中心了解到，首批门票预订将持续两个月。' \
		'张伟：门票价格适中，我打算带孩子去看。' \
		'新京报：门票还能退吗？'
	assert_success
	refute_output --partial '门票开始预订'
}

@test "nquote interview: 记： (for 记者) is the reporter's turn, not the last speaker's continuation" {
	run news '记者在派出所见到了砖窑窑主的父亲王东记。' \
		'记：你事先知道工人是被骗来的吗？' \
		'王东记：不知道，我平时住在山上，很少回家。' \
		'记：你从没有接触过这些工人？' \
		'王东记：接触过，包工头说他们是来打工的。'
	assert_success
	assert_line "$(printf '记\tinterview\t你从没有接触过这些工人？\t')"
	assert_line "$(printf '王东记\tinterview\t接触过，包工头说他们是来打工的。\t父亲')"
}

@test "nquote interview: a surname and a title (王部长：) is the person introduced with that title and surname" {
	run news '国务院新闻办今天举行发布会，商务部部长王文涛介绍有关情况。' \
		'主持人：下面请王部长介绍情况。' \
		'王部长：谢谢主持人，各位记者朋友，大家上午好。今年以来，外贸保持稳定增长。' \
		'中央电视台记者：请问今年消费市场有哪些亮点？' \
		'王部长：消费市场总体恢复较好，服务消费增长较快。'
	assert_success
	assert_line "$(printf '王文涛\tinterview\t消费市场总体恢复较好，服务消费增长较快。\t部长')"
}

@test "nquote interview: a byline under a role label (记者：张明 报道) is no turn of the transcript" {
	run news '本报记者：张明 报道' \
		'问：今年的招生计划有什么变化？' \
		'答：今年扩招了两百人，新增三个专业。' \
		'问：学费会上涨吗？' \
		'答：学费保持不变。' \
		'记者：王芳 摄'
	assert_success
	assert_line "$(printf '答\tinterview\t学费保持不变。\t')"
	refute_output --partial '张明'
	refute_output --partial '王芳'
}
