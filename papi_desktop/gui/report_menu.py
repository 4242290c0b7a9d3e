"""The Báo cáo menu's ways of making and filling a report: new (asking which index when there
is more than one), the new quarter with its period review, "Thêm phần", the province's PAPI
scores and the compiling office's consolidation.

The work is done elsewhere (model/serialize.py, the scores and consolidate packages, their
dialogs); this module asks the clerk, hands the result to the window, and makes every change
to an open report through its editors, so that the autosave, the preview and Ctrl+Z see it.
"""

from __future__ import annotations

import datetime
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from papi_desktop.errors import UserError
from papi_desktop.model import Period, Report
from papi_desktop.model.catalogue import DEFAULT_CATALOGUE, available_catalogues
from papi_desktop.model.serialize import next_quarter_report
from papi_desktop.model.tables import TABLE_MARK

if TYPE_CHECKING:
    from papi_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def choose_catalogue(parent: QWidget) -> str | None:
    """The key of the index a new report follows: asked when more than one can be chosen; a
    clerk's catalogue file that does not read is named first. None: the clerk cancelled."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    catalogues, errors = available_catalogues()
    if errors:
        QMessageBox.warning(parent, QCoreApplication.translate("ReportMenu", "Tệp bộ chỉ số bị lỗi"), QCoreApplication.translate(
            "ReportMenu", "Không dùng được các tệp bộ chỉ số sau:\n\n%1").replace("%1", "\n".join(f"• {error}" for error in errors)))
    if len(catalogues) <= 1:
        return catalogues[0].key if catalogues else DEFAULT_CATALOGUE
    labels = [f"{catalogue.short_name} — {catalogue.name}" for catalogue in catalogues]
    chosen, accepted = QInputDialog.getItem(
        parent, QCoreApplication.translate("ReportMenu", "Báo cáo theo bộ chỉ số nào?"),
        QCoreApplication.translate("ReportMenu", "Chọn bộ chỉ số của báo cáo mới:"), labels, 0, False)
    return catalogues[labels.index(chosen)].key if accepted else None


class ReportMenu(QObject):
    """Báo cáo → Báo cáo mới, quý mới, Thêm phần, điểm PAPI, tổng hợp; for ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ui = window.ui
        ui.menuAddPart.aboutToShow.connect(self.fill_add_part)
        ui.actionScores.triggered.connect(self.scores)
        ui.actionConsolidate.triggered.connect(self.consolidate)
        self.fill_add_part()

    # -- new reports -----------------------------------------------------------------------------
    def latest_report(self) -> Report | None:
        summaries = self.window.store.list_reports()
        if not summaries:
            return None
        latest = max(summaries, key=lambda s: (s.period, s.updated_at))
        return self.window.store.load(latest.id)

    def new_report(self) -> None:
        """A blank report for the current quarter of the chosen index, with the agency, signer
        and recipients of the latest one. Its part headings print as the decree's form has them
        (in capitals): the latest report's choice to keep them as typed (the sample's, copied from
        an old Word file) is that report's, not the office's; the next quarter keeps it."""
        window = self.window
        catalogue_key = choose_catalogue(window)
        if catalogue_key is None:
            return
        today = datetime.date.today()
        report = Report(period=Period.containing(today), catalogue_key=catalogue_key)
        latest = self.latest_report()
        if latest is not None:
            report.header = latest.header
            report.header.number = ""
            report.header.date = today
            report.signature = latest.signature
            report.recipients = list(latest.recipients)
            report.archive = latest.archive
        window.add_and_show(report)
        window.ui.editorTabs.setCurrentIndex(0)

    def new_quarter(self) -> None:
        """Next quarter's draft from the latest report, then the review of its period references."""
        window = self.window
        latest = self.latest_report()
        if latest is None:
            self.new_report()
            return
        report = next_quarter_report(latest, datetime.date.today())
        window.add_and_show(report)
        if window.report is None or window.report.id != report.id:
            return
        made = window.revision.review_period_references(window.report)
        message = self.tr("Đã tạo báo cáo %1 từ báo cáo %2.").replace("%1", report.period.short_label()).replace(
            "%2", latest.period.short_label())
        if made:
            message += " " + self.tr("Đã cập nhật %n chỗ nhắc kỳ báo cáo (Ctrl+Z trong từng phần để hoàn tác).", "", made)
        window.statusBar().showMessage(message, 10000)

    # -- optional parts --------------------------------------------------------------------------
    def fill_add_part(self) -> None:
        """Thêm phần: the report's optional parts not shown yet ("Kiến nghị, đề xuất"…)."""
        window, menu = self.window, self.window.ui.menuAddPart
        menu.clear()
        editor = window.editor
        hidden = [key for key in editor.optional_keys if key not in editor.shown_optional()]
        parts = {part.key: part for part in editor.catalogue.parts}
        for key in hidden:
            part = parts.get(key)
            action = menu.addAction(part.tab_label if part is not None else key)
            action.setObjectName(f"addPart_{key}")
            action.triggered.connect(lambda _checked=False, key=key: self.add_part(key))
        if not hidden:
            menu.addAction(self.tr("(Báo cáo đã có mọi phần)")).setEnabled(False)

    def add_part(self, key: str) -> None:
        window = self.window
        if window.report is None:
            return
        window.editor.show_part(key)
        window.editor.set_tasks_heading(window.report)
        window.section_tabs[key].editor.setFocus()

    # -- the province's scores -------------------------------------------------------------------
    def scores(self) -> None:
        """Báo cáo → Điểm PAPI của tỉnh…: the grid; a table, chart or sentence inserted at the
        cursor of the part being edited; bound tables refreshed once the scores may have changed."""
        from papi_desktop.gui.scores_dialog import ScoresDialog

        window, report = self.window, self.window.report
        if report is None:
            return
        key = window.editor.current_section_key()
        tab = window.section_tabs.get(key)
        editor = tab.editor if tab is not None and not tab.editor.isReadOnly() else None
        dialog = ScoresDialog(window.store, report.catalogue, province=report.header.place, parent=window)
        dialog.setObjectName("scoresDialog")
        dialog.insertLine.connect(lambda line: self._insert(editor, line, own_line=True))
        dialog.insertText.connect(lambda text: self._insert(editor, text, own_line=False))
        dialog.exec()
        self.refresh_bound_tables()

    def _insert(self, editor, text: str, own_line: bool) -> None:
        if editor is None:
            self.window.statusBar().showMessage(self.tr(
                "Hãy đặt con trỏ vào phần muốn chèn (không phải Thông tin chung) rồi mở lại Điểm PAPI của tỉnh."), 10000)
            return
        cursor = editor.textCursor()
        if own_line or cursor.currentTable() is not None:
            # a score table or chart (a table or picture of its own), or a sentence asked for
            # inside a table: a paragraph of its own after it, never inside a cell
            editor.insert_part_line(text)
            return
        cursor.insertText(text)
        editor.setTextCursor(cursor)

    def refresh_bound_tables(self) -> int:
        """Fill every score table and chart of the open report from the kept scores again, through
        the editors (one undo step per part); returns how many parts changed."""
        from papi_desktop.scores.blocks import refresh_part
        from papi_desktop.store.scores import load_scores

        window, report = self.window, self.window.report
        if report is None or window.store.read_only:
            return 0
        try:
            records, _bad = load_scores(window.store, catalogue_key=report.catalogue_key)
        except UserError as error:
            log.info("scores not read: %s", error.detail)
            return 0
        changed = 0
        for key, tab in window.section_tabs.items():
            text = tab.text()
            if tab.editor.isReadOnly() or TABLE_MARK not in text:
                continue
            new = refresh_part(text, records, report.catalogue)
            if new == text:
                continue
            editor = tab.editor
            cursor = editor.textCursor()
            cursor.beginEditBlock()  # every table and chart of the part: one step of its editor
            for number, (old_line, new_line) in enumerate(zip(text.split("\n"), new.split("\n"))):
                if old_line != new_line:
                    editor.replace_part_line(number, new_line)
            cursor.endEditBlock()
            changed += 1
        return changed

    # -- the compiling office --------------------------------------------------------------------
    def consolidate(self) -> None:
        """Báo cáo → Tổng hợp báo cáo của các đơn vị…: the compiling office's window (modal, so
        nothing is typed here while it writes paragraphs into a report)."""
        from papi_desktop.gui.consolidation_window import ConsolidationWindow

        window = self.window
        if not window.saved_or_warn():
            return
        dialog = ConsolidationWindow(window.store, window)
        dialog.setObjectName("consolidationWindow")
        opened: list[str] = []

        def open_report(report_id: str) -> None:
            opened.append(report_id)
            dialog.accept()

        dialog.openReport.connect(open_report)
        dialog.reportChanged.connect(lambda report_id: self._reload_if_open(report_id))
        dialog.exec()
        if opened:
            window.reload_from_store(opened[-1])
        else:
            window.refresh_list()

    def _reload_if_open(self, report_id: str) -> None:
        window = self.window
        if window.report is not None and window.report.id == report_id:
            window.flush()  # nothing is pending (saved before the window opened): a no-op kept for safety
            window.reload_from_store(report_id)
