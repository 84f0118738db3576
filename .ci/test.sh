#!/usr/bin/env bash
# Every test: native (core, content, components rendered with ServerRenderer), then the
# release build clicked through in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== lints"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
# The first module: the same code without the whole app's screens (ARCHITECTURE.md, "Two modules").
cargo clippy --locked --no-default-features --lib --bins -- -D warnings
echo "== native tests"
cargo test --locked -- --show-output
echo "== release build"
bash .ci/build.sh
echo "== browser tests (headless Chromium, release build)"
node --test --test-concurrency=1 tests/e2e/
echo "== browser tests again, served by nginx with deploy/nginx/ (PWA, offline, updates, embed, policy)"
HERNIA_SERVER=nginx node --test --test-concurrency=1 tests/e2e/pwa.test.mjs tests/e2e/embed.test.mjs tests/e2e/policy.test.mjs
