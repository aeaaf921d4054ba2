#!/usr/bin/env sh
# Test dependencies that pip cannot install: headless Chromium for the HTML report's
# browser tests (tests/browser).  Debian/Ubuntu only; elsewhere those tests skip.
set -eu

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    echo "chromium already installed: $(command -v chromium || command -v chromium-browser)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: no apt-get here; install Chromium yourself to run tests/browser" >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    run_as_root=""
elif command -v sudo >/dev/null 2>&1; then
    run_as_root="sudo"
else
    echo "install-test-deps: need root (or sudo) to apt-get install chromium" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$run_as_root apt-get update -qq
$run_as_root apt-get install -y -qq chromium
echo "installed $(chromium --version 2>/dev/null || echo chromium)"
