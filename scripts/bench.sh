#!/usr/bin/env bash
# The budgets of DESIGN.md, measured: sizes (gzip -9) and speeds (median of many runs).
# Run after scripts/build.sh. Prints one line per figure; the README keeps the latest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
cmake --build --preset native --target rightsize_bench >/dev/null
cmake --build --preset wasm --target rightsize_bench >/dev/null

gz() { cat "$@" | gzip -9c | wc -c | awk '{ printf "%.1f KB", $1 / 1024 }'; }
echo "== sizes (gzip -9)"
echo "WebAssembly module alone (rightsize.wasm, the calculator's): $(gz build/wasm/module/rightsize.wasm) (budget 25 KB)"
echo "its Emscripten glue (rightsize.mjs): $(gz build/wasm/module/rightsize.mjs)"
echo "full model module (rightsize-model.wasm: timeline and band, built for speed): $(gz build/wasm/module/rightsize-model.wasm)"
# Exactly what dist/calculator/ loads (the timeline's model module is not among them).
page=(dist/calculator/index.html dist/assets/css/site.css dist/assets/icon.svg dist/assets/data/rules.json
      dist/assets/data/forms.json dist/assets/data/assumptions.json dist/assets/wasm/rightsize.{mjs,wasm} dist/assets/wasm/{wire.js,wire-format.json}
      dist/assets/js/{rightsize-calculator,live-element,engine,html,calculator-form,form-fields,render-recommendation}.js)
echo "calculator page, first visit, all files: $(gz "${page[@]}") (budget 50 KB)"

echo "== speed: the same C++, native and WebAssembly (node)"
native=$(build/native/bin/rightsize_bench content)
wasm=$(node build/wasm/bench/rightsize_bench.cjs content)
echo "$native" | sed 's/^/native: /'
echo "$wasm" | sed 's/^/wasm:   /'
paste <(echo "$native") <(echo "$wasm") | awk -F'\t' '{
  split($1, a, ": "); split($2, b, ": "); sub(/ us/, "", a[2]); sub(/ us/, "", b[2]);
  printf "wasm/native, %s: %.2fx (budget 2x)\n", a[1], b[2] / a[2] }'
echo "(budgets: one recommendation + 60-month timeline <= 200 us in WASM; band <= 16000 us)"

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
