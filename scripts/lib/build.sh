# Sourced after buildroot.sh: configures (once) and builds the project in build/.

COP_BUILD=${COP_BUILD:-$COP_SRC/build}

cop_build() {
    if [ ! -f "$COP_BUILD/build.ninja" ]; then
        cop_log "configuring $COP_BUILD"
        cop_run cmake -S "$COP_SRC" -B "$COP_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null \
            || cop_die "configure failed"
    fi
    cop_log "building"
    cop_run cmake --build "$COP_BUILD" -- -j"$(nproc)" || cop_die "build failed"
}
