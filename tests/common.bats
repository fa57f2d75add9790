#!/usr/bin/env bats
# The promises every nkit tool keeps (nkit(7)): checked for each tool in bin/.

load helpers/common

tools() {
	local t
	for t in "$NK_BIN"/*; do
		[ -x "$t" ] && basename "$t"
	done
}

setup_file() {
	# one real article, normalised, as a record stream every tool can read
	local d="$BATS_FILE_TMPDIR"
	"$NK_BIN/nnorm" "$SEEDS"/*.txt > "$d/seeds.tsv"
}

@test "every tool: --help on stdout with status 0, naming the tool and nkit(7)" {
	for t in $(tools); do
		run "$t" --help
		assert_success
		assert_line --partial "Usage: $t "
		assert_output --partial "nkit(7)"
		assert_output --partial "With no FILE, or when FILE is -, read standard input."
	done
}

@test "every tool: --version names the tool, nkit and the libraries" {
	for t in $(tools); do
		run "$t" --version
		assert_success
		assert_line --index 0 --regexp "^$t \\(nkit\\) [0-9]+\\.[0-9]+\\.[0-9]+$"
		assert_line --regexp '^utf8proc [0-9]'
		assert_line --regexp '^PCRE2 [0-9]'
	done
}

@test "every tool: a bad option is a usage error (status 2, Try --help)" {
	for t in $(tools); do
		run "$t" --no-such-option
		assert_failure 2
		assert_output --partial "Try '$t --help'"
		run "$t" -e '(' "$SEEDS/000_77fd77498bf11427.txt"
		assert_failure 2
		assert_output --partial "bad pattern"
	done
}

@test "every tool: a missing file is reported, status 1, the other files still processed" {
	for t in $(tools); do
		run bash -c "$t /nonexistent/file.txt '$SEEDS/004_29c9884f1356c652.txt' 2>&1 >/dev/null"
		assert_output "$t: /nonexistent/file.txt: No such file or directory"
		run bash -c "$t /nonexistent/file.txt '$SEEDS/004_29c9884f1356c652.txt' 2>/dev/null | wc -l"
		assert_success
		[ "$output" -gt 1 ] || { echo "$t printed only $output lines" >&2; return 1; }
		run bash -c "$t /nonexistent/file.txt '$SEEDS/004_29c9884f1356c652.txt' >/dev/null 2>&1"
		assert_failure 1
	done
}

@test "every tool: a write error (> /dev/full) is a message and a non-zero status" {
	for t in $(tools); do
		run bash -c "$t '$BATS_FILE_TMPDIR/seeds.tsv' > /dev/full"
		assert_failure
		assert_output --partial "$t: write error: No space left on device"
	done
}

@test "every tool: a closed pipe ends it quietly" {
	for t in $(tools); do
		run bash -c "{ head -n 1 '$BATS_FILE_TMPDIR/seeds.tsv'; for i in 1 2 3 4 5 6 7 8; do tail -n +2 '$BATS_FILE_TMPDIR/seeds.tsv'; done; } | $t 2>&1 | head -n 1"
		assert_success
		assert_line --index 0 --regexp "^doc	date	line	"
		[ "${#lines[@]}" -eq 1 ]
	done
}

@test "every tool: empty input gives the header only" {
	for t in $(tools); do
		run bash -c "$t < /dev/null"
		assert_success
		[ "${#lines[@]}" -eq 1 ]
		assert_line --index 0 --regexp '^doc	date	line	'
		run bash -c "$t -H < /dev/null | wc -c"
		assert_output 0
	done
}

@test "every tool: invalid UTF-8 and NUL bytes neither crash nor vanish: warned once, replaced" {
	for t in $(tools); do
		run bash -c "printf '腾讯称\\377\\376混元\\000大模型在11月5日发布了389B参数。\\n他说：“好\\300。”\\n' | $t 2>&1 >/dev/null"
		assert_success
		assert_output --regexp "^$t: -:1: invalid UTF-8 \\(4 bytes replaced with U\\+FFFD\\)"
		[ "${#lines[@]}" -eq 1 ]
	done
}

@test "every tool: CRLF line ends and a BOM change nothing" {
	for t in $(tools); do
		f="$SEEDS/002_77d0da73740dc355.txt"
		run bash -c "diff <($t < '$f') <( { printf '\\357\\273\\277'; sed 's/\$/\\r/' '$f'; } | $t)"
		assert_success
	done
}

@test "every tool: a 50 MB line is handled whole" {
	line="$BATS_FILE_TMPDIR/long.txt"
	# ~50 MB of real text on a single line: seed 000's paragraphs, repeated
	grep -v '^$' "$SEEDS/000_77fd77498bf11427.txt" | tail -n +8 | tr -d '\n' > "$BATS_FILE_TMPDIR/one"
	[ "$(wc -c < "$BATS_FILE_TMPDIR/one")" -gt 1000 ]
	for i in $(seq 8); do cat "$BATS_FILE_TMPDIR/one"; done > "$BATS_FILE_TMPDIR/two"
	# NK_LONG_LINE_MB: make asan uses a smaller line (sanitizers are slow)
	copies=$(( ${NK_LONG_LINE_MB:-50} * 1000000 / 78400 + 1 ))
	for i in $(seq $copies); do cat "$BATS_FILE_TMPDIR/two"; done > "$line"
	echo >> "$line"
	[ "$(wc -c < "$line")" -gt $(( ${NK_LONG_LINE_MB:-50} * 1000000 )) ]
	for t in $(tools); do
		run bash -c "$t '$line' | tail -n +2 | wc -l"
		assert_success
		[ "$output" -ge 1 ]
	done
	# nnorm keeps it one row, and keeps it whole: the same as nnorm of one
	# copy, repeated
	run bash -c "nnorm --text '$line' | wc -lc"
	[ "$(echo $output | cut -d' ' -f1)" -eq 1 ]
	one=$(nnorm --text "$BATS_FILE_TMPDIR/one" | wc -c)
	[ "$(echo $output | cut -d' ' -f2)" -eq $(( (one - 1) * copies * 8 + 1 )) ]
}

@test "every tool: record input keeps the user's own key columns in front" {
	for t in $(tools); do
		run bash -c "printf 'id\\tsource\\ttext\\n7\\tweb\\t腾讯称，11月5日混元大模型发布。\\n' | $t"
		assert_success
		assert_line --index 0 --regexp '^id	source	'
		refute_line --index 0 --regexp '(^|	)text	.*(^|	)text(	|$)'
		for l in "${lines[@]:1}"; do
			[[ "$l" == "7	web	"* ]] || { echo "row lost its keys: $l" >&2; return 1; }
		done
	done
}

@test "every tool: -e keeps matching rows and the header; -H drops the header" {
	for t in $(tools); do
		run bash -c "$t '$BATS_FILE_TMPDIR/seeds.tsv' -e '^seeds/004' | cut -f1 | sort -u"
		assert_success
		for l in "${lines[@]}"; do
			[[ "$l" == doc || "$l" == "seeds/004_29c9884f1356c652.txt" ]] || { echo "unexpected row: $l" >&2; return 1; }
		done
		run bash -c "$t -H '$BATS_FILE_TMPDIR/seeds.tsv' | head -n 1"
		refute_output --regexp '^doc	date	line'
	done
}

@test "every tool: parallel --pipe gives the same bytes as one process" {
	in="$BATS_FILE_TMPDIR/seeds.tsv"
	for t in $(tools); do
		group=
		# nquote, and ndate when it guesses the year, read a document whole
		case $t in nquote|ndate) group="--colsep '\t' --group-by doc" ;; esac
		run bash -c "cmp <($t '$in') <({ head -n 1 '$in' | $t; parallel --pipe --header 1 $group -k --block 2k '$t -H' < '$in'; } 2>/dev/null)"
		assert_success
	done
}

@test "every tool: the same input gives the same bytes" {
	for t in $(tools); do
		run bash -c "cmp <($t '$BATS_FILE_TMPDIR/seeds.tsv') <($t '$BATS_FILE_TMPDIR/seeds.tsv')"
		assert_success
	done
}
