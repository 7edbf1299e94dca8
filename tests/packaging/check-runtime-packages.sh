#!/bin/sh
# Fails when a program links a library whose Debian package packaging/runtime-packages.txt does
# not list: the package would install without it and the program would not start (seen with
# Qt SVG). Only the programs' own NEEDED libraries count; apt brings what those need.
# usage: check-runtime-packages.sh LIST PROGRAM...
set -eu
list=$1
shift
missing=0
for program in "$@"; do
    for needed in $(objdump -p "$program" | awk '$1 == "NEEDED" {print $2}'); do
        path=$(ldd "$program" | awk -v lib="$needed" '$1 == lib {print $3}')
        if [ -z "$path" ]; then
            echo "$program: $needed: not found" >&2
            missing=1
            continue
        fi
        # Merged /usr: dpkg knows a library by one of the two names.
        package=$(dpkg -S "$path" 2>/dev/null || dpkg -S "/usr${path#/usr}" 2>/dev/null ||
            dpkg -S "${path#/usr}" 2>/dev/null || true)
        package=${package%%:*}
        if [ -z "$package" ]; then
            echo "$program: $needed ($path): no package owns it" >&2
            missing=1
        elif ! grep -qx "$package" "$list"; then
            echo "$program: $needed comes from $package, which $list does not list" >&2
            missing=1
        fi
    done
done
exit $missing
