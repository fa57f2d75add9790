#!/bin/sh
# tests/conformance/nseg.sh SHARED - nseg against peer test sets:
#  words:     SIGHAN 2005 PKU and MSR test sets, scored by the official
#             scorer (P, R, F1, OOV recall against each training word list),
#             and UD GSDSimp test words (same scorer; OOV there means not in
#             jieba's dictionary, nseg's lexicon);
#  sentences: golden_zh.tsv (pass count) and the UD GSDSimp test sentences
#             joined into paragraphs (boundaries found).
# Failing cases go to build/conformance/nseg_*.
SHARED=${1:-../shared}
BIN=${NK_BIN:-bin}
out=build/conformance
mkdir -p "$out"
icwb=$SHARED/corpus/icwb2
export LC_ALL=C.UTF-8

# words of each input line, space-separated, one output line per input line
seg_lines() {
	n=$(wc -l < "$1")
	"$BIN/nseg" -j -H "$1" | awk -F'\t' -v n="$n" '
		{ a[$3] = a[$3] (a[$3] == "" ? "" : " ") $5 }
		END { for (i = 1; i <= n; i++) print a[i] }'
}

score() {	# name words gold ours
	perl "$icwb/scripts/score" "$2" "$3" "$4" > "$out/nseg_$1.score" 2>/dev/null
	awk -v name="$1" '
		/^=== TOTAL TRUE WORDS RECALL/ { r = $NF }
		/^=== TOTAL TEST WORDS PRECISION/ { p = $NF }
		/^=== F MEASURE/ { f = $NF }
		/^=== OOV Recall Rate/ { o = $NF }
		END { printf "%-8s P %s  R %s  F1 %s  OOV recall %s\n", name, p, r, f, o }' "$out/nseg_$1.score"
}

for c in pku msr; do
	seg_lines "$icwb/testing/${c}_test.utf8" > "$out/nseg_$c.seg"
	score "$c" "$icwb/gold/${c}_training_words.utf8" "$icwb/gold/${c}_test_gold.utf8" "$out/nseg_$c.seg"
done

# UD GSDSimp: gold words from the CoNLL-U file, text from its # text lines
ud=$SHARED/conformance/sentences/zh_gsdsimp-ud-test.conllu
awk -F'\t' '/^# text = /{ sub(/^# text = /, ""); print }' "$ud" > "$out/nseg_ud.txt"
awk -F'\t' '/^[0-9]+\t/ && $1 !~ /-/ { line = line (line == "" ? "" : " ") $2 }
	/^$/ { if (line != "") print line; line = "" }
	END { if (line != "") print line }' "$ud" > "$out/nseg_ud.gold"
cut -d' ' -f1 "${NSEG_JIEBA:-/usr/lib/python3/dist-packages/jieba}/dict.txt" > "$out/nseg_ud.words"
seg_lines "$out/nseg_ud.txt" > "$out/nseg_ud.seg"
score ud "$out/nseg_ud.words" "$out/nseg_ud.gold" "$out/nseg_ud.seg"

# sentences: golden_zh.tsv (input TAB expected, sentences joined by " ||| ")
gz=$SHARED/conformance/sentences/golden_zh.tsv
tail -n +2 "$gz" | cut -f1 > "$out/nseg_golden.in"
"$BIN/nseg" -H "$out/nseg_golden.in" | awk -F'\t' -v n="$(wc -l < "$out/nseg_golden.in")" '
	{ a[$3] = a[$3] (a[$3] == "" ? "" : " ||| ") $5 }
	END { for (i = 1; i <= n; i++) print a[i] }' > "$out/nseg_golden.got"
tail -n +2 "$gz" | cut -f2 | paste - "$out/nseg_golden.got" "$out/nseg_golden.in" |
	awk -F'\t' '$1 == $2 { p++ } $1 != $2 { print "want: " $1 "\ngot:  " $2 > "/dev/stderr" }
		END { printf "golden_zh.tsv  %d of %d sentence cases pass\n", p, NR }' 2> "$out/nseg_golden.fail"

# UD sentences joined five at a time into paragraphs: are the joins found?
awk 'BEGIN { ORS = "" } { print; if (NR % 5 == 0) print "\n" } END { if (NR % 5) print "\n" }' \
	"$out/nseg_ud.txt" > "$out/nseg_udpara.txt"
"$BIN/nseg" -H "$out/nseg_udpara.txt" | cut -f5 > "$out/nseg_udpara.got"
awk -v got="$out/nseg_udpara.got" '
	FNR == NR { want[$0] = 1; nw++; next }
	{ if ($0 in want) hit++; ng++ }
	END { printf "UD GSDSimp paragraphs  %d of %d sentences found exactly (%d produced)\n", hit, nw, ng }' \
	"$out/nseg_ud.txt" "$out/nseg_udpara.got"
awk -v got="$out/nseg_udpara.got" 'FNR == NR { g[$0] = 1; next } !($0 in g)' \
	"$out/nseg_udpara.got" "$out/nseg_ud.txt" > "$out/nseg_udpara.missed"
