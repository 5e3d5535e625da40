#!/usr/bin/env bash
# Installs the tools the project needs, and only those that are missing:
#   scripts/setup.sh build   what building needs (`make serve`, `make build`, `make package`):
#                            the wasm32 target, Trunk, wasm-bindgen-cli, the npm tools (wasm-opt)
#   scripts/setup.sh test    that, and what testing needs: Debian's Chromium and its driver
# Everything comes from a package registry (rustup, crates.io, npm, apt); Trunk itself runs
# offline, so a tool this script did not provide is an error rather than a download.
# Each version is written once: Trunk's in Trunk.toml (trunk-version), binaryen's (wasm-opt) in
# package.json, wasm-bindgen's in Cargo.lock. Trunk also names the wasm-opt it accepts
# (Trunk.toml [tools] wasm_opt, or it would want its own default and download it); this script
# fails when that disagrees with package.json. Safe to run again: with everything present it only
# checks versions.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly TARGET=wasm32-unknown-unknown
readonly TRUNK_VERSION=$(sed -n 's/^trunk-version = "=\(.*\)"$/\1/p' Trunk.toml)
readonly WASM_OPT_VERSION=$(sed -n 's/.*"binaryen": "\([0-9]*\)\..*/\1/p' package.json)
readonly CHROMIUM=/usr/bin/chromium
readonly CHROMEDRIVER=/usr/bin/chromedriver

export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# Prints the first line of `cmd --version`, or nothing when the command is missing or broken.
version_of() { "$@" --version 2>/dev/null | head -n 1 || true; }

# The version of a package as recorded in Cargo.lock.
locked_version() {
    awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root to run: $*"
    fi
}

ensure_rust() {
    command -v rustup >/dev/null || die "rustup is required (https://rustup.rs)"
    if ! rustup target list --installed | grep -qx "$TARGET"; then
        say "installing the $TARGET target"
        rustup target add "$TARGET"
    fi
    local component
    for component in clippy rustfmt; do
        if ! rustup component list --installed | grep -q "^$component"; then
            say "installing the $component component"
            rustup component add "$component"
        fi
    done
    say "rust $(rustc --version | cut -d' ' -f2) with $TARGET ok"
}

ensure_trunk() {
    if [[ $(version_of trunk) != "trunk $TRUNK_VERSION" ]]; then
        say "installing trunk $TRUNK_VERSION (cargo install, takes several minutes)"
        cargo install --locked trunk --version "$TRUNK_VERSION"
    fi
    say "trunk $TRUNK_VERSION ok"
}

ensure_wasm_bindgen_cli() {
    local version
    version=$(locked_version wasm-bindgen)
    [[ -n $version ]] || die "wasm-bindgen is not in Cargo.lock"
    if [[ $(version_of wasm-bindgen) != "wasm-bindgen $version" ||
          $(version_of wasm-bindgen-test-runner) != "wasm-bindgen-test-runner $version" ]]; then
        say "installing wasm-bindgen-cli $version (cargo install, takes several minutes)"
        cargo install wasm-bindgen-cli --version "$version"
    fi
    say "wasm-bindgen-cli $version ok"
}

ensure_node_tools() {
    command -v node >/dev/null && command -v npm >/dev/null || die "node (>= 20) and npm are required"
    # npm ci records what it installed in node_modules/.package-lock.json.
    if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
        say "installing node tools from package-lock.json (npm ci)"
        npm ci --no-audit --no-fund
    fi
    local wasm_opt
    wasm_opt=$(command -v wasm-opt || true)
    [[ $wasm_opt == "$PWD/node_modules/.bin/wasm-opt" ]] ||
        die "wasm-opt resolves to '${wasm_opt:-nothing}', expected node_modules/.bin/wasm-opt"
    [[ $(version_of wasm-opt) == "wasm-opt version $WASM_OPT_VERSION "* ]] ||
        die "node_modules/.bin/wasm-opt is not version $WASM_OPT_VERSION: $(version_of wasm-opt)"
    say "node tools (wasm-opt $WASM_OPT_VERSION, playwright-core, typescript) ok"
}

ensure_chromium() {
    if [[ ! -x $CHROMIUM || ! -x $CHROMEDRIVER ]]; then
        say "installing chromium and chromium-driver (apt-get)"
        if ! compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then
            as_root apt-get update
        fi
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver ||
            { as_root apt-get update &&
              as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver; }
    fi
    say "chromium and chromedriver ok"
}

case ${1:-test} in
    build) ;;
    test) ;;
    *) die "usage: scripts/setup.sh build|test" ;;
esac
[[ -n $TRUNK_VERSION ]] || die "Trunk.toml has no exact trunk-version (trunk-version = \"=X.Y.Z\")"
grep -qx "wasm_opt = \"version_$WASM_OPT_VERSION\"" Trunk.toml ||
    die "Trunk.toml's [tools] wasm_opt must be \"version_$WASM_OPT_VERSION\", as binaryen in package.json"
ensure_rust
ensure_trunk
ensure_wasm_bindgen_cli
ensure_node_tools
if [[ ${1:-test} == test ]]; then
    ensure_chromium
fi
