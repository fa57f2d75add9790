#!/usr/bin/env bats
# nnorm: each step on its own, on real text from the seeds; the seeds' golden
# output (read line by line before it was committed); idempotence.

load helpers/common

norm() { printf '%s\n' "$1" | nnorm --text "${@:2}"; }

@test "seeds: output equals the reviewed golden files" {
	cd "$NK_TOP"
	for f in seeds/*.txt; do
		b=$(basename "$f" .txt)
		run diff -u "$GOLDEN/nnorm/$b.tsv" <(nnorm "$f")
		assert_success
	done
}

@test "seeds: idempotent (nnorm | nnorm changes nothing), on every seed and fixture" {
	for f in "$SEEDS"/*.txt "$FIXTURES"/nnorm/*; do
		run bash -c "cmp <(nnorm '$f') <(nnorm '$f' | nnorm)"
		assert_success
	done
}

@test "raw input: doc, date and line keys; front matter is metadata, not text" {
	run nnorm "$SEEDS/000_77fd77498bf11427.txt"
	assert_line --index 0 "doc	date	line	text"
	assert_line --index 1 "$SEEDS/000_77fd77498bf11427.txt	2024-11-16	9	来源：科技新知"
	refute_output --partial "title:"
	refute_output --partial "ByteAILab"
}

@test "raw input: the date comes from a dateline near the top when there is no front matter" {
	run bash -c "nnorm '$SEEDS/003_5e107498a3b3985a.txt' | cut -f2 | sort -u"
	assert_output "2023-09-14T15:43:20
date"
	# a date inside a sentence is news, not a dateline
	run bash -c "printf '标题\n2001年1月1日零时，随着新世纪钟声的响起，北京中华世纪坛礼花齐放，万民欢腾。\n' | nnorm | cut -f2 | tail -n 1"
	assert_output ""
	run bash -c "printf '发布时间：2024-07-04 09:30\n正文\n' | nnorm | cut -f2 | tail -n 1"
	assert_output "2024-07-04T09:30"
	# seeds 001 and 002 carry no date
	run bash -c "nnorm '$SEEDS/001_e58a2ad425dc6a32.txt' '$SEEDS/002_77d0da73740dc355.txt' | cut -f2 | sort -u | tr '\n' ,"
	assert_output ",date,"
}

@test "raw input: line numbers refer to the original file, blank lines dropped" {
	run bash -c "printf 'a\n\n   \nb\n' | nnorm | cut -f3,4"
	assert_output "line	text
1	a
4	b"
}

@test "raw input: a malformed front matter block is reported and kept as text" {
	run bash -c "printf -- '---\ntitle: [unclosed\n---\n正文\n' | nnorm 2>&1"
	assert_line --partial "nnorm: -:1: malformed front matter"
	assert_line "-		2	title: [unclosed"
	assert_line "-		4	正文"
}

@test "--meta adds front matter fields as columns" {
	run bash -c "nnorm --meta title,source '$SEEDS/004_29c9884f1356c652.txt' | head -n 2"
	assert_line --index 0 "doc	date	line	title	source	text"
	assert_line --index 1 --partial "	独家对话腾讯混元刘煜宏：做大模型可以有「深圳速度」，但不能跳步	极客公园	"
	run nnorm --meta Title /dev/null
	assert_failure 2
}

@test "record input: key columns pass through, the text column is normalised" {
	run bash -c "printf 'id\tsource\ttext\n1\tweb\t國產大模型回答2025,誰會掉隊?\n' | nnorm"
	assert_output "id	source	text
1	web	国产大模型回答2025，谁会掉队？"
	run bash -c "printf 'body\tid\nＡＩ２０２４\t9\n' | nnorm --text-col body"
	assert_output "id	text
9	AI2024"
}

@test "unicode: NFC, full-width letters and digits, spaces, zero-width and controls" {
	run norm $'ＡＩ２０２４年\u3000腾讯\u00a0混元\u200b大模型\u0007。'
	assert_output "AI2024年 腾讯 混元大模型。"
	run norm $'e\u0301'
	assert_output $'\u00e9'
	run norm $'ＡＩ\u3000２０２４' --no-unicode
	assert_output $'ＡＩ\u3000２０２４'
	# full-width punctuation stays full-width
	run norm '３６.７％，（注）'
	assert_output '36.7％，（注）'
}

@test "unicode: small and vertical punctuation forms of Hong Kong and Taiwan text" {
	# CityU and Academia Sinica lines: ﹕ ︰ ﹐ ﹗ are the colon, comma and
	# exclamation mark of Big5-era text; ﹒ is a decimal point there
	run norm '麥父笑說﹕「想要勸喻她們不要出街玩，很難了﹗」'
	assert_output '麦父笑说：「想要劝喻她们不要出街玩，很难了！」'
	run norm '身旁的霍金叫道︰'
	assert_output '身旁的霍金叫道：'
	run norm '作家鍾理和咯血去世﹐成長率為３﹒７％'
	assert_output '作家钟理和咯血去世，成长率为3.7％'
	run norm '﹁新聞﹂︵上︶'
	assert_output '「新闻」（上）'
}

@test "punctuation: half-width touching Han becomes full-width; clock times and numbers stay" {
	run norm '國產大模型回答2025,誰會掉隊?'
	assert_output '国产大模型回答2025，谁会掉队？'
	run norm '高通孟樸:攜手伙伴;5G趕超!'
	assert_output '高通孟朴：携手伙伴；5G赶超！'
	run norm '11日14:30开播，营收1,500万元'
	assert_output '11日14:30开播，营收1,500万元'
	run norm '大模型(LLM)的稀疏(MoE)结构,hello, world'
	assert_output '大模型（LLM）的稀疏（MoE）结构，hello, world'
	run norm '萊雅中國"FUN YOUniverTH有意思青年"創變盛典'
	assert_output '莱雅中国“FUN YOUniverTH有意思青年”创变盛典'
	run norm '还在继续着...然后。。。'
	assert_output '还在继续着……然后……'
	run norm '回答2025,誰會掉隊?' --no-punct
	assert_output '回答2025,谁会掉队?'
}

@test "script: Traditional to Simplified (phrase-aware), -T keeps it" {
	run norm '拆解騰訊的“大模型觀”'
	assert_output '拆解腾讯的“大模型观”'
	run norm '拆解騰訊的“大模型觀”' -T
	assert_output '拆解騰訊的“大模型觀”'
}

@test "markup: images dropped, links keep text, headings, quotes, bullets, bold, HTML tags" {
	run norm '![图片来源：由GPTNB生成](http://www.jesonc.com/upload/a.png)'
	assert_output ''
	run norm '来源：[科技新知](https://mp.weixin.qq.com/s/BAqU-sw9vlpgi3SUETcfgg)'
	assert_output '来源：科技新知'
	run norm '# 独家对话腾讯混元刘煜宏'
	assert_output '独家对话腾讯混元刘煜宏'
	run norm '> **张鹏：**你怎么看？'
	assert_output '张鹏：你怎么看？'
	run norm '  • 首頁 > 云計算頻道 > 大模型'
	assert_output '首页 > 云计算频道 > 大模型'
	run norm '<p>腾讯<br/>混元<span class="x">大模型</span></p><!-- ad -->'
	assert_output '腾讯混元大模型'
	run norm '- 第一点'
	assert_output '第一点'
	run norm '---'
	assert_output ''
	# bold markers in pairs, next to one another, as the seeds' Markdown has them
	run norm '**张鹏：去年腾讯推出了比较****AI****Native 的产品？**'
	assert_output '张鹏：去年腾讯推出了比较AINative 的产品？'
	run norm '****「深圳速度」，但不能跳步****'
	assert_output '「深圳速度」，但不能跳步'
	# not markup: asterisks that mask a name or a word, a rating
	run norm '我是襄阳保康县周**，我的症状是头痛'
	assert_output '我是襄阳保康县周**，我的症状是头痛'
	run norm '嫌疑人王**、李**于当晚被抓获'
	assert_output '嫌疑人王**、李**于当晚被抓获'
	run norm '雷军称这是一次**屏趋向的进化'
	assert_output '雷军称这是一次**屏趋向的进化'
	run norm '服务评分***'
	assert_output '服务评分***'
	# not markup: a comparison, an arithmetic star
	run norm '增速<5%，3*4=12'
	assert_output '增速<5%，3*4=12'
	run norm '# 标题' --no-markup
	assert_output '# 标题'
}

@test "whitespace: runs collapse, trimmed, no space between Han and numbers or around full-width punctuation" {
	run norm '   韩国今年进口柴油车销量预计跌破 1 万辆,创近 17 年新低   '
	assert_output '韩国今年进口柴油车销量预计跌破1万辆，创近17年新低'
	run norm '大模型依然在你追我赶 。'
	assert_output '大模型依然在你追我赶。'
	run norm '2023年09月14日 15:43:20   來源:數字力場'
	assert_output '2023年09月14日15:43:20 来源：数字力场'
	run norm '腾讯宣布开源 MoE 大语言模型混元 Large'
	assert_output '腾讯宣布开源 MoE 大语言模型混元 Large'
	run bash -c "printf 'a  b\n\n' | nnorm --text --no-space | od -c | head -n 1"
	assert_output --regexp 'a +b +\\n +\\n'
}

@test "-E reads legacy encodings; GBK and Big5 given as UTF-8 get a hint naming -E" {
	pku="$SHARED_CORPUS/icwb2/testing/pku_test.gbk.txt"
	as="$SHARED_CORPUS/icwb2/testing/as_test.big5.txt"
	[ -f "$pku" ] || skip "no shared corpus"
	run bash -c "nnorm '$pku' 2>&1 >/dev/null"
	assert_output --regexp "invalid UTF-8 .*looks like GB18030/GBK \(convert with nnorm -E GB18030\)"
	run bash -c "nnorm '$as' 2>&1 >/dev/null"
	assert_output --regexp "invalid UTF-8 .*looks like Big5 \(convert with nnorm -E BIG5\)"
	run bash -c "nnorm -E GB18030 '$pku' | sed -n 2p | cut -f4"
	assert_output '共同创造美好的新世纪——二○○一年新年贺词'
	run bash -c "nnorm -E GB18030 '$pku' 2>&1 >/dev/null | wc -l"
	assert_output 0
	run bash -c "nnorm -E BIG5 '$as' | sed -n 2p | cut -f4"
	assert_output --regexp '^许多社区长青学苑多开设有书法、'
	run bash -c "iconv -f UTF-8 -t UTF-16 '$SEEDS/002_77d0da73740dc355.txt' | nnorm -E UTF-16 | cmp - <(nnorm < '$SEEDS/002_77d0da73740dc355.txt')"
	assert_success
	run bash -c "iconv -f UTF-8 -t UTF-16 '$SEEDS/002_77d0da73740dc355.txt' | nnorm 2>&1 >/dev/null"
	assert_output --partial "UTF-16"
	run nnorm -E NO-SUCH-ENCODING /dev/null
	assert_failure 2
}

@test "--text prints the normalised text only" {
	run bash -c "nnorm --text '$SEEDS/002_77d0da73740dc355.txt' | head -n 2"
	assert_output "今天小编分享的科技经验：国产大模型回答2025，谁会掉队？，欢迎阅读。
去年的百模大战，今年的务实之争。"
}

@test "memory stays flat: 40 copies of the seeds need no more than one copy" {
	[ -x /usr/bin/time ] || skip "GNU time is not installed"
	# ASan's quarantine holds freed memory on purpose: peak RSS means nothing there
	[ -z "$NK_SANITIZED" ] || skip "under sanitizers"
	one="$BATS_TEST_TMPDIR/one.txt" many="$BATS_TEST_TMPDIR/many.txt"
	cat "$SEEDS"/*.txt > "$one"
	for i in $(seq 40); do cat "$one"; done > "$many"
	a=$(/usr/bin/time -f %M nnorm "$one" 2>&1 >/dev/null | tail -n 1)
	b=$(/usr/bin/time -f %M nnorm "$many" 2>&1 >/dev/null | tail -n 1)
	echo "peak RSS: $a KB for one copy, $b KB for 40" >&2
	# 40 copies are 100 MB: growing with the input would show; 4 MB of slack
	# covers allocator noise
	[ "$b" -le $(( a + 4096 )) ]
}
