#!/usr/bin/env bash
# Kiosk start-up and frame times against the optimised build in $1 (default build/release):
#   1. time to first frame and peak memory of a headless start (`stillpoint-kiosk --screenshot`
#      under /usr/bin/time -v, plus the app's own --print-startup figure), median of 5 runs;
#   2. per-screen frame time (median, p99) at 1920x1080 from stillpoint-kiosk-frames.
# Targets to beat: under 50 ms and 40 MiB to the first frame; frames well under 4 ms.
set -euo pipefail
BUILD=${1:-build/release}
FRAMES_N=${FRAMES_N:-300}  # frames per screen
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KIOSK="$BUILD/bin/stillpoint-kiosk"
FRAMES="$BUILD/bin/stillpoint-kiosk-frames"
[ -x "$KIOSK" ] || { echo "bench-kiosk: $KIOSK not built" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-kiosk: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

for i in 1 2 3 4 5; do
  /usr/bin/time -v "$KIOSK" --config "$ROOT/config/kiosk.json" --windowed 1080x1920 \
    --screenshot "$TMP/shots" --print-startup > /dev/null 2> "$TMP/run-$i.txt"
  grep -o 'first frame after [0-9.]*' "$TMP/run-$i.txt" | awk '{print $4}' >> "$TMP/first.txt"
  grep 'Maximum resident set size' "$TMP/run-$i.txt" | awk '{print $6}' >> "$TMP/rss.txt"
  grep 'Elapsed (wall clock)' "$TMP/run-$i.txt" | awk -F': ' '{split($2,t,":"); print (t[1]*60+t[2])*1000}' >> "$TMP/wall.txt"
done
echo "first frame (app's own clock, 1080x1920): median $(median < "$TMP/first.txt") ms over 5 runs"
echo "peak RSS, whole --screenshot run (7 screens): median $(median < "$TMP/rss.txt" | awk '{printf "%.1f", $1/1024}') MiB"
echo "wall time, whole --screenshot run: median $(median < "$TMP/wall.txt") ms"

if [ -x "$FRAMES" ]; then
  echo "per-screen frame time at 1920x1080 (full redraw, software renderer):"
  "$FRAMES" "$ROOT/assets" "$FRAMES_N" 1920x1080
else
  echo "bench-kiosk: $FRAMES not built (bench/CMakeLists.txt: stillpoint-kiosk-frames)" >&2
fi
