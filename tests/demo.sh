#!/bin/sh
# make demo: the toolkit on the five seed articles, as a user would run it.
set -e
cd "$(dirname "$0")/.."
PATH=$PWD/bin:$PATH
out=build/demo
mkdir -p "$out"
run() {
	echo
	echo "\$ $*"
	sh -c "$*"
}
run "nnorm seeds/*.txt > $out/seeds.norm.tsv; wc -l $out/seeds.norm.tsv"
run "nnorm seeds/*.txt | cut -f1,2 | uniq"
run "nnorm --text seeds/003_5e107498a3b3985a.txt | head -n 8"
for t in nseg nnum ndate nquote; do
	[ -x bin/$t ] || continue
	case $t in
	nseg) run "nnorm seeds/*.txt | nseg -w | cut -f6 | sort | uniq -c | sort -rn | head -n 10" ;;
	nnum) run "nnorm seeds/*.txt | nnum | head -n 12" ;;
	ndate) run "nnorm seeds/*.txt | ndate | head -n 12" ;;
	nquote) run "nnorm seeds/*.txt | nquote | grep 刘煜宏 | head -n 8" ;;
	esac
done
echo
echo "All of it is in $out/ and on your terminal; see README.md and man/."
