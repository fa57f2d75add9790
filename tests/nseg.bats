#!/usr/bin/env bats
# nseg: sentence boundaries rule by rule, words that stay whole, the
# dictionary route and the HMM, user dictionaries, record pass-through, and
# the seeds (a reviewed golden file of sentences; words that add up exactly).

load helpers/common

# sentences of one line of text, one per output line
sents() { printf '%s\n' "$1" | nseg -H "${@:2}" | cut -f5; }
# words of one line of text, space-separated
words() { printf '%s\n' "$1" | nseg -H -j "${@:2}" | cut -f5; }

@test "seeds: sentences of seeds 000 and 001 equal the reviewed golden files" {
	for b in 000_77fd77498bf11427 001_e58a2ad425dc6a32; do
		run bash -c "cd '$NK_TOP' && nseg seeds/$b.txt | diff -u tests/golden/nseg/$b.sent.tsv -"
		assert_success
	done
}

@test "seeds: on every seed, raw and normalised, the words add up to each sentence exactly" {
	for f in "$SEEDS"/*.txt; do
		for pre in cat nnorm; do
			command -v "$pre" >/dev/null || continue
			run bash -c "$pre '$f' > '$BATS_TEST_TMPDIR/in'
				nseg -H '$BATS_TEST_TMPDIR/in' | cut -f3- > '$BATS_TEST_TMPDIR/s'
				nseg -H -w '$BATS_TEST_TMPDIR/in' | awk -F'\t' '
					{ k = \$3 \"\t\" \$4; if (k != last && last != \"\") print out; if (k != last) out = k \"\t\"; out = out \$6; last = k }
					END { if (last != \"\") print out }' > '$BATS_TEST_TMPDIR/w'
				diff '$BATS_TEST_TMPDIR/s' '$BATS_TEST_TMPDIR/w' && wc -l < '$BATS_TEST_TMPDIR/s'"
			assert_success
			[ "$output" -gt 10 ]
		done
	done
}

@test "seeds: no sentence of any seed is longer than its line or empty, and sent counts from 1" {
	run bash -c "nseg -H '$SEEDS'/*.txt | awk -F'\t' '\$5 == \"\" || \$4 < 1 { print }'"
	assert_output ""
	run bash -c "nseg -H '$SEEDS'/*.txt | awk -F'\t' '{ k = \$1 \":\" \$3 } k == last && \$4 != n + 1 { print } { n = \$4; last = k }'"
	assert_output ""
}

@test "seeds: words of seed 000 a reader expects" {
	run bash -c "nseg -w '$SEEDS/000_77fd77498bf11427.txt' | cut -f6"
	for w in 2024年 11月5日 腾讯 宣布 开源 MoE 7T 389B 52B 256K 模型 元宝 百度 https://mp.weixin.qq.com/s/BAqU-sw9vlpgi3SUETcfgg; do
		assert_line "$w"
	done
	refute_line "389"
	refute_line "mp"
}

@test "sentences: split after 。！？；… and !? with the closing quotes that follow" {
	run sents '今天下雨。明天晴！后天呢？大后天；再说吧'
	assert_output "今天下雨。
明天晴！
后天呢？
大后天；
再说吧"
	run sents 'Is it true? Yes! 好的。'
	assert_output "Is it true?
Yes!
好的。"
	run sents '他说：“好。”我们走了。'
	assert_output "他说：“好。”
我们走了。"
	run sents '今天上线了吗？！还没有。'
	assert_output "今天上线了吗？！
还没有。"
}

@test "sentences: nested and corner quotes, quotation then attribution" {
	run sents '他说：「今天先这样。」然后离开。'
	assert_output "他说：「今天先这样。」
然后离开。"
	run sents '「今天先这样。」他说。然后离开。'
	assert_output "「今天先这样。」他说。
然后离开。"
	# a new sentence after the quotation is not an attribution
	run sents '「今天先这样。」我们说服了他。然后离开。'
	assert_output "「今天先这样。」
我们说服了他。
然后离开。"
	run sents '他说：“她问我‘真的吗？’”然后离开。'
	assert_output "他说：“她问我‘真的吗？’”
然后离开。"
}

@test "sentences: never inside numbers, versions, URLs, e-mail or abbreviations" {
	run sents '价格是0.003元。京东11.11开始了。'
	assert_output "价格是0.003元。
京东11.11开始了。"
	run sents '详见https://example.com/a?b=1&c=2!d 页面。请看。'
	assert_output "详见https://example.com/a?b=1&c=2!d 页面。
请看。"
	run sents '写信到 news@example.com.cn 联系。好的。'
	assert_output "写信到 news@example.com.cn 联系。
好的。"
	run sents '项目支持U.S.标准。下一步开始联调。版本是v2.1.0。'
	assert_output "项目支持U.S.标准。
下一步开始联调。
版本是v2.1.0。"
}

@test "sentences: no boundary inside 《》 or brackets, before a comma, or in a running ellipsis" {
	run sents '我们去看《摔跤吧！爸爸》好吗？好！'
	assert_output "我们去看《摔跤吧！爸爸》好吗？
好！"
	run sents '这是试行版（真的！）。明天公开。'
	assert_output "这是试行版（真的！）。
明天公开。"
	run sents '國產大模型回答2025,誰會掉隊?,歡迎閲讀。'
	assert_output "國產大模型回答2025,誰會掉隊?,歡迎閲讀。"
	run sents '先看第一部分……再看第二部分。'
	assert_output "先看第一部分……再看第二部分。"
	run sents '他犹豫着说：“我……”然后走了。'
	assert_output "他犹豫着说：“我……”
然后走了。"
	# Markdown: an image is not a sentence boundary, bold closes with its sentence
	run sents '![图](http://a.com/x.png) 正文**很重要。**下一句。'
	assert_output "![图](http://a.com/x.png) 正文**很重要。**
下一句。"
}

@test "sentences: a line end always ends a sentence; blank space between sentences is dropped" {
	run bash -c "printf '第一行没有句号\n  第二行。  第三句。 \n' | nseg -H | cut -f3-"
	assert_output "1	1	第一行没有句号
2	1	第二行。
2	2	第三句。"
}

@test "words: numbers with units, percentages, dates, times, URLs, e-mail, Latin words and versions stay whole" {
	run words '价格打到了0.003元，降低了85%。'
	assert_output "价格 打到 了 0.003元 ， 降低 了 85% 。"
	run words '2024年11月5日15:43:20发布GPT-4o和Qwen2.5，售价1,500元，-5度。'
	assert_output --partial "2024年11月5日 15:43:20 发布 GPT-4o 和 Qwen2.5 ， 售价 1,500元 ， -5度 。"
	run words '联系 news@example.com 或访问 https://example.com/a?b=1 了解 C++ 和 U.S. 的情况'
	assert_output --partial "news@example.com"
	assert_output --partial "https://example.com/a?b=1"
	assert_output --partial "C++"
	assert_output --partial "U.S."
	# full-width digits and signs as in newswire text
	run words '占世界总数的１７％，增长１２．５％。'
	assert_output --partial "１７％"
	assert_output --partial "１２．５％"
}

@test "words: numbers and dates written in Chinese are one word; a classifier is a word of its own" {
	run words '二○○○年十二月三十一日'
	assert_output "二○○○年 十二月 三十一日"
	run words '第十五届大会来了二十三位代表'
	assert_output "第十五 届 大会 来 了 二十三 位 代表"
	run words '他一年去了两次，买了3个苹果，一个人'
	assert_output "他 一 年 去 了 两 次 ， 买 了 3 个 苹果 ， 一个 人"
}

@test "words: dictionary route, and the HMM for names it does not know" {
	run words '腾讯宣布开源大语言模型'
	assert_output "腾讯 宣布 开源 大 语言 模型"
	# 杨植麟 is in no dictionary: the HMM keeps the unknown name together
	run words '杨植麟的回应中肯定了团队'
	assert_line --index 0 --regexp '^杨植麟 的 回应'
	run words '杨植麟的回应' --no-hmm
	assert_output "杨 植 麟 的 回应"
}

@test "words: -p adds the tag column; tags come from the lexicon" {
	run bash -c "printf '腾讯在2024年11月5日发布了389B参数，降价85%%。\n' | nseg -p"
	assert_line --index 0 "doc	date	line	sent	tok	word	tag"
	assert_line --regexp '	2024年11月5日	t$'
	assert_line --regexp '	85%	m$'
	assert_line --regexp '	389B	eng$'
	assert_line --regexp '	发布	v$'
	assert_line --regexp '	，	x$'
}

@test "words: -w numbers the tokens of each sentence; -j joins them with spaces" {
	run bash -c "printf '我们走了。你们呢？\n' | nseg -w -H | cut -f4-"
	assert_output "1	1	我们
1	2	走
1	3	了
1	4	。
2	1	你们
2	2	呢
2	3	？"
	run bash -c "printf '我们走了。你们呢？\n' | nseg -j | cut -f4-"
	assert_output "sent	text
1	我们 走 了 。
2	你们 呢 ？"
	run nseg -w -j /dev/null
	assert_failure 2
}

@test "user dictionary: jieba's text format and YAML add words; frequency and tag are optional" {
	printf '大语言模型 n\n混元大模型\n' > "$BATS_TEST_TMPDIR/user.txt"
	run words '腾讯发布混元大模型和大语言模型' -u "$BATS_TEST_TMPDIR/user.txt"
	assert_output "腾讯 发布 混元大模型 和 大语言模型"
	run bash -c "printf '大语言模型很强\n' | nseg -p -H -u '$BATS_TEST_TMPDIR/user.txt' | cut -f6-"
	assert_line --index 0 "大语言模型	n"
	printf 'words:\n  - 植麟的回 100 nz\n  - {word: 大语言模型, tag: nz}\n' > "$BATS_TEST_TMPDIR/user.yaml"
	run words '杨植麟的回应大语言模型' -u "$BATS_TEST_TMPDIR/user.yaml"
	assert_output "杨 植麟的回 应 大语言模型"
	run nseg -u /nonexistent/dict.txt /dev/null
	assert_failure 2
}

@test "--lexicon with a words list replaces the built-in dictionary" {
	printf 'words:\n  - 模型 1000 n\n' > "$BATS_TEST_TMPDIR/lex.yaml"
	run words '腾讯宣布开源大语言模型' --lexicon "$BATS_TEST_TMPDIR/lex.yaml" --no-hmm
	assert_output "腾 讯 宣 布 开 源 大 语 言 模型"
}

@test "records: key columns pass through, text is replaced by the sentence columns" {
	run bash -c "printf 'id\tsource\ttext\n7\tweb\t腾讯称，混元发布。它很大！\n8\tapp\t好\n' | nseg"
	assert_output "id	source	sent	text
7	web	1	腾讯称，混元发布。
7	web	2	它很大！
8	app	1	好"
	run bash -c "printf 'id\ttext\n7\t腾讯称，混元发布。\n' | nseg -w -H"
	assert_output "7	1	1	腾讯
7	1	2	称
7	1	3	，
7	1	4	混元
7	1	5	发布
7	1	6	。"
}
