"""The quarterly job's new pieces over the real window's editors, wired as the window will wire them.

The window does not hold these pieces yet; each test connects them the way the module
docstrings say (a line or two), so what is proven here is what the window will do.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from papi_desktop.gui.carried_over import CarriedOverMarks
from papi_desktop.gui.find_replace import FindReplaceBar, report_editors
from papi_desktop.gui.requarter_dialog import RequarterDialog, apply_to_editors
from papi_desktop.model import PREAMBLE, Period
from papi_desktop.model.period_references import period_references
from papi_desktop.model.report import paragraphs
from papi_desktop.model.text_fields import field_label, report_fields
from papi_desktop.store import DraftStore

from .conftest import type_text


def _new_quarter(make_window):
    window = make_window()
    source = window.report
    window.ui.actionNewQuarter.trigger()
    assert window.report.period == Period(2022, 2)
    editors = report_editors(window.general_tab.ui, {key: tab.editor for key, tab in window.section_tabs.items()})
    return window, source, editors


def _accept_all_when_shown() -> None:
    """Press "Sửa tất cả" in the review list as soon as it is on screen (it runs modal)."""
    def press() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RequarterDialog)
        dialog.accept_all_button.click()
    QTimer.singleShot(0, press)


def test_accepted_period_updates_reach_the_report_and_the_file_and_undo_brings_them_back(qtbot, make_window, database):
    window, source, editors = _new_quarter(make_window)
    report = window.report
    _accept_all_when_shown()
    chosen = RequarterDialog.review(window, period_references(report), lambda key: field_label(report, key))
    assert [item.old for item in chosen] == ["quý I/2022"]
    applied = apply_to_editors(editors, chosen)
    assert not any("quý I/2022" in text for _key, text in report_fields(window.report))
    assert window.report.section(PREAMBLE).endswith("KH&CN quý II/2022 như sau:")
    assert "ngày 22/10/2019" in window.report.section(PREAMBLE)
    qtbot.waitUntil(lambda: "KH&CN quý II/2022 như sau:" in window.preview.plain_text(), timeout=3000)
    qtbot.waitUntil(lambda: not window.autosaver.has_pending, timeout=3000)
    with DraftStore.open(database) as store:
        assert "quý II/2022 như sau:" in store.load(window.report.id).section(PREAMBLE)
    assert applied.undo() == 1
    assert window.report.section(PREAMBLE) == source.section(PREAMBLE)


def test_carried_over_count_in_the_window(make_window):
    window, source, _editors = _new_quarter(make_window)
    marks = CarriedOverMarks({key: tab.editor for key, tab in window.section_tabs.items()}, window)
    marks.set_source(source.sections)
    copied = sum(len(paragraphs(source.section(key))) for key in source.section_keys())
    assert marks.total() == copied
    editor = window.section_tabs["egovernance"].editor
    window.ui.editorTabs.setCurrentWidget(window.section_tabs["egovernance"])
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " Đã nâng cấp.")
    assert marks.total() == copied - 1 and marks.count("egovernance") == 0


def test_find_across_tabs_and_replace_in_a_header_field(qtbot, make_window):
    window, _source, editors = _new_quarter(make_window)
    bar = FindReplaceBar(window)
    window.ui.centralLayout.addWidget(bar)
    tabs = window.ui.editorTabs

    # The tab page holding each editor: the General tab, a part's tab, or the opening's splitter.
    pages = {key: next(page for page in (tabs.widget(i) for i in range(tabs.count())) if page.isAncestorOf(editor))
             for key, editor in editors.items()}
    bar.set_editors(editors)
    bar.show_part.connect(lambda key: tabs.setCurrentWidget(pages[key]))
    bar.show_replace()
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
