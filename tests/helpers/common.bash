# Loaded by every tests/*.bats: bin/ on PATH, fixtures, bats-support/assert.
bats_load_library bats-support
bats_load_library bats-assert

NK_TOP="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
NK_BIN="${NK_BIN:-bin}"
case "$NK_BIN" in /*) ;; *) NK_BIN="$NK_TOP/$NK_BIN" ;; esac
PATH="$NK_BIN:$PATH"
SEEDS="$NK_TOP/seeds"
GOLDEN="$NK_TOP/tests/golden"
FIXTURES="$NK_TOP/tests/fixtures"
export LC_ALL=C.UTF-8
SHARED_CORPUS="${SHARED_CORPUS:-$NK_TOP/../shared/corpus}"

# heldout_floor SCRIPT MIN_P MIN_R: run a held-out scorer (tests/*_heldout.sh,
# whose last line is "P 0.978 (44/45)  R 0.978 (44/45)") and fail when its
# precision or recall is under the floor. The scorer's output is shown on
# failure: the rows that differ.
heldout_floor() {
	run sh "$NK_TOP/tests/$1"
	assert_success
	echo "$output"
	printf '%s\n' "$output" | tail -n 1 |
		awk -v mp="$2" -v mr="$3" '$1 == "P" && $4 == "R" { ok = $2 >= mp && $5 >= mr } END { exit !ok }'
}
