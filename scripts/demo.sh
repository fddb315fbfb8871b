#!/usr/bin/env bash
# The demo: a fresh clinic database with a front-desk account, a kiosk, a lobby screen and a few
# appointments around now; then the clinic server on http://127.0.0.1:8080 with the kiosk and the
# lobby display beside it (in windows when there is a display, as screenshots when there is none).
# Usage: scripts/demo.sh BUILD_DIR   (./stillpoint demo calls it with build/demo)
set -euo pipefail
BUILD=${1:-build/demo}
BIN=$(cd "$BUILD/bin" && pwd)
DEMO=var/demo
CONFIG=config/server.json
DB="$DEMO/clinic.db"
LISTEN=${STILLPOINT_LISTEN:-127.0.0.1:8080}
server() { "$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" "$@"; }
say() { printf '\033[1mstillpoint demo:\033[0m %s\n' "$*" >&2; }

# A fresh start each time; the kiosk and lobby configs read their tokens from var/.
rm -rf "$DEMO" var/kiosk var/lobby var/kiosk.token var/lobby.token
mkdir -p "$DEMO"
chmod 700 var "$DEMO"

printf 'stillpoint-demo\n' | server add-staff --user frontdesk
server add-device --name "Front kiosk" --role kiosk --ticket-prefix A > var/kiosk.token
server add-device --name "Waiting room TV" --role display > var/lobby.token
server add-device --name "Front desk script" --role staff > "$DEMO/staff.token"
chmod 600 var/*.token "$DEMO"/*.token

# Fictional people, appointments spread around now so the kiosk lookup finds them. Jordan and
# Taylor share a birth date, so the kiosk asks for the first initial.
at() { date -d "$1" '+%Y-%m-%dT%H:%M'; }
cat > "$DEMO/appointments.csv" <<CSV
first_name,last_name,birth_date,start,practitioner,service
Jordan,Rivera,1988-04-12,$(at '+10 minutes'),Sam,massage
Alex,Morgan,1975-09-30,$(at '+25 minutes'),Priya,rehab
Casey,Nguyen,1992-01-05,$(at '-20 minutes'),Lee,counselling
Taylor,Rivera,1988-04-12,$(at '+5 minutes'),Sam,massage
CSV
server import-appointments "$DEMO/appointments.csv"

# Started directly, not through server(): a function would run in a subshell, and stopping the
# subshell would leave the server running.
"$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" serve --listen "$LISTEN" 2> "$DEMO/server.log" &
SERVER_PID=$!
CHILDREN=("$SERVER_PID")
trap 'kill "${CHILDREN[@]}" 2>/dev/null || true' EXIT INT TERM
port_open() { (exec 3<>"/dev/tcp/${LISTEN%:*}/${LISTEN##*:}") 2>/dev/null; }
for _ in $(seq 100); do port_open && break; sleep 0.1; done
port_open || { say "the server did not start; see $DEMO/server.log"; exit 1; }

# The kiosk and the lobby run live against the demo server: in windows when there is a display,
# else headless (SDL's offscreen driver), each writing a screenshot once it has drawn. One that
# fails to start stops the demo with its log; nothing is hidden.
start_screen() {  # NAME CONFIG SIZE
  local name=$1 config=$2 size=$3
  if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    "$BIN/stillpoint-kiosk" --config "$config" --windowed "$size" >> "$DEMO/$name.log" 2>&1 &
  else
    printf 'wait 1500\nscreenshot %s\nstay\n' "$name" > "$DEMO/$name.script"
    (cd "$DEMO/screenshots" && SDL_VIDEODRIVER=offscreen exec "$BIN/stillpoint-kiosk" \
       --config "$ROOT/$config" --windowed "$size" --script "$ROOT/$DEMO/$name.script") \
       >> "$DEMO/$name.log" 2>&1 &
  fi
  CHILDREN+=("$!")
}
ROOT=$PWD
mkdir -p "$DEMO/screenshots"
start_screen kiosk config/kiosk.json 720x1280
start_screen lobby config/lobby.json 1280x720
sleep 3
for i in 1 2; do
  name=$([[ $i == 1 ]] && echo kiosk || echo lobby)
  if ! kill -0 "${CHILDREN[$i]}" 2>/dev/null; then
    say "the $name did not start; its log, $DEMO/$name.log, says:"
    cat "$DEMO/$name.log" >&2
    exit 1
  fi
done
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  KIOSK_NOTE="The kiosk and the lobby display are open in two windows (admin PIN 2468)."
else
  KIOSK_NOTE="No display here: the kiosk and lobby run headless; screenshots in $DEMO/screenshots/."
fi

cat <<EOF

  Stillpoint demo clinic on http://$LISTEN
  Staff console:  http://$LISTEN/   user: frontdesk   password: stillpoint-demo
  $KIOSK_NOTE
  Try a check-in at the kiosk: born 30 September 1975 (Alex M.), or 12 April 1988 (two people
  share it, so the kiosk asks for the first initial: J or T).

  From a terminal:
    curl -s http://$LISTEN/healthz
    curl -s -H "Authorization: Bearer \$(cat var/lobby.token)" http://$LISTEN/api/v1/queue

  Logs: $DEMO/server.log, $DEMO/kiosk.log, $DEMO/lobby.log. Stop with Ctrl+C.
EOF
wait "$SERVER_PID"
