#!/bin/sh
# make bench: throughput (MB/s), startup (ms) and the ratio to each peer, all
# measured in this one run on this machine. Never used as a pass/fail test.
SHARED=${1:-../shared}
export SHARED
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
. tests/bench/lib.sh
nk_corpus
echo "nkit bench on $(uname -m), $(nproc) cores; corpus: $SHARED/corpus"
printf '%-34s %9s MB/s\n' "floor: cat" "$(nk_mbps 'cat' "$BENCH_DIR/bench_simp.txt" cat >/dev/null; echo "$NK_LAST_MBPS")"
for s in tests/bench/[a-z]*.sh; do
	case $s in */lib.sh|*/run.sh) continue ;; esac
	echo
	echo "== $(basename "$s" .sh)"
	. "$s"
done
