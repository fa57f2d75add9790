#!/usr/bin/env bats
# nquote: who the speaker is in prose: a time, a document or a description
# around the name, a source named by its outlet, two speakers in a sentence.
load helpers/common

# rows as "speaker|cue|kind|quote|desc" for one document, its lines the arguments
rows() {
	printf '%s\n' "$@" | nnorm | nquote -H | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 "|" $10 }'
}

@test "nquote speakers: a month after the name is a date, not part of it (顾立雄三月曾在…时说)" {
	run rows '交通部长林志明三月曾在视察高铁工地时说，全线工程可望提前完工。'
	assert_success
	assert_output '林志明|说|indirect|全线工程可望提前完工|交通部长'
	run rows '市长王刚十二月在市政会议上表示，明年将新建五所小学。'
	assert_success
	assert_output '王刚|表示|indirect|明年将新建五所小学|市长'
}

@test "nquote speakers: 提示 reports advice and ends the clause before it; 核心提示： is a label" {
	run rows '“流感高发季已经到来。”市疾控中心专家陈红说，今年的流行株以甲型为主，儿童和老人是重点人群。她提示，出现高热症状应尽早就医，不要自行服用抗生素。'
	assert_success
	assert_line -n 1 '陈红|说|indirect|今年的流行株以甲型为主，儿童和老人是重点人群|市疾控中心专家'
	assert_line -n 2 '陈红|提示|indirect|出现高热症状应尽早就医，不要自行服用抗生素|市疾控中心专家'
	run rows '核心提示：一名警方发言人9日透露，两名嫌疑人已在边境被捕。'
	assert_success
	assert_output '警方发言人|透露|indirect|两名嫌疑人已在边境被捕|'
}

@test "nquote speakers: who issues a notice speaks (公告称, 通报称), and 报称 is not read across 日报 or 通报" {
	run rows '3月8日晚间，华联股份公告称，预计一季度净利润同比下降五成。'
	assert_success
	assert_output '华联股份|称|indirect|预计一季度净利润同比下降五成|'
	run rows '昨天，市纪委通报称，两名街道干部因违规收受礼金被立案审查。'
	assert_success
	assert_output '市纪委|称|indirect|两名街道干部因违规收受礼金被立案审查|'
	run rows '解放日报称，浦东新区今年将新建十所幼儿园。'
	assert_success
	assert_output '解放日报|称|indirect|浦东新区今年将新建十所幼儿园|'
}

@test "nquote speakers: commissions known by a short name speak (证监会, 发改委)" {
	run rows '证监会表示，将严厉打击财务造假行为。'
	assert_success
	assert_output '证监会|表示|indirect|将严厉打击财务造假行为|'
	run rows '对此，省发改委回应称，项目审批将在月底前完成。'
	assert_success
	assert_output '省发改委|回应|indirect|项目审批将在月底前完成|'
}

@test "nquote speakers: a person described by the name given speaks by that name (名叫X的男子)" {
	run rows '围观人群中，一位自称名叫刘建国的男子称，他亲眼看到货车闯了红灯。'
	assert_success
	assert_output '刘建国|称|indirect|他亲眼看到货车闯了红灯|'
	run rows '一名叫李秀英的老人告诉记者，这条街三十年没有变过样。'
	assert_success
	assert_output '李秀英|告诉|indirect|这条街三十年没有变过样|'
}

@test "nquote speakers: a body named with its initials after it (英国广播公司BBC) speaks as the body" {
	run rows '世界卫生组织WHO昨天表示，全球麻疹病例比去年同期增加了三成。'
	assert_success
	assert_output '世界卫生组织|表示|indirect|全球麻疹病例比去年同期增加了三成|'
}

