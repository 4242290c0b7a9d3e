#!/usr/bin/env bash
# Prepare a machine for papi-desktop: system packages (Debian/Ubuntu), then a virtual
# environment in .venv with the project and its pinned dependencies.
#   scripts/setup.sh          what the application needs
#   scripts/setup.sh --test   also what the test suite needs (Xvfb, xwininfo, fonts, LibreOffice, poppler)
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# Qt's X11 platform plugin and its libraries, the fonts that give Times New Roman's metrics.
packages=(python3-venv libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 fonts-liberation2)
if [ "$want_test" = 1 ]; then
  packages+=(xvfb xauth x11-utils poppler-utils libreoffice-writer-nogui)
fi

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian/Ubuntu system: install Qt's runtime libraries and fonts by hand if the window does not start." >&2
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv"
  "$python" -m venv .venv
fi
extras=""
[ "$want_test" = 1 ] && extras="[test]"
stamp=".venv/.installed${extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".${extras}"
  touch "$stamp"
fi
