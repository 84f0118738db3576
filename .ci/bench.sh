#!/usr/bin/env bash
# The benchmark command: installs what is missing, builds the release app, measures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
bash .ci/build.sh
exec node .ci/bench.mjs
