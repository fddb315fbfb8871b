#!/usr/bin/env bash
# Offline-first drain: how long check-ins queued on kiosks while the server was down take to reach
# it once it is back (issue #5's closing figure). Each run of stillpoint-sync-drain-bench (built
# with the tests, target stillpoint-sync-drain-bench) starts the real stillpoint-server from the
# same build on loopback, stops it, fills the kiosk outboxes (durable enqueues), restarts the
# server and times the drain. Runs under /usr/bin/time -v for the bench process's peak memory.
#
# usage: bench/bench-drain.sh [BUILD] [COUNT]   (defaults: build/release, 10000; RUNS=3)
set -euo pipefail
BUILD=${1:-build/release}
COUNT=${2:-10000}
RUNS=${RUNS:-3}
BENCH="$BUILD/bin/stillpoint-sync-drain-bench"
[ -x "$BENCH" ] || { echo "bench-drain: $BENCH not built (cmake --build $BUILD --target stillpoint-sync-drain-bench stillpoint-server)" >&2; exit 1; }
[ -x "$BUILD/bin/stillpoint-server" ] || { echo "bench-drain: $BUILD/bin/stillpoint-server not built" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-drain: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
range() { sort -n | awk 'NR==1 {min=$1} {max=$1} END {printf "min %s, max %s", min, max}'; }

for i in $(seq "$RUNS"); do
  /usr/bin/time -v "$BENCH" "$COUNT" > "$TMP/run-$i.out" 2> "$TMP/run-$i.err"
  cat "$TMP/run-$i.out" | sed "s/^/run $i: /"
  # "  drain after server return: 12.34 s (810 /s)"
  awk '/drain after server return:/ {print $5}' "$TMP/run-$i.out" >> "$TMP/drain.txt"
  awk '/drain after server return:/ {gsub(/\(/, "", $7); print $7}' "$TMP/run-$i.out" >> "$TMP/rate.txt"
  awk '/enqueue \(durable\):/ {print $3}' "$TMP/run-$i.out" >> "$TMP/fill.txt"
  grep 'Maximum resident set size' "$TMP/run-$i.err" | awk '{print $6}' >> "$TMP/rss.txt"
done
echo "drain of $COUNT check-ins after the server's return: median $(median < "$TMP/drain.txt") s ($(range < "$TMP/drain.txt")) over $RUNS runs"
echo "drain rate: median $(median < "$TMP/rate.txt") check-ins/s ($(range < "$TMP/rate.txt"))"
echo "durable enqueue of $COUNT while the server was down: median $(median < "$TMP/fill.txt") s"
echo "bench process peak RSS (kiosk outboxes + senders): median $(median < "$TMP/rss.txt" | awk '{printf "%.1f", $1/1024}') MiB"
