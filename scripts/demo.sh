#!/usr/bin/env bash
# The demo: a fresh clinic database with a front-desk account, a kiosk, a lobby screen and a few
# appointments around now, then the clinic server on http://127.0.0.1:8080.
# Usage: scripts/demo.sh BUILD_DIR   (./stillpoint demo calls it with build/release)
set -euo pipefail
BUILD=${1:-build/release}
BIN="$BUILD/bin"
DEMO=var/demo
CONFIG=config/server.json
DB="$DEMO/clinic.db"
LISTEN=${STILLPOINT_LISTEN:-127.0.0.1:8080}
server() { "$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" "$@"; }

rm -rf "$DEMO"
mkdir -p "$DEMO"
chmod 700 "$DEMO"

printf 'stillpoint-demo\n' | server add-staff --user frontdesk
server add-device --name "Front kiosk" --role kiosk --ticket-prefix A > "$DEMO/kiosk.token"
server add-device --name "Waiting room TV" --role display > "$DEMO/lobby.token"
server add-device --name "Front desk script" --role staff > "$DEMO/staff.token"
chmod 600 "$DEMO"/*.token

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

cat <<EOF2

  Stillpoint demo clinic on http://$LISTEN
  Staff console:  http://$LISTEN/   user: frontdesk   password: stillpoint-demo
  Tokens:         $DEMO/kiosk.token, $DEMO/lobby.token, $DEMO/staff.token

  Try it (in another terminal):
    curl -s http://$LISTEN/healthz
    curl -s -H "Authorization: Bearer \$(cat $DEMO/lobby.token)" http://$LISTEN/api/v1/queue
    curl -s -H "Authorization: Bearer \$(cat $DEMO/kiosk.token)" -H 'Content-Type: application/json' \\
         -d '{"birth_date":"1975-09-30"}' http://$LISTEN/api/v1/appointments/lookup

  Stop with Ctrl+C.
EOF2
exec "$BIN/stillpoint-server" --config "$CONFIG" --db "$DB" serve --listen "$LISTEN"
