#!/usr/bin/env sh
# Regenerate docs/report-screenshot.png: the HTML report of examples/report-demo.md,
# rendered by headless Chromium (scripts/install-test-deps.sh installs it).
set -eu
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
claimcheck --format html --output "$work/report.html" --fail-on never examples/report-demo.md
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --force-device-scale-factor=1 --user-data-dir="$work/profile" \
    --screenshot="$PWD/docs/report-screenshot.png" --window-size=1280,1400 \
    "file://$work/report.html" 2>/dev/null
echo "wrote docs/report-screenshot.png"
