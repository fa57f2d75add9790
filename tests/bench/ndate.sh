# ndate against Microsoft Recognizers-Text's DateTimeModel (npm, installed
# here into build/npm; never part of make check), on the same lines in the
# same run; sourced by tests/bench/run.sh. The peer runs at tens of KB/s, so
# the ratio is taken on a 200 KB slice of bench_simp (whole lines) that both
# read; ndate alone also reads the whole 20 MB file.
simp=$BENCH_DIR/bench_simp.txt
slice=$BENCH_DIR/bench_simp_200k.txt
[ -s "$slice" ] || head -c 200000 "$simp" | sed '$d' > "$slice"
# one 20 MB document guessing its year: from a file (read twice, years
# first) and from a pipe (rows kept until the document's end)
nk_mbps "ndate (guessing each doc's year)" "$simp" bin/ndate
nk_mbps "ndate (guessing, from a pipe)" "$simp" "{ cat | bin/ndate; }"
nk_mbps "ndate --ref 2024-11-16" "$simp" bin/ndate --ref 2024-11-16
# as users run it: many articles, each guessing its own year (bench_simp cut
# into records of 100 lines, as nquote's bench does)
docs=$BENCH_DIR/bench_simp.docs.tsv
[ -s "$docs" ] ||
	awk 'BEGIN { print "doc\ttext" } { gsub(/\t/, " "); print "d" int((NR - 1) / 100) "\t" $0 }' "$simp" > "$docs"
nk_mbps "ndate (records, 100 lines/doc)" "$docs" bin/ndate
nk_mbps "ndate --ref 2024-11-16, 200 KB" "$slice" bin/ndate --ref 2024-11-16
# the peer is slow: time both on the slice in nanoseconds for the ratio
# (MB/s with one decimal would round the peer to 0.0)
nd_ns=$(nk_median_ns "$NK_RUNS" "bin/ndate --ref 2024-11-16 < '$slice' > /dev/null")
if command -v node >/dev/null && command -v npm >/dev/null; then
	npmdir=build/npm
	if [ ! -d "$npmdir/node_modules/@microsoft/recognizers-text-date-time" ]; then
		mkdir -p "$npmdir"
		(cd "$npmdir" && npm install --no-audit --no-fund --prefix . @microsoft/recognizers-text-suite >/dev/null 2>&1) ||
			echo "bench: npm install @microsoft/recognizers-text-suite failed" >&2
	fi
	if [ -d "$npmdir/node_modules/@microsoft/recognizers-text-date-time" ]; then
		rt_ns=$(nk_median_ns 3 "node tests/bench/rt_datetime.js 2024-11-16 < '$slice' > /dev/null")
		printf '%-34s %9s KB/s  %7.3f s  (%s, median of 3)  $ %s < %s\n' "Recognizers-Text DateTimeModel" \
		    "$(awk -v b="$(wc -c < "$slice")" -v ns="$rt_ns" 'BEGIN { printf "%.1f", b / 1e3 / (ns / 1e9) }')" \
		    "$(awk -v ns="$rt_ns" 'BEGIN { print ns / 1e9 }')" "$(basename "$slice")" \
		    "node tests/bench/rt_datetime.js 2024-11-16" "$(basename "$slice")"
		nk_ratio "ndate / Recognizers-Text, same 200 KB" "$rt_ns" "$nd_ns"
		# throughput against throughput: ndate on the whole file (start-up
		# no longer dominates), the peer on the slice it can finish
		full_ns=$(nk_median_ns "$NK_RUNS" "bin/ndate --ref 2024-11-16 < '$simp' > /dev/null")
		nk_ratio "ndate (20 MB) / R-T (200 KB), bytes/s" \
		    "$(awk -v b="$(wc -c < "$simp")" -v ns="$full_ns" 'BEGIN { print b / ns }')" \
		    "$(awk -v b="$(wc -c < "$slice")" -v ns="$rt_ns" 'BEGIN { print b / ns }')"
		nk_startup "Recognizers-Text startup" node tests/bench/rt_datetime.js 2024-11-16
	fi
fi
nk_startup "ndate startup" bin/ndate
nk_rss "ndate peak RSS (one 20 MB document)" "$simp" bin/ndate
nk_rss "ndate peak RSS (the same, a pipe)" "$simp" "{ cat | bin/ndate; }"
