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
