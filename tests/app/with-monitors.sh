#!/bin/sh
# Runs COMMAND on $DISPLAY split into two monitors side by side (RandR 1.5 monitors over Xvfb's
# one screen), named LEFT and RIGHT as a workstation's connectors would be. Exits with COMMAND's
# status.
set -eu
size=$(xrandr --current | sed -n 's/.* current \([0-9]*\) x \([0-9]*\),.*/\1 \2/p')
width=${size% *}
height=${size#* }
half=$((width / 2))
xrandr --setmonitor LEFT "$half/300x$height/190+0+0" screen >/dev/null
xrandr --setmonitor RIGHT "$half/300x$height/190+$half+0" none >/dev/null
exec "$@"
