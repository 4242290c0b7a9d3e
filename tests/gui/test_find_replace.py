"""The find and replace bar over real editors (gui/find_replace.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTabWidget, QVBoxLayout, QWidget

from papi_desktop.gui.editor_text import editor_text
from papi_desktop.gui.find_replace import FindReplaceBar
from papi_desktop.gui.section_editor import SectionEditor
from papi_desktop.model import IMPLEMENTATION, PREAMBLE

from tests.gui.conftest import type_text


@pytest.fixture
def host(qtbot, sample_report):
    """A small window: a tab per editor (a header field, two parts) and the bar under them."""
    window = QWidget()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    place = QLineEdit(sample_report.header.place)
    editors = {"header.place": place}
    tabs.addTab(place, "Thông tin chung")
    for key in (PREAMBLE, IMPLEMENTATION):
        editor = SectionEditor()
        editor.setPlainText(sample_report.section(key))
        tabs.addTab(editor, key)
        editors[key] = editor
    bar = FindReplaceBar(window)
    layout = QVBoxLayout(window)
    layout.addWidget(tabs)
    layout.addWidget(bar)
    window.addActions(bar.menu_actions())
    keys = list(editors)
    bar.set_editors(editors, lambda: keys[tabs.currentIndex()])
    bar.show_part.connect(lambda key: tabs.setCurrentIndex(keys.index(key)))
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # a shortcut reaches only the active window (xcb, as on a desktop)
    qtbot.waitUntil(window.isActiveWindow)
    tabs.setCurrentIndex(1)
    editors[PREAMBLE].setFocus()
    return window, tabs, bar, editors


def _selected(editor) -> str:
    return editor.textCursor().selectedText()


def test_ctrl_f_finds_and_highlights_every_match_in_the_part(qtbot, host):
    window, tabs, bar, editors = host
    qtbot.keyClick(editors[PREAMBLE], Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.find_edit.hasFocus() and not bar.replace_edit.isVisible()
    type_text(bar.find_edit, "tỉnh")
    preamble = editors[PREAMBLE]
    assert _selected(preamble) == "tỉnh"
    assert preamble.textCursor().selectionStart() == preamble.toPlainText().index("tỉnh")
    highlighted = [s.cursor.selectedText() for s in preamble.extraSelections()]
    assert highlighted == ["tỉnh", "tỉnh"]
    total = sum(editor_text(e).count("tỉnh") for e in editors.values())
    assert total > 2 and bar.status_label.text() == f"1/{total}"


def test_next_goes_across_parts_and_wraps(qtbot, host):
    window, tabs, bar, editors = host
    bar.show_find()
    type_text(bar.find_edit, "PAPI")
    preamble, implementation = editors[PREAMBLE], editors[IMPLEMENTATION]
    in_preamble = preamble.toPlainText().count("PAPI")
    in_implementation = implementation.toPlainText().count("PAPI")
    assert in_preamble == 1 and in_implementation > 2
    assert tabs.currentIndex() == 1 and _selected(preamble) == "PAPI"
    with qtbot.waitSignal(bar.show_part) as shown:
        qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert shown.args == [IMPLEMENTATION] and tabs.currentIndex() == 2
    assert _selected(implementation) == "PAPI"
    assert implementation.textCursor().selectionStart() == implementation.toPlainText().index("PAPI")
    assert preamble.extraSelections() == [] and len(implementation.extraSelections()) == in_implementation
    for _ in range(in_implementation - 1):
        bar.find_next()
    assert tabs.currentIndex() == 2
    bar.find_next()  # past the last match of the report: round to the first
    assert tabs.currentIndex() == 1 and _selected(preamble) == "PAPI"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # back again
    assert tabs.currentIndex() == 2
    assert implementation.textCursor().selectionStart() == implementation.toPlainText().rindex("PAPI")
    total = in_preamble + in_implementation
    assert bar.status_label.text() == f"{total}/{total}"


def test_a_header_field_is_searched_too(qtbot, host):
    window, tabs, bar, editors = host
    bar.show_find()
    type_text(bar.find_edit, "Quảng Trị")
    assert tabs.currentIndex() == 1  # the preamble holds one, from where the clerk is
    assert "Quảng Trị" not in editors[IMPLEMENTATION].toPlainText()
    bar.find_next()  # none after it: round to the first field of the report
    assert tabs.currentIndex() == 0 and editors["header.place"].selectedText() == "Quảng Trị"


def test_replace_one_then_undo(qtbot, host):
    window, tabs, bar, editors = host
    implementation = editors[IMPLEMENTATION]
    original = implementation.toPlainText()
    tabs.setCurrentIndex(2)
    qtbot.keyClick(implementation, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.replace_edit.isVisible()
    type_text(bar.find_edit, "CHỈ SỐ papi")  # match case is off
    type_text(bar.replace_edit, "Chỉ số PAPI")
    count = original.count("chỉ số PAPI")
    first = implementation.textCursor().selectionStart()
    replaced = []
    bar.replaced.connect(replaced.append)
    assert bar.replace_one()
    text = implementation.toPlainText()
    assert text[first:first + len("Chỉ số PAPI")] == "Chỉ số PAPI"
    assert text.count("chỉ số PAPI") == count - 1 and replaced == [IMPLEMENTATION]
    assert implementation.textCursor().selectionStart() > first  # on to the next
    implementation.undo()
    assert implementation.toPlainText() == original


def test_replace_all_over_every_part_with_diacritics_ignored(qtbot, host):
    window, tabs, bar, editors = host
    bar.show_replace()
    bar.marks_check.setChecked(True)
    bar.word_check.setChecked(True)
    type_text(bar.find_edit, "so")  # finds "Sở" and "số" but not "sơ" inside a word
    assert bar.status_label.text().endswith(str(len(bar.matches())))
    type_text(bar.replace_edit, "X")
    preamble_before = editors[PREAMBLE].toPlainText()
    found = len(bar.matches())
    count = bar.replace_all()
    preamble = editors[PREAMBLE].toPlainText()
    assert count == found > 10
    assert bar.matches() == []
    assert "Sở" not in preamble and " số " not in preamble and "cơ sở" not in preamble
    assert preamble.startswith("Thực hiện Quyết định X 41/2019/QĐ-UBND")
    assert bar.status_label.text() == f"Đã thay {count} chỗ"
    editors[PREAMBLE].undo()  # one undo step per editor
    assert editors[PREAMBLE].toPlainText() == preamble_before


def test_read_only_editors_are_searched_not_changed(qtbot, host):
    window, tabs, bar, editors = host
    editors[PREAMBLE].setReadOnly(True)
    bar.show_replace()
    type_text(bar.find_edit, "Sở")
    before = editors[PREAMBLE].toPlainText()
    bar.replace_all()
    assert editors[PREAMBLE].toPlainText() == before
    assert "Sở" not in editors[IMPLEMENTATION].toPlainText()


def test_escape_closes_and_clears_the_highlights(qtbot, host):
    window, tabs, bar, editors = host
    bar.show_find()
    type_text(bar.find_edit, "tỉnh")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and editors[PREAMBLE].extraSelections() == []
