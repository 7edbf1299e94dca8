# Sourced after buildroot.sh: configures (once) and builds the project in build/, and the
# sanitizer build (clang, ASan + UBSan, the fuzzers) in build-san/.

COP_BUILD=${COP_BUILD:-$COP_SRC/build}
COP_BUILD_SAN=${COP_BUILD_SAN:-$COP_SRC/build-san}
COP_CLANG=clang++-19

# cop_env_has TOOL: whether the build environment has TOOL.
cop_env_has() {
    cop_run sh -c "command -v $1" >/dev/null
}

# cop_configure DIR CMAKE_ARGS...: configures DIR unless it is already, linked with mold where
# the environment has it: with GNU ld, linking the hundred-odd test programs (each holds the
# project's libraries) took a sixth of a clean build.
cop_configure() {
    local dir=$1
    shift
    [ -f "$dir/build.ninja" ] && return 0
    cop_log "configuring $dir"
    local linker=()
    if cop_env_has mold; then
        linker=(-DCMAKE_LINKER_TYPE=MOLD)
    fi
    cop_run cmake -S "$COP_SRC" -B "$dir" -G Ninja "$@" "${linker[@]}" >/dev/null \
        || cop_die "configure of $dir failed"
}

# cop_build [TARGET...]: builds the targets in build/, or everything. Line tables only (-g1):
# backtraces and perf still name functions and source lines, and the full debug info made every
# object and test program several times larger (the package strips it anyway).
cop_build() {
    cop_configure "$COP_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
    cop_log "building ${*:-everything}"
    local targets=()
    [ $# -eq 0 ] || targets=(--target "$@")
    cop_run cmake --build "$COP_BUILD" "${targets[@]}" -- -j"$(nproc)" || cop_die "build failed"
}

# Whether the environment has the clang the sanitizer build needs (a native host may not).
cop_has_clang() {
    cop_env_has "$COP_CLANG"
}

# cop_build_san TARGET...: builds the targets in the sanitizer build. -O1 with line tables only
# keeps its compile time near the normal build's and its reports pointing at source lines; the
# basemap is not baked there, as no GUI test runs.
cop_build_san() {
    cop_configure "$COP_BUILD_SAN" -DCMAKE_CXX_COMPILER="$COP_CLANG" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
        -DCOP_SANITIZE=address,undefined -DCOP_FUZZ=ON -DCOP_BAKE_BASEMAP=OFF
    cop_log "building $* with ASan + UBSan"
    cop_run cmake --build "$COP_BUILD_SAN" --target "$@" -- -j"$(nproc)" || cop_die "sanitizer build failed"
}
