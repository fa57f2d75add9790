#!/bin/sh
# tests/run.sh - run every test of nkit and print one closing line
# "N passed, N failed". Unit tests and bats suites print TAP; this counts
# their "ok" and "not ok" lines. NK_BIN / NK_UNIT / NK_REPLAY choose the
# build under test (make asan points them at build-asan/).
NK_BIN=${NK_BIN:-bin}
NK_UNIT=${NK_UNIT:-build/tests/unit}
NK_REPLAY=${NK_REPLAY:-$(dirname "$NK_UNIT")/../replay}
export NK_BIN
export BATS_LIB_PATH=${BATS_LIB_PATH:-/usr/lib/bats}
export LC_ALL=C.UTF-8
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for u in "$NK_UNIT"/*; do
	[ -f "$u" ] && [ -x "$u" ] || continue
	echo "# unit: $u"
	"$u" 2>&1 || echo "not ok - $u exited with status $?"
done >>"$log"

# fuzz targets, replayed over their corpus and the seeds (regressions)
for r in "$NK_REPLAY"/fuzz_*; do
	[ -x "$r" ] || continue
	name=$(basename "$r")
	set -- seeds/*
	[ -d "tests/fuzz/corpus/$name" ] && set -- "$@" tests/fuzz/corpus/"$name"/*
	if "$r" "$@" >/dev/null 2>&1; then
		echo "ok - replay $name ($# inputs)"
	else
		echo "not ok - replay $name crashed or failed"
	fi
done >>"$log"

if ls tests/*.bats >/dev/null 2>&1; then
	# tests run two (or as many as there are cores) at a time: bats --jobs uses GNU parallel
	bats --tap --jobs "$(nproc 2>/dev/null || echo 2)" tests/*.bats >>"$log" 2>&1
fi

cat "$log"
skip=$(grep -c '^ok .* # skip' "$log")
pass=$(( $(grep -c '^ok ' "$log") - skip ))
fail=$(grep -c '^not ok ' "$log")
if [ "$skip" -gt 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
