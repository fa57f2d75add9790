#!/usr/bin/env bats
# nquote: transcripts and question/answer turns (records of a legislature,
# forums, press conferences, numbered questions, labels on a line alone).
load helpers/common
load helpers/nquote

@test "nquote turns2: a legislature's record, 陈志强议员：… and the chair's 主席梁文辉议员：…, the office answering" {
	run news '陈志强议员：主席，政府上月公布的房屋政策，市民普遍欢迎，但我想问局长，过渡性房屋何时可以落成？' \
		'立法会主席梁文辉议员：房屋局局长。' \
		'房屋局局长：多谢陈议员。第一批过渡性房屋将于明年年中落成，我们会尽快公布选址。' \
		'立法会主席梁文辉议员：陈志强议员。' \
		'陈志强议员：局长可否承诺，在选址上会先咨询区议会的意见？'
	assert_success
	assert_line "$(printf '陈志强\tinterview\t主席，政府上月公布的房屋政策，市民普遍欢迎，但我想问局长，过渡性房屋何时可以落成？\t议员')"
	assert_line "$(printf '房屋局局长\tinterview\t多谢陈议员。第一批过渡性房屋将于明年年中落成，我们会尽快公布选址。\t')"
	assert_line "$(printf '梁文辉\tinterview\t陈志强议员。\t立法会主席')"
	assert_line "$(printf '陈志强\tinterview\t局长可否承诺，在选址上会先咨询区议会的意见？\t议员')"
}

@test "nquote turns2: numbered questions (问题1：, 问题2：) are the reporters' turns, not the last answer going on" {
	run news '赛前新闻发布会上，主教练刘建和队长孙浩出席并回答了记者提问。' \
		'刘建：客场作战不容易，我们会全力争取三分。' \
		'孙浩：大家状态都很好，有信心拿下比赛。' \
		'问题1：球队已经三连胜了，您怎么评价目前的防守？' \
		'刘建：防守是全队的事，每个人都在为球队奔跑。' \
		'问题2：作为队长，你怎么带动年轻球员？' \
		'孙浩：我会多和他们交流，帮助他们尽快适应比赛强度。'
	assert_success
	assert_line "$(printf '问题1\tinterview\t球队已经三连胜了，您怎么评价目前的防守？\t')"
	assert_line "$(printf '问题2\tinterview\t作为队长，你怎么带动年轻球员？\t')"
	assert_line "$(printf '孙浩\tinterview\t我会多和他们交流，帮助他们尽快适应比赛强度。\t队长')"
	refute_line --partial '刘建	interview	球队已经三连胜'
}

@test "nquote turns2: a press conference, the moderator's one turn before a long outlet reporter's question (香港中国通讯社记者：)" {
	run news '市政府新闻办今天上午举行发布会，副市长陈建国介绍了今年的防汛准备。' \
		'以下为发布会实录：' \
		'刘洋：感谢陈副市长的介绍，下面请记者提问。' \
		'香港中国通讯社记者：今年汛期提前，低洼地区的居民如何转移？' \
		'陈建国：我们已经在各区设立了临时安置点，一旦发布预警就会组织转移。' \
		'中央人民广播电台记者：城区排水改造进度如何？' \
		'陈建国：主城区的改造已经完成了七成，年底前全部完工。'
	assert_success
	assert_line "$(printf '刘洋\tinterview\t感谢陈副市长的介绍，下面请记者提问。\t')"
	assert_line "$(printf '香港中国通讯社记者\tinterview\t今年汛期提前，低洼地区的居民如何转移？\t')"
	assert_line "$(printf '中央人民广播电台记者\tinterview\t城区排水改造进度如何？\t')"
	refute_line --partial '陈建国	interview	今年汛期'
}

@test "nquote turns2: residents' cards on a line of their own (幸福里社区居民李桂芳：) over their words" {
	run news '老旧小区改造完成后，居民们怎么说？' \
		'幸福里社区居民李桂芳：' \
		'以前一下雨楼下就积水，我们出门都得蹚水。现在路面重新铺过了，排水也通畅了。' \
		'南湖路3号院居民赵先生：' \
		'楼道里装了感应灯，晚上回家再也不用摸黑了，我们老人心里踏实多了。'
	assert_success
	assert_line "$(printf '李桂芳\tinterview\t以前一下雨楼下就积水，我们出门都得蹚水。现在路面重新铺过了，排水也通畅了。\t幸福里社区居民')"
	assert_line "$(printf '赵先生\tinterview\t楼道里装了感应灯，晚上回家再也不用摸黑了，我们老人心里踏实多了。\t南湖路3号院居民')"
}

@test "nquote turns2: a letter's greeting on a line of its own (王建华朋友：) is not a speaker's card" {
	run news '王建华朋友：' \
		'你在来信中反映的问题，我们已经转交有关部门处理，请耐心等待答复。'
	assert_success
	refute_output --partial 'interview'
}

@test "nquote turns2: an announced excerpt of a forum, each speaker once, labels of a long description and a name (XMOTOR智能出行联合创始人韩冬：)" {
	run news '在昨天下午举行的智能出行圆桌论坛上，三位创业者分享了各自的经验。' \
		'以下为对话节选，经主办方整理：' \
		'晨光资本合伙人孙丽：欢迎三位嘉宾，我们先聊聊过去一年最大的挑战。' \
		'XMOTOR智能出行联合创始人韩冬：去年我们的供应链压力很大，芯片一度断供，好在下半年慢慢缓过来了。'
	assert_success
	assert_line "$(printf '孙丽\tinterview\t欢迎三位嘉宾，我们先聊聊过去一年最大的挑战。\t晨光资本合伙人')"
	assert_line "$(printf '韩冬\tinterview\t去年我们的供应链压力很大，芯片一度断供，好在下半年慢慢缓过来了。\tXMOTOR智能出行联合创始人')"
}

