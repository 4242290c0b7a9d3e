"""The plain-text editor of one report section.

Reports are plain paragraphs, so the editor is a QPlainTextEdit: what a clerk pastes from
Word, a PDF or a web page arrives as clean text (no foreign fonts or colours, no control
characters, Vietnamese in NFC), and ``- `` at the start of a line is a bullet.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from papi_desktop.model.text import clean_text

BULLET = "- "


class SectionEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)

    # -- paste: text only, cleaned -------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(clean_text(source.text()))

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
        """Enter on a bullet line starts the next line with ``- `` too; Enter on an empty bullet ends the list."""
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
        return len(self.toPlainText().split())
