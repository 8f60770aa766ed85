#!/usr/bin/env bash
# The README's second command, and what CI runs: set up, build, and run every test —
# doctest natively and again under AddressSanitizer and UBSan, node's test runner on
# the built WebAssembly module, and the browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

echo "== core tests (doctest, native)"
ctest --preset native

echo "== core tests (doctest, ASan + UBSan)"
cmake --preset native-asan >/dev/null
cmake --build --preset native-asan
ctest --preset native-asan

echo "== WebAssembly module tests (node --test)"
node --test tests/wasm/

echo "== browser tests (Chromium via playwright-core)"
node --test --test-concurrency=1 tests/e2e/
