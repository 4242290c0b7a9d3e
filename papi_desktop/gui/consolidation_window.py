"""The compiling office's window: gather the departments' files of a quarter, see who wrote
what in the grid, and take each department's paragraphs of a part into the province's draft.

All the work is done by :mod:`papi_desktop.consolidate`; this window only shows it and asks.
The province's draft is an ordinary report: "Mở bản tổng hợp" hands its id to the main
window (``openReport``), which edits, previews, prints and exports it like any other.
"""

from __future__ import annotations

import datetime
import html
import logging
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget, QDialogButtonBox,
)

from papi_desktop import consolidate
from papi_desktop.consolidate.overview import Overview, RowState
from papi_desktop.errors import UserError
from papi_desktop.model import Period
from papi_desktop.store import DraftStore
from papi_desktop.store import consolidation as tables

log = logging.getLogger(__name__)

EMPTY = QColor("#fde2c8")  # a part the department left empty
MISSING = QColor("#e6e6e6")  # a department that has not reported
NEWER = QColor("#d8e8fb")  # its file changed since it was gathered


class ConsolidationWindow(QDialog):
    """Departments × parts for one quarter, and one part's contributions below the grid."""

    openReport = Signal(str)  # the province's draft, to edit in the main window
    reportChanged = Signal(str)  # paragraphs were inserted into this report

    def __init__(self, store: DraftStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.view: Overview | None = None
        self.part_key: str | None = None
        self.setWindowTitle(self.tr("Tổng hợp báo cáo của các đơn vị"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.periods = QComboBox()
        self.periods.setMinimumContentsLength(12)
        new_period = QPushButton(self.tr("Kỳ mới…"))
        self.gather_button = QPushButton(self.tr("Gom tệp của các đơn vị…"))
        self.departments_button = QPushButton(self.tr("Danh sách đơn vị…"))
        self.open_button = QPushButton(self.tr("Mở bản tổng hợp"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Kỳ báo cáo:")))
        for widget in (self.periods, new_period, self.gather_button, self.departments_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.grid = QTableWidget(0, 0)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setMinimumSectionSize(48)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.part_title = QLabel()
        self.part_title.setWordWrap(True)
        self.part_view = QTextBrowser()
        self.part_view.setOpenLinks(False)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.part_title)
        below_layout.addWidget(self.part_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(below)
        splitter.setSizes([300, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self.periods.currentIndexChanged.connect(lambda _index: self.refresh())
        new_period.clicked.connect(self.ask_new_period)
        self.gather_button.clicked.connect(self.choose_and_gather)
        self.departments_button.clicked.connect(self.edit_departments)
        self.open_button.clicked.connect(self._open_province)
        self.grid.currentCellChanged.connect(lambda row, column, *_: self._on_cell(column))
        self.part_view.anchorClicked.connect(self._on_link)

        available = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1280, available.width() - 40), min(720, available.height() - 60))
        self._fill_periods()

    # --- periods ------------------------------------------------------------------------------

    def _fill_periods(self, select: Period | None = None) -> None:
        known = [period for period, _ in tables.periods(self.store)]
        with QSignalBlocker(self.periods):
            self.periods.clear()
            for period in known:
                self.periods.addItem(period.short_label(), period)
            if known:
                self.periods.setCurrentIndex(known.index(select) if select in known else len(known) - 1)
        self.refresh()

    @property
    def period(self) -> Period | None:
        return self.periods.currentData()

    def ask_new_period(self) -> None:
        suggested = Period.containing(datetime.date.today()).short_label()
        text, accepted = QInputDialog.getText(
            self, self.tr("Kỳ mới"), self.tr("Tổng hợp báo cáo của kỳ (ví dụ quý II/2026):"), text=suggested
        )
        if accepted:
            self.start_period(text)

    def start_period(self, text: str) -> bool:
        try:
            period = Period.parse(text)
        except ValueError:
            QMessageBox.warning(self, self.windowTitle(), self.tr("“%1” không phải một kỳ báo cáo; viết như “quý II/2026”.").replace("%1", text))
            return False
        if not self._attempt(lambda: consolidate.open_consolidation(self.store, period)):
            return False
        self._fill_periods(period)
        return True

    # --- gathering and the expected list ----------------------------------------------------

    def choose_and_gather(self) -> None:
        if self.period is None:
            self.ask_new_period()
            if self.period is None:
                return
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn báo cáo của các đơn vị"), "",
            self.tr("Báo cáo (*.papi *.docx *.txt);;Mọi tệp (*)"),
        )
        if names:
            self.gather([Path(name) for name in names])

    def gather(self, paths: list[Path]) -> consolidate.GatherResult | None:
        period = self.period
        if period is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._attempt(lambda: consolidate.gather(self.store, period, paths))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not result:
            return None
        self.refresh()
        box = QMessageBox(self)
        box.setWindowTitle(self.windowTitle())
        box.setIcon(QMessageBox.Icon.Warning if result.refused else QMessageBox.Icon.Information)
        box.setText(self.tr("Đã gom %1 báo cáo, cập nhật %2, không gom %3 tệp.")
                    .replace("%1", str(len(result.taken))).replace("%2", str(len(result.updated)))
                    .replace("%3", str(len(result.refused))))
        box.setDetailedText("\n".join(result.describe()))
        box.open()
        self.last_result_box = box
        return result

    def edit_departments(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Danh sách đơn vị phải báo cáo"))
        editor = QPlainTextEdit("\n".join(tables.expected_departments(self.store)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Mỗi dòng một đơn vị:")))
        layout.addWidget(editor)
        layout.addWidget(buttons)
        dialog.resize(520, 560)
        self.departments_editor = dialog  # tests reach the editor through it
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_departments(editor.toPlainText().splitlines())

    def set_departments(self, lines: list[str]) -> None:
        names = [" ".join(line.split()) for line in lines if line.strip()]
        unique = {consolidate.department_key(name): name for name in reversed(names)}
        ordered = [(key, unique[key]) for key in dict.fromkeys(consolidate.department_key(n) for n in names)]
        if self._attempt(lambda: tables.set_expected_departments(self.store, ordered)) is not False:
            self.refresh()

    # --- the grid -----------------------------------------------------------------------------

    def refresh(self) -> None:
        period = self.period
        for button in (self.gather_button, self.open_button):
            button.setEnabled(period is not None and not self.store.read_only)
        if period is None:
            self.view = None
            self.grid.setRowCount(0)
            self.summary.setText(self.tr("Chưa có bản tổng hợp nào. Bấm “Kỳ mới…” để bắt đầu."))
            self._show_part()
            return
        view = consolidate.overview(self.store, period)
        self.view = view
        newer = sum(1 for row in view.rows if row.state is RowState.NEWER)
        self.summary.setText(
            self.tr("%1/%2 đơn vị có báo cáo; %3 ô trống; %4 đơn vị có bản mới hơn bản đã gom.")
            .replace("%1", str(view.reported)).replace("%2", str(len(view.rows)))
            .replace("%3", str(view.empty_cells())).replace("%4", str(newer))
        )
        grid = self.grid
        grid.clear()
        grid.setRowCount(len(view.rows))
        grid.setColumnCount(len(view.columns) + 1)
        grid.setHorizontalHeaderLabels([self.tr("Đơn vị"), *(c.label for c in view.columns)])
        for column, part in enumerate(view.columns, start=1):
            grid.horizontalHeaderItem(column).setToolTip(part.title)
        for row_index, row in enumerate(view.rows):
            name = QTableWidgetItem(row.department)
            name.setToolTip(row.source_name or self.tr("Chưa gửi báo cáo"))
            grid.setItem(row_index, 0, name)
            for column, part in enumerate(view.columns, start=1):
                if row.state is RowState.MISSING:
                    item = QTableWidgetItem(self.tr("chưa gửi") if column == 1 else "")
                    item.setBackground(QBrush(MISSING))
                else:
                    count = row.words[part.key]
                    item = QTableWidgetItem(str(count) if count else "—")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if not count:
                        item.setBackground(QBrush(EMPTY))
                        item.setToolTip(self.tr("Đơn vị chưa viết phần này"))
                    elif row.state is RowState.NEWER:
                        item.setBackground(QBrush(NEWER))
                        item.setToolTip(self.tr("Tệp của đơn vị đã thay đổi sau khi gom: hãy gom lại"))
                grid.setItem(row_index, column, item)
        keys = [c.key for c in view.columns]
        self._show_part(self.part_key if self.part_key in keys else (keys[0] if keys else None))

    def _on_cell(self, column: int) -> None:
        if self.view is not None and 1 <= column <= len(self.view.columns):
            self._show_part(self.view.columns[column - 1].key)

    # --- one part's contributions -------------------------------------------------------------

    def _show_part(self, key: str | None = None) -> None:
        self.part_key = key
        if self.view is None or key is None:
            self.part_title.clear()
            self.part_view.clear()
            return
        column = next(c for c in self.view.columns if c.key == key)
        self.part_title.setText(f"<b>{html.escape(column.label)} — {html.escape(column.title)}</b>")
        parts = consolidate.contributions(self.store, self.view.period, key)
        if not parts:
            self.part_view.setHtml(f"<p><i>{html.escape(self.tr('Chưa đơn vị nào viết phần này.'))}</i></p>")
            return
        take_one, take_all, done = self.tr("Chèn"), self.tr("Chèn tất cả"), self.tr("đã chèn")
        pieces = []
        for contribution in parts:
            pieces.append(
                f"<h4>{html.escape(contribution.department)} "
                f"<a href='take:{contribution.department_key}:all'>[{html.escape(take_all)}]</a></h4>"
            )
            for index, (text, taken) in enumerate(zip(contribution.paragraphs, contribution.taken)):
                action = (f"<span style='color:#2e7d32'>✓ {html.escape(done)}</span>" if taken
                          else f"<a href='take:{contribution.department_key}:{index}'>[{html.escape(take_one)}]</a>")
                pieces.append(f"<p>{html.escape(text)} {action}</p>")
        self.part_view.setHtml("".join(pieces))

    def _on_link(self, url: QUrl) -> None:
        _scheme, department, which = url.toString().split(":", 2)
        self.take(department, None if which == "all" else [int(which)])

    def take(self, department_key: str, indexes: list[int] | None) -> int:
        if self.view is None or self.part_key is None:
            return 0
        period, key = self.view.period, self.part_key
        inserted = self._attempt(lambda: consolidate.take(self.store, period, department_key, key, indexes))
        if inserted:
            self.reportChanged.emit(self.view.province_report_id)
            self.refresh()
        return inserted or 0

    def _open_province(self) -> None:
        if self.view is not None:
            self.openReport.emit(self.view.province_report_id)

    def _attempt(self, action):
        """Run a store action; a clerk's error becomes a message instead of an exception."""
        try:
            return action()
        except UserError as error:
            log.info("consolidation: %s", error.detail)
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return False
