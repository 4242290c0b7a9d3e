"""Spell checking in the window: one checker for the open database, an underline in every part's
editor, the right-click fixes, and "Thống nhất cách bỏ dấu…".

The checker's word list is the agency's, kept in the database file (``store.list_words()``), so a
word added with "Thêm vào từ điển" travels with the reports. Its tone-mark style (hòa / hoà) is the
one the open report uses most, so suggestions follow the report; when a report mixes both, the
words in the less used style get a dotted underline and the Sửa menu's action makes them
consistent, one undo step per part. The checking itself is papi_desktop/spelling (no Qt).

The checker and the underlines start on the turn after the window's first paint
(gui/first_paint.py): loading the checker and checking every word of thirteen parts would hold
the first frame back by a fifth of the start.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from papi_desktop.errors import UserError
from papi_desktop.model.report import Report

if TYPE_CHECKING:
    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.gui.spell_highlighter import SpellHighlighter
    from papi_desktop.spelling import SpellChecker
    from papi_desktop.store import DraftStore

log = logging.getLogger(__name__)


class SpellTools(QObject):
    """Wires the spell checker into ``window``'s section editors and its Sửa menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.checker: SpellChecker | None = None  # made by start(), after the first paint
        self.highlighters: dict[str, SpellHighlighter] = {}
        self._store: DraftStore | None = None
        window.editor.built.connect(self.wire_editors)
        window.editor.bound.connect(self.follow_report)
        window.ui.actionUnifyTone.triggered.connect(self.unify_tone)
        # After the first paint, and after what that paint set going (the preview's pages first).
        window.first_paint.defer("spelling", lambda: QTimer.singleShot(0, self, self.start))

    def start(self) -> None:
        """The checker with the open file's words, the underlines in every part."""
        if self.checker is not None:
            return
        from papi_desktop.spelling import SpellChecker

        self.checker = SpellChecker()
        if self._store is not None:
            self._load_words(self._store)
        self.wire_editors()
        self.follow_report(self.window.report)

    def ensure_started(self) -> None:
        """Start now if the first paint has not come yet (an action asked for the checker)."""
        self.window.first_paint.run_now("spelling")
        self.start()

    def wire_editors(self) -> None:
        """An underline on every part's editor, the fixes in its right-click menu."""
        if self.checker is None:
            return  # start() wires them
        from papi_desktop.gui.spell_highlighter import SpellHighlighter

        self.highlighters = {}
        for key, tab in self.window.section_tabs.items():
            self.highlighters[key] = SpellHighlighter(tab.editor.document(), self.checker)
            tab.set_spelling(self.checker, self.add_word)

    def set_store(self, store: DraftStore) -> None:
        """The agency's words of the database now open."""
        self._store = store
        if self.checker is not None:
            self._load_words(store)

    def _load_words(self, store: DraftStore) -> None:
        try:
            self.checker.set_words(store.list_words())
        except UserError as error:
            log.warning("word list of %s not read: %s", store.path, error.detail)
            self.checker.set_words(())

    def add_word(self, word: str) -> None:
        """"Thêm vào từ điển": kept in the database file (the checker already knows it)."""
        store = self.window.store
        if store.read_only:
            return
        try:
            store.add_word(word)
        except UserError as error:
            self.window.show_error(error)
            return
        self.window.statusBar().showMessage(self.tr("Đã thêm “%1” vào từ điển của cơ quan.").replace("%1", word), 6000)

    # -- the report's tone-mark style ------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        return {key: tab.text() for key, tab in self.window.section_tabs.items()}

    def follow_report(self, report: Report | None) -> None:
        """Suggest in the style the report uses most; mark the words in the other one."""
        if self.checker is None:
            return  # start() follows the report then
        from papi_desktop.spelling import STYLE_NEW, STYLE_OLD
        from papi_desktop.spelling.tone_style import style_report

        counts = style_report(self.texts().values()) if report is not None else None
        self.checker.style = (counts.majority if counts else None) or STYLE_OLD
        minority = None
        if counts is not None and counts.mixed:
            minority = STYLE_NEW if self.checker.style == STYLE_OLD else STYLE_OLD
        for highlighter in self.highlighters.values():
            highlighter.set_minority_style(minority)

    def unify_tone(self) -> int:
        """Sửa → Thống nhất cách bỏ dấu…: every part in the style used most, after the clerk agrees.
        One undo step per part; returns how many words were changed."""
        from PySide6.QtWidgets import QMessageBox

        from papi_desktop.gui.spell_highlighter import apply_replacements
        from papi_desktop.spelling import STYLE_NEW, STYLE_OLD
        from papi_desktop.spelling.tone_style import style_report, unify_all

        self.ensure_started()
        window = self.window
        texts = self.texts()
        counts = style_report(texts.values())
        style = counts.majority
        if not counts.mixed or style is None:
            window.statusBar().showMessage(self.tr("Báo cáo đã bỏ dấu thống nhất một kiểu."), 8000)
            return 0
        other = STYLE_NEW if style == STYLE_OLD else STYLE_OLD
        names = {STYLE_OLD: self.tr("kiểu cũ (hòa, thủy, khỏe)"), STYLE_NEW: self.tr("kiểu mới (hoà, thuỷ, khoẻ)")}
        examples = ", ".join(counts.examples[other][:5])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Thống nhất cách bỏ dấu"), self.tr(
            "Báo cáo dùng cả hai cách đặt dấu thanh: %1 ở %2 từ và %3 ở %4 từ (%5).\n\n"
            "Đổi các từ này sang %1, cách báo cáo dùng nhiều hơn?")
            .replace("%1", names[style]).replace("%2", str(counts.counts[style]))
            .replace("%3", names[other]).replace("%4", str(counts.counts[other])).replace("%5", examples), parent=window)
        box.setObjectName("unifyToneBox")
        change = box.addButton(self.tr("Đổi"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not change:
            return 0
        made = 0
        for key, replacements in unify_all(texts, style).items():
            made += apply_replacements(window.section_tabs[key].editor.document(), replacements)
        self.follow_report(window.report)
        window.statusBar().showMessage(self.tr("Đã đổi %n từ sang cùng một cách bỏ dấu.", "", made), 8000)
        return made
