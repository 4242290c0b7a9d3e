"""Reading and changing the text of an editor widget by the model's string positions.

Find/replace, the new-quarter update and taking back a removed paragraph all change text the
clerk may have open in an editor: a section's QPlainTextEdit, the title's, or a header field's
QLineEdit. They go through the editor (not around it) so the change lands in the editor's own
undo history as one step, and the editor's usual signals tell the window a change happened.

Python counts characters; Qt counts UTF-16 code units. They agree for Vietnamese, but a
character outside the Basic Multilingual Plane (an emoji pasted from a chat) would shift every
position after it, so positions are converted here, once.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TextEditor = QPlainTextEdit | QTextEdit | QLineEdit


def qt_position(text: str, index: int) -> int:
    """The UTF-16 position Qt uses for Python index ``index`` of ``text``."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def python_index(text: str, position: int) -> int:
    """The Python index of Qt's UTF-16 ``position`` in ``text``."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def editor_text(editor: QWidget) -> str:
    """The text as the editor shows it, position for position: a section editor's
    ``display_text`` (its tables' cells one a line), not the part's text it saves."""
    if isinstance(editor, QLineEdit):
        return editor.text()
    display = getattr(editor, "display_text", None)
    return display() if callable(display) else editor.toPlainText()


def cursor_index(editor: QWidget) -> int:
    """Where the editor's cursor (or the start of its selection) is, as a Python index."""
    text = editor_text(editor)
    if isinstance(editor, QLineEdit):
        position = editor.selectionStart() if editor.hasSelectedText() else editor.cursorPosition()
    else:
        position = editor.textCursor().selectionStart()
    return python_index(text, position)


def selected_span(editor: QWidget) -> tuple[int, int] | None:
    """The selection as Python indices, or None when nothing is selected."""
    text = editor_text(editor)
    if isinstance(editor, QLineEdit):
        if not editor.hasSelectedText():
            return None
        start = editor.selectionStart()
        end = start + len(editor.selectedText())
    else:
        cursor = editor.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
    return python_index(text, start), python_index(text, end)


def select_span(editor: QWidget, start: int, end: int) -> None:
    """Select ``[start, end)`` (Python indices) and bring it into view."""
    text = editor_text(editor)
    first, last = qt_position(text, start), qt_position(text, end)
    if isinstance(editor, QLineEdit):
        editor.setSelection(first, last - first)
        return
    cursor = QTextCursor(editor.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def replace_spans(editor: QWidget, spans: Iterable[tuple[int, int, str]]) -> int:
    """Replace each ``(start, end, new)`` of the editor's current text as ONE undo step.

    Spans are positions in the text as it is now and must not overlap; they are made from the
    last to the first so earlier positions stay true. Returns how many were made.
    """
    ordered = sorted(spans, key=lambda span: span[0], reverse=True)
    if not ordered:
        return 0
    text = editor_text(editor)
    if isinstance(editor, QLineEdit):
        new_text = text
        for start, end, new in ordered:
            new_text = new_text[:start] + new + new_text[end:]
        editor.selectAll()
        editor.insert(new_text)  # one undo step, and textEdited as if typed
        return len(ordered)
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    try:
        for start, end, new in ordered:
            cursor.setPosition(qt_position(text, start))
            cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new)
    finally:
        cursor.endEditBlock()
    return len(ordered)


def insert_line(editor: QPlainTextEdit | QTextEdit, line: int, text: str) -> None:
    """Insert ``text`` as a paragraph before line ``line`` (at the end when past the last), undoably."""
    by_lines = getattr(editor, "insert_part_line_at", None)
    if callable(by_lines):  # a section editor: lines of the part's text, a table one line
        by_lines(line, text)
        return
    document = editor.document()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        if not editor.toPlainText():
            cursor.insertText(text)
        elif line < document.blockCount():
            cursor.setPosition(document.findBlockByNumber(line).position())
            cursor.insertText(text + "\n")
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText("\n" + text)
    finally:
        cursor.endEditBlock()
    editor.setTextCursor(cursor)
