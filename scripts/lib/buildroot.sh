# Sourced by the scripts in scripts/: finds or makes the build environment and runs commands in it.
#
# On a host that already has Qt >= 6.8 with Qt Location, gRPC and Xvfb, commands run natively.
# Elsewhere (Debian 12 has Qt 6.4) they run in a Debian 13 root made once by debootstrap and kept
# outside the source tree, keyed by the package list, so every clone on the machine reuses it.
# Commands enter the root through bubblewrap: its mounts live in a private namespace and vanish
# with it, and --unshare-pid ends every process the command left behind.

COP_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
COP_SUITE=trixie
COP_PACKAGES_FILE=$COP_SRC/scripts/buildroot-packages.txt
COP_ROOT_CACHE=${COP_ROOT_CACHE:-/var/cache/cop-buildroot}

cop_log() { printf 'cop: %s\n' "$*" >&2; }
cop_die() { cop_log "error: $*"; exit 1; }

# cop_packages [FILE]: the package names in a list (the build root's by default).
cop_packages() { grep -v -e '^#' -e '^[[:space:]]*$' "${1:-$COP_PACKAGES_FILE}"; }

cop_native_ok() {
    [ "${COP_FORCE_BUILDROOT:-0}" = 1 ] && return 1
    local qtpaths version libs
    qtpaths=$(command -v qtpaths6 || command -v qtpaths-qt6) || return 1
    version=$("$qtpaths" --qt-query QT_VERSION 2>/dev/null) || return 1
    [ "$(printf '%s\n6.8.0\n' "$version" | sort -V | head -n1)" = 6.8.0 ] || return 1
    libs=$("$qtpaths" --qt-query QT_INSTALL_LIBS 2>/dev/null) || return 1
    [ -d "$libs/cmake/Qt6Location" ] || return 1
    command -v grpc_cpp_plugin >/dev/null && command -v protoc >/dev/null \
        && command -v xvfb-run >/dev/null && command -v ninja >/dev/null
}

# cop_root_dir [KIND PACKAGE...]: where the root holding PACKAGEs is kept; without arguments the
# build root ("$COP_SUITE-<key>"), else "$COP_SUITE-KIND-<key>".
cop_root_dir() {
    local kind=${1:-} key
    if [ -z "$kind" ]; then
        key=$( { echo "$COP_SUITE"; cop_packages; } | sha256sum | cut -c1-16)
        echo "$COP_ROOT_CACHE/$COP_SUITE-$key"
        return
    fi
    shift
    key=$(printf '%s\n' "$COP_SUITE" "$@" | sha256sum | cut -c1-16)
    echo "$COP_ROOT_CACHE/$COP_SUITE-$kind-$key"
}

cop_host_tools() {
    local missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v bwrap >/dev/null || missing+=(bubblewrap)
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" = 0 ] || cop_die "install ${missing[*]} (needs root)"
    cop_log "installing host tools: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
        || cop_die "could not install ${missing[*]}"
}

# The folders of the caller's own data: what runs in the root reads and writes the operator's
# real home and XDG folders (recordings, settings, caches), never the root's, which a changed
# package list would replace.
cop_user_dirs() {
    local dir
    for dir in "${HOME:-}" "${XDG_DATA_HOME:-}" "${XDG_CONFIG_HOME:-}" "${XDG_CACHE_HOME:-}" \
        "${XDG_STATE_HOME:-}"; do
        [ -n "$dir" ] && [ "$dir" != / ] && [ -d "$dir" ] && echo "$dir"
    done
}

