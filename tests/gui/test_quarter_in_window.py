"""The quarterly job through the real main window: Báo cáo quý mới with its review list, the
carried-over marks, find and replace (Ctrl+F / Ctrl+H), compare, and the list's search places."""

from __future__ import annotations


from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from papi_desktop.gui.compare_dialog import CompareDialog
from papi_desktop.gui.requarter_dialog import RequarterDialog
from papi_desktop.model import PREAMBLE, Period
from papi_desktop.model.report import paragraphs
from papi_desktop.model.serialize import next_quarter_report
from papi_desktop.model.text_fields import report_fields
from papi_desktop.store import DraftStore

from .conftest import REAL_REVIEW_EXEC, type_text


def _when_modal(check_and_press) -> None:
    """Act on the modal dialog as soon as it is on screen (exec() blocks the test until then)."""
    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, press)
            return
        check_and_press(dialog)
    QTimer.singleShot(0, press)


def _new_quarter_accepted(make_window, monkeypatch):
    monkeypatch.setattr(RequarterDialog, "exec", REAL_REVIEW_EXEC)
    window = make_window()
    source = window.report
    shown = []

    def accept_all(dialog) -> None:
        assert isinstance(dialog, RequarterDialog)
        shown.append([check.text() for check in dialog.checks])
        dialog.accept_all_button.click()

    _when_modal(accept_all)
    window.ui.actionNewQuarter.trigger()
    assert shown, "the review list was not shown"
    assert window.report.period == Period(2022, 2)
    return window, source


def test_new_quarter_reviews_the_period_references_and_undo_brings_them_back(qtbot, make_window, database, monkeypatch):
    window, source = _new_quarter_accepted(make_window, monkeypatch)
    assert not any("quý I/2022" in text for _key, text in report_fields(window.report))
    assert window.report.section(PREAMBLE).endswith("KH&CN quý II/2022 như sau:")
    assert "ngày 22/10/2019" in window.report.section(PREAMBLE)  # a past document's date is kept
    assert window.report.source_id == source.id
    qtbot.waitUntil(lambda: "KH&CN quý II/2022 như sau:" in window.preview.plain_text(), timeout=3000)
    qtbot.waitUntil(lambda: not window.autosaver.has_pending, timeout=3000)
    with DraftStore.open(database, read_only=True) as store:
        saved = store.load(window.report.id)
        assert "quý II/2022 như sau:" in saved.section(PREAMBLE) and saved.source_id == source.id
    # One Ctrl+Z in the opening's editor takes its update back.
    window.section_tabs[PREAMBLE].editor.undo()
    assert window.report.section(PREAMBLE) == source.section(PREAMBLE)


def test_a_quarter_iv_report_moves_the_year(qtbot, make_window, database, monkeypatch):
    with DraftStore.open(database) as store:
        sample = store.load(store.list_reports()[0].id)
        fourth = next_quarter_report(next_quarter_report(next_quarter_report(sample)))
        fourth.set_section(PREAMBLE, "Báo cáo kết quả quý IV/2022 như sau:")
        store.add(fourth)
    monkeypatch.setattr(RequarterDialog, "exec", REAL_REVIEW_EXEC)
    window = make_window()
    _when_modal(lambda dialog: dialog.accept_all_button.click())
    window.new_quarter()
    assert window.report.period == Period(2023, 1)
    assert window.report.section(PREAMBLE) == "Báo cáo kết quả quý I/2023 như sau:"


def test_carried_over_count_in_the_window(make_window):
    window = make_window()
    source = window.report
    window.new_quarter()  # review answered "Không sửa gì"
    copied = sum(len(paragraphs(source.section(key))) for key in source.section_keys())
    marks = window.revision.marks
    assert marks.total() == copied
    assert window.revision.carried_label.text() == f"{copied} đoạn giữ nguyên từ quý trước"
    tab = window.section_tabs["egovernance"]
    assert tab.ui.carriedLabel.text() == f"{marks.count('egovernance')} đoạn giữ nguyên từ quý trước" != "0 đoạn giữ nguyên từ quý trước"
    editor = tab.editor
    window.ui.editorTabs.setCurrentWidget(tab)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " Đã nâng cấp.")
    assert marks.total() == copied - 1 and marks.count("egovernance") == 0
    assert tab.ui.carriedLabel.isHidden()
    assert window.revision.carried_label.text() == f"{copied - 1} đoạn giữ nguyên từ quý trước"
    # The switch in the Sửa menu hides the marks; the counts stay.
    window.revision.marks_action.trigger()
    assert not marks.is_visible() and marks.total() == copied - 1
    # An older report without source_id: the latest report of the quarter before is the source.
    window.report.source_id = None
    window.revision.bind(window.report)
    assert window.revision.source is not None and window.revision.source.id == source.id


