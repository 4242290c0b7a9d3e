"""The find and replace bar: one search over every editor of the open report.

It works over a mapping part key → editor in report order (the General tab's fields, then the
parts), reads the text the editors hold at that moment (typing not yet saved included), and
matches with the model's rules (model/find.py: match case, whole word, ignore diacritics).
Next and previous go across parts and wrap round the report; when the next match is in another
part the bar emits ``show_part(key)`` so the window brings that tab forward (the preview follows
the editor's cursor as it already does). Every match of the shown part is highlighted on its own
selection layer. Replacing goes through the editors, so each replacement is one undo step of
its editor and the editors' own signals carry the change to the report and the autosave.

Hook-up in the window (``editors``: key → widget, see :func:`report_editors`)::

    self.find_bar = FindReplaceBar(self); self.ui.editorLayout.addWidget(self.find_bar)
    self.find_bar.set_editors(editors); self.find_bar.show_part.connect(self.show_part)
    self.ui.menuEdit.addActions(self.find_bar.menu_actions())  # Ctrl+F, Ctrl+H, F3, Shift+F3
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QToolButton, QWidget,
)

from papi_desktop.gui.editor_text import (
    TextEditor, cursor_index, editor_text, qt_position, replace_spans, select_span, selected_span,
)
from papi_desktop.gui.selection_layers import set_layer

if TYPE_CHECKING:
    from papi_desktop.model.find import FindOptions, Match


def find_in_text(text: str, query: str, options: FindOptions) -> list[tuple[int, int]]:
    """model/find.py's, loaded with the first search rather than at every start."""
    from papi_desktop.model.find import find_in_text as find

    return find(text, query, options)

LAYER = "find"
HIGHLIGHT = QColor("#ffe680")


def report_editors(general_ui, section_editors: Mapping[str, QWidget]) -> dict[str, QWidget]:
    """The window's editors in report order under the model's field keys (model/text_fields.py):
    the General tab's fields (``general_ui`` is its ``Ui_GeneralTab``), then ``section_editors``
    (part key → editor, in printed order)."""
    ui = general_ui
    fields: dict[str, QWidget] = {
        "header.parent_agency": ui.parentAgencyEdit, "header.agency": ui.agencyEdit,
        "header.agency_in_text": ui.agencyInTextEdit, "header.number": ui.numberEdit,
        "header.symbol": ui.symbolEdit, "header.place": ui.placeEdit, "title": ui.titleEdit,
        "signature.head_title": ui.headTitleEdit, "signature.signer_title": ui.signerTitleEdit,
        "signature.signer_name": ui.signerNameEdit, "recipients": ui.recipientsEdit, "archive": ui.archiveEdit,
    }
    fields.update(section_editors)
    return fields


