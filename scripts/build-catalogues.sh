#!/usr/bin/env bash
# Rebuild the parsed twins (resources/catalogues/*.json) of the program's own catalogue files
# (resources/catalogues/*.toml, the ones to edit); run after changing one.
# tests/model/test_catalogue_files.py fails when a twin no longer matches its TOML file.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -c "from papi_desktop.model.catalogue import compile_builtin_catalogues as build; print(*build(), sep='\\n')"
