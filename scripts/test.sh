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

say "4/7 (continued) Native tests on the shared evaluation data in ../shared/data (cargo test --features shared-data)"
cargo test --locked --features shared-data -- shared_data

say "5/7 Browser tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test tests

say "6/7 Release build"
build_release

say "7/7 End-to-end tests with Playwright and axe-core, at / and /course/parallax/"
node tests/e2e/run.mjs

say "All test layers passed"
