# tests/bench/nquote.sh - nquote's throughput, startup and memory (sourced
# by tests/bench/run.sh, which provides lib.sh and $BENCH_DIR).
#
# bench_simp is prose without document structure; as records it is cut
# into documents of 100 lines (nquote's context is one document). No
# installed program attributes Chinese quotations, so the reference is
# the floor a user has without nquote: grep for “…” spans (no speakers,
# no indirect speech).
nq_docs="$BENCH_DIR/bench_simp.docs.tsv"
[ -s "$nq_docs" ] ||
	awk 'BEGIN { print "doc\ttext" } { gsub(/\t/, " "); print "d" int((NR - 1) / 100) "\t" $0 }' \
		"$BENCH_DIR/bench_simp.txt" > "$nq_docs"
nk_mbps "nquote (records, 100 lines/doc)" "$nq_docs" bin/nquote
nq_mbps=$NK_LAST_MBPS
nk_mbps "nquote -a (records)" "$nq_docs" bin/nquote -a
nk_mbps "nquote (raw: one 20 MB document)" "$BENCH_DIR/bench_simp.txt" bin/nquote
nk_mbps "floor: grep -o '“[^”]*”'" "$nq_docs" "grep -o '“[^”]*”'"
nk_ratio "nquote / grep floor" "$nq_mbps" "$NK_LAST_MBPS"
nk_startup "nquote startup" bin/nquote
nk_rss "nquote (records, 100 lines/doc)" "$nq_docs" bin/nquote
nk_rss "nquote (raw: one 20 MB document)" "$BENCH_DIR/bench_simp.txt" bin/nquote
