#!/usr/bin/env bash
# Installs what is missing (wasm32 target, Trunk, the wasm-bindgen CLI matching Cargo.lock,
# wasm-opt), builds the release web app and serves it on http://127.0.0.1:8080/.
# Usage: scripts/serve.sh [PORT]
source "$(dirname "$0")/lib.sh"
PORT="${1:-8080}"

ensure_build_tools
build_release
say "Serving Parallax on http://127.0.0.1:$PORT/ (the sample event opens first; Ctrl-C stops)"
exec node scripts/static-server.mjs dist --port "$PORT"
