#!/usr/bin/env bash
# The README's first command: set up, build, and serve dist/ on http://127.0.0.1:8080
# (PORT=9000 to change it). Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
port="${PORT:-8080}"
echo "serve: http://127.0.0.1:${port}/ (calculator: http://127.0.0.1:${port}/calculator/)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
