#!/bin/sh
# Writes the default sample's report into the web build being made (run by Trunk after each
# build, see Trunk.toml): the native command analyses the sample with the engine that the
# worker runs, so the report always matches the build. The page shows it on a first visit
# instead of downloading the engine (src/ui/analysis.rs, src/ui/samples.rs).
set -eu
out="${TRUNK_STAGING_DIR:?this script is run by trunk build}/samples/diplomacy"
mkdir -p "$out"
# The native command is built as the tests build it (stable, unoptimised: the sample takes
# a fraction of a second) into the project's own target directory, whatever the web build
# uses (the nightly size build changes them for WebAssembly).
cd "${TRUNK_SOURCE_DIR:-.}"
env -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES -u CARGO_BUILD_TARGET \
  RUSTUP_TOOLCHAIN=stable CARGO_TARGET_DIR="$PWD/target" \
  cargo run --quiet --bin parallax -- analyze --output "$out/report.json" samples/diplomacy/bundle.json
