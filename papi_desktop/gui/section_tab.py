"""A tab page (or half of one) that edits one section of the report.

Its editor's right-click menu is Qt's own with, on top, the spell checker's entries for the word
under the mouse (gui/spell_highlighter.py ``spell_menu``) once :meth:`SectionTab.set_spelling`
gave it a checker; a read-only editor shows the underlines but offers no fix.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QWidget

from papi_desktop.gui.forms.ui_section_tab import Ui_SectionTab

if TYPE_CHECKING:  # the spell checker is loaded after the window's first paint (gui/first_paint.py)
    from papi_desktop.spelling.checker import SpellChecker


class SectionTab(QWidget):
    """Edits the body of section ``key``; emits ``edited(key)`` on every change the clerk makes."""

    edited = Signal(str)
    history_requested = Signal(str)

    def __init__(self, key: str, heading: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.ui = Ui_SectionTab()
        self.ui.setupUi(self)
        self.ui.headingLabel.setText(heading)
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))
        self.editor = self.ui.editor
        self.editor.setObjectName(f"editor_{key}")
        self.editor.textChanged.connect(self._on_text_changed)
        self.ui.bulletButton.clicked.connect(self.editor.toggle_bullets)
        self.ui.historyButton.clicked.connect(lambda: self.history_requested.emit(self.key))
        self._loading = False
        self._shown = ""  # the text as last shown or edited
        self.words = 0  # kept up to date on every change: the status bar adds up all tabs
        self.carried_over = 0  # paragraphs still word for word the source report's
        self._checker: SpellChecker | None = None
        self._on_add_word: Callable[[str], None] | None = None
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editor.customContextMenuRequested.connect(self._context_menu)
        self._update_count()

    def set_spelling(self, checker: SpellChecker | None, on_add_word: Callable[[str], None] | None = None) -> None:
        """Offer ``checker``'s fixes in the right-click menu; ``on_add_word`` keeps a word added."""
        self._checker, self._on_add_word = checker, on_add_word

    def context_menu(self, position: QPoint):
        """The right-click menu at ``position`` (viewport coordinates): spelling entries first,
        then the editor's own (Qt's entries and the table ones)."""
        menu = self.editor.context_menu(position)
        if self._checker is not None and not self.editor.isReadOnly():
            from papi_desktop.gui.spell_highlighter import spell_menu

            actions = spell_menu(self.editor, position, self._checker, self._on_add_word)
            for action in actions:
                action.setParent(menu)  # gone with the menu, not kept by the editor
            if actions:
                first = menu.actions()[0] if menu.actions() else None
                menu.insertActions(first, actions)
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu(position)
        menu.exec(self.editor.viewport().mapToGlobal(position))
        menu.deleteLater()

    def set_carried_over(self, count: int) -> None:
        """Say above the text how many paragraphs are still last quarter's (none: no line)."""
        self.carried_over = count
        self.ui.carriedLabel.setText(self.tr("%n đoạn giữ nguyên từ quý trước", "", count))
        self.ui.carriedLabel.setVisible(bool(count))

    def set_text(self, text: str) -> None:
        """Show ``text`` without counting it as an edit; the undo history starts afresh."""
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self._shown = self.editor.toPlainText()
        self.words = 0  # kept up to date on every change: the status bar adds up all tabs
        self._update_count()

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        self.ui.bulletButton.setEnabled(not read_only)

    def is_empty(self) -> bool:
        return not self.editor.toPlainText().strip()

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        # Qt says "changed" for a change of formatting alone too: the spell underlines being
        # drawn or redrawn. Only a change of the part's text is the clerk's edit.
        text = self.editor.toPlainText()
        if text == self._shown:
            return
        self._shown = text
        self._update_count()
        self.edited.emit(self.key)

    def _update_count(self) -> None:
        self.words = self.editor.word_count()
        self.ui.wordCountLabel.setText(self.tr("%n từ", "", self.words))
