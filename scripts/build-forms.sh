#!/usr/bin/env bash
# Compile the Qt Designer forms in ui/ into papi_desktop/gui/forms/ (run after editing a form).
# The compiled modules are committed so the application starts without a build step;
# tests/gui/test_forms.py fails when they are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
uic=${PYSIDE6_UIC:-.venv/bin/pyside6-uic}
mkdir -p papi_desktop/gui/forms
for form in ui/*.ui; do
  name=$(basename "$form" .ui)
  "$uic" --no-autoconnection "$form" -o "papi_desktop/gui/forms/ui_${name}.py"
done
