#!/usr/bin/env bash
# Rewrites tests/vectors/golden/ from the current core and content/, then shows what moved.
# Run it after an intended change to a price, an assumption, a threshold or the model,
# and read the diff before committing it: the diff is the review.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset native >/dev/null
cmake --build --preset native --target rightsize_tests
RIGHTSIZE_UPDATE_GOLDENS=1 build/native/tests/core/rightsize_tests --test-case='golden:*' >/dev/null
git status --short tests/vectors/golden
git diff --stat tests/vectors/golden
