"""Compare the part being edited with the report it was made from, or any other report.

Each paragraph is shown once: words added since marked green and underlined, words removed
struck in red (model/compare.py matches the paragraphs and the words). A paragraph that is only
in the other report is listed struck, with a button that takes it back into the editor at its
place (one undo step). A combo box picks the report to compare with.

Hook-up in the window (``choices``: ``(id, label)`` of the other reports, the source first)::

    CompareDialog(self.section_tabs[key].editor, key, label, choices, self.store.load, source_id, self).exec()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QTextEdit, QVBoxLayout, QWidget,
)

from papi_desktop.gui.editor_text import insert_line
from papi_desktop.model.compare import Change, ParagraphDiff, compare_text
from papi_desktop.model.tables import object_label
from papi_desktop.model.report import Report

log = logging.getLogger(__name__)

STYLES = {
    Change.ADDED: "color:#1b6e20;background:#e3f4e0;text-decoration:underline",
    Change.REMOVED: "color:#b00020;text-decoration:line-through",
}


def paragraph_html(diff: ParagraphDiff) -> str:
    """One paragraph with its added and removed words marked (text escaped). A table or a chart
    is shown by its label, the old one struck and the new one marked when it changed."""
    old_label, new_label = object_label(diff.old_text), object_label(diff.new_text)
    if old_label is not None or new_label is not None:
        if diff.change is Change.CHANGED:
            old = html.escape(old_label or diff.old_text)
            new = html.escape(new_label or diff.new_text)
            return f"<span style='{STYLES[Change.REMOVED]}'>{old}</span> <span style='{STYLES[Change.ADDED]}'>{new}</span>"
        label = html.escape(new_label or old_label or "")
        style = STYLES.get(diff.change)
        return f"<span style='{style}'>{label}</span>" if style else label
    pieces = []
    previous = None
    for segment in diff.segments:
        text = html.escape(segment.text)
        style = STYLES.get(segment.change)
        if previous is Change.REMOVED and segment.change is Change.ADDED:
            pieces.append(" ")  # the struck words and the new ones would otherwise touch
        pieces.append(f"<span style='{style}'>{text}</span>" if style else text)
        previous = segment.change
    return "".join(pieces)


class CompareDialog(QDialog):
    """The comparison of part ``key`` (the text of ``editor``) with another report's same part.

    ``restore_requested(key, line, text)`` fires when a removed paragraph is taken back (after
    it was inserted in ``editor``).
    """

    restore_requested = Signal(str, int, str)

    def __init__(self, editor: QPlainTextEdit | QTextEdit, key: str, part_label: str,
                 choices: Sequence[tuple[str, str]], loader: Callable[[str], Report],
                 initial_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("So sánh: %1").replace("%1", part_label))
        self.editor, self.key, self._loader = editor, key, loader
        self._other_text = ""
        self.diffs: list[ParagraphDiff] = []
        self.restore_buttons: list[QPushButton] = []

        self.combo = QComboBox(self)
        for report_id, label in choices:
            self.combo.addItem(label, report_id)
        top = QHBoxLayout()
        with_label = QLabel(self.tr("So với:"), self)
        with_label.setBuddy(self.combo)
        top.addWidget(with_label)
        top.addWidget(self.combo, 1)
        legend = QLabel(self.tr("<span style='%1'>chữ thêm mới</span> · <span style='%2'>chữ đã bỏ</span>")
                        .replace("%1", STYLES[Change.ADDED]).replace("%2", STYLES[Change.REMOVED]), self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)

        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        self.grid.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(legend)
        layout.addWidget(self.summary_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)

        if initial_id is not None and self.combo.findData(initial_id) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(initial_id))
        self.combo.currentIndexChanged.connect(lambda _index: self.load_other())
        self.load_other()

    def load_other(self) -> None:
        """Read the chosen report's part and compare again."""
        report_id = self.combo.currentData()
        self._other_text = ""
        if report_id is not None:
            try:
                self._other_text = self._loader(report_id).section(self.key)
            except Exception:  # noqa: BLE001 - a report that cannot be read must not close the window
                log.exception("could not load report %s to compare", report_id)
                self.summary_label.setText(self.tr("Không mở được báo cáo này để so sánh."))
                self._show([])
                return
        self.refresh()

    def refresh(self) -> None:
        """Compare the editor's text as it is now."""
        self.diffs = compare_text(self.editor.toPlainText(), self._other_text)
        counts = {change: sum(1 for d in self.diffs if d.change is change) for change in Change}
        self.summary_label.setText(self.tr("Giữ nguyên %1 đoạn, sửa %2, thêm %3, bỏ %4.")
                                   .replace("%1", str(counts[Change.SAME])).replace("%2", str(counts[Change.CHANGED]))
                                   .replace("%3", str(counts[Change.ADDED])).replace("%4", str(counts[Change.REMOVED])))
        self._show(self.diffs)

    def _show(self, diffs: list[ParagraphDiff]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # gone from the dialog now, not at the next event loop turn
                widget.deleteLater()
        self.restore_buttons = []
        for row, diff in enumerate(diffs):
            label = QLabel(paragraph_html(diff), self.rows)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(label, row, 0)
            if diff.change is Change.REMOVED:
                button = QPushButton(self.tr("Lấy lại đoạn này"), self.rows)
                button.setEnabled(not self.editor.isReadOnly())
                button.clicked.connect(lambda _checked=False, diff=diff: self.take_back(diff))
                self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
                self.restore_buttons.append(button)
        self.grid.setRowStretch(len(diffs), 1)

    def take_back(self, diff: ParagraphDiff) -> None:
        """Insert a removed paragraph into the editor at its place, then compare again."""
        insert_line(self.editor, diff.line, diff.old_text)
        self.restore_requested.emit(self.key, diff.line, diff.old_text)
        self.refresh()
