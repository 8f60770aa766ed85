#!/usr/bin/env bash
# The README's first command: set up, build, and serve dist/ on http://127.0.0.1:8080 the
# way a static host does: precompressed .br/.gz with Content-Encoding, application/wasm,
# and the headers in dist/_headers (scripts/serve.mjs, on sirv). PORT=9000 to change the
# port, BASE=/tools/rightsize/ to build for a sub-path and serve there. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs --port "${PORT:-8080}" --base "${BASE:-/}"
