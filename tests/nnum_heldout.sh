#!/bin/sh
# nnum_heldout.sh [NNUM_ARGS...] - precision and recall of nnum on news it
# was not written against. nnum_heldout.tsv: 45 lines drawn at random
# (python random.Random with fixed seeds 41-44) from the SIGHAN 2005 test
# texts (../shared/corpus/icwb2/testing/{pku,msr,cityu,as}_test.utf8: 16
# PKU, 14 MSR, 9 CityU and 6 AS lines, the last two Traditional), among
# lines of 20-300 characters holding a digit or a Han numeral, raw (no
# nnorm: full-width digits as printed). nnum_heldout.want was written by
# reading each line before nnum was run on any of them: doc, surface, value,
# unit, kind, mod, status. "must" rows are quantities a reader sees;
# "optional" rows (an indefinite 一个, a phase 二期, 四大 in a set name) count
# neither way. Dates, clock times and durations are ndate's and are not
# listed. A reported row matches a listed one when doc, value, unit, kind
# and mod are the same (cardinal and decimal are one kind here). Every
# other reported row is a false positive. Prints the rows that differ,
# then P and R.
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${NK_BIN:-$top/bin}
case $bin in /*) ;; *) bin=$top/$bin ;; esac
"$bin/nnum" -H "$@" "$top/tests/nnum_heldout.tsv" |
awk -F'\t' -v OFS='\t' '
function kc(k) { return k == "decimal" ? "cardinal" : k }
FNR == NR {
	if (FNR == 1) next
	key = $1 SUBSEP $3 SUBSEP $4 SUBSEP kc($5) SUBSEP $6
	want[key] = want[key] + 1
	status[key] = $7
	surface[key] = $2
	if ($7 == "must") nmust++
	next
}
{
	key = $1 SUBSEP $5 SUBSEP $6 SUBSEP kc($7) SUBSEP $8
	if (want[key] > 0) {
		want[key]--
		if (status[key] == "must") tp++
		else opt++
	} else {
		fp++
		print "false", $1, $4, $5, $6, $7, $8
	}
}
END {
	for (k in want)
		if (want[k] > 0 && status[k] == "must") {
			split(k, f, SUBSEP)
			print "missed", f[1], surface[k], f[2], f[3], f[4], f[5]
		}
	p = tp + fp > 0 ? tp / (tp + fp) : 1
	r = nmust > 0 ? tp / nmust : 1
	printf "P %.3f (%d/%d)  R %.3f (%d/%d)\n", p, tp, tp + fp, r, tp, nmust
}' "$top/tests/nnum_heldout.want" -
