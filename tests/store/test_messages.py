"""The clerk-facing messages of errors.py: one set, translatable, so the English window speaks English."""

from __future__ import annotations

from pathlib import Path
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from papi_desktop import errors
from papi_desktop.errors import NEWER, Text, UserError

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def _translations(code: str) -> dict[str, str]:
    tree = ET.parse(FOLDER / f"papi_desktop_{code}.ts")
    found = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == errors.CONTEXT:
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") != "unfinished":
                    found[message.findtext("source")] = translation.text or ""
    return found


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("code", ["vi", "en"])
def test_every_message_has_a_translation_with_the_same_fields(code):
    translated = _translations(code)
    for template in errors.every_template():
        assert template in translated, f"{template!r} missing from papi_desktop_{code}.ts (scripts/build-translations.sh)"
        assert _fields(translated[template]) == _fields(template), template
        if code == "vi":
            assert translated[template] == template


def test_lupdate_finds_every_message_of_errors_py(tmp_path):
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(tool) if tool.exists() else shutil.which("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool, "papi_desktop/errors.py", "-silent", "-locations", "none", "-source-language", "vi",
                    "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    found = {message.findtext("source") for message in ET.parse(fresh).getroot().iter("message")}
    assert found == set(errors.every_template())


def test_the_store_speaks_the_windows_language(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from papi_desktop.gui import language
    from papi_desktop.store import DraftStore

    empty = tmp_path / "rỗng.papi"
    empty.touch()
    with pytest.raises(UserError) as caught:
        DraftStore.open(empty)
    error = caught.value
    assert "chép tệp chưa xong" in error.message  # the command line and the log: Vietnamese
    try:
        language.install_translator("en")
        shown = error.translated(QCoreApplication.translate)
        assert "the copy did not finish" in shown and str(empty) in shown
    finally:
        language.install_translator("vi")
    assert error.translated(QCoreApplication.translate) == error.message


def test_a_reason_inside_a_sentence_is_translated_too():
    inner = Text(errors.READ_ONLY_REASON)
    outer = UserError(Text(errors.READ_ONLY_BECAUSE, {"reason": inner}), "detail")
    english = {errors.READ_ONLY_REASON: "READ-ONLY", errors.READ_ONLY_BECAUSE: "Open read-only: {reason}."}
    assert outer.translated(lambda context, text: english.get(text, text)) == "Open read-only: READ-ONLY."
    assert inner.render() in outer.message


def test_a_translation_with_a_broken_field_falls_back_to_the_source():
    error = UserError(Text(NEWER, {"path": "a.papi"}), "detail")
    assert error.translated(lambda context, text: "Newer: {file}") == error.message
