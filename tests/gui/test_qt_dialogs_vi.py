"""Qt's own file, print, print-preview and page-setup dialogs speak only Vietnamese.

Issue #13: on Linux the file dialogs said "Look in / File name / Files of type / Save / Open"
beside "Hủy", and the print dialog was entirely English. Two checks: every string those
dialogs ask Qt to translate is in qt_vi.ts (a recording translator sits in front of ours and
notes each request), and no English word is left on any widget a clerk sees.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QFileDialog, QGroupBox, QHeaderView, QLabel, QLineEdit, QTabWidget,
    QWidget,
)

from papi_desktop.gui import language
from papi_desktop.resources import resource_path


class Recorder(QTranslator):
    """Notes every (context, source, disambiguation) Qt asks for, and translates nothing itself."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 (Qt's signature)
        self.asked.add((context, source, disambiguation or ""))
        return ""

    def isEmpty(self) -> bool:
        return False


def _file_dialog(mode: str) -> QFileDialog:
    dialog = QFileDialog(None, "Mở cơ sở dữ liệu")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # what Linux shows
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setNameFilter("Cơ sở dữ liệu báo cáo (*.papi)")
    return dialog


DIALOGS = {
    "open file": lambda printer: _file_dialog("open"),
    "save file": lambda printer: _file_dialog("save"),
    "choose folder": lambda printer: _file_dialog("folder"),
    "print": lambda printer: QPrintDialog(printer),
    "page setup": lambda printer: QPageSetupDialog(printer),
    "print preview": lambda printer: QPrintPreviewDialog(printer),
}


@pytest.fixture
def vietnamese(qapp):
    language.install_translator("vi")
    yield
    language.install_translator("vi")


@pytest.fixture
def printer(qapp):
    return QPrinter()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_string_the_dialog_asks_for_is_translated(qtbot, vietnamese, printer, name, tmp_path):
    ours = QTranslator()
    assert ours.load(str(resource_path("translations", "qt_vi.qm")))
    recorder = Recorder()
    QApplication.instance().installTranslator(recorder)  # asked first: installed last
    try:
        dialog = DIALOGS[name](printer)
        qtbot.addWidget(dialog)
        if isinstance(dialog, QFileDialog):
            dialog.setDirectory(str(tmp_path))
        dialog.show()
        qtbot.waitExposed(dialog)
    finally:
        QApplication.instance().removeTranslator(recorder)
    asked = {key for key in recorder.asked if not key[0].startswith("papi")}  # the program's own are elsewhere
    assert len(asked) > 5
    missing = sorted(key for key in asked if not ours.translate(*key))
    assert not missing, f"{name}: not in qt_vi.ts: {missing}"


ENGLISH = re.compile(r"\b(Look|File|Files|type|Save|Open|Print|Printer|Options|Properties|Copies|Collate|Pages?|Paper|"
                     r"Margins|Orientation|Portrait|Landscape|Name|Size|Type|Date|Modified|Detail|List|Back|Forward|"
                     r"Parent|Cancel|Preview|Location|Output|Color|Grayscale|Zoom|Setup|Width|Height|Directory|"
                     r"Folder|Choose|Reverse|Selection|Current|Custom|Form)\b")


def _visible_texts(dialog: QWidget) -> list[str]:
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox) and not widget.isEditable():
            texts.extend(widget.itemText(i) for i in range(widget.count()) if not re.search(r"\d", widget.itemText(i)))
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts.extend(str(model.headerData(i, widget.orientation())) for i in range(widget.count()))
        texts.extend(action.text() for action in widget.actions())
        texts.append(widget.toolTip())
    return [text.replace("&", "") for text in texts if text and not isinstance(text, QLineEdit)]


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_english_word_is_left_on_the_dialog(qtbot, vietnamese, printer, name, tmp_path):
    dialog = DIALOGS[name](printer)
    qtbot.addWidget(dialog)
    if isinstance(dialog, QFileDialog):
        dialog.setDirectory(str(tmp_path))
    dialog.show()
    qtbot.waitExposed(dialog)
    if isinstance(dialog, QPrintDialog):  # the options (copies, range, duplex) open below
        options = next(b for b in dialog.findChildren(QAbstractButton) if b.text().startswith("Tùy &chọn"))
        options.click()
        qtbot.waitUntil(lambda: options.text() == "Tùy &chọn <<")
    english = [text for text in _visible_texts(dialog) if ENGLISH.search(text)]
    assert not english, f"{name}: {english}"


def test_the_file_dialog_speaks_vietnamese_where_the_clerk_saw_english(qtbot, vietnamese, tmp_path):
    dialog = _file_dialog("save")
    qtbot.addWidget(dialog)
    dialog.setDirectory(str(tmp_path))
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Xem trong:" and labels["fileNameLabel"] == "&Tên tệp:"
    assert labels["fileTypeLabel"] == "&Kiểu tệp:"
    buttons = {button.text() for button in dialog.findChildren(QAbstractButton) if button.isVisibleTo(dialog)}
    assert {"&Lưu", "Hủy"} <= buttons


def test_no_two_labels_of_the_file_dialog_share_an_alt_key(vietnamese, qtbot, tmp_path):
    for mode in ("open", "save"):
        dialog = _file_dialog(mode)
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
                 if w.isVisibleTo(dialog) and "&" in w.text()]
        keys = [text[text.index("&") + 1].lower() for text in texts]
        assert len(keys) == len(set(keys)), texts
