"""The window in Vietnamese (the default) and English, and the translation files behind it."""

from __future__ import annotations

from pathlib import Path
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from papi_desktop.gui import language
from papi_desktop.gui.main_window import MainWindow
from papi_desktop.store import DraftStore

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "en")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} not found (it comes with PySide6)")
        return found
    return str(path)


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"), message.findtext("comment") or "")] = message
    return found


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return True
    texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
    return not all(text and text.strip() for text in texts)


@pytest.fixture(autouse=True)
def back_to_vietnamese(qapp):
    yield
    language.install_translator("vi")


# -- the files ---------------------------------------------------------------------------------

@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated(code):
    messages = _messages(FOLDER / f"papi_desktop_{code}.ts")
    assert len(messages) > 100
    unfinished = [source for (_, source, _), message in messages.items() if _unfinished(message)]
    assert not unfinished, f"untranslated in papi_desktop_{code}.ts (scripts/build-translations.sh, then pyside6-linguist): {unfinished}"


def test_lupdate_finds_no_string_missing_from_the_ts_files(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in [*ROOT.glob("ui/*.ui"), *ROOT.glob("papi_desktop/gui/*.py")])
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-silent", "-locations", "none", "-source-language", "vi",
                    "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    wanted = set(_messages(fresh))
    assert len(wanted) > 100
    for code in LANGUAGES:
        missing = wanted - set(_messages(FOLDER / f"papi_desktop_{code}.ts"))
        assert not missing, f"not in papi_desktop_{code}.ts (run scripts/build-translations.sh): {sorted(missing)}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compiled_qm_files_are_up_to_date(code, tmp_path):
    compiled = tmp_path / f"{code}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(FOLDER / f"papi_desktop_{code}.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == (FOLDER / f"papi_desktop_{code}.qm").read_bytes(), \
        f"papi_desktop_{code}.qm is older than its .ts: run scripts/build-translations.sh"


def test_qt_vi_qm_is_up_to_date(tmp_path):
    compiled = tmp_path / "qt_vi.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(FOLDER / "qt_vi.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == (FOLDER / "qt_vi.qm").read_bytes(), \
        "qt_vi.qm is older than qt_vi.ts: run scripts/build-translations.sh"


