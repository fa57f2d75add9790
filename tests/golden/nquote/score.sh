#!/bin/sh
# score.sh [NQUOTE_ARGS...] - precision and recall of nquote on the seeds
# against the hand-checked lists in this folder.
#
# Each <seed>.tsv lists what a careful reader finds in the seed after
# nnorm: line, speaker, kind, quote, status. status "must" rows are the
# quotations a reader sees (with the speaker a reader names and the extent
# a reader marks); "optional" rows are borderline attributions (a quotation
# or not, depending on the reader) that count neither way. A reported row
# matches a listed one when line, speaker and quote are identical (the
# quote's extent exactly right; spaces are ignored in the comparison, as
# they are nnorm's business, not the extent's). Prints per seed and overall, with and
# without the interview turns, and the rows that differ.
top=$(cd "$(dirname "$0")/../../.." && pwd)
bin=${NK_BIN:-$top/bin}
case $bin in /*) ;; *) bin=$top/$bin ;; esac
dir=$top/tests/golden/nquote
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for g in "$dir"/*.tsv; do
	b=$(basename "$g" .tsv)
	"$bin/nnorm" "$top/seeds/$b.txt" | "$bin/nquote" -H "$@" |
		awk -F'\t' -v OFS='\t' -v b="$b" '$8 != "unattributed" { q = $9; gsub(/ /, "", q); gsub(/\302\240/, "", q); print b, $3, $6, q, $8 }'
done > "$tmp/got"
for g in "$dir"/*.tsv; do
	b=$(basename "$g" .tsv)
	awk -F'\t' -v OFS='\t' -v b="$b" 'NF >= 5 { q = $4; gsub(/ /, "", q); gsub(/\302\240/, "", q); print b, $1, $2, q, $3, $5 }' "$g"
done > "$tmp/want"
awk -F'\t' '
FNR == NR { k = $1 SUBSEP $2 SUBSEP $3 SUBSEP $4; st[k] = $6; kind[k] = $5; iv[k] = ($5 == "interview"); next }
{
	k = $1 SUBSEP $2 SUBSEP $3 SUBSEP $4
	if (k in st) {
		seen[k] = 1
		if (st[k] == "optional") { opt++; next }
		tp++; if ($5 == "interview") tpi++; else tpn++
		if ($5 != kind[k]) { kerr++; print "KIND\t" $1 "\t" $2 "\t" $3 "\t" $5 " (want " kind[k] ")\t" $4 }
	} else {
		fp++; if ($5 == "interview") fpi++; else fpn++
		print "FP\t" $1 "\t" $2 "\t" $3 "\t" $5 "\t" $4
	}
}
END {
	for (k in st) if (st[k] == "must") {
		must++; if (iv[k]) musti++; else mustn++
		if (!(k in seen)) { split(k, f, SUBSEP); print "FN\t" f[1] "\t" f[2] "\t" f[3] "\t" kind[k] "\t" f[4] }
	}
	printf "all:           must %d  reported %d  tp %d  fp %d  fn %d  precision %.3f  recall %.3f  (optional matched %d, kind wrong %d)\n", \
		must, tp + fp, tp, fp, must - tp, (tp + fp) ? tp / (tp + fp) : 1, must ? tp / must : 1, opt, kerr
	printf "non-interview: must %d  reported %d  tp %d  fp %d  fn %d  precision %.3f  recall %.3f\n", \
		mustn, tpn + fpn, tpn, fpn, mustn - tpn, (tpn + fpn) ? tpn / (tpn + fpn) : 1, mustn ? tpn / mustn : 1
}' "$tmp/want" "$tmp/got"
