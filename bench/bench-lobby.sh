#!/usr/bin/env bash
# Lobby display: CPU share and frame time per slide type at 1920x1080 (headless, software
# renderer: a pessimistic stand-in for a TV's GPU), and the latency from a check-in accepted by
# the server to the lobby having drawn it. Each run is also wrapped in /usr/bin/time -v.
set -euo pipefail
BUILD=${1:-build/release}
SECONDS_PER_SLIDE=${LOBBY_BENCH_SECONDS:-10}
BIN="$BUILD/bin"
WORK=$(mktemp -d)
SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy

for slide in breathing text image queue quiet takeover; do
  /usr/bin/time -v "$BIN/stillpoint-lobby-bench" frames --slide "$slide" --seconds "$SECONDS_PER_SLIDE" \
    --assets "$PWD/assets" 2> "$WORK/time-$slide.txt"
  grep -E "Percent of CPU|Maximum resident" "$WORK/time-$slide.txt" | sed "s/^\s*/  $slide: /"
done

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=$((20000 + RANDOM % 20000))
while port_in_use "$PORT"; do PORT=$((20000 + RANDOM % 20000)); done
CONFIG="$WORK/server.json"
DB="$WORK/bench.db"
printf '{"listen":"127.0.0.1:%s","assets_dir":"%s"}\n' "$PORT" "$PWD/assets" > "$CONFIG"
KIOSK=$("$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" add-device --name bench-kiosk --role kiosk --ticket-prefix A)
DISPLAY_TOKEN=$("$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" add-device --name bench-lobby --role display)
"$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" serve 2> "$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 50); do port_in_use "$PORT" && break; sleep 0.1; done
"$BIN/stillpoint-lobby-bench" latency --url "http://127.0.0.1:$PORT" --kiosk-token "$KIOSK" \
  --display-token "$DISPLAY_TOKEN" --rounds "${LOBBY_BENCH_ROUNDS:-20}" --assets "$PWD/assets"
