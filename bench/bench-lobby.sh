#!/usr/bin/env bash
# Lobby display: CPU share and frame time per slide type at 1920x1080 (headless, software
# renderer: a pessimistic stand-in for a TV's GPU), and the latency from a check-in accepted by
# the server to the lobby having drawn it. Each run is also wrapped in /usr/bin/time -v.
#   bench/bench-lobby.sh [BUILD_DIR]   (default build/release; relative to where it is run)
# LOBBY_BENCH_SECONDS (per slide, default 10), LOBBY_BENCH_ROUNDS (latency, default 20) and
# LOBBY_BENCH_SLIDES (default: every slide type) shorten or focus a run. "breathing" is the box
# pattern (its holds draw once a second); "coherent" has no holds, so its pacer always moves.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(cd "${1:-build/release}" && pwd)  # any build dir, e.g. build/lobby-release
SECONDS_PER_SLIDE=${LOBBY_BENCH_SECONDS:-10}
BIN="$BUILD/bin"
ASSETS="$ROOT/assets"
for exe in stillpoint-lobby-bench stillpoint-server; do
  [ -x "$BIN/$exe" ] || { echo "bench-lobby: $BIN/$exe is missing; build it first" >&2; exit 2; }
done
WORK=$(mktemp -d)
SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy

for slide in ${LOBBY_BENCH_SLIDES:-breathing coherent text image queue quiet takeover}; do
  /usr/bin/time -v "$BIN/stillpoint-lobby-bench" frames --slide "$slide" --seconds "$SECONDS_PER_SLIDE" \
    --assets "$ASSETS" 2> "$WORK/time-$slide.txt"
  grep -E "Percent of CPU|Maximum resident" "$WORK/time-$slide.txt" | sed "s/^\s*/  $slide: /" || true
done

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=$((20000 + RANDOM % 20000))
while port_in_use "$PORT"; do PORT=$((20000 + RANDOM % 20000)); done
CONFIG="$WORK/server.json"
DB="$WORK/bench.db"
printf '{"listen":"127.0.0.1:%s","assets_dir":"%s"}\n' "$PORT" "$ASSETS" > "$CONFIG"
KIOSK=$("$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" add-device --name bench-kiosk --role kiosk --ticket-prefix A)
DISPLAY_TOKEN=$("$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" add-device --name bench-lobby --role display)
"$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" serve 2> "$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 50); do port_in_use "$PORT" && break; sleep 0.1; done
port_in_use "$PORT" || { echo "bench-lobby: the server did not start:" >&2; cat "$WORK/server.log" >&2; exit 1; }
"$BIN/stillpoint-lobby-bench" latency --url "http://127.0.0.1:$PORT" --kiosk-token "$KIOSK" \
  --display-token "$DISPLAY_TOKEN" --rounds "${LOBBY_BENCH_ROUNDS:-20}" --assets "$ASSETS"