@test "nquote speakers: a second speaker in the sentence gets a row of their own (…，不过X宣称，…)" {
	# a name whose surname is not in the list, after a title earlier in the paragraph
	run rows '外交部发言人华春莹在记者会上回应了此事。路透社则说，两国谈判已经破裂，不过华春莹宣称，双方仍在保持沟通。'
	assert_success
	assert_line -n 0 '路透社|说|indirect|两国谈判已经破裂|'
	assert_line -n 1 '华春莹|宣称|indirect|双方仍在保持沟通|'
	# a body known by its initials; a speaker after a title that holds a verb (发言人)
	run rows '市政府表示，新桥将在年底通车，但CNN报道称，工期可能延后。' '工会说，工人已经复工，不过公司发言人李伟表示，生产线仍未恢复。'
	assert_success
	assert_line -n 0 '市政府|表示|indirect|新桥将在年底通车|'
	assert_line -n 2 '工会|说|indirect|工人已经复工|'
	assert_line -n 3 '李伟|表示|indirect|生产线仍未恢复|公司发言人'
}

@test "nquote speakers: 透过 names the means, not the speaker (X透过新闻稿表示)" {
	run rows '参议员汤姆森透过新闻稿表示，这项法案将保护农民的利益。'
	assert_success
	assert_output '汤姆森|表示|indirect|这项法案将保护农民的利益|参议员'
}

@test "nquote speakers: 他 after a clause ending with a titled name is that person" {
	run rows '赵刚赶到了工地。记者用电话找到了公司副总经理孙立群，他告诉记者，大桥将在月底合龙。'
	assert_success
	assert_output '孙立群|告诉|indirect|大桥将在月底合龙|副总经理'
}

@test "nquote speakers: an outlet's 报道称 reports what the outlet says; a time word before the speaker is left out" {
	run rows '此前，路透社报道称，两家公司的合并谈判已接近尾声。'
	assert_success
	assert_output '路透社|报道|indirect|两家公司的合并谈判已接近尾声|'
	run rows '近年有海外媒体报导，该国将在边境修建全球最大的水坝。'
	assert_success
	assert_output '海外媒体|报导|indirect|该国将在边境修建全球最大的水坝|'
	run rows '年初张建国市长在人代会上提出，全市要新增三万个就业岗位。'
	assert_success
	assert_output '张建国|提出|indirect|全市要新增三万个就业岗位|市长'
}

@test "nquote speakers: a long clause of 时 between the speaker and the cue (a name in marks, a passive after 就, 答记者问, a dateline)" {
	run rows '新华社北京5月8日电 外交部发言人李明就两名中国渔民被扣押答记者问时表示，中方已要求对方尽快放人。'
	assert_success
	assert_output '李明|表示|indirect|中方已要求对方尽快放人|外交部发言人'
	run rows '记者林佳慧∕台北报导 行政院长陈建仁昨天下午接见「日本经济界访台代表团」时表示，期待双方扩大绿能合作。'
	assert_success
	assert_output '陈建仁|表示|indirect|期待双方扩大绿能合作|行政院长'
}

@test "nquote speakers: a stock code in brackets after a company (顺丰控股（002352.SZ）)" {
	run rows '格力电器（000651.SZ）在4月12日接受机构调研时表示，空调内销已经恢复增长。'
	assert_success
	assert_output '格力电器|表示|indirect|空调内销已经恢复增长|'
}

@test "nquote speakers: 他 with no one speaking before it is the nearest titled name before it" {
	run rows '议会取消年终辩论引发争议，议长陈国栋今日在记者会上回应争议。他指，取消辩论是为了确保选举公平。'
	assert_success
	assert_output '陈国栋|指|indirect|取消辩论是为了确保选举公平|议长'
	run rows '据路透社记者韩礼德在社交媒体发布的照片，当地电视信号已被切断。' '第二天，他在报导中直言，整个过程令他不寒而栗。'
	assert_success
	assert_output '韩礼德|直言|indirect|整个过程令他不寒而栗|路透社记者'
}

@test "nquote speakers: a body's survey is evidence, not a speaker; 大公报 is a newspaper, not a 公报" {
	run rows '国家统计局的抽样调查表明，七成受访者对收入增长感到满意。'
	assert_success
	assert_output ''
	run rows '香港大公报报道，特区政府将在下月公布施政报告。'
	assert_success
	assert_output '香港大公报|报道|indirect|特区政府将在下月公布施政报告|'
}

