"""A tab page (or half of one) that edits one section of the report.

Its editor's right-click menu is Qt's own with, on top, the spell checker's entries for the word
under the mouse (gui/spell_highlighter.py ``spell_menu``) once :meth:`SectionTab.set_spelling`
gave it a checker; a read-only editor shows the underlines but offers no fix.

A tab builds its form when it is first shown or first asked for its editor, not when it is made:
thirteen parts' forms and texts were a tenth of the start, and only the tab on top is seen in
the first frame (the panel builds the others on the turn after it, gui/editor_panel.py). Until
then it keeps what it was told — text, heading, read-only, text size — and shows it once built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # loaded when a tab is built, the spell checker after the first paint
    from papi_desktop.gui.forms.ui_section_tab import Ui_SectionTab
    from papi_desktop.gui.section_editor import SectionEditor
    from papi_desktop.spelling.checker import SpellChecker


class SectionTab(QWidget):
    """Edits the body of section ``key``; emits ``edited(key)`` on every change the clerk makes."""

    edited = Signal(str)
    history_requested = Signal(str)
    focused = Signal(str)  # the clerk moved the cursor in this part
    zoom_requested = Signal(int)  # Ctrl+wheel or Ctrl+plus/minus in the editor (section_editor.ZOOM_*)

    def __init__(self, key: str, heading: str, hint: str = "", parent: QWidget | None = None,
                 *, bullets: bool = True) -> None:
        super().__init__(parent)
        self.key = key
        self._heading, self._hint, self._bullets = heading, hint, bullets
        self._form: Ui_SectionTab | None = None
        self._pending_text = ""  # what set_text gave before the form was built
        self._read_only = False
        self._point_size: float | None = None
        self._loading = False
        self._shown = ""  # the text as last shown or edited
        self._words = 0
        self.carried_over = 0  # paragraphs still word for word the source report's
        self._checker: SpellChecker | None = None
        self._on_add_word: Callable[[str], None] | None = None

    # -- the form, built on first use ---------------------------------------------------------------
    @property
    def built(self) -> bool:
        return self._form is not None

    @property
    def ui(self) -> Ui_SectionTab:
        self.ensure_built()
        assert self._form is not None
        return self._form

    @property
    def editor(self) -> SectionEditor:
        return self.ui.editor

    def ensure_built(self) -> None:
        if self._form is not None:
            return
        from papi_desktop.gui.forms.ui_section_tab import Ui_SectionTab  # with the editor and its tables

        form = Ui_SectionTab()
        form.setupUi(self)
        self._form = form
        form.headingLabel.setText(self._heading)
        form.hintLabel.setText(self._hint)
        form.hintLabel.setVisible(bool(self._hint))
        if not self._bullets:
            form.bulletButton.hide()  # tasks are numbered when printed, not bulleted
        editor = form.editor
        editor.setObjectName(f"editor_{self.key}")
        editor.textChanged.connect(self._on_text_changed)
        editor.cursorPositionChanged.connect(lambda: self.focused.emit(self.key))
        editor.zoomRequested.connect(self.zoom_requested)
        form.bulletButton.clicked.connect(editor.toggle_bullets)
        form.historyButton.clicked.connect(lambda: self.history_requested.emit(self.key))
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._context_menu)
        if self._point_size:
            editor.set_point_size(self._point_size)
        self._show_carried_over()
        self.set_text(self._pending_text)
        self.set_read_only(self._read_only)
        if self.isVisible():  # built while being shown: Qt shows only the children it knew of
            for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if not child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    child.show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.ensure_built()
        super().showEvent(event)

    # -- what the panel tells it ------------------------------------------------------------------
    def set_heading(self, heading: str) -> None:
        self._heading = heading
        if self._form is not None:
            self._form.headingLabel.setText(heading)

    def set_point_size(self, points: float) -> None:
        self._point_size = points
        if self._form is not None:
            self._form.editor.set_point_size(points)

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
        self._show_carried_over()

    def _show_carried_over(self) -> None:
        if self._form is None:
            return
        self._form.carriedLabel.setText(self.tr("%n đoạn giữ nguyên từ quý trước", "", self.carried_over))
        self._form.carriedLabel.setVisible(bool(self.carried_over))

    def set_text(self, text: str) -> None:
        """Show ``text`` without counting it as an edit; the undo history starts afresh."""
        if self._form is None:
            self._pending_text = text
            return
        self._pending_text = ""
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self._shown = self.editor.toPlainText()
        self._update_count()

    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def words(self) -> int:
        """The part's words (kept up to date on every change: the status bar adds up all tabs)."""
        self.ensure_built()
        return self._words

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self._form is not None:
            self._form.editor.setReadOnly(read_only)
            self._form.bulletButton.setEnabled(not read_only)

    def is_empty(self) -> bool:
        if self._form is None:
            return not self._pending_text.strip()
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
        self._words = self.editor.word_count()
        self.ui.wordCountLabel.setText(self.tr("%n từ", "", self._words))
