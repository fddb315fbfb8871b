#!/usr/bin/env bash
# Runs every benchmark against the optimised build in $1 (default build/release) and prints the
# figures. Each benchmark starts what it measures on loopback and stops it afterwards.
set -euo pipefail
BUILD=${1:-build/release}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for bench in "$HERE"/bench-*.sh; do
  echo "== $(basename "$bench" .sh)"
  "$bench" "$BUILD"
done
