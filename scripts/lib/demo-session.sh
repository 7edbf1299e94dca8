#!/usr/bin/env bash
# Runs inside the build environment (see scripts/demo): three simulated track services on
# loopback, then the console connected to all three, every channel mutual TLS with the demo PKI
# in out/pki/ (made once; remove the folder for a new one). COP_DEMO_PLAINTEXT=1: plaintext.
# Everything started here ends with it.
set -euo pipefail
build=$1
shift
out=$COP_SRC/out
mkdir -p "$out"
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

pki=$out/pki
[ -f "$pki/ca/all.pem" ] || "$build/bin/cop-pki" demo "$pki"
console_id=${COP_DEMO_CONSOLE:-seoul-1}
services=()
console_tls=()
if [ "${COP_DEMO_PLAINTEXT:-0}" = 1 ]; then
    console_tls=(--insecure-loopback)
else
    console_tls=(--tls-cert "$pki/console/$console_id.pem" --tls-key "$pki/console/$console_id.key")
fi
# One clock for the three services, as for the one missile they all watch: otherwise each
# process's start skews its time tags, and the console's fusion sees the nations disagree.
# COP_DEMO_SCENARIO plays another scenario file, COP_DEMO_FROM seconds into it (a satellite
# launch's orbit and falling stages: space-launch-orbit.json from 560; at rate 1).
from=${COP_DEMO_FROM:-0}
start=$(date -u -d "-${from} seconds" +%Y-%m-%dT%H:%M:%S.%3NZ)
scenario=()
[ -z "${COP_DEMO_SCENARIO:-}" ] || scenario=(--scenario "$COP_DEMO_SCENARIO")
for nation in US JP KR; do
    service_tls=()
    if [ "${COP_DEMO_PLAINTEXT:-0}" != 1 ]; then
        service_tls=(--tls-cert "$pki/service/$nation.pem" --tls-key "$pki/service/$nation.key"
                     --tls-client-ca "$pki/ca/all.pem" --audit-log "$out/audit-$nation.log")
        console_tls+=(--tls-ca "$nation=$pki/ca/$nation.pem")
    fi
    "$build/bin/cop-sim" --listen 127.0.0.1:0 --nation "$nation" --seed "${COP_DEMO_SEED:-1}" \
        --rate "${COP_DEMO_RATE:-1}" --start-utc "$start" --from "$from" "${scenario[@]}" "${service_tls[@]}" \
        >"$work/$nation.out" 2>"$work/$nation.err" &
    pids+=($!)
done
for nation in US JP KR; do
    port=""
    for _ in $(seq 100); do
        port=$(sed -n 's/^cop-sim: .* listening on .*:\([0-9]*\)$/\1/p' "$work/$nation.out")
        [ -n "$port" ] && break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        echo "cop: the $nation track service did not start:" >&2
        cat "$work/$nation.err" >&2
        exit 1
    fi
    echo "cop: $nation track service on 127.0.0.1:$port"
    services+=(--service "$nation=127.0.0.1:$port")
done

if [ -n "${DISPLAY:-}" ]; then
    "$build/bin/cop-console" "${services[@]}" "${console_tls[@]}" --console-id "$console_id" "$@"
else
    after=${COP_DEMO_SNAPSHOT_AFTER:-75}
    shot=$out/demo-$(date -u +%Y%m%dT%H%M%SZ).png
    echo "cop: no display; running the console under Xvfb for ${after} s and taking a screenshot"
    xvfb-run -a -s "-screen 0 1920x1200x24 -nolisten tcp" \
        "$build/bin/cop-console" "${services[@]}" "${console_tls[@]}" --console-id "$console_id" \
        --snapshot "$shot" --snapshot-after "$after" "$@"
    echo "$shot"
fi
