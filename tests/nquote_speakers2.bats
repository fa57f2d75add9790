#!/usr/bin/env bats
# nquote: who the speaker is in prose, second part: long descriptions
# before a name, quotations whose speaker is the subject next to them.
load helpers/common

# rows as "speaker|cue|kind|quote|desc" for one document, its lines the arguments
rows() {
	printf '%s\n' "$@" | nnorm | nquote -H | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 "|" $10 }'
}

@test "nquote speakers2: a name after a long description ending in a role the lexicon does not know (里长, 主秘)" {
	run rows '台中市北屯区仁和里长郭振华说道，「排水沟堵了半个月，下雨就淹到门口。」'
	assert_success
	assert_output '郭振华|说道|direct|排水沟堵了半个月，下雨就淹到门口。|台中市北屯区仁和里长'
	run rows '新北市政府交通局停管处主秘林怡君表示，「新的收费系统下个月起分区上线。」'
	assert_success
	assert_output '林怡君|表示|direct|新的收费系统下个月起分区上线。|新北市政府交通局停管处主秘'
}

@test "nquote speakers2: a quotation in the first person after a sentence naming one person is that person's" {
	run rows '快递员刘志强今年换了电动三轮车，每天能多送六十多件。' '入冬以后，刘志强的订单又多了三成，他常常忙到晚上十点。「我现在一个月能挣九千多，比在老家种地强多了。」'
	assert_success
	assert_output '刘志强||direct|我现在一个月能挣九千多，比在老家种地强多了。|'
	# two people in the sentence before: no guess
	run rows '快递员刘志强今年换了电动三轮车。' '站长王海和刘志强一起清点了包裹。「我们今天要送完两千件。」'
	assert_success
	refute_output --partial '我们今天要送完两千件'
}

@test "nquote speakers2: a quotation opening its paragraph, a comma, a time, then the subject of the sentence" {
	run rows '村支书孙国栋连夜组织转移。' '「水要漫过堤坝了，大家马上上山」，凌晨2时，孙国栋在村微信群里连发了三条语音。'
	assert_success
	assert_output '孙国栋||direct|水要漫过堤坝了，大家马上上山|'
	# the quotation as the subject of 是: no speaker
	run rows '“先富带后富”，是邓小平提出的重要思想。'
	assert_success
	assert_output ''
}

@test "nquote speakers2: a nickname in marks between a description and the name (工联会「老大哥」陈志伟)" {
	run rows '工联会「老大哥」陈志伟表示，政府应尽快公布房屋政策细节。'
	assert_success
	assert_output '陈志伟|表示|indirect|政府应尽快公布房屋政策细节|工联会「老大哥」'
}

@test "nquote speakers2: two characters after a title with no surname are no name (局长淡淡道, 教练上场)" {
	run rows '局长淡淡道：“这件事我们会查到底。”'
	assert_success
	assert_output '局长|道|direct|这件事我们会查到底。|'
	run rows '会长陈德明说，今年会员增加了两成。会后球员、教练上场向观众致意。他说：“这是全队的胜利。”'
	assert_success
	assert_line -n 1 '陈德明|说|direct|这是全队的胜利。|会长'
	# a foreign name of two after a title stays a name
	run rows '俄罗斯总统普京表示，双方将继续谈判。'
	assert_success
	assert_output '普京|表示|indirect|双方将继续谈判|俄罗斯总统'
}

@test "nquote speakers2: a title ending in 长 the lexicon knows without it (书记长洪世杰), 有博主, 反指" {
	run rows '国民党立院党团书记长洪世杰今（3）日表示，党团将提出复议。'
	assert_success
	assert_output '洪世杰|表示|indirect|党团将提出复议|国民党立院党团书记长'
	run rows '随后有博主称，该款手机的电池来自另一家供应商。'
	assert_success
	assert_output '博主|称|indirect|该款手机的电池来自另一家供应商|'
	run rows '议员梁国雄反指，政府一直在拖延。'
	assert_success
	assert_output '梁国雄|反指|indirect|政府一直在拖延|议员'
}