@test "nquote turns2: a host known by a pen name and a courtesy title (乙先生：) is a transcript's speaker" {
	run news '乙先生：欢迎做客我们的直播间，这是您第二次来了吧？' \
		'周国栋：是的，上次来还是去年冬天。' \
		'乙先生：这一年行业变化很大，您最大的感受是什么？' \
		'周国栋：变化快，机会也多，关键是要沉得住气。'
	assert_success
	assert_line "$(printf '乙先生\tinterview\t欢迎做客我们的直播间，这是您第二次来了吧？\t')"
	assert_line "$(printf '乙先生\tinterview\t这一年行业变化很大，您最大的感受是什么？\t')"
	assert_line "$(printf '周国栋\tinterview\t变化快，机会也多，关键是要沉得住气。\t')"
}

@test "nquote turns2: a short form the interview defines (以下简称“何”) labels the turns of who it stands for" {
	run news '近日，本报记者（以下简称“记”）专访了省农科院研究员何立新（以下简称“何”）。' \
		'记：今年夏粮为什么能增产？' \
		'何：一是良种推广面积扩大，二是病虫害防控到位，三是天气总体有利。' \
		'记：秋粮生产还有哪些风险？' \
		'何：主要是后期可能出现的干旱，我们已经提前做了准备。'
	assert_success
	assert_line "$(printf '记者\tinterview\t今年夏粮为什么能增产？\t')"
	assert_line "$(printf '何立新\tinterview\t一是良种推广面积扩大，二是病虫害防控到位，三是天气总体有利。\t省农科院研究员')"
	assert_line "$(printf '何立新\tinterview\t主要是后期可能出现的干旱，我们已经提前做了准备。\t省农科院研究员')"
}

@test "nquote turns2: a role and its holder in parentheses (主持人（林晓）：) is the holder's turn" {
	run news '主持人（林晓）：各位听众晚上好，今天我们请到了市交通局的刘志刚。' \
		'刘志刚：主持人好，听众朋友们好。' \
		'主持人（林晓）：地铁三号线什么时候能通车？' \
		'刘志刚：目前正在进行空载试运行，预计国庆前开通。'
	assert_success
	assert_line "$(printf '林晓\tinterview\t各位听众晚上好，今天我们请到了市交通局的刘志刚。\t主持人')"
	assert_line "$(printf '林晓\tinterview\t地铁三号线什么时候能通车？\t主持人')"
	assert_line "$(printf '刘志刚\tinterview\t目前正在进行空载试运行，预计国庆前开通。\t')"
}

@test "nquote turns2: roles in brackets (【问】…【答】…) are turns even with no clause and no first person" {
	run news '【问】新的公积金政策什么时候执行？' \
		'【答】从下月一日起执行，已经受理的申请按原政策办理。' \
		'【问】异地购房能提取吗？' \
		'【答】可以，需要提供购房合同和完税证明。'
	assert_success
	assert_line "$(printf '问\tinterview\t新的公积金政策什么时候执行？\t')"
	assert_line "$(printf '答\tinterview\t可以，需要提供购房合同和完税证明。\t')"
}

@test "nquote turns2: a surname alone as a label (赵：) stands for the person of that surname introduced before" {
	run news '本刊记者日前在北京专访了国家气候中心首席专家赵振华。' \
		'记者：今年夏天为什么这么热？' \
		'赵：副热带高压比常年偏强，控制时间也更长。' \
		'记者：这种情况以后会更多吗？' \
		'赵：从长期趋势看，极端高温的频率确实在增加。'
	assert_success
	assert_line "$(printf '赵振华\tinterview\t副热带高压比常年偏强，控制时间也更长。\t国家气候中心首席专家')"
	assert_line "$(printf '赵振华\tinterview\t从长期趋势看，极端高温的频率确实在增加。\t国家气候中心首席专家')"
}

@test "nquote turns2: a foreign name in Latin letters as a label (Lisa Chen：) is a speaker's" {
	run news '记者：贵公司明年在华投资计划如何？' \
		'Lisa Chen：我们将在苏州新建一座工厂，预计投资五亿美元。' \
		'记者：对中国市场有什么期待？' \
		'Lisa Chen：这里的创新速度让我们印象深刻。'
	assert_success
	assert_line "$(printf 'Lisa Chen\tinterview\t我们将在苏州新建一座工厂，预计投资五亿美元。\t')"
	assert_line "$(printf 'Lisa Chen\tinterview\t这里的创新速度让我们印象深刻。\t')"
}

@test "nquote turns2: a portal's channel asking in a group interview (网易科技：…？) is a questioner" {
	run news '网易科技：新款手机为什么涨价？' \
		'何振宇：主要是存储芯片成本上涨，我们已经尽量控制了涨幅。' \
		'新浪科技：明年会进入欧洲市场吗？' \
		'何振宇：欧洲市场的准备工作正在进行，具体时间还要看认证进度。'
	assert_success
	assert_line "$(printf '网易科技\tinterview\t新款手机为什么涨价？\t')"
	assert_line "$(printf '何振宇\tinterview\t欧洲市场的准备工作正在进行，具体时间还要看认证进度。\t')"
}
