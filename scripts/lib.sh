# Shared steps of scripts/serve.sh and scripts/test.sh: each installs what is missing and
# does nothing (quickly) when it is already there. Sourced, not run.

set -euo pipefail

PROJECT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$PROJECT"
export PATH="$HOME/.cargo/bin:$PROJECT/node_modules/.bin:$PATH"

TRUNK_VERSION="0.21.14"

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
note() { printf '    %s\n' "$*"; }
fail() { printf '\n\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root (directly, or through sudo).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else fail "this step needs root: $*"; fi
}

ensure_rust() {
  command -v cargo >/dev/null || fail "cargo is not installed: install Rust (rustup) first"
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    note "wasm32 target: present"
  else
    say "Adding the Rust wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
    note "Trunk $TRUNK_VERSION: present"
  else
    say "Installing Trunk $TRUNK_VERSION (compiles from source: about 18 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
ensure_wasm_bindgen() {
  local v
  v="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
  [ -n "$v" ] || fail "cannot find the wasm-bindgen version in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $v" ] && command -v wasm-bindgen-test-runner >/dev/null; then
    note "wasm-bindgen CLI $v: present"
  else
    say "Installing the wasm-bindgen CLI $v (about 4 minutes, once)"
    # Not --locked: its lock file pins a crate version the registry mirror lacks.
    cargo install wasm-bindgen-cli --version "$v" --force
  fi
}

# npm packages: wasm-opt (binaryen) for the release build, playwright-core and axe-core
# for the end-to-end tests. Reinstalled only when package-lock.json changed.
ensure_npm_packages() {
  command -v npm >/dev/null || fail "npm is not installed: install Node.js 20 or later first"
  if [ -x node_modules/.bin/wasm-opt ] && [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
    note "npm packages: present"
  else
    say "Installing npm packages (wasm-opt, playwright-core, axe-core)"
    npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    note "Chromium and chromedriver: present"
  else
    say "Installing Debian's Chromium and chromedriver"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
}

# The compiler for the web build. Stable builds the app everywhere (the tests and their size
# budget use it). A nightly toolchain with its standard-library sources can rebuild the
# standard library for small code (panics stop the program at once, std's small-code
# variants): an optional optimisation for the published build (scripts/build.sh, serve.sh),
# tried only when nightly is there and checked: when it fails, the stable build is used.
# PARALLAX_WEB_TOOLCHAIN=stable never tries nightly; =nightly tries it in scripts/test.sh too.
WEB_TOOLCHAIN=stable
ensure_web_toolchain() {
  if [ "${PARALLAX_WEB_TOOLCHAIN:-}" = stable ]; then
    note "web build compiler: stable (PARALLAX_WEB_TOOLCHAIN=stable)"
    return
  fi
  if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    note "web build compiler: stable (no nightly toolchain for the optional size build)"
    return
  fi
  if ! rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^rust-src'; then
    say "Adding the nightly standard-library sources (rust-src), for the optional smaller web build"
    if ! rustup component add rust-src --toolchain nightly; then
      note "could not add rust-src: the web build uses stable"
      return
    fi
  fi
  WEB_TOOLCHAIN=nightly
  note "web build compiler: $(rustc +nightly --version) with the standard library rebuilt for size, stable if that fails"
}

# Everything the release build needs.
ensure_build_tools() {
  say "Checking the tools"
  ensure_rust
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_packages
  ensure_web_toolchain
}

# The release build with the stable compiler, into dist/.
build_release_stable() {
  say "Building the release web app into dist/ (trunk build --release, stable compiler)"
  RUSTUP_TOOLCHAIN=stable trunk build --release
}

# The release build with the nightly compiler and the standard library rebuilt for size
# (-Cpanic=immediate-abort exists only in recent nightlies); fails if nightly cannot do it.
build_release_nightly() {
  say "Building the release web app into dist/ (trunk build --release, nightly compiler, std rebuilt for size)"
  RUSTUP_TOOLCHAIN=nightly \
    CARGO_TARGET_DIR="$PROJECT/target/nightly" \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    trunk build --release
}

# The release build: nightly's smaller one when ensure_web_toolchain chose it and it works,
# else stable.
build_release() {
  if [ "$WEB_TOOLCHAIN" = nightly ]; then
    if build_release_nightly; then
      return
    fi
    note "the nightly size build failed: building with stable instead"
    WEB_TOOLCHAIN=stable
  fi
  build_release_stable
}