class FindReplaceBar(QWidget):
    """Find (Ctrl+F) and replace (Ctrl+H) across the editors given to :meth:`set_editors`."""

    show_part = Signal(str)  # bring the tab holding this part forward
    replaced = Signal(str)  # the text of this part was changed by a replacement

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceBar")
        self._editors: dict[str, TextEditor] = {}
        self._current_part: Callable[[], str | None] | None = None
        self._part: str | None = None  # the part the clerk was last in (or the bar went to)
        self._highlighted: TextEditor | None = None

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setPlaceholderText(self.tr("Tìm trong báo cáo"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replaceEdit")
        self.replace_edit.setPlaceholderText(self.tr("Thay bằng"))
        self.previous_button = self._button("◀", self.tr("Tìm lùi (Shift+F3)"), self.find_previous)
        self.next_button = self._button("▶", self.tr("Tìm tiếp (F3)"), self.find_next)
        self.replace_button = self._button(self.tr("Thay"), self.tr("Thay chỗ đang chọn rồi tìm tiếp"), self.replace_one)
        self.replace_all_button = self._button(self.tr("Thay tất cả"), self.tr("Thay mọi chỗ tìm thấy trong báo cáo"),
                                               self.replace_all)
        self.close_button = self._button("✕", self.tr("Đóng (Esc)"), self.close_bar)
        self.case_check = QCheckBox(self.tr("Phân biệt hoa/thường"), self)
        self.word_check = QCheckBox(self.tr("Nguyên từ"), self)
        self.marks_check = QCheckBox(self.tr("Bỏ qua dấu"), self)
        self.marks_check.setToolTip(self.tr("Tìm “quy” thấy cả “quý”, “Quy”, “quỹ”"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("findStatus")
        self.status_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("999/999 ") + 4)

        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.find_edit, 0, 0)
        layout.addWidget(self.previous_button, 0, 1)
        layout.addWidget(self.next_button, 0, 2)
        layout.addWidget(self.status_label, 0, 3)
        layout.addWidget(self.case_check, 0, 4)
        layout.addWidget(self.word_check, 0, 5)
        layout.addWidget(self.marks_check, 0, 6)
        layout.addWidget(self.close_button, 0, 7)
        layout.addWidget(self.replace_edit, 1, 0)
        layout.addWidget(self.replace_button, 1, 1, 1, 2)
        layout.addWidget(self.replace_all_button, 1, 3, 1, 2)
        layout.setColumnStretch(0, 1)
        self._replace_widgets = (self.replace_edit, self.replace_button, self.replace_all_button)

        self.find_edit.textEdited.connect(lambda _text: self._search_as_typed())
        for check in (self.case_check, self.word_check, self.marks_check):
            check.toggled.connect(lambda _checked: self._search_as_typed())
        self.find_edit.installEventFilter(self)
        self.replace_edit.installEventFilter(self)

        self.find_action = self._action(self.tr("Tìm trong báo cáo…"), "Ctrl+F", self.show_find)
        self.replace_action = self._action(self.tr("Tìm và thay…"), "Ctrl+H", self.show_replace)
        self.next_action = self._action(self.tr("Tìm tiếp"), "F3", self.find_next)
        self.previous_action = self._action(self.tr("Tìm lùi"), "Shift+F3", self.find_previous)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self.hide()

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def menu_actions(self) -> list[QAction]:
        """The actions for the window's Sửa menu (their shortcuts work once they are in it)."""
        return [self.find_action, self.replace_action, self.next_action, self.previous_action]

    # -- set-up --------------------------------------------------------------------------------
    def set_editors(self, editors: Mapping[str, TextEditor], current_part: Callable[[], str | None] | None = None) -> None:
        """Search these editors, in this order. ``current_part`` says which part the clerk is in
        (the window's current tab); without it, the editor last focused is."""
        for editor in self._editors.values():
            if isinstance(editor, (QPlainTextEdit, QTextEdit)):
                set_layer(editor, LAYER, [])
                editor.textChanged.disconnect(self._editor_changed)
        self._editors = dict(editors)
        self._current_part = current_part
        self._part = None
        self._highlighted = None
        for editor in self._editors.values():
            if isinstance(editor, (QPlainTextEdit, QTextEdit)):
                editor.textChanged.connect(self._editor_changed)

    def options(self) -> FindOptions:
        from papi_desktop.model.find import FindOptions  # the search loads with the first search, not at start

        return FindOptions(self.case_check.isChecked(), self.word_check.isChecked(), self.marks_check.isChecked())

    def query(self) -> str:
        return self.find_edit.text()

    def matches(self) -> list[Match]:
        """Every match in every editor now, in report order."""
        if not self.query():
            return []
        from papi_desktop.model.find import find_in_fields

        return find_in_fields(((key, editor_text(e)) for key, e in self._editors.items()), self.query(), self.options())

    # -- showing -------------------------------------------------------------------------------
    def show_find(self) -> None:
        self._open(replace=False)

    def show_replace(self) -> None:
        self._open(replace=True)

    def _open(self, replace: bool) -> None:
        part = self.current_part()
        editor = self._editors.get(part) if part else None
        selected = selected_span(editor) if editor is not None else None
        if editor is not None and selected and "\n" not in editor_text(editor)[selected[0]:selected[1]]:
            self.find_edit.setText(editor_text(editor)[selected[0]:selected[1]])  # a selected word is the search
        for widget in self._replace_widgets:
            widget.setVisible(replace)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        self._highlight(part)
        self._show_count()

    def close_bar(self) -> None:
        self._clear_highlight()
        self.hide()
        part = self.current_part()
        if part in self._editors:
            self._editors[part].setFocus()

    # -- finding -------------------------------------------------------------------------------
    def current_part(self) -> str | None:
        if self._current_part is not None:
            part = self._current_part()
            if part in self._editors:
                return part
        if self._part in self._editors:
            return self._part
        return next(iter(self._editors), None)

    def find_next(self) -> Match | None:
        return self._step(backwards=False)

    def find_previous(self) -> Match | None:
        return self._step(backwards=True)

    def _step(self, backwards: bool, from_selection_start: bool = False) -> Match | None:
        if not self.isVisible():
            self.show_find()
        matches = self.matches()
        part = self.current_part()
        if not matches or part is None:
            self._clear_highlight()
            self._show_count(matches)
            return None
        editor = self._editors[part]
        selected = selected_span(editor)
        position = cursor_index(editor)
        if selected and not backwards and not from_selection_start:
            position = selected[0] + 1  # past the match that is selected
        from papi_desktop.model.find import step

        match = step(matches, list(self._editors).index(part), position, backwards)
        assert match is not None
        self._go(match, matches)
        return match

    def _go(self, match: Match, matches: list[Match]) -> None:
        if match.part != self.current_part():
            self._part = match.part
            self.show_part.emit(match.part)
        self._part = match.part
        editor = self._editors[match.part]
        select_span(editor, match.start, match.end)
        self._highlight(match.part)
        self._show_count(matches, match)

    def _search_as_typed(self) -> None:
        """As the clerk types the search, go to the first match from where they are."""
        if self.query():
            self._step(backwards=False, from_selection_start=True)
        else:
            self._clear_highlight()
            self._show_count([])

    def _show_count(self, matches: list[Match] | None = None, current: Match | None = None) -> None:
        matches = self.matches() if matches is None else matches
        if not self.query():
            self.status_label.setText("")
        elif not matches:
            self.status_label.setText(self.tr("Không thấy"))
        elif current is not None:
            self.status_label.setText(f"{sorted(matches).index(current) + 1}/{len(matches)}")
        else:
            self.status_label.setText(self.tr("%n chỗ", "", len(matches)))

    # -- highlighting --------------------------------------------------------------------------
    def _highlight(self, part: str | None) -> None:
        editor = self._editors.get(part) if part else None
        if self._highlighted is not None and self._highlighted is not editor:
            self._clear_highlight()
        if not isinstance(editor, (QPlainTextEdit, QTextEdit)):
            return
        self._highlighted = editor
        text = editor_text(editor)
        selections = []
        if self.isVisible() and self.query():
            for start, end in find_in_text(text, self.query(), self.options()):
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(HIGHLIGHT)
                cursor = QTextCursor(editor.document())
                cursor.setPosition(qt_position(text, start))
                cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selections.append(selection)
        set_layer(editor, LAYER, selections)

    def _clear_highlight(self) -> None:
        if self._highlighted is not None:
            set_layer(self._highlighted, LAYER, [])
            self._highlighted = None

    def _editor_changed(self) -> None:
        if self.isVisible() and self.sender() is self._highlighted:
            self._highlight(self.current_part())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for key, editor in self._editors.items():
            if editor is new:
                self._part = key
                if self.isVisible():
                    self._highlight(key)
                return

    # -- replacing -----------------------------------------------------------------------------
    def replace_one(self) -> bool:
        """Replace the selected match (if the selection is one) and go to the next; True if replaced."""
        part = self.current_part()
        if part is None or not self.query():
            return False
        editor = self._editors[part]
        selected = selected_span(editor)
        hits = find_in_text(editor_text(editor), self.query(), self.options())
        if selected is None or selected not in hits or editor.isReadOnly():
            self.find_next()
            return False
        replacement = self.replace_edit.text()
        replace_spans(editor, [(selected[0], selected[1], replacement)])
        select_span(editor, selected[0] + len(replacement), selected[0] + len(replacement))
        self.replaced.emit(part)
        self._step(backwards=False, from_selection_start=True)
        return True

    def replace_all(self) -> int:
        """Replace every match in every editor that can be edited; returns how many."""
        if not self.query():
            return 0
        total = 0
        for key, editor in self._editors.items():
            if editor.isReadOnly():
                continue
            spans = find_in_text(editor_text(editor), self.query(), self.options())
            if spans:
                total += replace_spans(editor, [(start, end, self.replace_edit.text()) for start, end in spans])
                self.replaced.emit(key)
        self._highlight(self.current_part())
        self.status_label.setText(self.tr("Đã thay %n chỗ", "", total))
        return total

    # -- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, modifiers = event.key(), event.modifiers()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.replace_edit:
                    self.replace_one()
                elif modifiers & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)
