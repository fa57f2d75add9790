# nnorm against OpenCC (opencc -c t2s.json, the same conversion) on the same
# files in the same run; sourced by tests/bench/run.sh.
simp=$BENCH_DIR/bench_simp.txt
trad=$BENCH_DIR/bench_trad.txt
nk_mbps "nnorm --text (simplified)" "$simp" bin/nnorm --text
s_nnorm=$NK_LAST_MBPS
nk_mbps "nnorm (TSV, simplified)" "$simp" bin/nnorm
nk_mbps "nnorm --text (traditional)" "$trad" bin/nnorm --text
t_nnorm=$NK_LAST_MBPS
if command -v opencc >/dev/null; then
	nk_mbps "opencc -c t2s.json (simplified)" "$simp" opencc -c t2s.json
	s_cc=$NK_LAST_MBPS
	nk_mbps "opencc -c t2s.json (traditional)" "$trad" opencc -c t2s.json
	t_cc=$NK_LAST_MBPS
	nk_ratio "nnorm / opencc, simplified" "$s_nnorm" "$s_cc"
	nk_ratio "nnorm / opencc, traditional" "$t_nnorm" "$t_cc"
fi
nk_startup "nnorm startup" bin/nnorm
command -v opencc >/dev/null && nk_startup "opencc startup" opencc -c t2s.json
nk_rss "nnorm peak RSS (traditional)" "$trad" bin/nnorm --text
