#!/bin/sh
# Installs the third-party parsers the interoperability tests use, exactly as package-lock.json
# pins them, into DIR (in the build tree) with `npm ci`, once per lock file: a later run finds
# them in place. Downloads are cached in CACHE, also in the build tree.
# usage: install-parsers.sh NPM DIR CACHE
set -eu
npm=$1 dir=$2 cache=$3
installed=$dir/node_modules/.package-lock.json
if [ -f "$installed" ] && [ "$installed" -nt "$dir/package-lock.json" ]; then
    echo "parsers already installed in $dir"
    exit 0
fi
exec "$npm" ci --prefix "$dir" --cache "$cache" --prefer-offline --no-audit --no-fund --loglevel=error
