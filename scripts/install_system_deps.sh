#!/usr/bin/env bash
# Debian Chromium for the Playwright browser tests (Playwright's own browser download cannot work offline),
# and axe-core (npm) for their accessibility checks, installed where tests/e2e/ui/test_browser.py looks for it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
AXE="$ROOT/tests/e2e/ui/.node/node_modules/axe-core/axe.min.js"
if [ ! -f "$AXE" ]; then
  if command -v npm >/dev/null; then
    npm install --silent --no-audit --no-fund --prefix "$ROOT/tests/e2e/ui/.node" axe-core@4
  else
    echo "npm not found: the accessibility checks will be skipped (install Node.js and npm)" >&2
  fi
fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
