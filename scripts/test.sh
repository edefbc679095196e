#!/usr/bin/env bash
# Installs what the tests need (the build tools, Chromium, chromedriver, npm packages) and
# runs every test layer: format, lints on both targets, native tests, browser tests,
# the release build, and end-to-end tests at "/" and under a sub-path.
source "$(dirname "$0")/lib.sh"

ensure_build_tools
ensure_chromium

say "1/7 Formatting (cargo fmt --check)"
cargo fmt --all --check

say "2/7 Lints, native target (cargo clippy -D warnings)"
cargo clippy --locked --all-targets -- -D warnings

say "3/7 Lints, wasm32 target (cargo clippy -D warnings)"
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

say "4/7 Native tests: engine, command line, components rendered to HTML (cargo test)"
cargo test --locked

say "4b/7 Tests on the shared evaluation data (needs ../shared/data next to the checkout)"
if [ -d ../shared/data ]; then
  cargo test --locked --test shared_data
elif [ -n "${CI:-}" ]; then
  fail "../shared/data is missing: CI runs with the shared evaluation data next to the checkout"
else
  note "skipped: ../shared/data is not next to this checkout (a clone of the repository alone passes without it)"
fi

say "5/7 Browser tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test tests

say "6/7 Release build with the stable compiler, and its download size"
build_release_stable
check_download_size 480
if [ "${PARALLAX_WEB_TOOLCHAIN:-}" = nightly ] && [ "$WEB_TOOLCHAIN" = nightly ]; then
  # The optional nightly size build, checked: the end-to-end tests then run against it.
  build_release_nightly || { note "the nightly size build failed: testing the stable build"; build_release_stable; }
fi

say "7/7 End-to-end tests with Playwright and axe-core, at / and /course/parallax/"
node tests/e2e/run.mjs

say "All test layers passed"
