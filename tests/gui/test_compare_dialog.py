"""Comparing a part with another report in real widgets (gui/compare_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from papi_desktop.gui.compare_dialog import CompareDialog
from papi_desktop.gui.section_editor import SectionEditor
from papi_desktop.model.serialize import duplicate_report, next_quarter_report


def _setup(qtbot, sample_report):
    draft = next_quarter_report(sample_report)
    lines = draft.section("participation").split("\n")
    edited = [lines[0], lines[1].replace("Tiếp tục triển khai", "Đã triển khai"), lines[3]]
    editor = SectionEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("\n".join(edited))
    other = duplicate_report(sample_report)
    other.set_section("participation", "- Một đoạn khác hẳn của năm trước.")
    reports = {sample_report.id: sample_report, other.id: other}
    loaded = []

    def loader(report_id):
        loaded.append(report_id)
        return reports[report_id]

    choices = [(sample_report.id, "quý I/2022 (báo cáo gốc)"), (other.id, "Bản sao")]
    dialog = CompareDialog(editor, "participation", "1. Tham gia", choices, loader, sample_report.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, editor, lines, loaded, other


def _texts(dialog) -> list[str]:
    return [label.text() for label in dialog.rows.findChildren(QLabel)]


def test_words_added_and_removed_are_marked(qtbot, sample_report):
    dialog, editor, lines, loaded, _other = _setup(qtbot, sample_report)
    assert loaded == [sample_report.id]
    texts = _texts(dialog)
    assert len(texts) == 4  # same, changed, removed, same
    changed = texts[1]
    assert "text-decoration:line-through'>Tiếp tục</span>" in changed
    assert "text-decoration:underline'>Đã</span>" in changed
    assert "line-through'>" in texts[2] and "Ban Thanh tra nhân dân" in texts[2]
    assert dialog.summary_label.text() == "Giữ nguyên 2 đoạn, sửa 1, thêm 0, bỏ 1."
    assert len(dialog.restore_buttons) == 1


def test_a_removed_paragraph_is_taken_back_at_its_place_undoably(qtbot, sample_report):
    dialog, editor, lines, _loaded, _other = _setup(qtbot, sample_report)
    before = editor.toPlainText()
    with qtbot.waitSignal(dialog.restore_requested) as restored:
        qtbot.mouseClick(dialog.restore_buttons[0], Qt.MouseButton.LeftButton)
    assert restored.args == ["participation", 2, lines[2]]
    assert editor.toPlainText().split("\n")[2] == lines[2]
    assert dialog.restore_buttons == [] and "bỏ 0." in dialog.summary_label.text()
    editor.undo()
    assert editor.toPlainText() == before


def test_another_report_can_be_picked(qtbot, sample_report):
    dialog, editor, _lines, loaded, other = _setup(qtbot, sample_report)
    dialog.combo.setCurrentIndex(1)
    assert loaded[-1] == other.id
    assert dialog.summary_label.text() == "Giữ nguyên 0 đoạn, sửa 0, thêm 3, bỏ 1."


def test_a_report_that_cannot_be_read_is_said_so(qtbot, sample_report):
    editor = SectionEditor()
    qtbot.addWidget(editor)

    def broken(_report_id):
        raise OSError("disk gone")

    dialog = CompareDialog(editor, "participation", "1. Tham gia", [("x", "quý I/2022")], broken)
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text() == "Không mở được báo cáo này để so sánh."


def test_a_table_is_compared_by_its_label_and_taken_back_whole(qtbot, sample_report):
    from papi_desktop.model.tables import Table, parse_table

    old = Table((("Chỉ số", "2023"), ("Tham gia", "5,1")), 1, (), "Điểm PAPI")
    new = Table((("Chỉ số", "2024"), ("Tham gia", "5,3")), 1, (), "Điểm PAPI")
    before = duplicate_report(sample_report)
    before.set_section("participation", f"Mở đầu.\n{old.to_line()}\nBảng bị bỏ:\n{old.to_line()}")
    editor = SectionEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(f"Mở đầu.\n{new.to_line()}\nBảng bị bỏ:")
    dialog = CompareDialog(editor, "participation", "1. Tham gia", [(before.id, "quý trước")],
                           lambda _id: before, before.id)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert not any("\ufffc" in text or "{" in text for text in texts)
    assert any("line-through" in t and "[Bảng “Điểm PAPI”: 2 hàng × 2 cột]" in t for t in texts)
    button = dialog.restore_buttons[-1]  # the removed table comes back as a table, not as its label
    button.click()
    assert parse_table(editor.toPlainText().split("\n")[-1]) == old.normalised()
