"""The editor of one report section: plain paragraphs, tables and charts.

Reports are plain paragraphs, so what a clerk pastes from Word, a PDF or a web page arrives
as clean text (no foreign fonts or colours, no control characters, Vietnamese in NFC), and
``- `` at the start of a line is a bullet. A table copied from Word, Excel or LibreOffice
arrives as a table. The editor is a QTextEdit (a QPlainTextEdit cannot show a table): its
document shows tables as real tables and charts as pictures, while ``toPlainText`` and
``setPlainText`` still deal in the part's text, a table being one line of it
(:mod:`papi_desktop.gui.table_document`); ``display_text`` is what the clerk sees, position for
position, for find and replace. The table actions are in :mod:`papi_desktop.gui.table_editing`.

Undo goes back as Word's does: a word (with the space after it) at a time, a new line at a
time, a paste at a time. Left to itself QTextDocument merges all contiguous typing into one
step, so one Ctrl+Z took back a whole new task and everything typed after it. Each typed
character is put in an edit block: the first after a word boundary opens a new block (a new
undo step) and the rest of the word joins it (``joinPreviousEditBlock``).

Ctrl+wheel and Ctrl+plus/minus/0 ask for a larger or smaller text (``zoomRequested``); the
editor panel applies it to every section at once, so the tabs keep one size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QInputMethodEvent, QKeyEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from papi_desktop.gui.table_document import CAPTION, OBJECT, display_text, document_text, fill_document
from papi_desktop.gui.table_editing import TableEditing
from papi_desktop.model.text import clean_text

BULLET = "- "
BASE_POINT_SIZE = 10.5
ZOOM_IN, ZOOM_OUT, ZOOM_RESET = 1, -1, 0
_ZOOM_KEYS = {Qt.Key.Key_Plus: ZOOM_IN, Qt.Key.Key_Equal: ZOOM_IN, Qt.Key.Key_Minus: ZOOM_OUT, Qt.Key.Key_0: ZOOM_RESET}


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_'’"


class SectionEditor(TableEditing, QTextEdit):
    zoomRequested = Signal(int)  # ZOOM_IN, ZOOM_OUT or ZOOM_RESET

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # outside a table; in one, Tab goes to the next cell
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE))
        self.setFont(font)
        # Where the last typed character left the document: typing goes on in the same undo
        # step only from exactly there, with nothing else changed in between.
        self._typing_end: tuple[int, int] | None = None  # (revision, position)
        self._last_typed = ""

    def set_point_size(self, points: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(points)
        self.setFont(font)

    # -- the part's text in and out -------------------------------------------------------
    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show the part's ``text``: table lines as tables, chart lines as pictures; the undo
        history starts afresh, as QTextEdit.setPlainText does."""
        document = self.document()
        document.setUndoRedoEnabled(False)
        try:
            fill_document(document, text)
        finally:
            document.setUndoRedoEnabled(True)
        self.setTextCursor(QTextCursor(document))
        self._typing_end = None

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        """The part's text: paragraphs one a line, each table and chart as its line."""
        return document_text(self.document())

    def display_text(self) -> str:
        """The text the clerk sees, position for position with the document (a table's cells
        one a line, a chart one character): what find and replace search and select in."""
        return display_text(self.document())

    # -- paste: text only, cleaned, one undo step; a copied table as a table --------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.paste_table(source):
            return
        if source.hasText():
            text = clean_text(source.text())
            if self.current_table() is not None:
                text = " ".join(text.split())  # a cell holds one line
            cursor = self.textCursor()
            cursor.beginEditBlock()
            cursor.insertText(text)
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            self._typing_end = None

    # -- context menu: Qt's own entries, then the table ones --------------------------------
    def context_menu(self, position) -> QMenu:
        """The menu for a right click at ``position`` (viewport coordinates): cut/copy/paste…
        then "Chèn bảng…" or, in a table, its row/column/header/width/caption entries."""
        if not self.textCursor().hasSelection():
            self.setTextCursor(self.cursorForPosition(position))
        menu = self.createStandardContextMenu(self.viewport().mapToGlobal(position))
        menu.addSeparator()
        menu.addActions(self.table_actions(menu))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- Tab and Shift+Tab between cells ------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if self.next_cell(backwards):
                event.accept()
                return True
        return super().event(event)

    # -- bullets -------------------------------------------------------------------------
    def toggle_bullets(self) -> None:
        """Add ``- `` to every selected line, or remove it if all of them already have it."""
        cursor = self.textCursor()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        document = self.document()
        first, last = document.findBlock(start), document.findBlock(end)
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        texts = [b.text() for b in blocks if b.text().strip()]
        remove = bool(texts) and all(t.startswith(BULLET) for t in texts)
        edit = QTextCursor(document)
        edit.beginEditBlock()
        for block in blocks:
            if not block.text().strip():
                continue
            edit.setPosition(block.position())
            if remove:
                edit.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(BULLET))
                edit.removeSelectedText()
            elif not block.text().startswith(BULLET):
                edit.insertText(BULLET)
        edit.endEditBlock()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Zoom keys; Enter on a bullet line; typing grouped into undo steps (see the module)."""
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and Qt.Key(event.key()) in _ZOOM_KEYS:
            self.zoomRequested.emit(_ZOOM_KEYS[Qt.Key(event.key())])
            event.accept()
            return
        text = event.text()
        typing = bool(text) and text.isprintable() and not control and not (event.modifiers() & Qt.KeyboardModifier.AltModifier)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not (typing or enter) or self.isReadOnly():
            self._typing_end = None
            self._handle_key(event)
            return
        self._grouped(text if typing else "\n", lambda: self._handle_key(event))

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt name)
        """Unikey and the Windows Vietnamese keyboard commit syllables here, not as key events."""
        commit = event.commitString()
        if commit and not self.isReadOnly():
            self._grouped(commit, lambda: super(SectionEditor, self).inputMethodEvent(event))
        else:
            super().inputMethodEvent(event)

    def _grouped(self, text: str, edit) -> None:
        """Run ``edit`` (which types ``text``) in the current word's undo step or a new one."""
        document = self.document()
        cursor = self.textCursor()
        continuing = (
            text != "\n"
            and self._typing_end == (document.revision(), cursor.position())
            and not cursor.hasSelection()
            and not (_is_word_char(text[0]) and not _is_word_char(self._last_typed))
        )
        if continuing:
            cursor.joinPreviousEditBlock()
        else:
            cursor.beginEditBlock()
        edit()
        cursor.endEditBlock()
        self._last_typed = text[-1]
        self._typing_end = (document.revision(), self.textCursor().position()) if text != "\n" else None

    def undo(self) -> None:
        self._typing_end = None
        super().undo()

    def redo(self) -> None:
        self._typing_end = None
        super().redo()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt name)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps:
                self.zoomRequested.emit(ZOOM_IN if steps > 0 else ZOOM_OUT)
            event.accept()
            return
        super().wheelEvent(event)

    def _handle_key(self, event: QKeyEvent) -> None:
        """Enter on a bullet line starts the next line with ``- `` too; Enter on an empty bullet
        ends the list; Enter in a table cell goes to the cell below (a cell holds one line)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._cell() is not None:
            table, row, column = self._cell()
            if row + 1 >= table.rows():
                table.appendRows(1)
            self._go_to(table, row + 1, column)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            line = self.textCursor().block().text()
            if line.startswith(BULLET):
                cursor = self.textCursor()
                if line.strip() == BULLET.strip():
                    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
                    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                    cursor.removeSelectedText()
                    return
                cursor.insertText("\n" + BULLET)
                self.ensureCursorVisible()
                return
        super().keyPressEvent(event)

    def word_count(self) -> int:
        """Words the clerk typed, a table's cells and caption included (a chart is none)."""
        words = len(self.display_text().replace(OBJECT, " ").split())
        for frame in self.document().rootFrame().childFrames():
            words += len(frame.format().stringProperty(CAPTION).split())
        return words
