"""Export to Word or PDF and printing, from the window.

Both go through the same composer and renderers as the command line. Before either, a report
with parts that would print as a bare heading asks first, naming them: a half-done draft is often
printed for comment, but a director should not get one by accident, and nothing is invented in
the clerk's name to fill the gap.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from papi_desktop.errors import UserError
from papi_desktop.gui import settings as config
from papi_desktop.model import Report

log = logging.getLogger(__name__)


class ReportOutput(QObject):
    """Export and print the report ``current()`` returns; ``message(text, ms)`` for the status bar."""

    message = Signal(str, int)

    def __init__(self, window: QWidget, settings: QSettings, current: Callable[[], Report | None],
                 flush: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.current = current
        self.flush = flush

    def confirm_empty_parts(self, report: Report, doing: str) -> bool:
        """True to go on: no empty part, or the clerk chose to go on with them empty."""
        from PySide6.QtWidgets import QMessageBox

        empty = report.empty_parts()
        if not empty:
            return True
        listing = "\n".join(f"• {name}" for name in empty)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Còn phần trống"), self.tr(
            "Các phần sau chưa có nội dung, nên sẽ chỉ in ra đề mục:\n\n%1\n\n"
            "Vẫn tiếp tục, hay quay lại để viết thêm?").replace("%1", listing), parent=self.window)
        go_on = box.addButton(doing, QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Quay lại soạn tiếp"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setObjectName("emptyPartsBox")
        box.exec()
        return box.clickedButton() is go_on

    def suggested_name(self, report: Report, suffix: str) -> str:
        period = report.period
        index = "-".join(report.catalogue.short_name.split()) or "PAPI"  # "PAR INDEX" → "PAR-INDEX"
        return f"Bao-cao-{index}-quy-{period.roman}-{period.year}.{suffix}"

    def export(self, kind: str) -> Path | None:
        """Xuất ra Word / PDF: choose where, write, offer to open it. The written path, or None."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from papi_desktop import export as exporter

        report = self.current()
        if report is None:
            return None
        self.flush()
        if not self.confirm_empty_parts(report, self.tr("Vẫn xuất")):
            return None
        folder = config.EXPORT_FOLDER.read(self.settings)
        file_filter = self.tr("Tài liệu Word (*.docx)") if kind == "docx" else self.tr("Tài liệu PDF (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Xuất báo cáo"), str(Path(folder) / self.suggested_name(report, kind)), file_filter)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            written = exporter.export(report, path)
        except UserError as error:
            log.warning("%s", error.detail)
            QMessageBox.warning(self.window, self.tr("Không thực hiện được"), error.message)
            return None
        config.EXPORT_FOLDER.write(self.settings, str(written.parent))
        self.message.emit(self.tr("Đã xuất %1").replace("%1", str(written)), 8000)
        answer = QMessageBox.question(
            self.window, self.tr("Đã xuất"), self.tr("Đã xuất báo cáo ra:\n%1\n\nMở tệp này ngay?").replace("%1", str(written)))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written

    def make_printer(self):
        from PySide6.QtPrintSupport import QPrinter

        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def print_report(self) -> None:
        """In…: Qt's print preview dialog, painting the same pages as the preview pane."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from papi_desktop.compose import compose
        from papi_desktop.export import PRINTING, check_export_size
        from papi_desktop.render.qt import print_document

        report = self.current()
        if report is None:
            return
        try:
            check_export_size(report, PRINTING)
        except UserError as error:
            from PySide6.QtWidgets import QMessageBox

            log.warning("not printed: %s", error.detail)
            QMessageBox.warning(self.window, self.tr("Không in được"), error.message)
            return
        if not self.confirm_empty_parts(report, self.tr("Vẫn in")):
            return
        composed = compose(report)
        printer = self.make_printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Xem trước khi in"))
        dialog.paintRequested.connect(lambda target: print_document(composed, target))
        dialog.exec()
