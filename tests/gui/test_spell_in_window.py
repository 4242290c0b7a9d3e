"""Spell checking through the real main window: underlines in every part, the right-click fixes,
the agency's words kept in the file, and one tone-mark style for the report."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from papi_desktop.spelling import STYLE_OLD
from papi_desktop.store import DraftStore

from .conftest import type_text


def _underlined(editor, word: str) -> bool:
    """Whether ``word`` (its first occurrence) carries the red wavy underline in ``editor``."""
    text = editor.toPlainText()
    at = text.index(word)
    block = editor.document().findBlock(at)
    start = at - block.position()
    return any(
        r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        and r.start <= start and start + len(word) <= r.start + r.length
        for r in block.layout().formats()
    )


def _menu_at(tab, word: str):
    """The menu a right click on ``word`` opens: on the part's tab, shown (as the clerk sees it)."""
    tabs = tab.window().ui.editorTabs
    tabs.setCurrentWidget(tab if tabs.indexOf(tab) >= 0 else tab.parentWidget())
    QApplication.processEvents()
    editor = tab.editor
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 1)
    return tab.context_menu(editor.cursorRect(cursor).center())


def _draft(make_window):
    window = make_window()
    window.new_quarter()
    return window


def test_a_typing_slip_is_underlined_and_fixed_from_the_right_click_menu(make_window):
    window = _draft(make_window)
    tab = window.section_tabs["egovernance"]
    editor = tab.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.setFocus()
    type_text(editor, " Nâng cấp truwowngf học. ")
    assert _underlined(editor, "truwowngf")
    assert not _underlined(editor, "Nâng")
    menu = _menu_at(tab, "truwowngf")
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "trường" and "Thêm vào từ điển" in texts and "Bỏ qua" in texts
    assert texts.index("Thêm vào từ điển") < len(texts) - 3  # above Qt's own entries (Hoàn tác…)
    menu.actions()[0].trigger()
    assert "Nâng cấp trường học." in window.report.section("egovernance")
    editor.undo()
    assert "truwowngf" in window.report.section("egovernance")


def test_a_word_added_to_the_dictionary_is_kept_in_the_file(make_window, database):
    window = _draft(make_window)
    tab = window.section_tabs["participation"]
    tab.editor.setPlainText("Sở Vinaphone đã tổ chức.")
    assert _underlined(tab.editor, "Vinaphone")
    menu = _menu_at(tab, "Vinaphone")
    next(action for action in menu.actions() if action.text() == "Thêm vào từ điển").trigger()
    assert not _underlined(tab.editor, "Vinaphone")
    assert "Vinaphone" in window.store.list_words()
    window.close()
    with DraftStore.open(database, read_only=True) as store:
        assert "Vinaphone" in store.list_words()
    again = make_window()
    again.section_tabs["participation"].editor.setPlainText("Sở Vinaphone đã tổ chức.")
    assert not _underlined(again.section_tabs["participation"].editor, "Vinaphone")


def test_a_final_report_shows_the_underlines_but_offers_no_fix(make_window):
    window = _draft(make_window)
    tab = window.section_tabs["participation"]
    tab.editor.setPlainText("Sở ddaay đã tổ chức.")
    window.toggle_final()
    assert tab.editor.isReadOnly()
    assert _underlined(tab.editor, "ddaay")
    texts = [action.text() for action in _menu_at(tab, "ddaay").actions()]
    assert "Thêm vào từ điển" not in texts and "đây" not in texts


def test_mixed_tone_marks_are_made_consistent_in_the_style_used_most(make_window, monkeypatch):
    window = _draft(make_window)
    window.section_tabs["participation"].editor.setPlainText("Hòa giải ở cơ sở; hòa nhập; thủy lợi.")
    window.section_tabs["egovernance"].editor.setPlainText("Hoà giải viên.")
    window.load_report(window.report.id)  # as the report opens next time
    assert window.spell.checker.style == STYLE_OLD
    clicked = []

    def press(dialog=None) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, press)
            return
        assert isinstance(dialog, QMessageBox) and "hoà" in dialog.text()
        clicked.append(True)
        next(b for b in dialog.buttons() if b.text() == "Đổi").click()

    QTimer.singleShot(0, press)
    window.ui.actionUnifyTone.trigger()
    assert clicked
    assert window.report.section("egovernance") == "Hòa giải viên."
    assert window.report.section("participation") == "Hòa giải ở cơ sở; hòa nhập; thủy lợi."
    window.section_tabs["egovernance"].editor.undo()  # one step per part
    assert window.report.section("egovernance") == "Hoà giải viên."
