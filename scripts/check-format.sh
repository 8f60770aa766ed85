#!/usr/bin/env bash
# Every C++ file git tracks must be as clang-format (the repository's .clang-format) writes
# it. Prints the files that are not, and exits 1 if there are any. Fix with:
#   git ls-files '*.cpp' '*.hpp' | xargs clang-format-14 --style=file -i
set -euo pipefail
cd "$(dirname "$0")/.."
format=$(command -v clang-format-14 || command -v clang-format)
bad=0
while IFS= read -r file; do
  if ! "$format" --style=file --dry-run --Werror "$file" >/dev/null 2>&1; then
    echo "not formatted: $file"
    bad=1
  fi
done < <(git ls-files '*.cpp' '*.hpp')
[ "$bad" -eq 0 ] && echo "format: every C++ file matches .clang-format"
exit "$bad"
