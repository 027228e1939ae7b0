#!/usr/bin/env bash
# Installs Mozilla Readability + jsdom for the `eval extract` peer, exactly as package-lock.json pins
# them. Idempotent: skipped when node_modules was installed from this very lock file (its sha256 is
# kept in node_modules/.installed-lock.sha256). Without node/npm the peer is skipped at eval time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../tools/readability-node"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "readability-node: node/npm not found; eval extract will skip mozilla_readability" >&2
  exit 0
fi
echo "readability-node: node $(node --version), npm $(npm --version)"
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-lock.sha256 2>/dev/null || true)" = "$lock" ]; then
  echo "readability-node: node_modules matches package-lock.json"
  exit 0
fi
npm ci --no-audit --no-fund
echo "$lock" > node_modules/.installed-lock.sha256
