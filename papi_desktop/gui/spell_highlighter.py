"""Red wavy underline under misspelt Vietnamese words, and the right-click entries to fix them.

Wiring an editor (QPlainTextEdit or QTextEdit) takes two lines::

    SpellHighlighter(editor.document(), checker)                 # underlines, kept by the document
    menu.addActions(spell_menu(editor, event.pos(), checker, store_add_word))  # in contextMenuEvent

Qt runs ``highlightBlock`` for the edited paragraph only, and the checker answers from its
cache of per-word verdicts, so a keystroke costs a dictionary look-up per word of one
paragraph (benchmarks/spelling.py). The word being typed is not underlined until the clerk
leaves it, as in Word: half a word is rarely a word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
import weakref

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from papi_desktop.spelling.checker import SpellChecker
from papi_desktop.spelling.suggest import suggest
from papi_desktop.spelling.tokens import Token, word_at, words
from papi_desktop.spelling.tone_style import Replacement, word_style

SPELL_COLOUR = QColor(Qt.GlobalColor.red)
STYLE_COLOUR = QColor(0, 90, 200)  # the minority tone-mark style: blue, as Word marks grammar
MAX_SUGGESTIONS = 5
_TYPING_CHANGE = 4  # characters added or removed at once that still count as typing


def spell_format() -> QTextCharFormat:
    """The underline of a misspelt word: red and wavy, like Word's."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(SPELL_COLOUR)
    return fmt


