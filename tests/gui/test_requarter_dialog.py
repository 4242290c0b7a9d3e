"""The review list of period updates after "Báo cáo quý mới", in real widgets (gui/requarter_dialog.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from papi_desktop.gui.requarter_dialog import RequarterDialog, apply_to_editors
from papi_desktop.gui.section_editor import SectionEditor
from papi_desktop.model import NEXT_TASKS, PREAMBLE
from papi_desktop.model.period_references import apply_replacements, period_references
from papi_desktop.model.serialize import next_quarter_report
from papi_desktop.model.text_fields import field_label

from tests.gui.conftest import type_text

DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


def _editors(qtbot, report):
    editors = {}
    for key in report.section_keys():
        editor = SectionEditor()
        qtbot.addWidget(editor)
        editor.setPlainText(report.section(key))
        editors[key] = editor
    if report.title_override is not None:
        editors["title"] = QPlainTextEdit(report.title_override)
        qtbot.addWidget(editors["title"])
    return editors


def _dialog(qtbot, report):
    dialog = RequarterDialog(period_references(report), lambda key: field_label(report, key))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_accepting_the_review_leaves_no_old_quarter_and_undo_brings_it_back(qtbot, sample_report):
    draft = next_quarter_report(sample_report)
    draft.set_section(NEXT_TASKS, draft.section(NEXT_TASKS) + "\nKế hoạch thực hiện quý II/2022 gắn với kết quả quý I/2022.")
    editors = _editors(qtbot, draft)
    dialog = _dialog(qtbot, draft)
    assert [check.text() for check in dialog.checks] == ["Mở đầu", "III. Nhiệm vụ quý tới", "III. Nhiệm vụ quý tới"]
    shown = dialog.findChildren(QLabel)
    assert any("quý I/2022</span> <span" in label.text() and "như sau:" in label.text() for label in shown)
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    chosen = dialog.chosen()
    assert len(chosen) == 3

    applied = apply_to_editors(editors, chosen)
    assert applied.count == 3
    texts = {key: editor.toPlainText() for key, editor in editors.items()}
    assert not any("quý I/2022" in text for text in texts.values())
    assert texts[NEXT_TASKS].endswith("Kế hoạch thực hiện quý III/2022 gắn với kết quả quý II/2022.")
    assert [DATE.findall(texts[key]) for key in editors] == [DATE.findall(draft.section(key)) for key in editors]
    assert texts == {key: apply_replacements(draft, chosen).section(key) for key in editors}  # the model agrees

    editors[PREAMBLE].undo()  # one Ctrl+Z in an editor takes its changes back
    assert editors[PREAMBLE].toPlainText() == sample_report.section(PREAMBLE)
    assert applied.undo() == 1  # the whole step: the preamble was already undone by hand
    assert editors[NEXT_TASKS].toPlainText() == draft.section(NEXT_TASKS)


def test_a_doubtful_reference_is_unticked_and_accept_checked_leaves_it(qtbot, sample_report):
    draft = next_quarter_report(sample_report)
    draft.set_section("implementation", "Sở đã gửi Báo cáo số 23/BC-SKHCHN ngày 14/3/2022 về kết quả quý I/2022.\n"
                                        "Trong quý I, Sở đã làm tốt.")
    editors = _editors(qtbot, draft)
    dialog = _dialog(qtbot, draft)
    assert [check.isChecked() for check in dialog.checks] == [True, False, True]
    dialog.checks[0].setChecked(False)
    qtbot.mouseClick(dialog.accept_checked_button, Qt.MouseButton.LeftButton)
    apply_to_editors(editors, dialog.chosen())
    assert editors[PREAMBLE].toPlainText() == draft.section(PREAMBLE)
    assert editors["implementation"].toPlainText() == (
        "Sở đã gửi Báo cáo số 23/BC-SKHCHN ngày 14/3/2022 về kết quả quý I/2022.\nTrong quý II, Sở đã làm tốt.")


def test_cancel_changes_nothing(qtbot, sample_report):
    draft = next_quarter_report(sample_report)
    dialog = _dialog(qtbot, draft)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == []
    assert RequarterDialog.review(None, [], str) == []  # nothing to review: no dialog at all


def test_a_quarter_four_report_moves_the_year_in_the_editors(qtbot, sample_report):
    previous = next_quarter_report(next_quarter_report(next_quarter_report(sample_report)))
    previous.set_section(PREAMBLE, sample_report.section(PREAMBLE).replace("quý I/2022", "quý IV/2022"))
    previous.title_override = "Kết quả công tác duy trì và củng cố Chỉ số PAPI quý IV/2022 và nhiệm vụ quý I/2023"
    draft = next_quarter_report(previous)
    draft.title_override = previous.title_override
    editors = _editors(qtbot, draft)
    dialog = _dialog(qtbot, draft)
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    apply_to_editors(editors, dialog.chosen())
    assert "trong lĩnh vực KH&CN quý I/2023 như sau:" in editors[PREAMBLE].toPlainText()
    assert editors["title"].toPlainText() == "Kết quả công tác duy trì và củng cố Chỉ số PAPI quý I/2023 và nhiệm vụ quý II/2023"


def test_an_edit_since_the_review_is_never_overwritten(qtbot, sample_report):
    draft = next_quarter_report(sample_report)
    editors = _editors(qtbot, draft)
    chosen = period_references(draft)
    editor = editors[PREAMBLE]
    editor.show()
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    type_text(editor, "Ngày mai. ")
    applied = apply_to_editors(editors, chosen)
    assert applied.count == 0 and "quý I/2022" in editor.toPlainText()
