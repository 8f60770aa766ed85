#!/usr/bin/env bash
# Installs what rightsize needs on Debian 12, and nothing that is already there:
# compilers and CMake (and clang with libFuzzer), Emscripten, the C++ libraries, Python
# (Emscripten runs on it), Chromium for the browser tests, prometheus for promtool (the alert
# rules' tests), Node.js if absent,
# then the npm packages pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ clang-14 clang-format-14 libclang-rt-14-dev emscripten nlohmann-json3-dev doctest-dev python3 chromium gzip prometheus time)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# playwright-core and Eleventy 3 need Node.js 20 or newer; Debian 12's own nodejs is 18.
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "setup: Node.js $(node --version) is too old: rightsize's tools need Node.js 20 or newer." >&2
  exit 1
fi

npm ci --no-audit --no-fund --loglevel=error
