#!/usr/bin/env bats
# nquote: transcripts, interviews and press conferences (labels, turns, cards).
load helpers/common
load helpers/nquote

@test "nquote transcripts: 记者问：… and 张伟答：… are turns of 记者 and 张伟" {
	run news '本报记者日前专访了国家队主帅张伟。' \
		'记者问：外界对球队的状态有不少质疑，你如何看待？' \
		'张伟答：我觉得很正常，比赛结果会说明一切。' \
		'记者问：年轻球员的表现让你满意吗？' \
		'张伟答：他们进步很快，我跟他们说，要相信自己。'
	assert_success
	assert_line "$(printf '记者\tinterview\t外界对球队的状态有不少质疑，你如何看待？\t')"
	assert_line "$(printf '张伟\tinterview\t我觉得很正常，比赛结果会说明一切。\t主帅')"
	assert_line "$(printf '记者\tinterview\t年轻球员的表现让你满意吗？\t')"
	assert_line "$(printf '张伟\tinterview\t他们进步很快，我跟他们说，要相信自己。\t主帅')"
	refute_output --partial 'indirect'
}

@test "nquote transcripts: a name ending like a byline word (文) is a turn's label" {
	run news '主持人：今天我们请到了代表团新闻官李文女士。' \
		'李文：谢谢主持人，大家好！' \
		'主持人：这次比赛大家的状态怎么样？' \
		'李文：总体不错，队员们都很兴奋。'
	assert_success
	assert_line "$(printf '李文\tinterview\t谢谢主持人，大家好！\t')"
	assert_line "$(printf '李文\tinterview\t总体不错，队员们都很兴奋。\t')"
	refute_line --partial '李文：'
}

@test "nquote transcripts: a bullet before a label (▲记者：) and an answer over several paragraphs" {
	run news '市政府新闻发言人王明昨天下午在新闻发布会上回答了记者提问。' \
		'王明：首先感谢各位媒体朋友的到来，下面开始提问。' \
		'▲南方日报记者：地铁五号线何时开工？今年的投资规模有多大？' \
		'王明：五号线已经完成了前期论证，预计年底前开工。' \
		'全年投资将超过两百亿元，比去年增长一成左右。' \
		'▲羊城晚报记者：老城区改造会不会影响居民出行？' \
		'王明：施工期间会设置临时公交线路，尽量减少对市民的影响。'
	assert_success
	assert_line "$(printf '南方日报记者\tinterview\t地铁五号线何时开工？今年的投资规模有多大？\t')"
	assert_line "$(printf '王明\tinterview\t全年投资将超过两百亿元，比去年增长一成左右。\t发言人')"
	assert_line "$(printf '羊城晚报记者\tinterview\t老城区改造会不会影响居民出行？\t')"
}

@test "nquote transcripts: a sound bite under a long unit and title (…派出所民警 王刚：)" {
	run news '民警随即展开追踪，很快锁定了嫌疑人的位置。' \
		'杭州市公安局西湖分局北山街派出所民警 王刚：我们赶到的时候，他正准备翻墙逃跑，我们立即上前把他控制住了。' \
		'目前，嫌疑人已被依法刑事拘留。'
	assert_success
	assert_line "$(printf '王刚\tinterview\t我们赶到的时候，他正准备翻墙逃跑，我们立即上前把他控制住了。\t杭州市公安局西湖分局北山街派出所民警')"
}

@test "nquote transcripts: caption cards (冠军 李娜, a name over a title line) give the words after them" {
	run news '国家队代表团昨天在北京与媒体见面，几位冠军谈了各自的感受。' \
		'女子跳水冠军 李娜' \
		'这枚金牌我等了八年，站上领奖台的那一刻，我真的忍不住哭了。' \
		'“飞人”王强' \
		'伤病让我错过了上一届比赛，这次能拿到奖牌，要感谢团队一直陪着我。' \
		'见面会持续了一个多小时。'
	assert_success
	assert_line "$(printf '李娜\tinterview\t这枚金牌我等了八年，站上领奖台的那一刻，我真的忍不住哭了。\t女子跳水冠军')"
	assert_line "$(printf '王强\tinterview\t伤病让我错过了上一届比赛，这次能拿到奖牌，要感谢团队一直陪着我。\t“飞人”')"
	refute_output --partial '见面会'
	run news '赛后新闻发布会上，客队主帅谈到了失利的原因。' '赵刚' '上海队主教练' \
		'我们今天踢得不错，只是最后几分钟没能守住。' \
		'在我看来，球员已经尽力了，我对他们没有任何不满。' \
		'赵刚的球队目前排名第五。'
	assert_success
	assert_line "$(printf '赵刚\tinterview\t我们今天踢得不错，只是最后几分钟没能守住。\t上海队主教练')"
	assert_line "$(printf '赵刚\tinterview\t在我看来，球员已经尽力了，我对他们没有任何不满。\t上海队主教练')"
	refute_output --partial '排名第五'
}

