"""Review of an imported report before it is saved: where each paragraph went.

The importer places every paragraph of last quarter's Word file in a section (what it
cannot place goes to "Nội dung khác", never dropped). The clerk checks the placement
here and moves a paragraph to another section with its combo box; only "Lưu thành bản
nháp" writes anything to the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from papi_desktop.gui.labels import section_names


class ImportReviewDialog(QDialog):
    def __init__(self, result, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        report = result.report
        self.setWindowTitle(self.tr("Kiểm tra báo cáo nhập từ tệp"))
        self.resize(1000, 680)
        names = section_names(report)
        self.keys = list(names)

        summary = QLabel(self.tr("<b>%1</b><br>%2 — %3").replace("%1", report.title)
                         .replace("%2", report.period.short_label()).replace("%3", report.header.agency or "?"))
        summary.setWordWrap(True)
        notices = QLabel("\n".join(result.notices))
        notices.setWordWrap(True)
        notices.setVisible(bool(result.notices))
        notices.setStyleSheet("background:#fff4ce;padding:6px;")

        self.table = QTableWidget(len(result.placements), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Đoạn văn"), self.tr("Thuộc phần")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.combos: list[QComboBox] = []
        for row, placement in enumerate(result.placements):
            item = QTableWidgetItem(placement.text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(placement.text)
            self.table.setItem(row, 0, item)
            holder = QWidget(self.table)  # keeps the combo box its own height in a tall row
            column = QVBoxLayout(holder)
            column.setContentsMargins(4, 4, 4, 4)
            combo = QComboBox(holder)
            for key in self.keys:
                combo.addItem(names[key], key)
            combo.setCurrentIndex(self.keys.index(placement.key))
            combo.currentIndexChanged.connect(lambda _index, row=row: self._moved(row))
            column.addWidget(combo)
            column.addStretch(1)
            self.table.setCellWidget(row, 1, holder)
            self.combos.append(combo)
        # Row heights follow the wrapped text at the width the table really has.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.addButton(self.tr("Lưu thành bản nháp"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(notices)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def move(self, row: int, key: str) -> None:
        """Put paragraph ``row`` into section ``key`` (what the combo box does)."""
        self.combos[row].setCurrentIndex(self.keys.index(key))

    def _moved(self, row: int) -> None:
        self.result.move(row, self.combos[row].currentData())
