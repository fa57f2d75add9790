#!/bin/sh
# ndate_heldout.sh [NDATE_ARGS...] - precision and recall of ndate on news
# it was not written against. ndate_heldout.tsv: 40 lines drawn at random
# (python random.Random, fixed seeds 51-54) from the SIGHAN 2005 test texts
# (../shared/corpus/icwb2/testing/{pku,msr,cityu,as}_test.utf8: 14 PKU, 12
# MSR, 10 CityU and 4 AS lines, the last two Traditional, raw) among lines
# of 20-260 characters holding a date or time word. Each line is given a
# publication date in the date column (PKU 2001-01-02, MSR 1997-11-10,
# CityU 2004-07-04, AS 2000-06-01: near what the texts say of themselves);
# values are judged against it. ndate_heldout.want was written by reading
# each line before ndate was run on any of them: doc, surface, value, mod
# ("*": any), status. "must" rows are expressions a reader resolves with
# confidence; "optional" rows (新世纪, an anaphoric 当年, 十三日前 that may be
# "the 13th" or "13 days ago") count neither way. A reported row matches
# a listed one when doc and value are the same and so is mod (unless "*").
# Every other reported row is a false positive. Prints the rows that
# differ, then P and R.
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${NK_BIN:-$top/bin}
case $bin in /*) ;; *) bin=$top/$bin ;; esac
"$bin/ndate" -H "$@" "$top/tests/ndate_heldout.tsv" |
awk -F'\t' -v OFS='\t' '
FNR == NR {
	if (FNR == 1) next
	n++
	wdoc[n] = $1; wsur[n] = $2; wval[n] = $3; wmod[n] = $4; wst[n] = $5
	if ($5 == "must") nmust++
	next
}
{
	hit = 0
	for (i = 1; i <= n; i++)
		if (!used[i] && wdoc[i] == $1 && wval[i] == $6 && (wmod[i] == "*" || wmod[i] == $8)) {
			used[i] = 1
			hit = i
			break
		}
	if (!hit) {
		fp++
		print "false", $1, $5, $6, $8
	} else if (wst[hit] == "must")
		tp++
}
END {
	for (i = 1; i <= n; i++)
		if (!used[i] && wst[i] == "must")
			print "missed", wdoc[i], wsur[i], wval[i], wmod[i]
	p = tp + fp > 0 ? tp / (tp + fp) : 1
	r = nmust > 0 ? tp / nmust : 1
	printf "P %.3f (%d/%d)  R %.3f (%d/%d)\n", p, tp, tp + fp, r, tp, nmust
}' "$top/tests/ndate_heldout.want" -