@test "nquote speakers2: quotations set one right after another after one cue are a row each" {
	run rows '新规出台后，不少车主表示支持，称“早该这么管了”“停车终于不用抢位了”。'
	assert_success
	assert_line -n 0 '车主|称|direct|早该这么管了|'
	assert_line -n 1 '车主|称|direct|停车终于不用抢位了|'
	# terms in marks, not what was said
	run rows '他称“混元”“元宝”都是自家的产品。'
	assert_success
	refute_output --partial 'direct'
}

@test "nquote speakers2: no cue before the colon, a description in 的, then a title and the name" {
	run rows '在新修的广场上，正在跳舞的村民韩秀英停下来拉着记者：“以前这里全是烂泥塘，现在晚上都热闹得很！”'
	assert_success
	assert_output '韩秀英|：|direct|以前这里全是烂泥塘，现在晚上都热闹得很！|村民'
	# a noun of saying in 的, not a speaker
	run rows '他的回答很干脆：“不去，明年再说。”'
	assert_success
	refute_output --partial '回答'
}

@test "nquote speakers2: a noun for people holding a verb of speech is no verb in the object before the colon (宣讲人)" {
	run rows '社区主任李春华介绍了今天的宣讲人：“这位是刚从边疆回来的援疆干部，大家欢迎。”'
	assert_success
	assert_output '李春华|介绍|direct|这位是刚从边疆回来的援疆干部，大家欢迎。|社区主任'
}

@test "nquote speakers2: the object of a verb of asking or saying names the words after the comma (问下一个问题，“…”)" {
	run rows '发布会上，记者接着问了下一个问题，“新车型什么时候能交付？”'
	assert_success
	assert_output '记者|问|direct|新车型什么时候能交付？|'
	run rows '临走前，老支书又说了一句话，“你们一定要常回来看看。”'
	assert_success
	assert_output '老支书|说|direct|你们一定要常回来看看。|'
}

@test "nquote speakers2: 她 after the reporter's question is the person answering, not the reporter" {
	run rows '主教练王芳说道：“今天大家打得很顽强。”' '记者接着问，“下一场会不会轮换？”王芳想了想，她回应：“要看队员的体能。”'
	assert_success
	assert_line -n 2 '王芳|回应|direct|要看队员的体能。|主教练'
}

@test "nquote speakers2: title and name, an action, a comma, then a quotation whose sentence ends inside the marks" {
	run rows '“我有个建议！”退休教师周文斌站了起来，“能不能在小区里多装几盏路灯？”话音刚落，不少居民跟着点头。'
	assert_success
	assert_line -n 0 '周文斌||direct|我有个建议！|退休教师'
	assert_line -n 1 '周文斌||direct|能不能在小区里多装几盏路灯？|退休教师'
}

@test "nquote speakers2: a quotation after a clause naming again the speaker of the one before it is that speaker's" {
	run rows '“水一下子就涨到了膝盖，屋里的东西全泡了。”身高一米六左右的张桂兰是石门坎村的村干部，“我挨家挨户去敲门，把老人先背出来。”'
	assert_success
	assert_line -n 0 '张桂兰||direct|水一下子就涨到了膝盖，屋里的东西全泡了。|身高一米六左右的'
	assert_line -n 1 '张桂兰||direct|我挨家挨户去敲门，把老人先背出来。|身高一米六左右的'
}

@test "nquote speakers2: a quotation opening the paragraph, then a scene and a role the lexicon does not know before the name" {
	run rows '“水一下子就漫到了床边，东西都来不及搬。”在城中村租住了五年，四川籍务工人员罗志勇“从没见过这么大的雨”，连夜搬到了亲戚家。'
	assert_success
	assert_line -n 0 '罗志勇||direct|水一下子就漫到了床边，东西都来不及搬。|四川籍务工人员'
}

@test "nquote speakers2: a place and a count before people described by a longer noun (附近一名社区工作人员)" {
	run rows '“物资今晚一定送到，请大家再等一等。”楼下一名社区工作人员回应道。'
	assert_success
	assert_output '社区工作人员|回应|direct|物资今晚一定送到，请大家再等一等。|'
}

