#!/usr/bin/env bats
# nquote: speakers that are not right before the cue (the subject of an
# earlier clause, a quotation's scene clause, verbs that take a clause).
load helpers/common

# rows as "speaker|cue|kind|quote|desc" for one document, its lines the arguments
rows() {
	printf '%s\n' "$@" | nnorm | nquote -H | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 "|" $10 }'
}

@test "nquote clauses: a relative named after a person speaks for the clause (的 or none), not the person" {
	run rows '市民张女士向派出所报了案。张女士的丈夫下班回家后才得知此事，随后表示，家里的存款一直由他保管。'
	assert_success
	assert_output '丈夫|表示|indirect|家里的存款一直由他保管|张女士的'
	run rows '王大爷女儿看到短信后起了疑心，随后表示，父亲从来不用网上银行。'
	assert_success
	assert_output '女儿|表示|indirect|父亲从来不用网上银行|王大爷'
}

@test "nquote clauses: 当即/立即 before the cue of a clause keep the sentence's subject" {
	run rows '店主刘建华看完监控录像后，当即表示，愿意配合警方调查。'
	assert_success
	assert_output '刘建华|表示|indirect|愿意配合警方调查|店主'
	run rows '社区主任陈立新听完居民的意见后，立即表示，下周就安排人员清理楼道。'
	assert_success
	assert_output '陈立新|表示|indirect|下周就安排人员清理楼道|社区主任'
}

@test "nquote clauses: 呼吁 and 提及 take their clause with no mark after them" {
	run rows '环保组织也呼吁沿岸各市尽快公开排污口名单，接受公众监督。'
	assert_success
	assert_output '环保组织|呼吁|indirect|沿岸各市尽快公开排污口名单，接受公众监督|'
	run rows '领队赵志强提及在山谷里曾经听到过狼的叫声，大家都很紧张。'
	assert_success
	assert_output '赵志强|提及|indirect|在山谷里曾经听到过狼的叫声，大家都很紧张|领队'
	run rows '他提及此事时显得很激动。'
	assert_success
	assert_output ''
}

@test "nquote clauses: a bare verb's clause holding its own 据…报道 is a headline run into the story" {
	run rows '市长呼吁停工据本地电视台报道，市长当天在会上表示，工地必须全部停工整改。'
	assert_success
	assert_output '本地电视台|报道|indirect|市长当天在会上表示，工地必须全部停工整改|'
}

@test "nquote clauses: the subject of a clause before the cue speaks, past 地-adverbials, verbs in 着 and verbs of going" {
	run rows '第二天一早，老孙又是急急忙忙地赶到村委会找到会计说：“钱我已经凑齐了。”'
	assert_success
	assert_output '老孙|说|direct|钱我已经凑齐了。|'
	run rows '村主任郭长海拉着记者的手说：“今年的收成比去年好。”'
	assert_success
	assert_output '郭长海|说|direct|今年的收成比去年好。|村主任'
	run rows '一位老人颤巍巍地走到台前说：“我等这一天等了五十年。”'
	assert_success
	assert_output '老人|说|direct|我等这一天等了五十年。|'
}

@test "nquote clauses: a clause that hands the word to another (请, 让) gives no serial speaker; a name does not run into the verb" {
	run rows '音乐老师张慧笑着请孩子们一个个走上台说：“谢谢老师。”'
	assert_success
	refute_output --partial '张慧|'
	run rows '北京大学学生刘晓雯代表全体志愿者表示：“我们准备好了。”'
	assert_success
	refute_output --partial '刘晓雯代|'
}

@test "nquote clauses: a serial subject before an indirect cue (…时表示), not past a negation or another verb of speech" {
	run rows '市长刘志远昨日上午会见来访的客商时表示，本市将进一步优化营商环境。'
	assert_success
	assert_output '刘志远|表示|indirect|本市将进一步优化营商环境|市长'
	run rows '老周红着脸不再透露，家里到底出了什么事。'
	assert_success
	assert_output ''
	run rows '历史学者陈文昭首次提出移民说，论证了本地先民来自北方。'
	assert_success
	assert_output ''
}

@test "nquote clauses: quotations one after another, then a scene clause and the speaker with a verb, are all that speaker's" {
	run rows '“楼道里的灯坏了半个月。”“电梯也经常停。”座谈会上，业主们积极反映小区的物业问题。'
	assert_success
	assert_output "$(printf '%s\n' '业主们|反映|direct|楼道里的灯坏了半个月。|' '业主们|反映|direct|电梯也经常停。|')"
	run rows '“这辈子没白活。”离开时，老李低声说。'
	assert_success
	assert_output '老李|说|direct|这辈子没白活。|'
}

