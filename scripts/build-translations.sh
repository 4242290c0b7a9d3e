#!/usr/bin/env bash
# Refresh the translations of the window and compile them (run after changing a string in
# ui/*.ui or a self.tr() in papi_desktop/gui/*.py):
#   1. pyside6-lupdate adds new strings to resources/translations/papi_desktop_{vi,en}.ts
#      and drops vanished ones;
#   2. Vietnamese is the source language, so new strings in the vi file are finished with
#      their own text; new strings in the en file stay "unfinished" for a translator
#      (open it in pyside6-linguist) — tests/gui/test_language.py fails until they are done;
#   3. pyside6-lrelease compiles the .qm files the program loads, qt_vi.ts (Qt's own buttons and
#      menus in Vietnamese, edited by hand) included.
# The .qm files are committed so the program needs no build step; a test fails when they are
# older than the .ts files.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PYSIDE6_BIN:-.venv/bin}
python=${PYTHON:-$bin/python}
folder=resources/translations
sources=(ui/*.ui papi_desktop/gui/*.py papi_desktop/errors.py)

update() {
  "$bin/pyside6-lupdate" "${sources[@]}" -silent -no-obsolete -locations none \
    -source-language vi -target-language "$1" -ts "$folder/papi_desktop_$1.ts"
}

update vi
update en
"$python" - "$folder/papi_desktop_vi.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
changed = False
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        continue
    source = message.find("source").text or ""
    del translation.attrib["type"]
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        ET.SubElement(translation, "numerusform").text = source
    else:
        translation.text = source
    changed = True
if changed:
    tree.write(path, encoding="utf-8", xml_declaration=True)
PY
update vi  # back into lupdate's own layout
for language in vi en; do
  "$bin/pyside6-lrelease" -silent "$folder/papi_desktop_$language.ts" -qm "$folder/papi_desktop_$language.qm"
done
# Qt's own words in Vietnamese (edited by hand, not by lupdate: the strings are Qt's).
"$bin/pyside6-lrelease" -silent "$folder/qt_vi.ts" -qm "$folder/qt_vi.qm"
echo "translations in $folder"
