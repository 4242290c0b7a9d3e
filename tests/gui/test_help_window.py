"""The guide in a window of the program: its pictures shown, searchable, at a chosen section;
and the "Giới thiệu" box with the version and the licences."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
import re
import shutil
import sys

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from papi_desktop.gui import help_window
from papi_desktop.gui.help_window import AboutDialog, HelpWindow, fold, guide_path, show_help

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def guide(parent, qtbot) -> HelpWindow:
    window = show_help(parent)
    window.resize(800, 600)
    qtbot.waitExposed(window)
    return window


def _image_formats(window: HelpWindow) -> list:
    document = window.browser.document()
    found, block = [], document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            image = iterator.fragment().charFormat().toImageFormat()
            if image.isValid():
                found.append(image)
            iterator += 1
        block = block.next()
    return found


def _image_names(window: HelpWindow) -> list[str]:
    return [image.name() for image in _image_formats(window)]


def test_the_guide_is_the_docs_file_with_all_its_headings(guide):
    assert guide_path() == ROOT / "docs" / "huong-dan.md"
    written = [line.lstrip("#").strip() for line in guide_path().read_text(encoding="utf-8").splitlines()
               if line.startswith("#")]
    assert guide.headings() == written and len(written) > 5
    assert guide.windowTitle() == "Hướng dẫn sử dụng papi-desktop"


def test_every_picture_of_the_guide_is_loaded(guide):
    in_markdown = re.findall(r"!\[[^]]*\]\(([^)]+)\)", guide_path().read_text(encoding="utf-8"))
    names = _image_names(guide)
    assert [Path(n).name for n in names] == [Path(n).name for n in in_markdown] and names
    document = guide.browser.document()
    for name in names:
        picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        on_disk = QImage(str(guide_path().parent / name))
        assert not on_disk.isNull() and picture is not None and picture.size() == on_disk.size(), name


def test_the_pictures_fit_the_window_as_it_opens(parent, qtbot):
    window = HelpWindow(parent)
    window.resize(700, 600)
    window.show()
    qtbot.waitExposed(window)
    viewport = window.browser.viewport().width()
    widths = [image.width() for image in _image_formats(window)]
    assert widths and all(0 < width <= viewport for width in widths)
    assert window.browser.horizontalScrollBar().maximum() == 0


def test_every_heading_is_laid_out_after_the_window_is_resized(guide, qtbot):
    """The text after the pictures is there to read (and to scroll to) whatever the window's size."""
    guide.resize(1000, 700)
    guide.resize(760, 560)
    layout = guide.browser.document().documentLayout()
    block, heights = guide.browser.document().begin(), []
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            heights.append(layout.blockBoundingRect(block).height())
        block = block.next()
    assert heights and all(height > 10 for height in heights)


def test_finding_ignores_accents_and_case_and_steps_through_the_matches(guide, qtbot):
    QTest.keyClick(guide, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(guide.find_edit.hasFocus)
    QTest.keyClicks(guide.find_edit, "sao luu")
    assert len(guide.matches) >= 2
    found = {fold(guide.selected_text())}
    assert found == {"sao luu"} and guide.count_label.text() == f"1/{len(guide.matches)}"
    assert len(guide.browser.extraSelections()) == len(guide.matches)  # every match highlighted
    first = guide.browser.textCursor().selectionStart()
    QTest.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectionStart() > first and guide.count_label.text().startswith("2/")
    QTest.keyClick(guide.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert guide.browser.textCursor().selectionStart() == first
    QTest.mouseClick(guide.previous_button, Qt.MouseButton.LeftButton)
    assert guide.count_label.text() == f"{len(guide.matches)}/{len(guide.matches)}"  # wraps round
    QTest.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert guide.browser.textCursor().selectionStart() == first


def test_a_word_typed_with_accents_finds_the_same(guide):
    guide.find_edit.setText("Hướng dẫn")
    with_accents = list(guide.matches)
    guide.find_edit.setText("HUONG DAN")
    assert with_accents == guide.matches and with_accents


def test_nothing_found_says_so(guide, qtbot):
    QTest.keyClicks(guide.find_edit, "xyzxyz")
    assert guide.matches == [] and guide.count_label.text() == "Không thấy"
    assert guide.browser.extraSelections() == []


def test_help_opens_at_a_section_and_the_window_is_reused(parent, qtbot):
    window = show_help(parent, anchor="7-sao-luu-va-khoi-phuc")
    qtbot.waitExposed(window)
    assert window.browser.textCursor().block().text() == "7. Sao lưu và khôi phục"
    assert window.browser.verticalScrollBar().value() > 0
    again = show_help(parent, anchor="2")
    assert again is window
    assert window.browser.textCursor().block().text() == "2. Soạn báo cáo quý mới"
    assert not window.go_to_section("không-có-mục-này")


def test_the_frozen_build_finds_the_guide_beside_its_resources(tmp_path, monkeypatch):
    """PyInstaller puts docs/ beside resources/ under sys._MEIPASS (packaging/papi-desktop.spec)."""
    (tmp_path / "resources").mkdir()
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert guide_path() == tmp_path / "docs" / "huong-dan.md" and guide_path().is_file()
    spec = (ROOT / "packaging" / "papi-desktop.spec").read_text(encoding="utf-8")
    assert '"docs" / "screenshots"), "docs/screenshots")' in spec


def test_a_missing_guide_is_explained(parent, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(help_window, "guide_path", lambda: tmp_path / "huong-dan.md")
    window = HelpWindow(parent)
    qtbot.addWidget(window)
    assert "Không tìm thấy hướng dẫn" in window.browser.toPlainText()


def test_about_names_the_version_and_the_licences(parent, qtbot):
    dialog = AboutDialog(parent)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"papi-desktop {importlib.metadata.version('papi-desktop')}" in text
    for component, licence in [("PySide6", "LGPL"), ("Qt 6", "LGPL"), ("python-docx", "MIT"),
                               ("sqlite-utils", "Apache 2.0"), ("Babel", "BSD"),
                               ("Liberation Serif", "SIL Open Font License 1.1")]:
        cells = text.splitlines()  # a table's cells come one a line: name, version, licence, use
        row = next(index for index, cell in enumerate(cells) if component in cell)
        assert licence in cells[row + 2], (component, cells[row:row + 4])
    assert importlib.metadata.version("python-docx") in text
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_current_match_is_in_sight(guide, qtbot):
    """Found text is scrolled into view, also below the guide's pictures."""
    QTest.keyClicks(guide.find_edit, "go cai dat")  # the last section, below every picture
    assert guide.matches
    rect = guide.browser.cursorRect()
    assert guide.browser.viewport().rect().contains(rect.center())
    assert guide.browser.verticalScrollBar().value() > 0


def test_escape_clears_the_find_box_first_then_closes_the_window(guide, qtbot):
    guide.activateWindow()
    guide.find_edit.setFocus()
    qtbot.waitUntil(guide.find_edit.hasFocus)
    QTest.keyClicks(guide.find_edit, "in")
    QTest.keyClick(guide.find_edit, Qt.Key.Key_Escape)
    assert guide.find_edit.text() == "" and guide.isVisible()
    QTest.keyClick(guide.find_edit, Qt.Key.Key_Escape)
    assert not guide.isVisible()
