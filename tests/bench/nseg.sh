# tests/bench/nseg.sh - sourced by tests/bench/run.sh (lib.sh loaded,
# corpora in $BENCH_DIR). nseg sentences and words on bench_simp, and in the
# same run the same words by Debian's python3-jieba and by @node-rs/jieba
# (npm, installed here into build/npm: never part of make check).
NSEG=${NK_BIN:-bin}/nseg
simp=$BENCH_DIR/bench_simp.txt
# peers are slow: they and nseg -w are compared on the first 2 MB
part=$BENCH_DIR/bench_simp_2MB.txt
[ -s "$part" ] || head -c 2000000 "$simp" | sed '$d' > "$part"

# nseg_cpu LABEL REPEAT FILE CMD: MB/s of CPU time (user + sys, GNU time,
# CMD run REPEAT times for the clock's resolution), which a loaded machine
# disturbs less than wall time; sets NSEG_CPU_MBPS
nseg_cpu() {
	label=$1 rep=$2 file=$3; shift 3
	NSEG_CPU_MBPS=
	[ -x /usr/bin/time ] || return 0
	bytes=$(wc -c < "$file")
	s=$( { /usr/bin/time -f 'cpu %U %S' sh -c "i=0; while [ \$i -lt $rep ]; do $* < '$file' > /dev/null 2>&1; i=\$((i + 1)); done"; } 2>&1 |
		awk -v r="$rep" '/^cpu / { print ($2 + $3) / r }')
	NSEG_CPU_MBPS=$(awk -v b="$bytes" -v s="$s" 'BEGIN { if (s > 0) printf "%.1f", b / 1e6 / s; else print "n/a" }')
	printf '%-34s %9s MB/s  %7.3f s CPU  (mean of %d)  $ %s < %s\n' "$label" "$NSEG_CPU_MBPS" "$s" "$rep" "$*" "$(basename "$file")"
}

nk_mbps "nseg (sentences), 20 MB" "$simp" "$NSEG"
sent_mbps=$NK_LAST_MBPS
nk_mbps "nseg -w, 20 MB" "$simp" "$NSEG -w"
nk_mbps "nseg -w, 2 MB" "$part" "$NSEG -w"
w_mbps=$NK_LAST_MBPS
nk_mbps "nseg -j, 2 MB" "$part" "$NSEG -j"
j_mbps=$NK_LAST_MBPS

node_mbps=
if command -v node >/dev/null && command -v npm >/dev/null; then
	npmdir=build/npm
	if [ ! -d "$npmdir/node_modules/@node-rs/jieba" ]; then
		mkdir -p "$npmdir"
		(cd "$npmdir" && npm install --no-audit --no-fund --prefix . @node-rs/jieba >/dev/null 2>&1) ||
			echo "bench: npm install @node-rs/jieba failed" >&2
	fi
	cat > "$npmdir/cut.js" <<'JS'
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);
const text = require('fs').readFileSync(0, 'utf8');
const out = [];
for (const line of text.split('\n')) out.push(jieba.cut(line, true).join(' '));
process.stdout.write(out.join('\n'));
JS
	if [ -d "$npmdir/node_modules/@node-rs/jieba" ]; then
		nk_mbps "@node-rs/jieba cut (HMM), 2 MB" "$part" "node $npmdir/cut.js"
		node_mbps=$NK_LAST_MBPS
	fi
fi

py_mbps=
if /usr/bin/python3 -c 'import jieba' 2>/dev/null; then
	NK_RUNS_SAVE=$NK_RUNS
	NK_RUNS=1
	nk_mbps "python3 -m jieba (HMM), 2 MB" "$part" "/usr/bin/python3 -m jieba -q -d ' '"
	py_mbps=$NK_LAST_MBPS
	NK_RUNS=$NK_RUNS_SAVE
fi

echo "CPU time (user + sys), same 2 MB file:"
nseg_cpu "cpu: nseg (sentences)" 20 "$part" "$NSEG"
nseg_cpu "cpu: nseg -w" 10 "$part" "$NSEG -w"
cw=$NSEG_CPU_MBPS
nseg_cpu "cpu: nseg -j" 10 "$part" "$NSEG -j"
[ -n "$node_mbps" ] && nseg_cpu "cpu: @node-rs/jieba" 3 "$part" "node build/npm/cut.js" &&
	nk_ratio "cpu: nseg -w / @node-rs/jieba" "$cw" "$NSEG_CPU_MBPS"
[ -n "$py_mbps" ] && nseg_cpu "cpu: python3 -m jieba" 1 "$part" "/usr/bin/python3 -m jieba -q -d ' '" &&
	nk_ratio "cpu: nseg -w / python3 jieba" "$cw" "$NSEG_CPU_MBPS"
echo "wall time:"
[ -n "$node_mbps" ] && nk_ratio "nseg -w / @node-rs/jieba" "$w_mbps" "$node_mbps"
[ -n "$node_mbps" ] && nk_ratio "nseg -j / @node-rs/jieba" "$j_mbps" "$node_mbps"
[ -n "$py_mbps" ] && nk_ratio "nseg -w / python3 jieba" "$w_mbps" "$py_mbps"
printf '%-34s %9s MB/s (target >= 100)\n' "nseg sentences" "$sent_mbps"

nk_startup "nseg startup" "$NSEG"
nk_startup "nseg -w startup" "$NSEG -w"
[ -n "$node_mbps" ] && nk_startup "@node-rs/jieba startup" "node build/npm/cut.js"
/usr/bin/python3 -c 'import jieba' 2>/dev/null && nk_startup "python3 -m jieba startup" "/usr/bin/python3 -m jieba -q"
nk_rss "nseg -w peak RSS, 2 MB" "$part" "$NSEG -w"
nk_rss "nseg -w peak RSS, 20 MB" "$simp" "$NSEG -w"
[ -n "$node_mbps" ] && nk_rss "@node-rs/jieba peak RSS, 2 MB" "$part" "node build/npm/cut.js"
