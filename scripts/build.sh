#!/usr/bin/env bash
# Installs what is missing and makes the static release build in dist/ (relative links: it
# works at any host and under any sub-path). Copy dist/ to a static web server.
source "$(dirname "$0")/lib.sh"

ensure_build_tools
build_release
say "The release build is in $PROJECT/dist/ — copy that folder to any static host"