@test "nquote speakers2: a quotation opening its paragraph, a scene, then people described opening the sentence" {
	run rows '“药品我们统一代买，大家在群里接龙就行。”在群里逐条回复时，社区工作人员还附上了一张清单。'
	assert_success
	assert_output '社区工作人员||direct|药品我们统一代买，大家在群里接龙就行。|'
}

@test "nquote speakers2: a title and a name, then what the speaker does meanwhile (全国劳模X指着…说)" {
	run rows '全国劳模方建华指着新装的桥吊对我说：“十年前这里还是一片滩涂。”'
	assert_success
	assert_output '方建华|说|direct|十年前这里还是一片滩涂。|全国劳模'
}

@test "nquote speakers2: two nouns for people joined by 及 or 和 speak together (里长及里民抗议：「…」)" {
	run rows '东林里长及里民抗议：「排水沟半年没人清。」'
	assert_success
	assert_output '东林里长及里民|抗议|direct|排水沟半年没人清。|'
	run rows '不少学生和家长表示，新校区离地铁站太远。'
	assert_success
	assert_output '学生和家长|表示|indirect|新校区离地铁站太远|'
}

@test "nquote speakers2: the topic of a long sentence, a clause of a description in 的 and a name, is the speaker of a cue with no subject" {
	run rows '市议会今天审议预算案，上午先讨论议事规则，一直反对加税的林国栋，得知追加预算又被退回，当场表示这样的审议程序不合理。'
	assert_success
	assert_output '林国栋|表示|indirect|这样的审议程序不合理|一直反对加税的'
	run rows '台南市文化局的陈小姐，在受访时提到：「这栋老屋明年就会开放参观。」'
	assert_success
	assert_output '陈小姐|提到|direct|这栋老屋明年就会开放参观。|台南市文化局的'
}

@test "nquote speakers2: a name of two after a long description ending in a role (…首席战略官马越)" {
	run rows '芯来科技首席战略官马越认为，汽车芯片明年还会保持高速增长。'
	assert_success
	assert_output '马越|认为|indirect|汽车芯片明年还会保持高速增长|芯来科技首席战略官'
	# not a word of two after a description with function characters
	run rows '我们凭着一股子单纯坚信：“别人能做到的，我们也能做到。”'
	assert_success
	refute_output --partial '单纯|'
}

@test "nquote speakers2: a surname, 姓, then a noun for people (陈姓男子) is the speaker" {
	run rows '住光复乡中山路陈姓男子表示，目前撤离资讯混乱，只能先在家门口堆沙包。'
	assert_success
	assert_output '陈姓男子|表示|indirect|目前撤离资讯混乱，只能先在家门口堆沙包|住光复乡中山路'
}

@test "nquote speakers2: a surname alone before the cue is the person of that surname named with a title before" {
	run rows '民众党团主任黄国昌昨天也被问到此事。黄回应，希望行政院尽快提出完整的配套方案。'
	assert_success
	assert_output '黄国昌|回应|indirect|希望行政院尽快提出完整的配套方案|'
}

@test "nquote speakers2: after an answered quotation, people described opening the clause before a quotation (其他村民也…，“…？”“…？”)" {
	run rows '“我先说两句！”退休教师周文斌站了起来，“小区能不能多装几盏路灯？”不等主任回答，其他居民也纷纷抛出问题，“垃圾站什么时候搬走？”“停车位还会不会增加？”'
	assert_success
	assert_line -n 2 '其他居民||direct|垃圾站什么时候搬走？|'
	assert_line -n 3 '其他居民||direct|停车位还会不会增加？|'
}

@test "nquote speakers2: 不等X回答 is before X spoke, X is no speaker" {
	run rows '“这笔钱到底花在哪了？”不等校长回答，几名家长又追了上去。'
	assert_success
	refute_output --partial '不等'
	refute_output --partial '校长|回答'
}
