#!/usr/bin/env bash
# claimcheck in any CI: check a content folder, keep a JUnit report for the CI's test
# view, and fail the build on findings at or above a severity.
#
#   CONTENT_DIR   folder to check (default: content)
#   FAIL_ON       error | warning | info | never (default: warning)
#
# Exit codes: 0 clean, 1 findings at or above FAIL_ON, 2 usage, config or input error.
set -euo pipefail

content_dir="${CONTENT_DIR:-content}"
fail_on="${FAIL_ON:-warning}"

python -m pip install --quiet claimcheck

# A report for the CI's test dashboard; never fails the build on its own.
claimcheck --format junit --output claimcheck-junit.xml --fail-on never "$content_dir"

# The readable log (one line per finding) and the verdict.
claimcheck --format concise --fail-on "$fail_on" "$content_dir"
