#!/bin/sh
# Runs one test command with a home, XDG folders, TMPDIR and working directory of its own, all
# removed afterwards, so that no test reads the operator's settings or leaves files in the real
# home or the build tree. Exits with the command's status.
#
# COP_TEST_TILES, when set, is the baked basemap cache (<cache>/cop/tiles): it is linked into the
# test's cache, so the consoles under test find the pyramid the build baked instead of baking
# their own for 30 s.
set -u
scratch=$(mktemp -d "${TMPDIR:-/tmp}/cop-test.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

export HOME="$scratch/home" TMPDIR="$scratch/tmp"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$TMPDIR" \
    "$scratch/work"
mkdir -m 700 "$XDG_RUNTIME_DIR"
if [ -n "${COP_TEST_TILES:-}" ] && [ -d "$COP_TEST_TILES" ]; then
    mkdir -p "$XDG_CACHE_HOME/cop"
    ln -s "$COP_TEST_TILES" "$XDG_CACHE_HOME/cop/tiles"
fi
cd "$scratch/work" || exit 1
"$@"
