#!/usr/bin/env bash
# Set up (first time only) and start papi-desktop. Extra arguments go to the program,
# e.g. scripts/start.sh --db ~/Báo-cáo.papi
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/papi-desktop "$@"
