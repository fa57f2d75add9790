#!/bin/sh
# make conformance: each tests/conformance/<tool>.sh prints pass rates per
# peer file and the failing cases (in build/conformance/).
SHARED=${1:-../shared}
export SHARED
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
mkdir -p build/conformance
for s in tests/conformance/[a-z]*.sh; do
	case $s in */run.sh) continue ;; esac
	echo "== $(basename "$s" .sh)"
	sh "$s" "$SHARED"
done
