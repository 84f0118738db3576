#!/usr/bin/env bash
# Installs whatever this project needs and is missing; a second run only checks versions.
# Nothing here downloads a prebuilt binary: Rust tools build from crates.io, wasm-opt comes
# from the npm package binaryen, Chromium from Debian (README, "What the commands do").
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# rustfmt and clippy run in the test command; rustup's default profile has them, a minimal one not.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "building trunk $TRUNK_VERSION (about 7 minutes)"
  cargo install "trunk@$TRUNK_VERSION" --locked --no-default-features --features rustls
fi

# The CLI must equal the wasm-bindgen crate that Cargo.lock resolved, or the build fails.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$BINDGEN_VERSION" ]; then
  say "building wasm-bindgen-cli $BINDGEN_VERSION (about 5 minutes)"
  # Without --locked: its lock file names a crate version the registry no longer serves.
  cargo install "wasm-bindgen-cli@$BINDGEN_VERSION"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# Japanese glyphs, so screenshots show the text a person reads.
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
# The production web server configuration in deploy/ is tested with Debian's nginx.
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

say "ready (trunk $TRUNK_VERSION, wasm-bindgen $BINDGEN_VERSION, $(wasm-opt --version | head -n1))"
