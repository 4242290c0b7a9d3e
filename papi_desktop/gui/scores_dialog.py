"""The province's PAPI scores: typed in a small grid or read from a file, kept in the drafts
file, and put into the report as a score table, a chart or a sentence.

The grid has the eight dimensions, the total and the rank down, the years across. What is
typed is checked when saved (a score is a number from 0 to 10, written 5,24 or 5.24); a
wrong cell is named and nothing is saved. Inserting hands a line of the part's text to the
window (``insertLine``): the table and the chart stay tied to the kept scores.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from papi_desktop.errors import UserError
from papi_desktop.l10n.numbers import score
from papi_desktop.model.catalogue import Catalogue
from papi_desktop.scores.blocks import score_chart, score_table
from papi_desktop.scores.model import ProvinceScores, summary_sentence
from papi_desktop.store import DraftStore
from papi_desktop.store import scores as kept

log = logging.getLogger(__name__)


def _parse(text: str) -> float | None:
    text = text.strip().replace(",", ".").replace("\u2212", "-")
    if not text:
        return None
    return float(text)  # ValueError for anything else: reported by the caller, naming the cell


class ScoresDialog(QDialog):
    insertLine = Signal(str)  # a score table or chart line for the part being edited
    insertText = Signal(str)  # the summary sentence, as ordinary text

    def __init__(self, store: DraftStore, catalogue: Catalogue, province: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.catalogue = store, catalogue
        self.setWindowTitle(self.tr("Điểm PAPI của tỉnh"))
        self.province = QComboBox()
        self.province.setEditable(True)
        self.province.setMinimumContentsLength(18)
        records, _ = kept.load_scores(store, catalogue_key=catalogue.key)
        for name in dict.fromkeys(r.province for r in records):
            self.province.addItem(name)
        if province:
            self.province.setCurrentText(province)
        add_year = QPushButton(self.tr("Thêm năm…"))
        import_button = QPushButton(self.tr("Nhập từ tệp…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tỉnh, thành phố:")))
        top.addWidget(self.province, 1)
        top.addWidget(add_year)
        top.addWidget(import_button)

        labels = [d.name for d in catalogue.dimensions] + [self.tr("Tổng điểm"), self.tr("Xếp hạng")]
        self.grid = QTableWidget(len(labels), 0)
        self.grid.setVerticalHeaderLabels(labels)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self.tr("Điểm mỗi nội dung từ 1 đến 10 (viết 5,24); để trống ô Tổng điểm thì "
                                   "tổng được cộng từ 8 nội dung."))
        self.note.setWordWrap(True)

        save = QPushButton(self.tr("Lưu điểm"))
        self.table_button = QPushButton(self.tr("Chèn bảng điểm"))
        self.chart_button = QPushButton(self.tr("Chèn biểu đồ"))
        self.sentence_button = QPushButton(self.tr("Chèn câu nhận xét"))
        close = QPushButton(self.tr("Đóng"))
        bottom = QHBoxLayout()
        for button in (save, self.table_button, self.chart_button, self.sentence_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.note)
        layout.addLayout(bottom)

        self.province.currentTextChanged.connect(lambda _text: self.load())
        add_year.clicked.connect(self._ask_year)
        import_button.clicked.connect(self._choose_file)
        save.clicked.connect(self.save)
        self.table_button.clicked.connect(lambda: self._insert("table"))
        self.chart_button.clicked.connect(lambda: self._insert("chart"))
        self.sentence_button.clicked.connect(lambda: self._insert("sentence"))
        close.clicked.connect(self.accept)
        self.resize(760, 520)
        self.load()

    # --- the grid -----------------------------------------------------------------------------

    def years(self) -> list[int]:
        return [int(self.grid.horizontalHeaderItem(c).text()) for c in range(self.grid.columnCount())]

    def add_year(self, year: int) -> int:
        years = self.years()
        if year in years:
            return years.index(year)
        column = sum(1 for y in years if y < year)
        self.grid.insertColumn(column)
        self.grid.setHorizontalHeaderItem(column, QTableWidgetItem(str(year)))
        for row in range(self.grid.rowCount()):
            item = QTableWidgetItem("")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(row, column, item)
        self._update_buttons()
        return column

    def load(self) -> None:
        """Show the kept scores of the chosen province."""
        self.grid.setColumnCount(0)
        province = self.province.currentText().strip()
        records = kept.load_scores(self.store, province, self.catalogue.key)[0] if province else []
        for record in records:
            column = self.add_year(record.year)
            for row, key in enumerate(self.catalogue.dimension_keys):
                if key in record.dimensions:
                    self.grid.item(row, column).setText(score(record.dimensions[key]))
            count = len(self.catalogue.dimensions)
            if record.total is not None:
                self.grid.item(count, column).setText(score(record.total))
            if record.rank is not None:
                self.grid.item(count + 1, column).setText(str(record.rank))
        self._update_buttons()

    def records(self) -> list[ProvinceScores]:
        """The grid as records; UserError naming the first wrong cell."""
        province = self.province.currentText().strip()
        if not province:
            raise UserError(self.tr("Hãy ghi tên tỉnh, thành phố."), "no province")
        result = []
        count = len(self.catalogue.dimensions)
        for column, year in enumerate(self.years()):
            values: dict[str, float] = {}
            cells = []
            for row in range(count + 2):
                text = self.grid.item(row, column).text()
                try:
                    cells.append(_parse(text))
                except ValueError:
                    label = self.grid.verticalHeaderItem(row).text()
                    raise UserError(self.tr("Ô “%1”, năm %2: “%3” không phải một số.").replace("%1", label)
                                    .replace("%2", str(year)).replace("%3", text), f"bad cell {row},{column}") from None
            if all(value is None for value in cells[:count]):
                continue
            missing = [self.catalogue.dimensions[i].name for i in range(count) if cells[i] is None]
            if missing:
                raise UserError(self.tr("Năm %1 còn thiếu điểm: %2.").replace("%1", str(year)).replace("%2", "; ".join(missing)),
                                f"missing in {year}")
            values = {key: cells[i] for i, key in enumerate(self.catalogue.dimension_keys)}
            rank = cells[count + 1]
            record = ProvinceScores(province, year, values, cells[count], int(rank) if rank is not None else None,
                                    catalogue_key=self.catalogue.key)
            problems = record.problems(self.catalogue)
            if problems:
                raise UserError(self.tr("Năm %1: %2.").replace("%1", str(year)).replace("%2", "; ".join(problems)),
                                f"invalid {year}: {problems}")
            result.append(record)
        return result

    def save(self) -> bool:
        try:
            records = self.records()
            kept.save_scores(self.store, records)
        except UserError as error:
            log.info("scores not saved: %s", error.detail)
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return False
        self._update_buttons()
        return True

    def _update_buttons(self) -> None:
        has = self.grid.columnCount() > 0
        for button in (self.table_button, self.chart_button, self.sentence_button):
            button.setEnabled(has)

    def _ask_year(self) -> None:
        year, accepted = QInputDialog.getInt(self, self.windowTitle(), self.tr("Năm khảo sát:"), 2024, 2009, 2100)
        if accepted:
            self.add_year(year)

    # --- files and insertion ------------------------------------------------------------------

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp điểm"), "", self.tr("Bảng điểm (*.csv *.xlsx)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        from papi_desktop.scores.readers import read_scores

        province = self.province.currentText().strip() or None
        try:
            records = read_scores(path, self.catalogue, province)
            kept.save_scores(self.store, records)
        except UserError as error:
            log.info("scores file refused: %s", error.detail)
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return False
        if records and not province:
            self.province.setCurrentText(records[0].province)
        self.load()
        return True

    def _insert(self, what: str) -> None:
        if not self.save():
            return
        records = self.records()
        province, years = self.province.currentText().strip(), self.years()[-2:] if what != "table" else self.years()
        if what == "table":
            self.insertLine.emit(score_table(records, self.catalogue, province, years).to_line())
        elif what == "chart":
            self.insertLine.emit(score_chart(records, self.catalogue, province, years).to_line())
        else:
            self.insertText.emit(summary_sentence(records, self.catalogue))
