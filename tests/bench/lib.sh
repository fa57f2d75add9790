# tests/bench/lib.sh - timing helpers for make bench (sourced by run.sh and
# the per-tool scripts tests/bench/<tool>.sh). Wall-clock medians; every
# command is printed beside its figure so a reader can rerun it.

NK_RUNS=${NK_RUNS:-5}
BENCH_DIR=${BENCH_DIR:-build/bench}

# nk_now: nanoseconds
nk_now() { date +%s%N; }

# nk_median_ns RUNS CMD...: median wall time of CMD (stdin/stdout as given
# by the caller through sh -c) in nanoseconds.
nk_median_ns() {
	runs=$1; shift
	i=0
	: > "$BENCH_DIR/.times"
	while [ $i -lt "$runs" ]; do
		t0=$(nk_now)
		sh -c "$*" || { echo "bench: command failed: $*" >&2; }
		t1=$(nk_now)
		echo $((t1 - t0)) >> "$BENCH_DIR/.times"
		i=$((i + 1))
	done
	sort -n "$BENCH_DIR/.times" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# nk_floor_ns FILE: what nk_median_ns itself costs around a command that
# does nothing with FILE (sh -c and two runs of date: ~20 ms on this kind
# of machine, 10% of a 20 MB run); measured once per file and subtracted,
# so a figure is the tool's own time, its start-up included.
nk_floor_ns() {
	if [ "$1" != "${NK_FLOOR_FILE:-}" ]; then
		NK_FLOOR_FILE=$1
		NK_FLOOR_NS=$(nk_median_ns 9 ": < '$1' > /dev/null")
	fi
	echo "$NK_FLOOR_NS"
}

# nk_mbps LABEL FILE CMD: prints "LABEL  MB/s  seconds  command" and sets
# NK_LAST_MBPS. CMD reads FILE on stdin and writes to /dev/null.
nk_mbps() {
	label=$1 file=$2; shift 2
	bytes=$(wc -c < "$file")
	nk_floor_ns "$file" > /dev/null
	ns=$(nk_median_ns "$NK_RUNS" "$* < '$file' > /dev/null")
	ns=$((ns > NK_FLOOR_NS ? ns - NK_FLOOR_NS : ns))
	NK_LAST_MBPS=$(awk -v b="$bytes" -v ns="$ns" 'BEGIN { printf "%.1f", b / 1e6 / (ns / 1e9) }')
	printf '%-34s %9s MB/s  %7.3f s  (%s, median of %d, less the harness: %.1f ms)  $ %s < %s\n' "$label" "$NK_LAST_MBPS" \
		"$(awk -v ns="$ns" 'BEGIN { print ns / 1e9 }')" "$(basename "$file")" "$NK_RUNS" \
		"$(awk -v f="$NK_FLOOR_NS" 'BEGIN { print f / 1e6 }')" "$*" "$(basename "$file")"
}

# nk_startup LABEL CMD: start-up on empty input, in ms: N runs in one shell
# loop (100; 10 for a peer whose start-up is over 50 ms, measured by one
# run first: python3 -m jieba would take minutes), median of 5 loops, less
# the same loop running /bin/true (the cost of fork and exec themselves,
# printed as the floor).
nk_startup() {
	label=$1; shift
	runs=100
	one=$(nk_median_ns 1 "$* < /dev/null > /dev/null")
	[ "$one" -gt 50000000 ] && runs=10
	loop='i=0; while [ $i -lt '$runs' ]; do '"$*"' < /dev/null > /dev/null; i=$((i + 1)); done'
	floor='i=0; while [ $i -lt '$runs' ]; do /bin/true < /dev/null > /dev/null; i=$((i + 1)); done'
	ns=$(nk_median_ns 5 "$loop")
	fns=$(nk_median_ns 5 "$floor")
	printf '%-34s %9s ms    (empty input; %d runs, median of 5, less /bin/true: %s ms)  $ %s < /dev/null\n' "$label" \
		"$(awk -v ns="$ns" -v f="$fns" -v r="$runs" 'BEGIN { printf "%.2f", (ns - f) / r / 1e6 }')" "$runs" \
		"$(awk -v f="$fns" -v r="$runs" 'BEGIN { printf "%.2f", f / r / 1e6 }')" "$*"
}

# nk_ratio LABEL A B: prints A/B
nk_ratio() {
	printf '%-34s %9s x\n' "$1" "$(awk -v a="$2" -v b="$3" 'BEGIN { if (b > 0) printf (a / b < 1 ? "%.3f" : "%.1f"), a / b; else print "n/a" }')"
}

# nk_rss LABEL FILE CMD: peak RSS in MB (GNU time, if installed)
nk_rss() {
	label=$1 file=$2; shift 2
	if [ -x /usr/bin/time ]; then
		kb=$( { /usr/bin/time -f '%M' sh -c "$* < '$file' > /dev/null" ; } 2>&1 | tail -n 1)
		printf '%-34s %9s MB peak RSS  $ %s < %s\n' "$label" "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')" "$*" "$(basename "$file")"
	fi
}

# nk_corpus: decompress the shared benchmark corpora once into $BENCH_DIR
nk_corpus() {
	mkdir -p "$BENCH_DIR"
	for c in bench_simp bench_trad; do
		[ -s "$BENCH_DIR/$c.txt" ] || xz -dc "$SHARED/corpus/$c.txt.xz" > "$BENCH_DIR/$c.txt"
	done
}
