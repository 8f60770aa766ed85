#!/usr/bin/env bash
# The README's second command, and what CI runs: set up, build, and run every test —
# doctest natively and again under AddressSanitizer and UBSan (ctest also runs node on the
# native build: the CLI in tests/cli, wire.js against wire.cpp in tests/wire), the libFuzzer
# targets for a bounded time, node's test runner on the built WebAssembly modules, and the
# browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

echo "== C++ formatting (clang-format, .clang-format)"
bash scripts/check-format.sh

echo "== JavaScript format and lint (Biome, biome.json)"
npx biome ci .

echo "== core tests (doctest, native)"
ctest --preset native

echo "== golden files notice every number of content/ moving by 5%"
node tests/mutation/content-mutants.mjs

echo "== core tests (doctest, ASan + UBSan)"
cmake --preset native-asan >/dev/null
cmake --build --preset native-asan
ctest --preset native-asan

echo "== fuzzing (libFuzzer with ASan and UBSan, seeded from the golden vectors and sample files)"
# A fixed seed and run count keep CI repeatable; run the targets longer by hand to explore.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
node tests/fuzz/seed-corpus.mjs build/fuzz/corpus
for target in json_input:json wire:wire share:share; do
  build/fuzz/fuzz/fuzz_${target%%:*} -seed=1 -runs=300000 -timeout=10 -rss_limit_mb=1024 -print_final_stats=0 \
    -artifact_prefix=build/fuzz/ "build/fuzz/corpus/${target##*:}" > "build/fuzz/${target%%:*}.log" 2>&1 \
    || { grep -v '^#' "build/fuzz/${target%%:*}.log" | tail -n 40; exit 1; }
  tail -n 1 "build/fuzz/${target%%:*}.log"
done
# Slowness: the JSON reader on inputs near its size limits, each bounded in time and memory,
# so a reader that costs the square of its input (40,000 keys once took 6 s) fails here.
build/fuzz/fuzz/fuzz_json_input -seed=1 -runs=200 -max_len=1100000 -timeout=5 -rss_limit_mb=1024 \
  -print_final_stats=0 -artifact_prefix=build/fuzz/ build/fuzz/corpus/json-large > build/fuzz/json-large.log 2>&1 \
  || { grep -v '^#' build/fuzz/json-large.log | tail -n 40; exit 1; }
tail -n 1 build/fuzz/json-large.log
# The measure parsers, seeded from tests/fuzz/measure-seeds.mjs; each run count keeps its target near 30 s.
for target in access_log:25000 query_stats:45000 cpu_series:50000 json_line:300000; do
  name=${target%%:*}
  build/fuzz/fuzz/fuzz_$name -seed=1 -runs=${target##*:} -timeout=10 -rss_limit_mb=1024 -print_final_stats=0 \
    -artifact_prefix=build/fuzz/ "build/fuzz/corpus/$name" > "build/fuzz/$name.log" 2>&1 \
    || { grep -v '^#' "build/fuzz/$name.log" | tail -n 40; exit 1; }
  tail -n 1 "build/fuzz/$name.log"
done

echo "== WebAssembly module tests (node --test)"
node --test tests/wasm/

echo "== site build tests (pages follow a changed content directory)"
node --test tests/site/

echo "== site modules import each other in the source tree as in dist/ (node --test)"
node --test tests/web/

echo "== browser tests (Chromium via playwright-core)"
# One file at a time: each starts its own browser, and the machine has two cores.
for file in tests/e2e/*/*.test.js; do node --test "$file"; done
