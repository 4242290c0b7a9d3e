"""Carried-over paragraphs marked in real editors (gui/carried_over.py)."""

from __future__ import annotations

from PySide6.QtGui import QTextFormat

from papi_desktop.compose import compose
from papi_desktop.gui.carried_over import MARK_COLOR, CarriedOverMarks
from papi_desktop.gui.section_editor import SectionEditor
from papi_desktop.model.report import paragraphs
from papi_desktop.model.serialize import next_quarter_report
from papi_desktop.render.qt import build_text_document

from tests.gui.conftest import type_text


def _editors(qtbot, report):
    editors = {}
    for key in report.section_keys():
        editor = SectionEditor()
        qtbot.addWidget(editor)
        editor.setPlainText(report.section(key))
        editors[key] = editor
    return editors


def test_count_equals_the_paragraphs_copied_and_drops_after_one_edit(qtbot, sample_report):
    draft = next_quarter_report(sample_report)
    editors = _editors(qtbot, draft)
    marks = CarriedOverMarks(editors)
    totals = []
    marks.total_changed.connect(totals.append)
    marks.set_source(sample_report.sections)
    copied = sum(len(paragraphs(draft.section(key))) for key in draft.section_keys())
    assert marks.total() == copied == totals[-1]
    assert marks.count("participation") == 4
    assert marks.summary(12) == "12 đoạn giữ nguyên từ quý trước"

    editor = editors["participation"]
    editor.show()
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(1).position() + len("- Tiếp tục"))
    editor.setTextCursor(cursor)
    with qtbot.waitSignal(marks.count_changed) as changed:
        type_text(editor, " mạnh mẽ")
    assert changed.args[0] == "participation"
    assert marks.lines("participation") == [0, 2, 3]
    assert marks.total() == copied - 1 == totals[-1]
    marked = [s.cursor.block().blockNumber() for s in editor.extraSelections()]
    assert marked == [0, 2, 3]
    assert all(s.format.property(QTextFormat.Property.FullWidthSelection) for s in editor.extraSelections())

    while editor.document().isUndoAvailable():  # undo goes word by word: back to last quarter's words
        editor.undo()
    assert marks.lines("participation") == [0, 1, 2, 3]


def test_the_switch_hides_the_marks_and_keeps_the_counts(qtbot, sample_report):
    draft = next_quarter_report(sample_report)
    editors = _editors(qtbot, draft)
    marks = CarriedOverMarks(editors)
    marks.set_source(sample_report.sections)
    action = marks.toggle_action(editors["preamble"])
    assert action.isChecked() and editors["preamble"].extraSelections()
    action.trigger()
    assert not marks.is_visible()
    assert all(not editor.extraSelections() for editor in editors.values())
    assert marks.count("preamble") == 1
    action.trigger()
    assert len(editors["implementation"].extraSelections()) == 3


def test_no_source_no_marks(qtbot, sample_report):
    editors = _editors(qtbot, sample_report)
    marks = CarriedOverMarks(editors)
    marks.set_source(None)
    assert marks.total() == 0 and not editors["preamble"].extraSelections()


def test_marks_never_enter_the_text_or_the_printed_report(qtbot, sample_report):
    draft = next_quarter_report(sample_report)
    editors = _editors(qtbot, draft)
    marks = CarriedOverMarks(editors)
    marks.set_source(sample_report.sections)
    for key, editor in editors.items():
        assert editor.toPlainText() == draft.section(key)
        assert not editor.document().isUndoAvailable()
    # The preview, print and PDF are built from the report (the model), never from an editor.
    printed = build_text_document(compose(draft))
    backgrounds = set()
    block = printed.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            brush = iterator.fragment().charFormat().background()
            backgrounds.add(brush.color().name() if brush.style().name != "NoBrush" else None)
            iterator += 1
        block = block.next()
    assert MARK_COLOR.name() not in backgrounds
    assert "Sở tăng cường công tác Quản trị" in printed.toPlainText()