@test "nquote transcripts: a byline or a heading over prose about 我国 is no card" {
	run news '本报记者 王芳' '我国今年粮食产量再创新高，总产量超过一万三千亿斤。' \
		'张伟' '我市新建的三座公园已全部开放，市民反响良好。' \
		'李强' '我省将加快推进高速公路建设。'
	assert_success
	refute_output --partial 'interview'
}

@test "nquote transcripts: speech after a colon keeps its question mark (坦言：失利的原因？…)" {
	run news '赛后的新闻发布会上，客队主教练李刚坦言：失利的原因？我到现在也没想明白。'
	assert_success
	assert_line "$(printf '李刚\tindirect\t失利的原因？\t客队主教练')"
	run news '颁奖仪式结束后，王小红激动地说，我从小就梦想站上这个领奖台，今天我做到了！感谢教练，感谢家人！'
	assert_success
	assert_line "$(printf '王小红\tindirect\t我从小就梦想站上这个领奖台，今天我做到了！感谢教练，感谢家人！\t')"
	# one reported sentence keeps it too, as the news sets are annotated
	run news '一位老人说，这座桥还能不能撑过下一个汛期？'
	assert_success
	assert_line "$(printf '老人\tindirect\t这座桥还能不能撑过下一个汛期？\t')"
}

@test "nquote transcripts: a role and a name as label (主持人 温文：), and a guest heard once is no continuation" {
	run news '主持人 温文：欢迎收看本期节目，今天我们请到了两位嘉宾。' \
		'张教授：谢谢主持人，大家好。' \
		'李博士：我补充一点，今年的情况有些不同。' \
		'主持人 温文：您怎么看今年的楼市？' \
		'张教授：总体平稳，局部会有调整。'
	assert_success
	assert_line "$(printf '温文\tinterview\t欢迎收看本期节目，今天我们请到了两位嘉宾。\t主持人')"
	assert_line "$(printf '张教授\tinterview\t谢谢主持人，大家好。\t')"
	assert_line "$(printf '李博士\tinterview\t我补充一点，今年的情况有些不同。\t')"
	assert_line "$(printf '温文\tinterview\t您怎么看今年的楼市？\t主持人')"
	refute_output --partial '李博士：'
}

@test "nquote transcripts: a speaker in brackets opening the minutes of a forum ([刘强] …我…)" {
	run news '财经网讯 证券业协会副会长刘强今天在金融论坛上发表演讲。以下为演讲实录：' \
		'[刘强] 谢谢主持人，各位嘉宾：大家上午好。今天我想谈谈资本市场改革的几个问题。'
	assert_success
	assert_line "$(printf '刘强\tinterview\t谢谢主持人，各位嘉宾：大家上午好。今天我想谈谈资本市场改革的几个问题。\t副会长')"
	run news '本报讯 近日，多位企业家谈到了创业的经历。' \
		'【李明】李明是一家科技公司的创始人，他在三年前辞职创业，公司目前有员工两百人。'
	assert_success
	refute_output --partial 'interview'
}

@test "nquote transcripts: 有记者问： in a story and 记者问：“…” are no labels; a byline name over an essay is no card" {
	run news '发布会上，有记者问：中方对此有何评论？' '发言人说，中方一贯主张通过对话解决分歧。' \
		'有记者问：双方会谈何时举行？' '发言人说，具体安排将适时发布。'
	assert_success
	refute_output --partial '有记者'
	run news '作者 | 王海' '我们这一代人经历了太多变化，如今回头看，很多事情都值得记录。' \
		'作者 | 李静' '我至今记得那年冬天的大雪，整个村子都被封住了。'
	assert_success
	refute_output --partial 'interview'
	run news '图为 张三' '我们在这里工作了三十年，见证了小镇的变化。' \
		'图为 李四' '我每天早上五点起床，先去菜市场。'
	assert_success
	refute_output --partial 'interview'
	run news '城市的记忆' '专栏作家 李明' '我小时候住在老城区，那时候的街道很窄。' \
		'乡愁' '特约评论员 王海' '我以为，乡愁是每个人心里的一块石头。'
	assert_success
	refute_output --partial 'interview'
	run news '清代社会史的几个问题' '王海' '我们今天研究清史，首先要面对史料的问题。' \
		'清代社会的另一面' '李静' '我以为，清代的基层社会远比想象的复杂。'
	assert_success
	refute_output --partial 'interview'
}

