"""The quarterly revision tools in the window: find and replace, the carried-over marks, the
review of period references after "Báo cáo quý mới", and the comparison with last quarter.

Each tool is its own module (find_replace.py, carried_over.py, requarter_dialog.py,
compare_dialog.py); this one only connects them to the window's editors, menus, tabs and status
bar, so that ``MainWindow`` stays an assembly of panels. Every change these tools make goes
through the editors, so the window's usual edit signals carry it to the report, the autosave and
the preview, and each editor's Ctrl+Z takes it back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from papi_desktop.errors import UserError
from papi_desktop.gui.editor_text import select_span
from papi_desktop.gui.find_replace import FindReplaceBar, report_editors
from papi_desktop.model.carried_over import source_candidate
from papi_desktop.model.report import Report
from papi_desktop.model.text_fields import field_label

if TYPE_CHECKING:
    from papi_desktop.gui.carried_over import CarriedOverMarks
    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.gui.requarter_dialog import AppliedReplacements

log = logging.getLogger(__name__)


class RevisionTools(QObject):
    """Wires the revision tools into ``window`` (a :class:`MainWindow`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ui = window.ui
        self.find_bar = FindReplaceBar(window)
        # Under the three panels, the window's whole width: the editor's column is too narrow
        # for the search, its options and the replacement side by side.
        ui.centralLayout.addWidget(self.find_bar)
        self.find_bar.show_part.connect(window.editor.go_to)
        ui.menuEdit.insertActions(ui.actionFind, self.find_bar.menu_actions())

        self.marks: CarriedOverMarks | None = None
        self.marks_action = QAction(self.tr("Đánh dấu đoạn giữ nguyên từ quý trước"), window)
        self.marks_action.setObjectName("actionCarriedOverMarks")
        self.marks_action.setCheckable(True)
        self.marks_action.setChecked(True)
        self.marks_action.toggled.connect(lambda shown: self.marks is not None and self.marks.set_visible(shown))
        ui.menuEdit.addAction(self.marks_action)
        self.carried_label = QLabel(window)
        self.carried_label.setObjectName("carriedOverLabel")
        window.statusBar().insertPermanentWidget(0, self.carried_label)

        self.source: Report | None = None  # the report the open one was made from
        self.applied: AppliedReplacements | None = None  # the last period update, as one step
        ui.actionCompare.triggered.connect(self.compare)
        self._bind_when_wired = False
        window.editor.built.connect(self.wire_editors)
        window.editor.bound.connect(self.bind)
        if window.editor.complete:
            self.wire_editors()

    # -- editors ---------------------------------------------------------------------------------
    def section_editors(self) -> dict[str, QWidget]:
        return {key: tab.editor for key, tab in self.window.section_tabs.items()}

    def editors(self) -> dict[str, QWidget]:
        """Every editor of the report under the model's field keys, in report order."""
        return report_editors(self.window.general_tab.ui, self.section_editors())

    def wire_editors(self) -> None:
        """(Re)connect the find bar and the marks to the editors the panel has now."""
        editors = self.section_editors()
        self.find_bar.set_editors(self.editors(), self.window.editor.current_section_key)
        if self.marks is not None:
            self.marks.deleteLater()
        from papi_desktop.gui.carried_over import CarriedOverMarks  # wired after the first paint

        self.marks = CarriedOverMarks(editors, self)
        self.marks.set_visible(self.marks_action.isChecked())
        self.marks.count_changed.connect(self._show_part_count)
        self.marks.total_changed.connect(self._show_total)
        if self._bind_when_wired:
            self._bind_when_wired = False
            self.bind(self.window.report)

    # -- the open report -------------------------------------------------------------------------
    def bind(self, report: Report | None) -> None:
        """After a report is loaded (or None): find its source and mark what is carried over."""
        if self.marks is None:  # the editors are built after the first paint: marked then
            self._bind_when_wired = True
            return
        self.applied = None
        self.source = self._source_of(report) if report is not None else None
        assert self.marks is not None
        self.marks.set_source(self.source.sections if self.source is not None else None)

    def _source_of(self, report: Report) -> Report | None:
        """The report ``report`` was made from: its ``source_id``; for a report made before that
        was kept, the latest report of the quarter before (model/carried_over.py)."""
        store = self.window.store
        source_id = report.source_id
        if source_id is None:
            try:
                source_id = source_candidate(report, store.list_reports())
            except UserError as error:
                log.info("no source for %s: %s", report.id, error.detail)
                return None
        if source_id is None:
            return None
        try:
            return store.load(source_id)
        except UserError as error:  # purged, or unreadable: no marks rather than an error
            log.info("source %s of %s not loaded: %s", source_id, report.id, error.detail)
            return None

    def _show_part_count(self, key: str, count: int) -> None:
        tab = self.window.section_tabs.get(key)
        if tab is not None:
            tab.set_carried_over(count)

    def _show_total(self, count: int) -> None:
        self.carried_label.setText(self.marks.summary(count) if count and self.marks is not None else "")
        self.carried_label.setVisible(bool(count))

    # -- the new quarter -------------------------------------------------------------------------
    def review_period_references(self, report: Report) -> int:
        """Show the review list of the period references copied from last quarter and make the
        accepted ones through the editors (one undo step per editor); returns how many."""
        from papi_desktop.gui.requarter_dialog import RequarterDialog, apply_to_editors

        from papi_desktop.model.period_references import period_references

        chosen = RequarterDialog.review(self.window, period_references(report), lambda key: field_label(report, key))
        if not chosen:
            return 0
        self.applied = apply_to_editors(self.editors(), chosen)
        return self.applied.count

    # -- where a search found something ----------------------------------------------------------
    def go_to_place(self, key: str, start: int, end: int, focus: bool = False) -> None:
        """Bring the tab of field ``key`` forward and select ``[start, end)`` in its editor; with
        ``focus`` the cursor goes there too (Enter or a double click on the list's row: moving
        through the list with the arrow keys must not take the clerk out of it)."""
        editor = self.editors().get(key)
        if editor is None:
            return
        self.window.editor.go_to(key)
        select_span(editor, start, end)
        if focus:
            editor.setFocus()

    # -- comparing -------------------------------------------------------------------------------
    def compare(self) -> None:
        """Báo cáo → So sánh với quý trước…: the part being edited against the source (or any report)."""
        from papi_desktop.gui.compare_dialog import CompareDialog

        window, report = self.window, self.window.report
        key = window.editor.current_section_key()
        if report is None or key not in window.section_tabs:
            window.statusBar().showMessage(self.tr("Hãy chọn một phần của báo cáo (không phải Thông tin chung) để so sánh."), 8000)
            return
        if not window.saved_or_warn():
            return
        try:
            summaries = [s for s in window.store.list_reports() if s.id != report.id]
        except UserError as error:
            window.show_error(error)
            return
        choices = [(s.id, f"{s.period.short_label()} — {' '.join(s.title.split())}") for s in summaries]
        source_id = self.source.id if self.source is not None else None
        choices.sort(key=lambda choice: choice[0] != source_id)  # the source first, the rest as listed
        if not choices:
            window.statusBar().showMessage(self.tr("Chưa có báo cáo nào khác để so sánh."), 8000)
            return
        dialog = CompareDialog(window.section_tabs[key].editor, key, field_label(report, key), choices,
                               window.store.load, source_id, window)
        dialog.setObjectName("compareDialog")
        dialog.exec()
