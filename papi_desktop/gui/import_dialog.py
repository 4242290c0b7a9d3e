"""Review of an imported report before it is saved: where each paragraph went.

The importer places every paragraph of last quarter's Word file in a section (what it
cannot place goes to "Nội dung khác", never dropped). The clerk checks the placement
here and moves a paragraph to another section with its combo box; only "Lưu thành bản
nháp" writes anything to the database.

The paragraphs that need a look are marked (a tinted row and a note in the last column):
those put in "Nội dung khác", those whose torn tone marks were mended (the text as the file
had it is in the tooltip), and those with loose marks left as they were. "Chỉ hiện đoạn cần
xem lại" hides the others. A date the file does not give is said in the summary.

The "Thuộc phần" column is painted as closed drop-downs by :class:`PartDelegate`; a real
combo box exists only while the clerk edits one cell. So a file of 100,000 paragraphs opens
with 100,000 rows, not 100,000 widgets, and the wheel over a closed drop-down scrolls the
table (issue 13): there is nothing under the pointer to take the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractScrollArea, QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QStyle, QStyledItemDelegate, QStyleOptionComboBox, QStyleOptionViewItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from papi_desktop.gui.labels import section_names

REVIEW_TINT = QColor("#fff4ce")
PARAGRAPH, PART, NOTE = range(3)
KEY_ROLE = Qt.ItemDataRole.UserRole
# Up to this many rows, row heights follow each paragraph's wrapped text; beyond, measuring
# every row would keep the clerk waiting, and rows keep one line's height (the tooltip and
# the column width show the rest).
MAX_FITTED_ROWS = 2000


class TableComboBox(QComboBox):
    """A drop-down inside a scrolling table. Rolling the wheel over it scrolls the table and
    never changes the choice: a closed combo box under the pointer would otherwise take the
    wheel, and two notches would move a paragraph to another part unseen. The choice changes
    by click or keyboard only (it takes focus by click or Tab, not by the wheel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        """Hand the wheel to the scrolling table around. Sent on explicitly rather than
        ignored: Qt passes an ignored wheel event to the parent only when it came from the
        system, and the table is the grand-parent (the cell's holder widget between)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        viewport = area.viewport()
        forwarded = QWheelEvent(
            QPointF(viewport.mapFrom(self, event.position().toPoint())), event.globalPosition(),
            event.pixelDelta(), event.angleDelta(), event.buttons(), event.modifiers(), event.phase(),
            event.inverted(), event.source(),
        )
        QApplication.sendEvent(viewport, forwarded)
        event.accept()


class PartDelegate(QStyledItemDelegate):
    """The "Thuộc phần" cells: painted as closed drop-downs, edited with a
    :class:`TableComboBox` of the report's parts (opened at once, so one click chooses)."""

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self._size: QSize | None = None

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(4, 3, -4, -3)
        box.rect.setHeight(min(box.rect.height(), option.fontMetrics.height() + 10))
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.currentText = index.data(Qt.ItemDataRole.DisplayRole) or ""
        box.editable = False
        box.frame = True
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, option.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt's name)
        if self._size is None:  # the widest part name in a real combo box, measured once
            probe = TableComboBox()
            probe.addItems(list(self.names.values()))
            self._size = probe.sizeHint() + QSize(8, 6)
        return self._size

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = TableComboBox(parent)
        for key, name in self.names.items():
            editor.addItem(name, key)
        # A choice is written back at once (not when the editor closes): the clerk sees
        # the paragraph move as soon as the drop-down closes.
        editor.activated.connect(lambda _index, editor=editor: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data(KEY_ROLE)), 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        key = editor.currentData()
        if key != index.data(KEY_ROLE):
            model.setData(index, key, KEY_ROLE)
            model.setData(index, self.names[key], Qt.ItemDataRole.DisplayRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        rect = option.rect.adjusted(4, 3, -4, -3)
        rect.setHeight(min(rect.height(), editor.sizeHint().height()))
        editor.setGeometry(rect)


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
        summary.setTextFormat(Qt.TextFormat.RichText)
        self.date_label = QLabel(self)
        if result.date_found:
            self.date_label.setText(self.tr("Ngày của văn bản: %1").replace("%1", report.header.date.strftime("%d/%m/%Y")))
        else:
            self.date_label.setText(self.tr("Ngày của văn bản: chưa có — tệp không ghi ngày hợp lệ (tạm để ngày hôm nay); hãy điền ở thẻ Thông tin chung."))
            self.date_label.setStyleSheet("color:#a4262c;font-weight:bold;")
        notices = QLabel("\n".join(result.notices))
        notices.setWordWrap(True)
        notices.setVisible(bool(result.notices))
        notices.setStyleSheet("background:#fff4ce;padding:6px;")

        self.table = QTableWidget(len(result.placements), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Đoạn văn"), self.tr("Thuộc phần"), self.tr("Cần xem lại")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PARAGRAPH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PART, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.names = names
        self.table.setItemDelegateForColumn(PART, PartDelegate(names, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.CurrentChanged
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setUpdatesEnabled(False)
        for row, placement in enumerate(result.placements):
            for column, text in ((PARAGRAPH, placement.text), (NOTE, "")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            part = QTableWidgetItem(names[placement.key])
            part.setData(KEY_ROLE, placement.key)
            self.table.setItem(row, PART, part)
            self._mark(row)
        self.table.setUpdatesEnabled(True)
        self.table.itemChanged.connect(self._changed)
        if len(result.placements) <= MAX_FITTED_ROWS:
            # Row heights follow the wrapped text at the width the table really has.
            self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        flagged = self.flagged_rows()
        self.only_flagged = QCheckBox(self.tr("Chỉ hiện đoạn cần xem lại (%1)").replace("%1", str(len(flagged))), self)
        self.only_flagged.setEnabled(bool(flagged))
        self.only_flagged.toggled.connect(self._filter)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.addButton(self.tr("Lưu thành bản nháp"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.date_label)
        layout.addWidget(notices)
        layout.addWidget(self.only_flagged)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def move(self, row: int, key: str) -> None:
        """Put paragraph ``row`` into section ``key`` (what choosing in its drop-down does)."""
        item = self.table.item(row, PART)
        item.setData(KEY_ROLE, key)
        item.setText(self.names[key])

    def part_of(self, row: int) -> str:
        """The section key paragraph ``row`` is in, as the table shows it."""
        return self.table.item(row, PART).data(KEY_ROLE)

    def flagged_rows(self) -> list[int]:
        """The rows marked for a look, in document order."""
        return [row for row in range(len(self.result.placements)) if self.result.review_reasons(row)]

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() != PART or item.data(KEY_ROLE) == self.result.placements[item.row()].key:
            return
        self.result.move(item.row(), item.data(KEY_ROLE))
        self._mark(item.row())

    def _mark(self, row: int) -> None:
        placement = self.result.placements[row]
        reasons = self.result.review_reasons(row)
        words = {
            "other": self.tr("Chưa xếp được phần nào"),
            "repaired": self.tr("Đã sửa dấu thanh"),
            "unmended": self.tr("Dấu thanh rời, giữ nguyên"),
        }
        note = self.table.item(row, NOTE)
        note.setText("\n".join(words[reason] for reason in reasons))
        tooltip = placement.text
        if placement.original:
            tooltip += "\n\n" + self.tr("Trong tệp: %1").replace("%1", placement.original)
        brush = QBrush(REVIEW_TINT) if reasons else QBrush()
        for column in (PARAGRAPH, NOTE):
            self.table.item(row, column).setBackground(brush)
            self.table.item(row, column).setToolTip(tooltip)

    def _filter(self, only_flagged: bool) -> None:
        flagged = set(self.flagged_rows()) if only_flagged else None
        for row in range(self.table.rowCount()):
            self.table.setRowHidden(row, flagged is not None and row not in flagged)