# bwrap arguments that enter ROOT with the source tree, the caller's directory and the caller's
# own folders at their own paths. The root itself is read-only unless MODE is "writable" (only
# while it is being made).
cop_bwrap_args() {
    local root=$1 mode=${2:-read-only}
    COP_BWRAP=(bwrap --bind "$root" / --dev /dev --proc /proc --tmpfs /tmp
        --ro-bind /etc/resolv.conf /etc/resolv.conf
        --bind "$COP_SRC" "$COP_SRC" --unshare-pid --die-with-parent)
    local extra
    if [ "$mode" != writable ]; then
        while IFS= read -r extra; do
            COP_BWRAP+=(--bind "$extra" "$extra")
        done < <(cop_user_dirs)
    fi
    for extra in "$PWD" ${COP_EXTRA_BINDS:-}; do
        case "$extra" in "$COP_SRC"|"$COP_SRC"/*) continue ;; esac
        [ -d "$extra" ] && COP_BWRAP+=(--bind "$extra" "$extra")
    done
    # The host's CA bundle, so that npm in the root (tests/interop) trusts what the host trusts,
    # such as a proxy in front of the npm registry; the root's own bundle stays Debian's.
    local hostCa
    for hostCa in "${NODE_EXTRA_CA_CERTS:-}" "${SSL_CERT_FILE:-}" /etc/ssl/certs/ca-certificates.crt; do
        if [ "$mode" != writable ] && [ -n "$hostCa" ] && [ -f "$hostCa" ]; then
            COP_BWRAP+=(--ro-bind "$hostCa" /tmp/cop-host-ca.pem --setenv NODE_EXTRA_CA_CERTS /tmp/cop-host-ca.pem)
            break
        fi
    done
    if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then
        COP_BWRAP+=(--bind /tmp/.X11-unix /tmp/.X11-unix)
        [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && COP_BWRAP+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    fi
    # Mount points are made first (a new home path becomes an empty folder in the root), then
    # the root turns read-only: nothing run in it can change it for the next command.
    [ "$mode" = writable ] || COP_BWRAP+=(--remount-ro /)
    COP_BWRAP+=(--chdir "$PWD" --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        --setenv LANG C.UTF-8)
}

# A digest of the console's data in the caller's folders (names, sizes, times, contents): tests
# must leave it as it was.
cop_user_data_digest() {
    local dirs=() dir
    for dir in "${XDG_DATA_HOME:-${HOME:-/nonexistent}/.local/share}/cop" \
        "${XDG_CONFIG_HOME:-${HOME:-/nonexistent}/.config}/cop" \
        "${XDG_STATE_HOME:-${HOME:-/nonexistent}/.local/state}/cop"; do
        [ -d "$dir" ] && dirs+=("$dir")
    done
    [ ${#dirs[@]} -gt 0 ] || { echo none; return; }
    find "${dirs[@]}" -printf '%p %s %T@\n' -type f -exec sha256sum {} + | sort | sha256sum | cut -c1-16
}

# Earlier versions let the console keep its data in the root's own home: copied, once and
# without overwriting anything, to the caller's real folders, so no recording stays behind in a
# root that a changed package list replaces.
cop_rescue_user_data() {
    [ -n "${HOME:-}" ] && [ -d "$HOME" ] || return 0
    local sub from to
    for sub in .local/share/cop .config/cop .local/state/cop; do
        from=$COP_ROOT$HOME/$sub
        to=$HOME/$sub
        [ -d "$from" ] && [ ! -e "$to" ] || continue
        mkdir -p "$(dirname "$to")"
        cp -a "$from" "$to" && cop_log "moved the console's data from the build root to $to"
    done
}

# cop_make_root ROOT PACKAGE...: debootstrap, then the packages (without recommends).
cop_make_root() {
    local root=$1 tmp="$1.partial"
    shift
    cop_host_tools
    rm -rf "$tmp"
    mkdir -p "$COP_ROOT_CACHE"
    cop_log "creating the Debian 13 root $root (first time only, a few minutes)"
    debootstrap --variant=minbase "$COP_SUITE" "$tmp" >"$tmp.log" 2>&1 \
        || { tail -n 20 "$tmp.log" >&2; cop_die "debootstrap failed; log: $tmp.log"; }
    cop_bwrap_args "$tmp" writable
    "${COP_BWRAP[@]}" --cap-add ALL /bin/sh -c \
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" && apt-get clean' \
        sh "$@" >>"$tmp.log" 2>&1 \
        || { tail -n 20 "$tmp.log" >&2; cop_die "installing packages into $tmp failed; log: $tmp.log"; }
    touch "$tmp/.cop-ready"
    mv "$tmp" "$root"
    mv "$tmp.log" "$root.log"
    cop_log "root ready: $root"
}

# cop_ensure_root ROOT PACKAGE...: makes ROOT unless it is ready; one maker at a time per machine.
cop_ensure_root() {
    local root=$1
    [ -f "$root/.cop-ready" ] && { cop_host_tools; return 0; }
    mkdir -p "$COP_ROOT_CACHE"
    exec 9>"$COP_ROOT_CACHE/.lock"
    flock 9
    [ -f "$root/.cop-ready" ] || cop_make_root "$@"
    flock -u 9
    exec 9>&-
}

# Makes sure the environment exists; sets COP_NATIVE=1 or COP_ROOT.
cop_prepare() {
    if cop_native_ok; then COP_NATIVE=1; return 0; fi
    COP_NATIVE=0
    COP_ROOT=$(cop_root_dir)
    # shellcheck disable=SC2046
    cop_ensure_root "$COP_ROOT" $(cop_packages)
    cop_rescue_user_data
}

cop_run() {
    if [ "$COP_NATIVE" = 1 ]; then "$@"; return; fi
    cop_bwrap_args "$COP_ROOT"
    "${COP_BWRAP[@]}" "$@"
}

# cop_run_throwaway ROOT CMD...: runs CMD as root of a copy-on-write view of ROOT, as on a machine
# of its own: none of the caller's folders, and everything it writes (packages it installs
# included) lives in memory and is gone when it ends, so ROOT stays as it was made. The overlay
# is mounted in a mount namespace of its own, which ends with the command.
cop_run_throwaway() {
    local root=$1 scratch rc=0
    shift
    scratch=$(mktemp -d)
    cop_bwrap_args "$scratch/view" writable
    unshare --mount --propagation private /bin/sh -c '
        scratch=$1 lower=$2
        shift 2
        mount -t tmpfs cop-throwaway "$scratch" && mkdir "$scratch/upper" "$scratch/work" "$scratch/view" \
            && mount -t overlay cop-throwaway \
                -o "lowerdir=$lower,upperdir=$scratch/upper,workdir=$scratch/work" "$scratch/view" \
            && exec "$@"' sh "$scratch" "$root" "${COP_BWRAP[@]}" --cap-add ALL "$@" || rc=$?
    rmdir "$scratch"
    return "$rc"
}
