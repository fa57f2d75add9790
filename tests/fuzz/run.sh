#!/bin/sh
# make fuzz: run each libFuzzer target for a while on its corpus and the seeds.
# Crashes are written to build-fuzz/crashes/<target>/; copy a fixed one into
# tests/fuzz/corpus/<target>/ so that make check replays it for ever.
B=${1:-build-fuzz}
SECONDS_EACH=${2:-60}
status=0
for f in "$B"/fuzz/fuzz_*; do
	[ -x "$f" ] || continue
	name=$(basename "$f")
	corpus="$B/corpus/$name"
	mkdir -p "$corpus" "$B/crashes/$name"
	cp seeds/* "$corpus"/ 2>/dev/null
	[ -d "tests/fuzz/corpus/$name" ] && cp tests/fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null
	echo "== $name: $SECONDS_EACH s"
	if ! "$f" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix="$B/crashes/$name/" -print_final_stats=1 "$corpus" 2>"$B/$name.log"; then
		echo "$name: FAILED (see $B/$name.log and $B/crashes/$name/)"
		status=1
	fi
	grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+ *DONE' "$B/$name.log" | tail -n 3
done
exit $status