def style_format() -> QTextCharFormat:
    """The underline of a word in the report's less used tone-mark style (hoà among hòa)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(STYLE_COLOUR)
    return fmt


def _utf16_offsets(text: str) -> list[int] | None:
    """Qt counts UTF-16 units; Python counts code points. None when they agree (no emoji)."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    offsets, position = [], 0
    for char in text:
        offsets.append(position)
        position += 2 if ord(char) >= 0x10000 else 1
    offsets.append(position)
    return offsets


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the words ``checker`` flags in ``document``; looks again when its word list changes."""

    def __init__(self, document: QTextDocument, checker: SpellChecker) -> None:
        # Where the clerk is typing, (block number, position after the change): a few letters
        # typed or taken back, as keys and input methods do (Unikey sends backspaces and the
        # re-marked letters). A paste or a replacement is no typing. Connected before Qt's own
        # highlighter slot, so it is known when the block is re-highlighted.
        typing: list[tuple[int, int] | None] = [None]

        def remember_typing(position: int, removed: int, added: int) -> None:
            if 0 < max(added, removed) <= _TYPING_CHANGE:
                block = document.findBlock(position + added)
                typing[0] = (block.blockNumber(), position + added - block.position())
            else:
                typing[0] = None

        document.contentsChange.connect(remember_typing)
        super().__init__(document)  # the document owns it: the caller need not keep a reference
        self._typing = typing
        self._checker = checker
        self._format = spell_format()
        self._style_format = style_format()
        self._minority_style: str | None = None
        self._enabled = True
        reference = weakref.ref(self)

        def again() -> None:
            highlighter = reference()
            if highlighter is not None:
                try:
                    highlighter.rehighlight()
                except RuntimeError:  # the C++ side is gone with its document
                    checker.remove_listener(again)
            else:
                checker.remove_listener(again)

        self._listener = again
        checker.add_listener(again)

    @property
    def checker(self) -> SpellChecker:
        return self._checker

    def set_enabled(self, enabled: bool) -> None:
        """Show or hide the underlines (the text is never changed)."""
        if enabled != self._enabled:
            self._enabled = enabled
            self.rehighlight()

    def set_minority_style(self, style: str | None) -> None:
        """Mark the words written in ``style`` (the report's less used tone placement)."""
        if style != self._minority_style:
            self._minority_style = style
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if not self._enabled or not text:
            return
        offsets = _utf16_offsets(text)
        typing = self._typing[0]
        typing_at = typing[1] if typing and typing[0] == self.currentBlock().blockNumber() else None
        for issue in self._checker.check_text(text):
            start, end = (offsets[issue.start], offsets[issue.end]) if offsets else (issue.start, issue.end)
            if typing_at is not None and end == typing_at:
                continue  # the word being typed
            self.setFormat(start, end - start, self._format)
        if self._minority_style:
            for token in words(text):
                if word_style(token.text) == self._minority_style:
                    start, end = (offsets[token.start], offsets[token.end]) if offsets else (token.start, token.end)
                    self.setFormat(start, end - start, self._style_format)


def _word_under(editor: QPlainTextEdit | QTextEdit, position: QPoint) -> tuple[QTextCursor, Token] | None:
    cursor = editor.cursorForPosition(position)
    block = cursor.block()
    text = block.text()
    offsets = _utf16_offsets(text)
    at = cursor.positionInBlock()
    if offsets:
        at = max(i for i, unit in enumerate(offsets) if unit <= at)
    token = word_at(text, at)
    if token is None:
        return None
    start, end = (offsets[token.start], offsets[token.end]) if offsets else (token.start, token.end)
    selection = QTextCursor(block)
    selection.setPosition(block.position() + start)
    selection.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
    return selection, token


def spell_menu(editor: QPlainTextEdit | QTextEdit, position: QPoint, checker: SpellChecker,
               on_add_word: Callable[[str], None] | None = None) -> list[QAction]:
    """The entries for the top of the context menu at ``position`` (viewport coordinates, as
    ``contextMenuEvent`` gives them): suggestions, then "Thêm vào từ điển" and "Bỏ qua",
    then a separator. Empty when the word there is not underlined.

    A suggestion replaces the word in one undoable step. "Thêm vào từ điển" adds the word to
    the checker and calls ``on_add_word`` (the caller keeps the agency's list in the file);
    "Bỏ qua" stops underlining it until the program closes.
    """
    found = _word_under(editor, position)
    if found is None:
        return []
    selection, token = found
    word = token.text
    if checker.check_word(word) is None:
        return []
    actions: list[QAction] = []
    suggestions = suggest(word, checker.style, checker.known_words(), MAX_SUGGESTIONS)
    for suggestion in suggestions:
        action = QAction(suggestion, editor)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _=False, new=suggestion: _replace(editor, selection, word, new))
        actions.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("SpellMenu", "(Không có gợi ý)"), editor)
        none.setEnabled(False)
        actions.append(none)

    add = QAction(QCoreApplication.translate("SpellMenu", "Thêm vào từ điển"), editor)
    add.setToolTip(QCoreApplication.translate(
        "SpellMenu", "Thêm “%1” vào danh sách từ của cơ quan (lưu trong tệp báo cáo)").replace("%1", word))

    def add_word() -> None:
        checker.add_word(word)
        if on_add_word is not None:
            on_add_word(word)

    add.triggered.connect(add_word)
    ignore = QAction(QCoreApplication.translate("SpellMenu", "Bỏ qua"), editor)
    ignore.triggered.connect(lambda: checker.ignore(word))
    separator = QAction(editor)
    separator.setSeparator(True)
    return [*actions, add, ignore, separator]


def _replace(editor: QPlainTextEdit | QTextEdit, selection: QTextCursor, old: str, new: str) -> None:
    """Put ``new`` where ``old`` was, if it is still there; one step on the undo stack."""
    if selection.selectedText() != old:
        return
    selection.beginEditBlock()
    selection.insertText(new)
    selection.endEditBlock()
    editor.setTextCursor(selection)


def apply_replacements(document: QTextDocument, replacements: Iterable[Replacement]) -> int:
    """Make ``replacements`` (offsets in ``document.toPlainText()``, e.g. from
    ``tone_style.unify``) in one undoable step; those whose text changed meanwhile are
    skipped. Returns how many were made."""
    text = document.toPlainText()
    offsets = _utf16_offsets(text)
    cursor = QTextCursor(document)
    made = 0
    cursor.beginEditBlock()
    for replacement in sorted(replacements, key=lambda r: r.start, reverse=True):  # back to front
        if text[replacement.start:replacement.end] != replacement.old:
            continue
        start, end = (offsets[replacement.start], offsets[replacement.end]) if offsets else (replacement.start, replacement.end)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement.new)
        made += 1
    cursor.endEditBlock()
    return made
