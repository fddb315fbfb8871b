#!/usr/bin/env bash
# Server throughput and latency: durable check-ins/s, queue snapshots/s, long-poll wake-up.
# The server runs under /usr/bin/time -v so its peak memory is reported too.
set -euo pipefail
BUILD=${1:-build/release}
shift || true
BIN="$BUILD/bin"
WORK=$(mktemp -d)
trap 'kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

DB="$WORK/bench.db"
CONFIG="$WORK/server.json"
# A free loopback port: one nobody answers on.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=$((20000 + RANDOM % 20000))
while port_in_use "$PORT"; do PORT=$((20000 + RANDOM % 20000)); done
printf '{"listen":"127.0.0.1:%s","assets_dir":"%s"}\n' "$PORT" "$PWD/assets" > "$CONFIG"

for prefix in A B C D; do
  echo "$prefix $("$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" add-device --name "bench-kiosk-$prefix" --role kiosk --ticket-prefix "$prefix")"
done > "$WORK/kiosks.txt"
DISPLAY_TOKEN=$("$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" add-device --name bench-lobby --role display)

/usr/bin/time -v "$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" serve 2> "$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 50); do
  port_in_use "$PORT" && break
  sleep 0.1
done

"$BIN/stillpoint-server-load" --url "http://127.0.0.1:$PORT" --kiosk-tokens "$WORK/kiosks.txt" \
  --display-token "$DISPLAY_TOKEN" "$@"

pkill -INT -P "$SERVER_PID"  # the server itself, a child of time(1)
wait "$SERVER_PID" || true
grep -E "Maximum resident set size" "$WORK/server.log" | sed 's/^\s*/server /'
