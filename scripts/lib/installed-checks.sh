#!/bin/bash
# Run by scripts/install-test as root of a throwaway Debian 13 root that holds only the package's
# runtime dependencies: installs DEB as an administrator would and uses what it installed, from
# the installed paths only. Exits non-zero on the first thing that does not work.
set -euo pipefail
deb=$1
fail() { echo "install test: FAILED: $*" >&2; exit 1; }
step() { echo "install test: $*" >&2; }

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null || fail "apt install $deb"
version=$(dpkg-query -W -f '${Version}' cop-console)
step "installed cop-console $version"

# As an operator: a home of one's own, no display but the Xvfb below.
export HOME=/tmp/operator XDG_RUNTIME_DIR=/tmp/operator/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$HOME"

[ "$(cop-console --version)" = "cop-console $version" ] || fail "cop-console --version: $(cop-console --version)"
cop-sim --help | grep -q -- '--listen' || fail "cop-sim --help"
cop-export --help | grep -q -- '--geojson' || fail "cop-export --help"
for page in cop-console cop-sim cop-export; do
    [ -s "/usr/share/man/man1/$page.1.gz" ] || fail "no manual page for $page"
done
[ -f /usr/share/applications/cop-console.desktop ] || fail "no desktop entry"
[ -f /usr/share/icons/hicolor/scalable/apps/cop-console.svg ] || fail "no icon"
rc=0
cop-console 2>console-none.err || rc=$?
[ "$rc" = 2 ] && grep -q 'no track service' console-none.err || fail "cop-console without services: rc $rc"
step "--version, --help, manual pages, desktop entry; no service: rc 2"

# The installed cop-sim plays its installed default scenario; the console shows it on a small
# basemap the installed cop-tiles bakes (the full pyramid is baked on first start, 75 s).
cop-sim --listen 127.0.0.1:0 --nation US --rate 10 >sim.out 2>sim.err &
sim=$!
trap 'kill $sim 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    grep -qs 'listening on' sim.out && break
    sleep 0.1
done
port=$(sed -n 's/.*listening on 127.0.0.1:\([0-9]*\).*/\1/p' sim.out)
[ -n "$port" ] || fail "cop-sim did not start: $(cat sim.err)"
cop-tiles --out tiles --max-zoom 4 --quiet >/dev/null || fail "cop-tiles"
# Configured as an administrator configures a workstation: the system-wide settings file.
mkdir -p /etc/xdg/cop
printf '[services]\nUS=127.0.0.1:%s\n[tls]\ninsecure_loopback=true\n' "$port" >/etc/xdg/cop/cop-console.conf
xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" \
    cop-console --tiles "$HOME/tiles" \
    --snapshot snapshot.png --snapshot-after 8 >console.out 2>console.err \
    || fail "cop-console --snapshot: $(tail -n 5 console.err)"
size=$(stat -c %s snapshot.png 2>/dev/null || echo 0)
[ "$size" -gt 50000 ] || fail "snapshot.png is $size bytes"
grep -q '"map"' snapshot.png.json || fail "no map in the snapshot: $(grep -m3 -i 'qml\|module' console.err)"
grep -Eq '"US": *"live"' snapshot.png.json || fail "feed US not live: $(cat snapshot.png.json)"
! grep -q 'is not installed' console.err || fail "$(grep -m1 'is not installed' console.err)"
step "snapshot of the installed console (services from /etc/xdg) on the installed cop-sim: $size bytes, feed live"

# The debrief of what that console recorded, without a display.
cop-export "$HOME/.local/share/cop/cop-console/journal" --csv alerts.csv --geojson debrief.geojson 2>export.err \
    || fail "cop-export: $(cat export.err)"
grep -q '"FeatureCollection"' debrief.geojson && grep -q '^raised_utc,' alerts.csv || fail "cop-export wrote no debrief"
step "cop-export of the recording: $(($(wc -l <alerts.csv) - 3)) alerts"
