#!/usr/bin/env bash
# Runs the whole test suite; screenshots of the browser tests go to artifacts/screenshots.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts/screenshots
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
status=$?
if [ "$status" = "5" ]; then echo "no tests collected"; exit 1; fi
exit $status