def test_qt_vi_translates_strings_qt_really_has():
    """Each (context, source) of qt_vi.ts is one Qt itself translates: Qt's own German file knows it.

    A string Qt renamed would otherwise just stay English without anyone noticing.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    german = QTranslator()
    assert german.load(QLocale("de"), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    messages = _messages(FOLDER / "qt_vi.ts")
    assert len(messages) > 50
    unknown = [(context, source) for context, source, _comment in messages
               if source != "OK" and source != "%1%" and not german.translate(context, source)]
    assert not unknown, f"not strings of this Qt: {unknown}"
    assert not [key for key, message in messages.items() if _unfinished(message)]


# -- the choice --------------------------------------------------------------------------------

def test_vietnamese_unless_the_clerk_chose_english(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert language.chosen_language(settings) == "vi"
    settings.setValue("ui/language", "en")
    assert language.chosen_language(settings) == "en"
    settings.setValue("ui/language", "klingon")
    assert language.chosen_language(settings) == "vi"


# -- the window --------------------------------------------------------------------------------

def _texts(window: MainWindow) -> dict[str, str]:
    ui = window.ui
    return {
        "file": ui.menuFile.title(),
        "help": ui.menuHelp.title(),
        "general": ui.editorTabs.tabText(0),
        "new": ui.newButton.text(),
        "save_copy": ui.actionSaveCopy.text(),
    }


def _language_action(window: MainWindow, code: str):
    return window.ui.menuLanguage.findChild(type(window.ui.actionSaveCopy), f"actionLanguage_{code}")


def test_switching_to_english_and_back_rebuilds_the_window(qtbot, tmp_path, monkeypatch):
    database = tmp_path / "Báo cáo.papi"
    DraftStore.create(database, sample=True).close()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    language.install_translator(language.chosen_language(settings))
    window = MainWindow(DraftStore.open(database), settings)
    language.install_language_menu(window)
    window.show()
    assert window.ui.menuLanguage.title() == "Ngôn ngữ / Language"
    assert window.ui.menuLanguage.menuAction() in window.ui.menuHelp.actions()
    assert _texts(window) == {"file": "&Tệp", "help": "Trợ &giúp", "general": "Thông tin chung", "new": "Mới",
                              "save_copy": "Lưu bản sao thành…"}
    assert _language_action(window, "vi").isChecked()
    report_id = window.report.id
    flushed = []
    original_flush = window.autosaver.flush
    monkeypatch.setattr(window.autosaver, "flush", lambda: flushed.append(1) or original_flush())

    _language_action(window, "en").trigger()
    assert flushed  # the last keystrokes were saved before the window went away
    assert not window.isVisible()
    english = language._windows[-1]
    qtbot.addWidget(english)
    assert english is not window and english.isVisible()
    assert _texts(english) == {"file": "&File", "help": "&Help", "general": "General information", "new": "New",
                               "save_copy": "Save a copy as…"}
    assert english.ui.menuLanguage.title() == "Ngôn ngữ / Language"
    assert _language_action(english, "en").isChecked()
    assert english.store.path == database and english.report.id == report_id
    assert settings.value("ui/language") == "en"
    assert QApplication.instance().quitOnLastWindowClosed()  # restored after the switch

    _language_action(english, "vi").trigger()
    vietnamese = language._windows[-1]
    qtbot.addWidget(vietnamese)
    assert _texts(vietnamese)["general"] == "Thông tin chung" and _texts(vietnamese)["file"] == "&Tệp"
    assert settings.value("ui/language") == "vi"
    vietnamese.close()


# -- Qt's own words ------------------------------------------------------------------------------

def test_qt_standard_buttons_and_menus_speak_vietnamese_and_english_after_a_switch(qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

    def words() -> dict[str, object]:
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                          | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        editor = QPlainTextEdit()
        menu = editor.createStandardContextMenu()
        preview = QPrintPreviewDialog()
        found = {
            "yes": box.button(QMessageBox.StandardButton.Yes).text(),
            "no": box.button(QMessageBox.StandardButton.No).text(),
            "cancel": box.button(QMessageBox.StandardButton.Cancel).text(),
            "menu": [action.text().split("\t")[0] for action in menu.actions() if action.text()],
            "preview": preview.windowTitle(),
        }
        for widget in (box, menu, editor, preview):
            widget.deleteLater()
        return found

    language.install_translator("vi")
    vietnamese = words()
    assert (vietnamese["yes"], vietnamese["no"], vietnamese["cancel"]) == ("&Có", "&Không", "Hủy")
    assert vietnamese["menu"] == ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
    assert vietnamese["preview"] == "Xem trước bản in"
    language.install_translator("en")
    english = words()
    assert (english["yes"], english["no"], english["cancel"]) == ("&Yes", "&No", "Cancel")
    assert "&Paste" in english["menu"] and english["preview"] == "Print Preview"


def test_no_two_items_of_a_vietnamese_right_click_menu_share_an_alt_key():
    """Alt+letter picks one item; a letter used twice only cycles between them."""
    messages = _messages(FOLDER / "qt_vi.ts")

    def texts(context: str, *leave_out: str) -> list[str]:
        return [message.findtext("translation") for (name, source, _c), message in messages.items()
                if name == context and source not in leave_out]

    menus = {
        "text editor": texts("QWidgetTextControl"),
        "one-line field": texts("QLineEdit"),
        # a date or number field: the line edit's items, its own Select All instead of the line edit's
        "date or number field": texts("QLineEdit", "Select All") + texts("QAbstractSpinBox"),
    }
    for menu, items in menus.items():
        keys = [text[text.index("&") + 1].lower() for text in items if "&" in text]
        assert len(keys) == len(set(keys)), f"{menu}: {sorted(items)}"
