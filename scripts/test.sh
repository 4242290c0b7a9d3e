#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite. It installs, with apt-get (sudo
# when not root), what the tests need besides Python: Xvfb, fonts-liberation2, poppler-utils
# and LibreOffice Writer (to prove a real word processor reads the exported report).
# Extra arguments go to pytest, e.g. scripts/test.sh tests/model -q
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
run=(.venv/bin/python -m pytest "$@")
if command -v xvfb-run >/dev/null 2>&1 && [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "${run[@]}"
fi
exec "${run[@]}"
