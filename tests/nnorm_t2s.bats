#!/usr/bin/env bats
# nnorm, Traditional -> Simplified (cmd/nnorm/t2s.c): byte-identical to
# OpenCC's `opencc -c t2s.json`, checked line by line with every other step
# of nnorm turned off, on the whole traditional bench corpus and on the two
# traditional seeds; and the rule that simplified text is left alone.

load helpers/common

ALLOFF="--text --no-unicode --no-punct --no-repair --no-markup --no-space"

# opencc prints no newline after a last line that had none; nnorm does.
# Compare lines: end opencc's output with one newline, like nnorm's.
opencc_t2s() { opencc -c t2s.json -i "$1" | sed '$a\'; }

@test "t2s: the whole bench_trad corpus converts exactly as opencc -c t2s.json (zero differing lines), and stays so" {
	[ -r "$SHARED_CORPUS/bench_trad.txt.xz" ] || skip "no $SHARED_CORPUS/bench_trad.txt.xz"
	command -v opencc >/dev/null || skip "opencc not installed"
	xz -dc "$SHARED_CORPUS/bench_trad.txt.xz" > "$BATS_TEST_TMPDIR/trad.txt"
	nnorm $ALLOFF "$BATS_TEST_TMPDIR/trad.txt" > "$BATS_TEST_TMPDIR/ours"
	opencc_t2s "$BATS_TEST_TMPDIR/trad.txt" > "$BATS_TEST_TMPDIR/opencc"
	# the corpus is converted (not passed through), line for line
	run bash -c "wc -l < '$BATS_TEST_TMPDIR/trad.txt'"
	lines=$output
	run bash -c "wc -l < '$BATS_TEST_TMPDIR/ours'"
	assert_output "$lines"
	run cmp -s "$BATS_TEST_TMPDIR/trad.txt" "$BATS_TEST_TMPDIR/ours"
	assert_failure
	run bash -c "diff '$BATS_TEST_TMPDIR/opencc' '$BATS_TEST_TMPDIR/ours' | grep -c '^>'"
	assert_output "0"
	# and converting it again changes nothing (OpenCC alone would change
	# 68 lines the second time: 变徵 -> 变征, 於伦 -> 于伦 ...)
	run bash -c "nnorm $ALLOFF '$BATS_TEST_TMPDIR/ours' | cmp - '$BATS_TEST_TMPDIR/ours'"
	assert_success
}

@test "t2s: seeds 002 and 003 convert exactly as opencc -c t2s.json (no front matter in either)" {
	command -v opencc >/dev/null || skip "opencc not installed"
	for f in "$SEEDS"/002_*.txt "$SEEDS"/003_*.txt; do
		# neither seed starts with a YAML block, so every line is text
		run head -c 3 "$f"
		refute_output "---"
		run diff <(opencc_t2s "$f") <(nnorm $ALLOFF "$f")
		assert_success
		assert_output ""
	done
}

@test "t2s: phrases as OpenCC has them, characters outside phrases alone" {
	run bash -c "printf '回覆郵件\n天氣乾燥\n乾隆皇帝\n沈默是金\n沈陽的頭髮\n' | nnorm --text"
	assert_output "回复邮件
天气干燥
乾隆皇帝
沉默是金
沈阳的头发"
}

@test "t2s: default on; -T keeps the script" {
	run bash -c "printf '騰訊的“大模型觀”\n' | nnorm --text"
	assert_output "腾讯的“大模型观”"
	run bash -c "printf '騰訊的“大模型觀”\n' | nnorm --text -T"
	assert_output "騰訊的“大模型觀”"
	run bash -c "printf '騰訊的“大模型觀”\n' | nnorm --text --keep-script"
	assert_output "騰訊的“大模型觀”"
}

@test "t2s: simplified text (the fast path that skips conversion) is still exactly OpenCC's" {
	[ -r "$SHARED_CORPUS/bench_simp.txt.xz" ] || skip "no $SHARED_CORPUS/bench_simp.txt.xz"
	command -v opencc >/dev/null || skip "opencc not installed"
	# most simplified lines skip the converter; the few OpenCC changes
	# (著, 乾 ... outside its phrases) must still be changed
	xz -dc "$SHARED_CORPUS/bench_simp.txt.xz" | head -n 20000 > "$BATS_TEST_TMPDIR/simp.txt"
	run diff <(opencc_t2s "$BATS_TEST_TMPDIR/simp.txt") <(nnorm $ALLOFF "$BATS_TEST_TMPDIR/simp.txt")
	assert_success
	run bash -c "printf '简体中文的新闻，AI 2024年。\n' | nnorm --text"
	assert_output "简体中文的新闻，AI 2024年。"
}

@test "t2s: converting twice changes nothing (seeds 002, 003; rare classical phrases)" {
	run bash -c "printf '變徵之聲，於倫，幺麼小丑\\n' | nnorm --text | nnorm --text"
	assert_output "变徵之声，於伦，幺麽小丑"
	for f in "$SEEDS"/002_*.txt "$SEEDS"/003_*.txt; do
		run bash -c "cmp <(nnorm $ALLOFF '$f') <(nnorm $ALLOFF '$f' | nnorm $ALLOFF)"
		assert_success
	done
}
