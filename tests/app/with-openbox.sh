#!/bin/sh
# Runs COMMAND on $DISPLAY under the openbox window manager, as on a workstation: windows are
# framed, placed and kept on screen by it. Exits with COMMAND's status.
set -u
ready="${TMPDIR:-/tmp}/openbox-ready.$$"
openbox --sm-disable --startup "touch $ready" >/dev/null 2>&1 &
wm=$!
tries=0
while [ ! -e "$ready" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$wm" 2>/dev/null; then
        echo "with-openbox.sh: openbox did not start" >&2
        exit 1
    fi
    sleep 0.1
done
"$@"
status=$?
kill "$wm"
wait "$wm" 2>/dev/null
rm -f "$ready"
exit "$status"
