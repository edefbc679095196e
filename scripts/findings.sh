#!/usr/bin/env bash
# Prints the top findings of every real bundle in ../shared/data/bundles/ as plain text, with
# the sentences each rests on, for reading them through as an instructor would.
# Usage: scripts/findings.sh [TOP]   (6 findings per bundle unless TOP says otherwise)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d ../shared/data/bundles ] || { echo "needs ../shared/data/bundles next to the checkout" >&2; exit 2; }
cargo build --release --quiet --bin parallax
exec target/release/parallax findings --top "${1:-6}" ../shared/data/bundles
