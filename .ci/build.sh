#!/usr/bin/env bash
# The release build into dist/: the only build the browser tests and the serve command use.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline
