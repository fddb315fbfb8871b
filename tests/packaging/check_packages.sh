#!/usr/bin/env bash
# The two Debian packages as a clinic installs them. Builds them the way a distribution would,
# with a plain CMake release build (the settings of the `package` preset, without the preset)
# installed under /usr and packed by CPack, then checks:
#   - lintian reports no error on either package;
#   - each package holds exactly the files in expected-files/PACKAGE.txt (what the README says)
#     besides its assets, which are exactly the checkout's;
#   - systemd-analyze verify accepts every unit the packages unpack;
#   - installed into a throwaway root, the server serves its API and staff page from its
#     installed assets and config, and the kiosk renders from any working folder.
# Usage: check_packages.sh SOURCE_DIR WORK_DIR
set -euo pipefail
SOURCE=$(cd "$1" && pwd)
WORK=$2
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD="$WORK/build"
ROOT="$WORK/root"
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$WORK"
cmake -S "$SOURCE" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DSTILLPOINT_BUILD_TESTS=OFF -DSTILLPOINT_BUILD_BENCH=OFF \
  ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} \
  > "$WORK/configure.log" 2>&1 || { cat "$WORK/configure.log"; fail "configure"; }
cmake --build "$BUILD" -j2 > "$WORK/build.log" 2>&1 || { tail -60 "$WORK/build.log"; fail "build"; }
(cd "$BUILD" && rm -f ./*.deb && cpack -G DEB > "$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; fail "cpack"; }
SERVER_DEB=$(ls "$BUILD"/stillpoint-server_*.deb)
KIOSK_DEB=$(ls "$BUILD"/stillpoint-kiosk_*.deb)
echo "built $(basename "$SERVER_DEB") and $(basename "$KIOSK_DEB")"

echo "== lintian"
lintian --fail-on error "$SERVER_DEB" "$KIOSK_DEB" \
  || fail "lintian reports errors"

echo "== file lists"
# Every file outside the assets is named in expected-files/PACKAGE.txt; the assets folder holds
# exactly the checkout's files of the folders the program reads.
check_files() {  # DEB SHARE ASSET_FOLDERS...
  local deb=$1 share=$2; shift 2
  local name; name=$(dpkg-deb -f "$deb" Package)
  dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort > "$WORK/$name.all"
  grep -v "^$share/assets/" "$WORK/$name.all" > "$WORK/$name.txt" || true
  diff -u "$HERE/expected-files/$name.txt" "$WORK/$name.txt" || fail "$name holds other files than expected"
  grep "^$share/assets/" "$WORK/$name.all" | sed "s|^$share/assets/||" > "$WORK/$name.assets"
  (cd "$SOURCE/assets" && find "$@" -type f | sort) > "$WORK/$name.assets.expected"
  diff -u "$WORK/$name.assets.expected" "$WORK/$name.assets" || fail "$name: its assets differ from the checkout's"
}
check_files "$SERVER_DEB" /usr/share/stillpoint-server forms content staff
check_files "$KIOSK_DEB" /usr/share/stillpoint-kiosk forms content i18n themes

echo "== dependencies"
dpkg-deb -f "$SERVER_DEB" Depends | grep -q 'libsqlite3' || fail "stillpoint-server does not depend on libsqlite3"
dpkg-deb -f "$KIOSK_DEB" Depends | grep -q 'libsdl2' || fail "stillpoint-kiosk does not depend on libsdl2"

echo "== install into a throwaway root"
rm -rf "$ROOT"
dpkg-deb -x "$SERVER_DEB" "$ROOT"
dpkg-deb -x "$KIOSK_DEB" "$ROOT"

echo "== systemd units"
# Verified against this machine's systemd. The programs the units start live in the throwaway
# root (checked there), and cage comes from its own package (a Recommends), so "not executable"
# for exactly those is expected; any other remark fails.
for program in stillpoint-server stillpoint-kiosk; do
  [[ -x "$ROOT/usr/bin/$program" ]] || fail "$program is not in the package"
done
for unit in "$ROOT"/usr/lib/systemd/system/*; do
  out=$(systemd-analyze verify --man=no "$unit" 2>&1 \
        | grep -Ev 'Command /usr/bin/(stillpoint-server|stillpoint-kiosk|cage) is not executable' || true)
  [[ -z "$out" ]] || fail "systemd-analyze verify $(basename "$unit"): $out"
done

echo "== the installed server"
STATE="$WORK/state"
rm -rf "$STATE" && mkdir -p "$STATE"
cd "$STATE"  # any folder but the checkout
"$ROOT/usr/bin/stillpoint-server" --config "$ROOT/etc/stillpoint/server.json" --db "$STATE/clinic.db" \
  serve --listen 127.0.0.1:0 2> "$STATE/server.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
PORT=
for _ in $(seq 300); do
  PORT=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$STATE/server.log")
  [[ -n "$PORT" ]] && break
  sleep 0.1
done
[[ -n "$PORT" ]] || fail "installed server did not start: $(cat "$STATE/server.log")"
http_get() {  # PATH: the whole answer, headers and body
  exec 3<>"/dev/tcp/127.0.0.1/$PORT"
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
  cat <&3
  exec 3<&-
}
http_get /healthz | grep -q '200 OK' || fail "installed server: /healthz ($(cat "$STATE/server.log"))"
http_get / | grep -qi '<html' || fail "installed server: no staff page from its installed assets"
kill -TERM $SERVER
wait $SERVER || fail "installed server: did not stop cleanly on SIGTERM"
trap - EXIT

echo "== the installed kiosk"
SDL_VIDEODRIVER=offscreen "$ROOT/usr/bin/stillpoint-kiosk" --demo --windowed 540x960 \
  --screenshot "$STATE/shots" > "$STATE/kiosk.log" 2>&1 || fail "installed kiosk: $(cat "$STATE/kiosk.log")"
ls "$STATE"/shots/*.png >/dev/null || fail "installed kiosk: no screenshots"

echo "packages: all checks passed"
