#!/usr/bin/env bash
# Builds everything: the native core, CLI and tests (build/native, CLI at
# build/native/bin/rightsize), the WebAssembly module (build/wasm/module) and the
# static site (dist/). Run scripts/setup.sh first. BASE=/tools/rightsize/ builds the site for
# a host that serves it under that path (only the 404 page differs; docs/deploying.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs  # Emscripten's JS optimiser finds acorn there

cmake --preset native >/dev/null
cmake --build --preset native
cmake --preset wasm >/dev/null
cmake --build --preset wasm
rm -rf dist
npx eleventy --config=web/eleventy.config.js --quiet
node web/postbuild/finish.mjs dist
echo "build: CLI at build/native/bin/rightsize, site in dist/"
