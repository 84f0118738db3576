#!/usr/bin/env bash
# Builds the release app and serves it on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
bash .ci/build.sh
exec node .ci/server.mjs --root dist --port "${PORT:-8080}"