@test "nquote clauses: a scene clause with no verb of speech after it, or a question before an answer, gives no speaker" {
	run rows '“这条路修好以后，我们出门就方便多了！”说到这里，老人红了眼眶。'
	assert_success
	assert_output ''
	run rows '“您今年多大岁数了？”“八十二了。”老人笑着说。'
	assert_success
	assert_output '老人|说|direct|八十二了。|'
}

@test "nquote clauses: after a quotation, its speaker's verb of telling and the one told, the speaker goes on (in marks or not)" {
	run rows '“自从修了新路，就再没有人来收过费了。”司机王某告诉记者，如果有人来查，他们也会照章办事。'
	assert_success
	assert_output "$(printf '%s\n' '王某|告诉|direct|自从修了新路，就再没有人来收过费了。|司机' '王某|告诉|indirect|如果有人来查，他们也会照章办事|司机')"
	run rows '“我对看到的情况感到震惊，”马丁告诉新华社记者，“我们应该做点什么了。”'
	assert_success
	assert_output "$(printf '%s\n' '马丁|告诉|direct|我对看到的情况感到震惊，|' '马丁|告诉|direct|我们应该做点什么了。|')"
}

@test "nquote clauses: after a quotation, a titled person's clause, then a clause of what the person does and a verb of speech ending the sentence" {
	run rows '“网上兼职刷单全是骗局，千万别转账。”社区民警韩冬走上前，指着宣传栏里的真实案例提醒。'
	assert_success
	assert_output '韩冬|提醒|direct|网上兼职刷单全是骗局，千万别转账。|社区民警'
	run rows '昨天下午，社区举办了反诈讲座。“网上兼职刷单全是骗局。”社区民警韩冬走上前，居民们纷纷点头。'
	assert_success
	assert_output ''
}

@test "nquote clauses: 承诺 reports words after a colon or in marks, not before a comma (a noun or a pledge of policy)" {
	run rows '物业经理听完大家的意见，逐条作了解释，并郑重承诺：下周起每天清运两次垃圾。'
	assert_success
	assert_output '物业经理|承诺|indirect|下周起每天清运两次垃圾|'
	run rows '公司履行了当初的承诺，工人们的工资已全部发放。'
	assert_success
	assert_output ''
	run rows '他表示，只要各方都兑现承诺，项目就能按期完工。'
	assert_success
	assert_output '他|表示|indirect|只要各方都兑现承诺，项目就能按期完工|'
}

@test "nquote clauses: a headline's indirect speech ends before a date stamp or source label run into it" {
	run rows '环保部门呼吁市民绿色出行2019－06－0510：12：30来源：本地晚报'
	assert_success
	assert_output '环保部门|呼吁|indirect|市民绿色出行|'
	run rows '市长称明年完成旧城改造日期：2019－06－05来源：本地晚报'
	assert_success
	assert_output '市长|称|indirect|明年完成旧城改造|'
}

@test "nquote clauses: 谈 of 交谈 and 讲 of 讲台 are no cues" {
	run rows '两国领导人进行了亲切交谈，互致问候，并共同出席了欢迎晚宴。'
	assert_success
	assert_output ''
	run rows '“大家千万别信陌生电话。”社区民警刘洋走上讲台，举着手机对居民们说。'
	assert_success
	assert_output '刘洋|说|direct|大家千万别信陌生电话。|社区民警'
}

@test "nquote clauses: a cue after a clause of time (…时表示) takes the subject opening that clause before a name is read across it" {
	run rows '市长刘志远昨日上午会见来访的企业代表团时表示，本市将进一步优化营商环境。'
	assert_success
	assert_output '刘志远|表示|indirect|本市将进一步优化营商环境|市长'
}

@test "nquote clauses: no serial or relative speaker across 与, an existential 有, a purpose in 以, or a title before the name" {
	run rows '林太与女儿每天都经过公园。她表示自己并不害怕蚊子。'
	assert_success
	refute_output --partial '女儿|'
	run rows '欧美也已有几个国家承认这种婚姻关系的合法性。'
	assert_success
	assert_output ''
	run rows '赵武也册封他以承认其地位的合法性。'
	assert_success
	assert_output ''
	run rows '市医院院长特助周明华表示，医患关系需要双方共同维护。'
	assert_success
	refute_output --partial '市医院院长|'
}

@test "nquote clauses: no serial speaker for naming (用这个词指…) or a cue after 进行" {
	run rows '学者们最初用这个词指那些不合常规的建筑。'
	assert_success
	assert_output ''
	run rows '一些官方媒体也开始对政府的过失进行批评，比如电视台的新闻节目。'
	assert_success
	assert_output ''
}
