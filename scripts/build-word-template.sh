#!/usr/bin/env bash
# Rebuild resources/word/styles-template.docx, the Word template every export starts from,
# from the style table in papi_desktop/render/styles.py (run after changing a style).
# tests/render/test_word_template.py fails when the shipped template is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -m papi_desktop.render.word_template