@test "nquote transcripts: a name with its title in parentheses as a label, heard twice, and 张伟教授：" {
	run news '新京报：你怎么看待人工智能对就业的影响？' \
		'李明（清华大学教授）：短期看会有冲击，长期看会创造新的岗位。' \
		'比如数据标注、模型训练，这些都是新的职业。' \
		'新京报：政府应该做些什么？' \
		'李明（清华大学教授）：加强职业培训，完善社会保障。'
	assert_success
	assert_line "$(printf '新京报\tinterview\t你怎么看待人工智能对就业的影响？\t')"
	assert_line "$(printf '李明\tinterview\t比如数据标注、模型训练，这些都是新的职业。\t清华大学教授')"
	run news '北京大学教授张伟日前接受了本报专访。' \
		'记者：明年的房价会怎么走？' \
		'张伟教授：总体平稳，一线城市可能略有上涨。' \
		'记者：租房市场呢？' \
		'张伟教授：租金会稳中有降。'
	assert_success
	assert_line "$(printf '张伟\tinterview\t总体平稳，一线城市可能略有上涨。\t教授')"
	assert_line "$(printf '张伟\tinterview\t租金会稳中有降。\t教授')"
}

@test "nquote transcripts: an answer labelled with a title and a name before 答 (人社部副部长张华答：)" {
	run news '问：今年的就业形势如何？' \
		'人社部副部长张华答：总体稳定。今年前五个月，城镇新增就业超过五百万人。' \
		'问：养老金会继续上调吗？' \
		'张华答：会的，具体方案正在制定。'
	assert_success
	assert_line "$(printf '张华\tinterview\t总体稳定。今年前五个月，城镇新增就业超过五百万人。\t人社部副部长')"
	assert_line "$(printf '张华\tinterview\t会的，具体方案正在制定。\t人社部副部长')"
	refute_line --partial '张华答：'
}

@test "nquote transcripts: labels spaced out to three characters' width (记  者：, 王  刚：)" {
	run news '记  者：今年的销售目标是多少？' \
		'王  刚：我们计划增长两成，主要靠新产品。' \
		'记  者：海外市场呢？' \
		'王  刚：东南亚是重点，我们已经在泰国建厂。'
	assert_success
	assert_line "$(printf '记者\tinterview\t今年的销售目标是多少？\t')"
	assert_line "$(printf '王刚\tinterview\t我们计划增长两成，主要靠新产品。\t')"
	assert_line "$(printf '王刚\tinterview\t东南亚是重点，我们已经在泰国建厂。\t')"
}

@test "nquote transcripts: an online outlet asks (36氪：…？, 钛媒体：…？) and a founder answers" {
	run news '**36氪：你们为什么选择这个赛道？**' '张三：因为我们看到了需求，这个市场还很空白。' \
		'**36氪：融资进展如何？**' '张三：我们刚完成了A轮，金额是一亿元。'
	assert_success
	assert_line "$(printf '36氪\tinterview\t你们为什么选择这个赛道？\t')"
	assert_line "$(printf '张三\tinterview\t我们刚完成了A轮，金额是一亿元。\t')"
	run news '钛媒体：今年的目标是什么？' '李明：营收翻一番，利润也要增长。' \
		'钛媒体：怎么实现？' '李明：靠海外市场，我们在欧洲有新工厂。'
	assert_success
	assert_line "$(printf '钛媒体\tinterview\t怎么实现？\t')"
	assert_line "$(printf '李明\tinterview\t靠海外市场，我们在欧洲有新工厂。\t')"
}

@test "nquote transcripts: a headline run into a page's metadata, or a clause before a colon, is no turn" {
	run news '记者：你如何评价这次改革？' \
		'张伟：改革方向是对的，关键在落实。' \
		'张伟：要走出困境就必须自主创新发布时间：2023．06．22 15：06来源：科技日报。' \
		'记者：具体怎么做？' \
		'张伟：加大研发投入，培养人才。'
	assert_success
	refute_output --partial '来源'
	assert_line "$(printf '张伟\tinterview\t加大研发投入，培养人才。\t')"
	run news '股东会的权利是：制定企业章程，任免董事。' \
		'权利是：制定、修改企业章程；任免董事。' \
		'董事会的职权如下。' \
		'权利是：决定企业一切重大问题，如经营方针。' \
		'记者：你如何评价这次改革？' '张伟：改革方向是对的，关键在落实。' \
		'记者：具体怎么做？' '张伟：加大研发投入，培养人才。'
	assert_success
	refute_output --partial '权利是'
}

@test "nquote transcripts: a section label after a turn (焦点：…) is neither a turn nor the speaker's words" {
	run news '记者：比赛前你紧张吗？' '张伟：有一点，但上场后就好了。' \
		'记者：下一站去哪里？' '张伟：去上海参加全国锦标赛。' \
		'焦点：三名原告拿到赔偿款，这场官司最终和气收场。'
	assert_success
	refute_output --partial '赔偿款'
}

@test "nquote transcripts: a verb before the role (王芳告诉记者：“…”) is speech, not a reporter's label" {
	run news '记者：这部电影什么时候上映？' '张伟：预计明年春节档。' \
		'记者：票房目标是多少？' '张伟：十亿元左右。' \
		'经纪人王芳告诉记者：“合同还没有最后签完，双方仍在谈。”'
	assert_success
	refute_output --partial '王芳告诉记者'
	assert_line "$(printf '王芳\tdirect\t合同还没有最后签完，双方仍在谈。\t经纪人')"
}
