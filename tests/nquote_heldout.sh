#!/bin/sh
# nquote_heldout.sh [NQUOTE_ARGS...] - precision and recall of nquote on
# news it was not tuned on. Set 1 (nquote_heldout.*): 80 paragraphs drawn
# at random from the SIGHAN
# 2005 test texts (../shared/corpus/icwb2/testing/{pku,msr}_test.utf8;
# lines with a quotation mark or a reporting verb, shuf with a fixed
# random source), each with the two lines before it as context, after
# nnorm: nquote_heldout.tsv (doc = <corpus>-<line>, line, text). Set 2
# (nquote_heldout2.*): 60 more drawn the same way (another random source,
# away from set 1's lines), annotated after the rules found on set 1 were
# written and never used to tune them. Set 3 (nquote_heldout3.*): 80 more,
# annotated before nquote was run on them: the target lines of both
# corpora matching 说|表示|认为|指出|强调|透露|介绍|告诉|称|宣布 or a quotation
# mark, whose window and two lines either side hold no set 1/2 line,
# shuf --random-source=<(openssl enc -aes-256-ctr -pass pass:nquote-heldout3
# -nosalt </dev/zero), the first 80 at least 5 lines apart, each with its
# two lines before, through nnorm.
# Set 4 (nquote_heldout4.*): 50 more (25 PKU, 25 MSR), annotated by
# another engineer who had not seen nquote's rules for sets 1-3: target
# lines matching the same verbs or a quotation mark, clear of sets 1-3 by
# four lines, drawn with python random.Random(4041 for PKU, 4042 for MSR),
# at least 5 lines apart, each with its two lines before, through nnorm.
# Blind: P 0.500 R 0.375 before the rules for set 3, P 0.636 R 0.438 after.
# Set 5 (nquote_heldout5.*, not in the default list): other text. 40
# target lines of Hong Kong news (cityu_test.utf8, Traditional, 「」
# quotes; doc cityu-<line>) and 20 of Taiwan text (as_test.utf8, one
# clause a line, so a cue there often has its quote on the next, unseen
# line; doc as-<line>) matching the verbs above (Traditional and
# Simplified) or 「 “ 『, drawn with python random.Random(5051 for cityu,
# 5052 for as), at least 5 lines apart, each with its two lines before,
# through nnorm (to Simplified); 21 must rows, 11 optional. Annotated
# blind, by an engineer who had not read nquote's code, man page or tests:
# the .want was committed before nquote was first run on these lines.
#   { printf 'doc\tline\ttext\n'; for a in 'cityu 5051 40' 'as 5052 20'; do
#   set -- $a; python3 -c 'import re,random,sys;f,s,n,g=sys.argv[1:];
#   L=open(f,encoding="utf-8-sig").read().split("\n");
#   c=[i+1 for i,x in enumerate(L) if re.search("說|表示|認為|指出|強調|透露|介紹|告訴|稱|宣布|说|认为|「|“|『",x)];
#   random.Random(int(s)).shuffle(c);t=[];
#   [t.append(i) for i in c if len(t)<int(n) and all(abs(i-j)>=5 for j in t)];
#   print("\n".join(f"{g}-{i}\t{k}\t{L[k-1]}" for i in sorted(t) for k in range(max(1,i-2),i+1)))' \
#   ../shared/corpus/icwb2/testing/$1_test.utf8 $2 $3 $1; done; } | bin/nnorm
# (those eight lines, without their "#   ", run from the top directory).
# Blind, nquote at c0bc6a5: P 0.429 (3/7) R 0.143 (3/21); the .tsv then
# kept the small colons of Big5 text (他更答道﹕「…」). Drawn again through
# nnorm at c49eece, which makes them ordinary marks (15 lines changed, no
# quote text): P 0.500 (5/10) R 0.238 (5/21), nquote unchanged.
# NQ_HELDOUT="nquote_heldout2" scores one set.
#
# <set>.want lists what a reader finds in the target line of each
# document (the context lines are not scored): doc, speaker, kind, quote,
# status. A speaker may list the names a reader would accept, split by
# "|" (专家|一些专家). "must" rows are quotations a reader sees; "optional"
# rows (opinion verbs with no comma, speakers a reader would hesitate over)
# count neither way. A reported row matches when doc, speaker and quote
# are identical (spaces ignored). Every other row reported on a target
# line is a false positive: scare quotes, names and titles in marks, laws
# quoted, a report's dateline. Prints the rows that differ, then P and R.
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${NK_BIN:-$top/bin}
case $bin in /*) ;; *) bin=$top/$bin ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in ${NQ_HELDOUT:-nquote_heldout nquote_heldout2 nquote_heldout3 nquote_heldout4}; do
	"$bin/nquote" -H "$@" "$top/tests/$set.tsv" |
		awk -F'\t' -v OFS='\t' -v set="$set" '{ split($1, d, "-") } d[2] == $2 && $7 != "unattributed" {
			q = $8; gsub(/ /, "", q); print set ":" $1, $5, q, $7 }'
done > "$tmp/got"
for set in ${NQ_HELDOUT:-nquote_heldout nquote_heldout2 nquote_heldout3 nquote_heldout4}; do
	awk -F'\t' -v OFS='\t' -v set="$set" 'NF >= 5 { $1 = set ":" $1; print }' "$top/tests/$set.want"
done > "$tmp/want"
awk -F'\t' '
FNR == NR {
	q = $4; gsub(/ /, "", q)
	n = split($2, alt, "|")
	for (i = 1; i <= n; i++) { k = $1 SUBSEP alt[i] SUBSEP q; row[k] = NR }
	st[NR] = $5; kind[NR] = $3; txt[NR] = $1 "\t" $2 "\t" $3 "\t" q
	split($1, sp, ":"); set[NR] = sp[1]
	next
}
{
	k = $1 SUBSEP $2 SUBSEP $3
	split($1, sp, ":"); s = sp[1]; sets[s] = 1
	if (k in row) {
		r = row[k]
		if (seen[r]++) { fp++; sfp[s]++; print "FP\t" $1 "\t" $2 "\t" $4 "\t" $3 " (twice)"; next }
		if (st[r] == "optional") { opt++; next }
		tp++; stp[s]++
		if ($4 != kind[r]) { kerr++; print "KIND\t" $1 "\t" $2 "\t" $4 " (want " kind[r] ")\t" $3 }
	} else {
		fp++; sfp[s]++
		print "FP\t" $1 "\t" $2 "\t" $4 "\t" $3
	}
}
END {
	for (r in st) if (st[r] == "must") {
		must++; smust[set[r]]++; sets[set[r]] = 1
		if (!(r in seen)) print "FN\t" txt[r]
	}
	for (s in sets)
		printf "%s: must %d  reported %d  tp %d  fp %d  precision %.3f  recall %.3f\n", s, smust[s], stp[s] + sfp[s], stp[s], sfp[s], \
			(stp[s] + sfp[s]) ? stp[s] / (stp[s] + sfp[s]) : 1, smust[s] ? stp[s] / smust[s] : 1
	printf "heldout: must %d  reported %d  tp %d  fp %d  fn %d  precision %.3f  recall %.3f  (optional matched %d, kind wrong %d)\n", \
		must, tp + fp, tp, fp, must - tp, (tp + fp) ? tp / (tp + fp) : 1, must ? tp / must : 1, opt, kerr
	# the line every held-out scorer ends with (tests/helpers heldout_floor)
	printf "P %.3f (%d/%d)  R %.3f (%d/%d)\n", (tp + fp) ? tp / (tp + fp) : 1, tp, tp + fp, \
		must ? tp / must : 1, tp, must
}' "$tmp/want" "$tmp/got"