def test_find_across_tabs_and_replace_in_a_header_field(make_window):
    window = make_window()
    window.new_quarter()
    tabs = window.ui.editorTabs
    bar = window.revision.find_bar
    assert bar.replace_action.shortcut() == QKeySequence("Ctrl+H")
    assert window.ui.actionHistory.shortcut() == QKeySequence("Ctrl+Shift+H")
    assert window.ui.actionFind.shortcut() == QKeySequence("Ctrl+Shift+F")
    bar.replace_action.trigger()
    assert bar.isVisible() and bar.replace_edit.isVisible()
    type_text(bar.find_edit, "dostquangtri")
    assert tabs.currentWidget() is window.section_tabs["transparency"]
    bar.find_next()
    assert tabs.currentWidget() is window.section_tabs["next_tasks"]

    bar.find_edit.clear()
    type_text(bar.find_edit, "Quảng Trị")
    bar.word_check.setChecked(True)
    type_text(bar.replace_edit, "Đông Hà")
    bar.replace_all()
    assert window.report.header.place == "Đông Hà"  # the header field's own signal carried it
    assert "Quảng Trị" not in window.report.section(PREAMBLE)
    QApplication.sendEvent(bar.find_edit, _key(Qt.Key.Key_Escape))
    assert not bar.isVisible()


def _key(key):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def test_find_in_the_opening_shares_a_tab_with_part_one(make_window):
    window = make_window()
    window.new_quarter()
    window.ui.editorTabs.setCurrentIndex(0)
    bar = window.revision.find_bar
    bar.find_action.trigger()
    type_text(bar.find_edit, "như sau")
    assert window.ui.editorTabs.currentWidget().isAncestorOf(window.section_tabs[PREAMBLE])


def test_compare_with_last_quarter_takes_back_a_removed_paragraph(make_window):
    window = make_window()
    source = window.report
    window.new_quarter()
    tab = window.section_tabs["egovernance"]
    first = source.section("egovernance").split("\n")[0]
    tab.editor.setPlainText("\n".join(source.section("egovernance").split("\n")[1:]))
    window.ui.editorTabs.setCurrentWidget(tab)
    tab.editor.setFocus()
    seen = []

    def take_back(dialog) -> None:
        assert isinstance(dialog, CompareDialog)
        seen.append(dialog.combo.currentData())
        dialog.restore_buttons[0].click()
        dialog.reject()

    _when_modal(take_back)
    window.ui.actionCompare.trigger()
    assert seen == [source.id]  # the report it was made from is compared with first
    assert window.report.section("egovernance").split("\n")[0] == first


def test_the_list_search_shows_where_and_opens_the_report_there(make_window):
    window = make_window()
    sample_id = window.report.id
    window.new_quarter()
    window.ui.searchEdit.setText("dostquangtri")
    tree = window.ui.reportList
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert rows and all(row.childCount() for row in rows)
    sample_row = next(row for row in rows if row.data(0, Qt.ItemDataRole.UserRole) == sample_id)
    place = sample_row.child(0)
    assert place.text(0).startswith("II.2. Công khai, minh bạch:") or "Công khai" in place.text(0)
    assert "dostquangtri" in place.text(0)
    tree.setCurrentItem(place)
    assert window.report.id == sample_id
    editor = window.section_tabs["transparency"].editor
    assert window.ui.editorTabs.currentWidget() is window.section_tabs["transparency"]
    assert editor.textCursor().selectedText().lower() == "dostquangtri"
    focused = []
    editor.setFocus = lambda *args: focused.append(args)  # noqa: B010 (seen, whether or not the screen gives focus)
    tree.setCurrentItem(sample_row)
    tree.setCurrentItem(place)  # moving through the list: the editor follows, the focus stays
    assert focused == []
    tree.itemActivated.emit(place, 0)  # Enter or a double click: the cursor goes there
    assert focused == [()]


def test_the_list_search_shows_the_matching_words_in_bold(make_window):
    from papi_desktop.gui.report_list import MATCH_HTML_ROLE

    window = make_window()
    window.ui.searchEdit.setText("quang tri")
    place = window.ui.reportList.topLevelItem(0).child(0)
    assert "<b>QUẢNG TRỊ</b>" in place.data(0, MATCH_HTML_ROLE)
    window.ui.reportList.viewport().grab()  # drawn by the delegate without error
