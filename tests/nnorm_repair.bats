#!/usr/bin/env bats
# nnorm, repairs (cmd/nnorm/repair.c) through the tool: pinyin annotations,
# HTML entities, damaged entities and tag debris, as seed 003 has them
# (../shared/reference/nnorm_artifacts.tsv); and the good text that must
# come through untouched.

load helpers/common

# one line through nnorm --text, with extra options
norm() { printf '%s\n' "$1" | nnorm --text "${@:2}"; }

@test "repair: a pinyin annotation after a Han character is removed" {
	run norm '繼續(xù)見證5G+AI成長'
	assert_output '继续见证5G+AI成长'
	run norm '產(chǎn)業(yè)合作推動AI發(fā)展'
	assert_output '产业合作推动AI发展'
	run norm '產（chǎn）業' -T
	assert_output '產業'
}

@test "repair: real parentheses stay: (AI) (2024) (注) (ma) and content after Latin" {
	run norm '今年(2024)發布(AI)新品,見圖(注)' -T --no-punct
	assert_output '今年(2024)發布(AI)新品,見圖(注)'
	run norm '他說(ma)' -T --no-punct
	assert_output '他說(ma)'
	run norm '在NLP(自然語言處理)方面' -T --no-punct
	assert_output '在NLP(自然語言處理)方面'
	run norm '繼續 (xù)' -T --no-punct
	assert_output '繼續 (xù)'
	# kept, a gloss stays half-width: as 繼續（xù） a second run would drop it
	run norm '名叫李 (Lǐ)的人' -T
	assert_output '名叫李 (Lǐ)的人'
}

@test "repair: HTML entities, named and numeric, are decoded; a bare & stays" {
	run norm '&ldquo;好用&rdquo;'
	assert_output '“好用”'
	run norm '研發&amp;生產'
	assert_output '研发&生产'
	run norm '&#x4e2d;&#22269;'
	assert_output '中国'
	run norm 'AT&T與P&G合作,Q&A環節'
	assert_output 'AT&T与P&G合作，Q&A环节'
	run norm '&unknown; &amp'
	assert_output '&unknown; &amp'
	# an invalid code point is replaced, not dropped
	run norm 'a&#xD800;b'
	assert_output 'a�b'
}

@test "repair: &nbsp; becomes a space that the space step then collapses" {
	run norm '首頁&nbsp;&nbsp;>&nbsp;大模型'
	assert_output '首页 > 大模型'
}

@test "repair: damaged entities ?ldquo; after a Han character" {
	run norm '從“可用”變?ldquo;好用”。'
	assert_output '从“可用”变“好用”。'
	run norm '從“可用”變?ldquo;好用”。' --no-repair -T --no-punct
	assert_output '從“可用”變?ldquo;好用”。'
}

@test "repair: tag debris ?/p> and orphan ?pinyin) runs" {
	run norm '方向?qū)、策略準往往比起步快更重要?/p>'
	assert_output '方向、策略准往往比起步快更重要。'
	run norm '第一段?/p>第二段'
	assert_output '第一段第二段'
}

@test "repair: the GBK run after an orphan ?pinyin) is re-aligned when that is exact" {
	# 變為: the gloss of 優 (83 9E) went in after 變's 83 and 為's 9E; the
	# run after it was read one byte out of step until the B of B端
	run norm '正在從拼參數變?yōu)槠绰涞兀珺端行業應用' -T
	assert_output '正在從拼參數變為拼落地，B端行業應用'
	# 到農: the step comes back on the r of 農 (DE 72), whose own gloss follows
	run norm '從港口運輸?shù)睫r(nóng)林牧副漁' -T
	assert_output '從港口運輸到農林牧副漁'
	# ordinary text after the orphan is never re-read: no ASCII byte brings
	# a shifted reading back into step before the ?, so the run stays
	run norm '方向?qū)、策略準往往比起步快更重要' -T
	assert_output '方向、策略準往往比起步快更重要'
	# a run ended by a digit cannot be in step again: left as it is
	run norm '變?yōu)槠绰涞兀5個' -T --no-punct
	assert_output '變槠绰涞兀5個'
	# --no-repair keeps it all
	run norm '變?yōu)槠绰涞兀珺端' -T --no-repair --no-punct
	assert_output '變?yōu)槠绰涞兀珺端'
}

@test "repair: real question marks stay (and become full-width in Chinese)" {
	run norm '國產大模型回答2025,誰會掉隊?'
	assert_output '国产大模型回答2025，谁会掉队？'
	run norm '真的嗎?是的。' --no-punct -T
	assert_output '真的嗎?是的。'
	run norm 'What?/p> is it' --no-punct
	assert_output 'What?/p> is it'
}

@test "repair: --no-repair keeps every artifact" {
	run norm '繼續(xù)&amp;?/p>' --no-repair -T --no-punct
	assert_output '繼續(xù)&amp;?/p>'
}

@test "repair: seed 003 has no annotation, damaged entity or tag debris left" {
	run bash -c "nnorm --text '$SEEDS/003_5e107498a3b3985a.txt' | grep -cP '\\p{Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]'"
	assert_output "0"
	run bash -c "nnorm --text '$SEEDS/003_5e107498a3b3985a.txt' | grep -c -e '?ldquo;' -e '?/p>' -e 'ldquo;'"
	assert_output "0"
	# and the repaired sentences read as the article wrote them
	run bash -c "nnorm --text '$SEEDS/003_5e107498a3b3985a.txt'"
	assert_line '马拉松长跑中，方向、策略准往往比起步快更重要。'
	assert_line '实用取向，指向的是让大模型从“可用”变“好用”。'
	assert_line --partial '产业合作推动AI发展'
}

@test "repair: idempotent on every artifact (nnorm | nnorm changes nothing)" {
	printf '%s\n' '繼續(xù)(xù)見證' '&amp;ldquo;引號&amp;amp;rdquo;' '變?yōu)?ldquo;好用”' '變?yōu)槠绰涞兀珺端' \
		'更重要?/p>' '&#150;&#0;&#x110000;' '產（chǎn）業(Yè)' '智譜 (xù)見證' > "$BATS_TEST_TMPDIR/in.txt"
	run bash -c "cmp <(nnorm '$BATS_TEST_TMPDIR/in.txt') <(nnorm '$BATS_TEST_TMPDIR/in.txt' | nnorm)"
	assert_success
}