@test "nquote speakers: a name followed by a date is whole (王国庆1日接受…时这样看待); a foreign name's last part is the person named in full before" {
	run rows '“这份工作并不轻松。”从事外交工作三十年的刘晓明5日接受本报记者专访时这样说。'
	assert_success
	assert_output '刘晓明|说|direct|这份工作并不轻松。|从事外交工作三十年的'
	run rows '法国外交部长让·马克·艾罗今天表示，法方支持重启谈判。' '艾罗6月20日访问了柏林。' '他当时称，两国将加强协调。'
	assert_success
	assert_line -n 1 '让·马克·艾罗|称|indirect|两国将加强协调|法国外交部长'
}

@test "nquote speakers: 告诉 + the one told, then indirect speech opening on a term in marks" {
	run rows '国台办主任宋涛告诉来访的台商代表，「九二共识」是两岸交流的政治基础。'
	assert_success
	assert_output '宋涛|告诉|indirect|「九二共识」是两岸交流的政治基础|国台办主任'
}

@test "nquote speakers: a reporter in a byline is no antecedent for 他; a named law or plan in marks is no quotation" {
	run rows '（本报记者张小明北京3日电）国际奥委会今天发表声明。声明中说：「我们对这一决定深表遗憾，并将继续与各方沟通。」'
	assert_success
	refute_output --partial '张小明'
	run rows '参议员汤姆森今天提出「防止外国资本操纵本国农业市场法案」，以保护农民。' '学者林立指出，政府此时推出新政，凸显「以民生为核心的经济发展论述」及「在地优先叙事」。'
	assert_success
	assert_output '林立|指出|indirect|政府此时推出新政，凸显「以民生为核心的经济发展论述」及「在地优先叙事」|学者'
}

@test "nquote speakers: 报导称 opening a sentence is the report of the outlet that spoke just before" {
	run rows '美联社今天报导，两国外长将在下周会面。' '报导称，会谈地点可能选在日内瓦，双方仍在协调日程。'
	assert_success
	assert_line -n 1 '美联社|报导|indirect|会谈地点可能选在日内瓦，双方仍在协调日程|'
	# not a body that is no outlet
	run rows '国土局称，矿产无法转让。' '报道称，去年夏天，一名商人看上了这座铁矿。'
	assert_success
	assert_output '国土局|称|indirect|矿产无法转让|'
}

@test "nquote speakers: 比喻 and 打比方 report a figure of speech" {
	run rows '校长陈志明比喻，教育就像种树，十年才能见到成效。' '老队长王大山打比方说，守堤就像守家门，一刻也不能松懈。'
	assert_success
	assert_line -n 0 '陈志明|比喻|indirect|教育就像种树，十年才能见到成效|校长'
	assert_line -n 1 '王大山|打比方|indirect|守堤就像守家门，一刻也不能松懈|老队长'
}

@test "nquote speakers: 他/她 with no one speaking before them take a name opening a sentence before" {
	run rows '郭德明听完宣判后摇了摇头，' '「这是早就料到的事」。' '他表示会继续上诉到底。'
	assert_success
	assert_output '郭德明|表示|indirect|会继续上诉到底|'
	run rows '贝克汉姆得知有人模仿她的叫声，只是笑了笑。她说，比赛时根本听不到自己的声音。'
	assert_success
	assert_output '贝克汉姆|说|indirect|比赛时根本听不到自己的声音|'
}

@test "nquote speakers: 报道称 after a newspaper named in 《》 in a 据 frame is that newspaper's report" {
	run rows '据《南方日报》引述省气象台消息，本周末将有强降雨。' '报道称，强降雨将持续三天，沿海地区需防范内涝。'
	assert_success
	assert_output '南方日报|报道|indirect|强降雨将持续三天，沿海地区需防范内涝|'
}

@test "nquote speakers: a social media account after the speaker is the owner's (推特, 官方微博)" {
	run rows '据歌手林俊豪推特介绍，新专辑将在下月发行。' '市卫健委官方微博称，本轮疫情已得到控制。'
	assert_success
	assert_line -n 0 '林俊豪|介绍|indirect|新专辑将在下月发行|歌手'
	assert_line -n 1 '市卫健委|称|indirect|本轮疫情已得到控制|'
}
