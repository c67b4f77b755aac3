#!/usr/bin/env bash
# Installs what the browser test (BrowserIT) needs on a fresh Debian machine: Chromium at /usr/bin/chromium
# and playwright-core (pinned in package.json / package-lock.json) in src/test/browser/node_modules.
# Node.js 20 or later must already be there. Safe to run again. Call it from the project root or anywhere.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
  else
    echo "install.sh: /usr/bin/chromium is missing; run as root, or: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "install.sh: node and npm (Node.js 20 or later) are needed; on Debian: apt-get install -y nodejs npm" >&2
  exit 1
fi

cd "$here"
npm ci --no-audit --no-fund
