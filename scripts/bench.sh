#!/usr/bin/env bash
# The budgets of DESIGN.md, measured: sizes (gzip -9), speeds (median of many runs), the
# band's accuracy, and every built page as a reader on a slow phone network gets it
# (bench/page-bench.mjs: bytes, request depth, first live result at 150 ms RTT and
# 1.6 Mbps against a floor page; bench/lighthouse.mjs: Lighthouse 12's four mobile scores,
# served compressed). Run after scripts/build.sh. Prints one line per figure; the README
# keeps the latest. RUNS=9 for more cold loads per page (default 7).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
cmake --build --preset native --target rightsize_bench >/dev/null
cmake --build --preset wasm --target rightsize_bench >/dev/null

gz() { cat "$@" | gzip -9c | wc -c | awk '{ printf "%.1f KB", $1 / 1024 }'; }
echo "== sizes (gzip -9)"
echo "WebAssembly module alone (rightsize.wasm, the calculator's): $(gz build/wasm/module/rightsize.wasm) (budget 25 KB)"
echo "its Emscripten glue (rightsize.mjs): $(gz build/wasm/module/rightsize.mjs)"
echo "full model module (rightsize-model.wasm: the simulation built for speed, the documents for size): $(gz build/wasm/module/rightsize-model.wasm)"
echo "== speed: the same C++, native and WebAssembly (node)"
native=$(build/native/bin/rightsize_bench content)
wasm=$(node build/wasm/bench/rightsize_bench.cjs content)
echo "$native" | sed 's/^/native: /'
echo "$wasm" | sed 's/^/wasm:   /'
paste <(echo "$native") <(echo "$wasm") | awk -F'\t' '{
  split($1, a, ": "); split($2, b, ": "); sub(/ us/, "", a[2]); sub(/ us/, "", b[2]);
  printf "wasm/native, %s: %.2fx (budget 2x)\n", a[1], b[2] / a[2] }'
echo "(budgets: one recommendation + 60-month timeline <= 200 us in WASM; band <= 16000 us)"

echo "== band accuracy against 100,000 paths (20 seeds; the page uses 512 stratified paths)"
build/native/bin/rightsize_bench content --accuracy

echo "== speed: the shipped model module through Embind (node), conversions included"
node bench/module-bench.mjs

echo "== measure: parse throughput and memory on a generated 100 MB access log"
cmake --build --preset native --target rightsize rightsize_measure_bench >/dev/null
cmake --build --preset wasm --target rightsize_wasm_measure >/dev/null
log=build/bench/access-100mb.log  # generated here, never committed
mkdir -p build/bench
[ -f "$log" ] || node bench/generate-access-log.mjs 100 "$log" >/dev/null
build/native/bin/rightsize_measure_bench "$log" content
node bench/measure-bench.mjs "$log"
# Peak memory reading the log in 1 MB chunks as the CLI does: once, then five times over
# through a pipe (500 MB), to show it does not grow with the input.
build/native/bin/rightsize_measure_bench --stream "$log" content
cat "$log" "$log" "$log" "$log" "$log" | build/native/bin/rightsize_measure_bench --stream - content
echo "measure module (rightsize-measure.wasm, loaded only when a file is chosen): $(gz build/wasm/module/rightsize-measure.wasm)"
echo "(targets: native >= 300 MB/s, WebAssembly >= 100 MB/s, memory <= 32 MB whatever the file size)"

echo "== pages in Chromium: every file each loads, critical path, first live result (budgets: calculator <= 50 KB gzip and"
echo "   <= 600 ms over the floor; timeline <= 110 KB gzip and <= 900 ms; no main-thread task over 50 ms while the band recomputes)"
node bench/page-bench.mjs "${RUNS:-7}"

echo "== Lighthouse 12, mobile defaults, served compressed (budget: 100 in all four, every page)"
node bench/lighthouse.mjs
