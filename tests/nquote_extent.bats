#!/usr/bin/env bats
# nquote: where indirect and direct quotations start and end.
load helpers/common
load helpers/nquote

@test "nquote extent: after 告诉 someone, an indirect clause may open on a term in marks" {
	run news '外交部长会见来访的议员代表团。部长告诉代表团成员，「一个中国」原则是双边关系的政治基础，不容挑战。'
	assert_success
	assert_output '部长	indirect	「一个中国」原则是双边关系的政治基础，不容挑战	'
	run news '校长告诉新生们，“双减”不是减少学习，而是减去无效的负担。'
	assert_success
	assert_output '校长	indirect	“双减”不是减少学习，而是减去无效的负担	'
}

@test "nquote extent: 告诉 an outlet named in 《》 (and its reporter) is the one told" {
	run news '博物馆副馆长刘振华告诉《华夏时报》：“这批文物今年秋天就会公开展出。”'
	assert_success
	assert_output '刘振华	direct	这批文物今年秋天就会公开展出。	博物馆副馆长'
	run news '一位接近监管部门的人士告诉《经济观察报》记者，新规最快下月出台。'
	assert_success
	assert_output '人士	indirect	新规最快下月出台	接近监管部门的'
}

@test "nquote extent: a split quotation after a colon that has no cue is the split's speaker's, both halves" {
	run news '老队长王建军回顾起那年的冬天：“那年冬天特别冷，”他回忆道，“我们在雪地里守了三天三夜。”'
	assert_success
	assert_output '王建军	direct	那年冬天特别冷，	老队长
王建军	direct	我们在雪地里守了三天三夜。	老队长'
}

@test "nquote extent: 的 for 地 before any cue when a colon and a quotation follow (乐观的表示：“…”)" {
	run news '主教练王建国乐观的表示：“只要防守稳住，我们就有机会出线！”'
	assert_success
	assert_output '王建国	direct	只要防守稳住，我们就有机会出线！	主教练'
	# a noun of speech with no quotation after it stays a noun
	run news '这是很好的补充，值得推广。'
	assert_success
	assert_output ''
}

@test "nquote extent: a person and a short clause of feeling before a colon speak the quotation (宋省长显得很兴奋：“…”)" {
	run news '谈起家乡的变化，王县长显得十分兴奋：“这几年全县的旅游收入翻了一番。”'
	assert_success
	assert_output '王县长	direct	这几年全县的旅游收入翻了一番。	'
	# no person: a scene, not a speaker
	run news '会场上十分安静：“请大家保持秩序。”'
	assert_success
	assert_output ''
}

@test "nquote extent: a verb of speech with a longer object before a colon quotes what follows (回忆…的情形：“…”)" {
	run news '老校长回忆起第一次走进山村小学的情形：“教室只有一间，窗户上连玻璃都没有。”'
	assert_success
	assert_output '老校长	direct	教室只有一间，窗户上连玻璃都没有。	'
	run news '李明谈到这个问题：“我们没有别的选择。”'
	assert_success
	assert_output '李明	direct	我们没有别的选择。	'
}

@test "nquote extent: quotations listed after an attributed one (“…”，“…”，“…”) are the same speaker's" {
	run news '发言人一再强调「政府在设计问卷时一定会保持客观中立的立场」，「保证民调客观公正」，「不会针对个别政党」。'
	assert_success
	assert_output '发言人	direct	政府在设计问卷时一定会保持客观中立的立场	
发言人	direct	保证民调客观公正	
发言人	direct	不会针对个别政党	'
	# terms listed after a term are not quotations
	run news '他在报告中提到“三农”、“双减”等问题。'
	assert_success
	assert_output ''
}

@test "nquote extent: a bare cue's clause may open on a term in marks (表示“台独”是死路一条)" {
	run news '外交部发言人表示“台独”是一条走不通的死路。'
	assert_success
	assert_output '外交部发言人	indirect	“台独”是一条走不通的死路	'
	run news '他表示“欢迎”。'
	assert_success
	assert_output ''
}

@test "nquote extent: indirect speech stops before ，但称“…” and the words in marks are a direct row of the same speaker" {
	run news '负责人于先生还说，目前现场指挥长正在前往派出所处理此事，对于事件起因还不清楚，但称“可能是下面的工人所为”。'
	assert_success
	assert_output '于先生	indirect	目前现场指挥长正在前往派出所处理此事，对于事件起因还不清楚	负责人
于先生	direct	可能是下面的工人所为	负责人'
}

@test "nquote extent: the one told, then words in marks with no mark between (号召群众“…”, 告诉记者“…”)" {
	run news '警方公布了嫌疑人的照片，号召群众“如有发现，请立即与本地公安机关联系。”'
	assert_success
	assert_output '警方	direct	如有发现，请立即与本地公安机关联系。	'
}
