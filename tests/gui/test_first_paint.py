"""The window's first frame comes before the preview's pages and the spelling underlines; what
follows it is done on the next event-loop turn, and anything that asks earlier gets it at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QWidget

from papi_desktop.gui.first_paint import AfterFirstPaint
from papi_desktop.gui.main_window import MainWindow
from papi_desktop.store import DraftStore


def _window(qtbot, database, settings_path) -> MainWindow:
    window = MainWindow(DraftStore.open(database), QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def _wavy(editor) -> int:
    """How many ranges of ``editor``'s text carry the spelling underline."""
    count, block = 0, editor.document().begin()
    while block.isValid():
        count += sum(r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
                     for r in block.layout().formats())
        block = block.next()
    return count


def test_the_pages_and_underlines_follow_the_first_frame(qtbot, database, settings_path):
    window = _window(qtbot, database, settings_path)
    # Built, not yet painted: the report's text is in the editors, the pages and the checker wait.
    assert "Sở Khoa học và Công nghệ" in window.report.section("preamble")
    assert window.section_tabs["preamble"].text() == window.report.section("preamble")
    assert window.preview.waiting() and window.spell.checker is None
    assert window.pageLabel.text() == ""
    window.show()
    qtbot.waitUntil(lambda: not window.preview.waiting() and window.spell.checker is not None)
    QApplication.processEvents()  # Qt's highlighter draws on the turn after it is attached
    assert window.preview.page_count() >= 2
    assert window.pageLabel.text().startswith("Trang 1/")


def test_asking_for_the_pages_before_the_first_paint_lays_them_out_at_once(qtbot, database, settings_path):
    window = _window(qtbot, database, settings_path)
    assert window.preview.waiting()
    pages = window.preview.page_count()  # a print or a test asking before the window was painted
    assert pages >= 2 and not window.preview.waiting()
    assert "BÁO CÁO" in window.preview.plain_text().upper()


def test_drawing_the_underlines_is_no_edit(qtbot, database, settings_path):
    """Qt reports the underlines being drawn as a change of the document; only the text counts."""
    window = _window(qtbot, database, settings_path)
    window.new_quarter()
    tab = window.section_tabs["participation"]
    tab.set_text("Sở ddaay đã tổ chức hội nghị.")
    window.autosaver.flush()
    edited = []
    window.editor.sectionEdited.connect(edited.append)
    window.show()
    qtbot.waitUntil(lambda: window.spell.checker is not None)
    QApplication.processEvents()
    assert _wavy(tab.editor) == 1
    window.spell.checker.add_word("ddaay")  # every part's underlines drawn again
    QApplication.processEvents()
    assert _wavy(tab.editor) == 0
    assert edited == [] and not window.autosaver.has_pending


def test_after_first_paint_runs_jobs_in_order_once_painted(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    later = AfterFirstPaint(widget)
    done: list[str] = []
    later.defer("a", lambda: done.append("a1"))
    later.defer("b", lambda: done.append("b"))
    later.defer("a", lambda: done.append("a2"))  # replaces the waiting "a", now after "b"
    assert done == [] and later.pending("a") and not later.painted
    later.run_now("b")
    assert done == ["b"] and not later.pending("b")
    widget.show()
    qtbot.waitUntil(lambda: not later.pending())
    assert done == ["b", "a2"] and later.painted
    later.defer("c", lambda: done.append("c"))  # after the first paint: at once
    assert done == ["b", "a2", "c"]


def test_what_waits_for_the_first_paint_runs_anyway_if_none_comes(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    later = AfterFirstPaint(widget)
    done: list[str] = []
    later.defer("job", lambda: done.append("job"))
    widget.setUpdatesEnabled(False)  # shown, but never painted
    widget.show()
    qtbot.waitUntil(lambda: done == ["job"], timeout=10_000)
    assert later.painted
