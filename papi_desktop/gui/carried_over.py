"""The quiet mark on paragraphs still word for word last quarter's, and their count per part.

The marks are extra selections (view-only: they never enter the text, the undo history or the
report, and the preview and print are composed from the model, not from the editor), drawn
full width on their own layer (gui/selection_layers.py) so the find highlights and a spell
checker's QSyntaxHighlighter show with them. They follow every edit: a paragraph loses its mark
the moment its text differs from every paragraph of the same part of the source report.

Hook-up in the window, once the editors exist (``editors``: part key → editor)::

    self.carried_over = CarriedOverMarks(editors, self)
    # after loading a report, with the report it was made from (or None):
    self.carried_over.set_source(source.sections if source else None)
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from papi_desktop.gui.selection_layers import set_layer
from papi_desktop.model.carried_over import carried_over_lines, source_paragraphs

LAYER = "carried_over"
MARK_COLOR = QColor("#e8eef6")  # a pale grey-blue: visible on white, far from find's yellow


class CarriedOverMarks(QObject):
    """Marks carried-over paragraphs in several editors and counts them.

    ``count_changed(key, n)`` fires when a part's count changes (the tab shows it),
    ``total_changed(n)`` when the report's total does.
    """

    count_changed = Signal(str, int)
    total_changed = Signal(int)

    def __init__(self, editors: Mapping[str, QPlainTextEdit | QTextEdit], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editors = dict(editors)
        self._sources: dict[str, frozenset[str]] = {}
        self._lines: dict[str, list[int]] = {key: [] for key in self._editors}
        self._visible = True
        for key, editor in self._editors.items():
            editor.textChanged.connect(lambda key=key: self._update(key))

    # -- what the window calls -----------------------------------------------------------------
    def set_source(self, sections: Mapping[str, str] | None) -> None:
        """Compare with these part texts from now on (None: no source, no marks)."""
        self._sources = {key: source_paragraphs(text) for key, text in (sections or {}).items()}
        for key in self._editors:
            self._update(key)
        self.total_changed.emit(self.total())

    def set_visible(self, visible: bool) -> None:
        """Show or hide the marks; the counts are kept either way."""
        self._visible = visible
        for key in self._editors:
            self._paint(key)

    def is_visible(self) -> bool:
        return self._visible

    def lines(self, key: str) -> list[int]:
        return list(self._lines.get(key, []))

    def count(self, key: str) -> int:
        return len(self._lines.get(key, []))

    def total(self) -> int:
        return sum(len(lines) for lines in self._lines.values())

    def summary(self, count: int) -> str:
        """The words for the tab or status bar: "12 đoạn giữ nguyên từ quý trước"."""
        return self.tr("%n đoạn giữ nguyên từ quý trước", "", count)

    def toggle_action(self, parent: QWidget) -> QAction:
        """A checkable menu action that shows or hides the marks (checked: shown)."""
        action = QAction(self.tr("Đánh dấu đoạn giữ nguyên từ quý trước"), parent)
        action.setCheckable(True)
        action.setChecked(self._visible)
        action.toggled.connect(self.set_visible)
        return action

    # -- inside -------------------------------------------------------------------------------
    def _update(self, key: str) -> None:
        editor = self._editors[key]
        source = self._sources.get(key)
        lines = carried_over_lines(editor.toPlainText(), source) if source else []
        changed = lines != self._lines.get(key)
        self._lines[key] = lines
        self._paint(key)
        if changed:
            self.count_changed.emit(key, len(lines))
            self.total_changed.emit(self.total())

    def _paint(self, key: str) -> None:
        editor = self._editors[key]
        selections = []
        if self._visible:
            document = editor.document()
            by_lines = getattr(editor, "block_of_line", None)  # a section editor: a table is one line
            for number in self._lines.get(key, []):
                block = by_lines(number) if callable(by_lines) else document.findBlockByNumber(number)
                if block is None:
                    continue
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(MARK_COLOR)
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selections.append(selection)
        set_layer(editor, LAYER, selections)
