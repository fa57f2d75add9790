#!/usr/bin/env bats
# The manuals lint clean, and say what the programs do.

load helpers/common

@test "every man page lints clean with groff -mdoc -ww" {
	for m in "$NK_TOP"/man/*.[17]; do
		run bash -c "groff -K utf8 -Tutf8 -mdoc -ww -z '$m' 2>&1"
		assert_output ""
	done
}

@test "every tool has a man page, and every long option of --help is in it (shared ones may be in nkit(7))" {
	for t in "$NK_BIN"/*; do
		t=$(basename "$t")
		[ -f "$NK_TOP/man/$t.1" ] || { echo "no man/$t.1" >&2; return 1; }
		page=$(sed 's/\\-/-/g' "$NK_TOP/man/$t.1")
		shared=$(sed 's/\\-/-/g' "$NK_TOP/man/nkit.7")
		for o in $("$t" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
			grep -qF -- "Fl -${o#--}" <<<"$page" || grep -qF -- "Fl -${o#--}" <<<"$shared" ||
				{ echo "$t: $o is in --help but in neither man/$t.1 nor nkit.7" >&2; return 1; }
		done
	done
}

@test "the man pages' EXAMPLES run on seeds/ without error" {
	# in a scratch folder beside a link to seeds/: examples may write files
	mkdir -p "$BATS_TEST_TMPDIR/ex" && ln -s "$NK_TOP/seeds" "$BATS_TEST_TMPDIR/ex/seeds"
	cd "$BATS_TEST_TMPDIR/ex"
	for m in "$NK_TOP"/man/*.1; do
		# .Dl lines under EXAMPLES that use only nkit tools on seeds/
		awk '/^\.Sh EXAMPLES/ { on = 1; next } /^\.Sh/ { on = 0 } on && /^\.Dl / { sub(/^\.Dl /, ""); print }' "$m" |
		grep 'seeds/' | sed 's/\\e/\\/g; s/\\&//g; s/\\(dq/"/g; s/\\-/-/g' | while IFS= read -r cmd; do
			# no pipefail: "| head" closes pipes on purpose; any error shows on stderr
			run bash -c "$cmd 2>&1 >/dev/null"
			[ "$status" -eq 0 ] && [ -z "$output" ] || { echo "$m: '$cmd' failed: $output" >&2; return 1; }
		done
	done
}

@test "examples/Makefile builds every table from seeds/, and a second run rebuilds nothing" {
	out="$BATS_TEST_TMPDIR/out"
	for t in nnum ndate nquote nseg; do [ -x "$NK_BIN/$t" ] || skip "$t not built"; done
	run make -s -f "$NK_TOP/examples/Makefile" -C "$NK_TOP" CORPUS=seeds OUT="$out" -j2
	assert_success
	for f in "$out"/000_77fd77498bf11427.norm.tsv "$out"/nums.tsv "$out"/dates.tsv "$out"/quotes.tsv "$out"/words.tsv; do
		[ -s "$f" ] || { echo "missing $f" >&2; return 1; }
	done
	[ "$(head -n 1 "$out/nums.tsv" | cut -f1-4)" = "doc	date	line	start" ]
	run make -f "$NK_TOP/examples/Makefile" -C "$NK_TOP" CORPUS=seeds OUT="$out" -q
	assert_success
	# as a user sees it, whatever flags the outer make (make -s check) passes down
	run env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -f "$NK_TOP/examples/Makefile" -C "$NK_TOP" \
	    CORPUS=seeds OUT="$out"
	assert_output --partial "Nothing to be done"
}

@test "README states the two commands and they exist as make targets" {
	grep -q '^make demo ' "$NK_TOP/README.md"
	grep -q '^make check ' "$NK_TOP/README.md"
	run make -n -C "$NK_TOP" demo
	assert_success
}
