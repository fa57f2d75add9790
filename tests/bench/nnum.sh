# tests/bench/nnum.sh - nnum's throughput, startup and memory, and the
# same work done by Microsoft Recognizers-Text (npm
# @microsoft/recognizers-text-suite, the peer of issue 4) in this run.
# Sourced by tests/bench/run.sh (lib.sh, $BENCH_DIR, $SHARED).
#
# The peer is slow (a few hundred KB/s for numbers, tens of KB/s for all
# number models), so both are also timed on the first lines of bench_simp
# (the same lines for both; 1 MB for the number model, 100 KB for all
# models); the ratios compare those runs.
nn_s1m="$BENCH_DIR/bench_simp.1m.txt"
nn_s100k="$BENCH_DIR/bench_simp.100k.txt"
[ -s "$nn_s1m" ] || head -c 1000000 "$BENCH_DIR/bench_simp.txt" | sed '$d' > "$nn_s1m"
[ -s "$nn_s100k" ] || head -c 100000 "$BENCH_DIR/bench_simp.txt" | sed '$d' > "$nn_s100k"

nk_mbps "nnum (bench_simp, 20 MB)" "$BENCH_DIR/bench_simp.txt" bin/nnum
nn_full=$NK_LAST_MBPS
nk_mbps "nnum (bench_trad, Traditional)" "$BENCH_DIR/bench_trad.txt" bin/nnum
nk_mbps "nnum --all" "$BENCH_DIR/bench_simp.txt" bin/nnum --all
nk_mbps "nnorm | nnum" "$BENCH_DIR/bench_simp.txt" "bin/nnorm | bin/nnum"
nk_startup "nnum startup" bin/nnum
nk_rss "nnum (bench_simp)" "$BENCH_DIR/bench_simp.txt" bin/nnum

# the peer, installed on first use into build/npm (npm registry)
nn_rt=build/npm/node_modules/@microsoft/recognizers-text-suite
if [ ! -d "$nn_rt" ] && command -v npm >/dev/null 2>&1; then
	npm install --prefix build/npm --no-audit --no-fund @microsoft/recognizers-text-suite >/dev/null 2>&1 ||
		echo "nnum: npm install @microsoft/recognizers-text-suite failed; peer skipped"
fi
# nn_pair LABEL RUNS FILE PEERCMD: nnum and the peer on the same lines,
# KB/s (the peer is too slow for MB/s with one decimal). Two ratios: on
# the sample itself (which a process start of ~10 ms dominates for nnum,
# ~1 s for node), and per byte, nnum's rate on all of bench_simp against
# the peer's on the sample (the sample is its first lines).
nn_pair() {
	nn_b=$(wc -c < "$3")
	nn_t1=$(nk_median_ns "$NK_RUNS" "bin/nnum < '$3' > /dev/null")
	nn_t2=$(nk_median_ns "$2" "$4 < '$3' > /dev/null")
	awk -v b="$nn_b" -v t1="$nn_t1" -v t2="$nn_t2" -v l="$1" -v f="$(basename "$3")" -v c="$4" \
	    -v full="$nn_full" 'BEGIN {
		printf "%-34s %9.1f KB/s  $ bin/nnum < %s\n", "nnum on " f, b / 1e3 / (t1 / 1e9), f
		printf "%-34s %9.1f KB/s  $ %s < %s\n", "peer: " l, b / 1e3 / (t2 / 1e9), c, f
		printf "%-34s %9.0f x   (both on %s, start-up included)\n", "nnum / " l, t2 / t1, f
		printf "%-34s %9.0f x   (nnum on bench_simp per byte)\n", "nnum / " l, full * 1e6 / (b / (t2 / 1e9))
	}'
}

if [ -d "$nn_rt" ] && command -v node >/dev/null 2>&1; then
	nn_pair "RT number model" 3 "$nn_s1m" "node tests/bench/rt_number.js number"
	nn_pair "RT all number models" 1 "$nn_s100k" "node tests/bench/rt_number.js all"
	nk_startup "peer: RT number model startup" "node tests/bench/rt_number.js number"
else
	echo "nnum: node or Recognizers-Text not available; peer skipped"
fi
