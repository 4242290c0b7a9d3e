"""Tables in the section editor: typed, moved through with Tab, pasted, reshaped, undone, and
always handed to the window as the part's text (a table one line of it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication
import pytest

from papi_desktop.gui.editor_text import editor_text, replace_spans
from papi_desktop.gui.section_editor import SectionEditor
from papi_desktop.gui.table_clipboard import table_from_html
from papi_desktop.model.report import ParagraphKind, paragraphs
from papi_desktop.model.tables import BarChart, Table, parse_table

from .conftest import type_text


@pytest.fixture
def editor(qtbot):
    widget = SectionEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    return widget


def _tables(editor) -> list[Table]:
    return [p.table for p in paragraphs(editor.toPlainText()) if p.kind is ParagraphKind.TABLE]


def _key(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, ""))


def test_a_part_with_a_table_shows_cells_and_gives_its_text_back_unchanged(editor):
    table = Table((("Lĩnh vực", "Số hồ sơ"), ("Đất đai", "1.234")), 1, (0.7, 0.3), "Hồ sơ đã giải quyết")
    text = "Đoạn trước.\n" + table.to_line() + "\n- Gạch đầu dòng sau bảng."
    editor.setPlainText(text)
    assert editor.toPlainText() == text
    assert editor.document().rootFrame().childFrames()[0].rows() == 2  # a real table
    assert "{" not in editor.display_text() and "Đất đai" in editor.display_text()
    # words: the paragraphs', the cells' and the caption's
    assert editor.word_count() == 2 + (2 + 3 + 2 + 1) + 6 + 5


def test_insert_type_and_tab_through_the_cells(editor):
    type_text(editor, "Kết quả như sau:")
    editor.insert_table(2, 2)
    type_text(editor, "Lĩnh vực")
    _key(editor, Qt.Key.Key_Tab)
    type_text(editor, "Số")
    _key(editor, Qt.Key.Key_Tab)
    type_text(editor, "Đất đai")
    _key(editor, Qt.Key.Key_Tab)
    type_text(editor, "900")
    _key(editor, Qt.Key.Key_Tab)  # Tab in the last cell adds a row
    type_text(editor, "Xây dựng")
    _key(editor, Qt.Key.Key_Backtab)  # Shift+Tab: back to the cell before, its text selected
    type_text(editor, "898")
    lines = editor.toPlainText().split("\n")
    assert lines[0] == "Kết quả như sau:"
    table = parse_table(lines[1])
    assert table.rows == (("Lĩnh vực", "Số"), ("Đất đai", "898"), ("Xây dựng", ""))
    assert table.header_rows == 1


def test_tab_outside_a_table_still_leaves_the_editor(editor, qtbot):
    other = SectionEditor()
    qtbot.addWidget(other)
    editor.setPlainText("Chữ")
    assert editor.next_cell() is False  # not in a table: Tab changes focus as before
    assert editor.tabChangesFocus()


def test_undo_takes_back_a_table_and_its_typing_step_by_step(editor):
    editor.setPlainText("Đoạn.")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_table(2, 2)
    type_text(editor, "ô")
    assert "ô" in editor.toPlainText()
    editor.undo()
    assert len(_tables(editor)) == 1 and _tables(editor)[0].rows[0][0] == ""
    editor.undo()
    assert editor.toPlainText() == "Đoạn."
    editor.redo()
    assert len(_tables(editor)) == 1


def test_rows_columns_header_widths_and_caption(editor):
    editor.insert_table(2, 2)
    editor.add_row()
    editor.add_column()
    table = _tables(editor)[0]
    assert len(table.rows) == 3 and table.columns == 3
    editor.remove_column()
    editor.remove_row()
    assert _tables(editor)[0].rows == (("", ""), ("", ""))
    editor.toggle_header_row()  # the cursor is in row 1: rows 0–1 … but a table keeps one body row
    assert _tables(editor)[0].header_rows == 1
    first = editor.current_table().cellAt(0, 0).firstCursorPosition()
    editor.setTextCursor(first)
    editor.toggle_header_row()  # on the last header row: no header any more
    assert _tables(editor)[0].header_rows == 0
    editor.toggle_header_row()
    assert _tables(editor)[0].header_rows == 1
    editor.set_column_widths([3, 1])
    assert _tables(editor)[0].widths == pytest.approx((0.75, 0.25), abs=1e-3)
    editor.set_caption("Kết quả  năm 2024")
    assert _tables(editor)[0].caption == "Kết quả năm 2024"
    editor.undo()  # each action one step
    assert _tables(editor)[0].caption == ""
    editor.remove_table()
    assert _tables(editor) == []


def test_paste_an_html_table_from_word_or_excel(editor):
    html = ("<html><head><style>td {color:red}</style></head><body><table border=1>"
            "<tr><td><p>Lĩnh vực</p></td><td>Số hồ sơ</td></tr>"
            "<tr><td>Đất&nbsp;đai<br>và xây dựng</td><td>1.234</td></tr>"
            "<tr><td colspan=2>Tổng</td></tr></table></body></html>")
    data = QMimeData()
    data.setHtml(html)
    data.setText("Lĩnh vực\tSố hồ sơ\nĐất đai và xây dựng\t1.234\nTổng")
    editor.setPlainText("Trước.")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insertFromMimeData(data)
    text = editor.toPlainText()
    assert text.split("\n")[0] == "Trước."
    table = _tables(editor)[0]
    assert table.rows == (("Lĩnh vực", "Số hồ sơ"), ("Đất đai và xây dựng", "1.234"), ("Tổng", ""))
    assert table.header_rows == 1
    editor.undo()
    assert editor.toPlainText() == "Trước."


def test_paste_tab_separated_text_makes_a_table_plain_text_stays_text(editor):
    data = QMimeData()
    data.setText("Năm\tĐiểm\n2023\t42,1\n2024\t43,48\n")
    editor.insertFromMimeData(data)
    assert _tables(editor)[0].rows == (("Năm", "Điểm"), ("2023", "42,1"), ("2024", "43,48"))
    plain = QMimeData()
    plain.setText("Một câu\r\nhai dòng")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insertFromMimeData(plain)
    assert editor.toPlainText().endswith("Một câu\nhai dòng")
    assert len(_tables(editor)) == 1


def test_a_chart_shows_as_a_picture_and_survives_editing_around_it(editor):
    chart = BarChart(("Một", "Hai"), ("2023", "2024"), ((5.0, 6.0), (7.0, 6.5)), "Điểm các nội dung")
    editor.setPlainText("Trên.\n" + chart.to_line() + "\nDưới.")
    assert "{" not in editor.display_text()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " Thêm")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(editor, "Mở đầu. ")
    assert editor.toPlainText() == "Mở đầu. Trên.\n" + chart.to_line() + "\nDưới. Thêm"
    # text typed right after the picture becomes a paragraph of its own, the chart intact
    cursor = editor.textCursor()
    cursor.setPosition(editor.display_text().index("\ufffc") + 1)
    editor.setTextCursor(cursor)
    type_text(editor, "Ghi chú")
    assert editor.toPlainText().split("\n")[1:3] == [chart.to_line(), "Ghi chú"]


def test_find_and_replace_work_in_cells_and_after_a_table(editor):
    table = Table((("Tỉnh", "Điểm"), ("Quảng Trị", "43,48")), 1)
    editor.setPlainText("Quảng Trị đứng đầu.\n" + table.to_line() + "\nQuảng Trị tăng điểm.")
    shown = editor_text(editor)
    spans = [(i, i + len("Quảng Trị"), "Lai Châu") for i in range(len(shown)) if shown.startswith("Quảng Trị", i)]
    assert len(spans) == 3
    replace_spans(editor, spans)
    lines = editor.toPlainText().split("\n")
    assert lines[0] == "Lai Châu đứng đầu." and lines[2] == "Lai Châu tăng điểm."
    assert parse_table(lines[1]).rows[1] == ("Lai Châu", "43,48")


def test_the_context_menu_offers_the_table_actions(editor):
    menu = editor.context_menu(editor.cursorRect().center())
    assert any(action.text() == "Chèn bảng…" for action in menu.actions())
    editor.insert_table(2, 2)
    names = [action.text() for action in editor.table_actions()]
    assert "Thêm dòng phía dưới" in names and "Xóa cột" in names and "Tên bảng…" in names


def test_html_without_a_table_is_no_table():
    assert table_from_html("<p>Chỉ là chữ</p>") is None
    assert table_from_html("<table><tr><td></td></tr></table>") is None


def test_a_score_table_and_chart_from_the_scores_dialog_go_in_as_a_table_and_a_picture(editor):
    table = Table((("Nội dung", "Năm 2023", "Năm 2024"), ("Tham gia", "5,10", "5,30")), 1, (), "Điểm PAPI",
                  {"kind": "scores", "province": "Quảng Trị", "years": [2023, 2024]})
    chart = BarChart(("Một", "Hai"), ("2023", "2024"), ((5.0, 6.0), (7.0, 6.5)), "Điểm các nội dung")
    editor.setPlainText("Đoạn một.\nĐoạn hai.")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.insert_part_line(table.to_line())
    editor.insert_part_line(chart.to_line())  # the cursor was in the table: it goes after it
    assert editor.toPlainText().split("\n") == ["Đoạn một.", table.to_line(), chart.to_line(), "Đoạn hai."]
    assert "{" not in editor.display_text()
    editor.undo()
    editor.undo()
    assert editor.toPlainText() == "Đoạn một.\nĐoạn hai."


def test_a_table_typed_in_the_window_reaches_the_report_the_preview_and_the_saved_file(make_window):
    window = make_window()
    window.new_quarter()
    tab = window.section_tabs["environment"]
    window.ui.editorTabs.setCurrentWidget(tab)
    editor = tab.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_table(2, 2)
    for text in ("Hạng mục", "Số lượng", "Cây xanh trồng mới", "1.250"):
        type_text(editor, text)
        _key(editor, Qt.Key.Key_Tab)
    editor.undo()  # the row the last Tab added
    window.refresh_preview()
    table = _tables(editor)[0]
    assert table.rows == (("Hạng mục", "Số lượng"), ("Cây xanh trồng mới", "1.250"))
    assert window.report.section("environment") == tab.text().strip("\n")
    shown = window.preview.plain_text()
    assert "Cây xanh trồng mới" in shown and "1.250" in shown and "\ufffc" not in shown
    assert tab.words >= 7  # the cells' words are counted
    assert window.autosaver.flush()
    saved = window.store.load(window.report.id).section("environment")
    assert [p.table for p in paragraphs(saved) if p.kind is ParagraphKind.TABLE] == [table]


@pytest.mark.parametrize("number", [0, 1, 2, 3, 4, 9])
def test_a_line_goes_back_where_it_was_even_below_a_table(editor, number):
    """Taking back a paragraph (the compare dialog) counts lines of the part's text, not blocks."""
    table = Table((("A", "B"), ("1", "2")), 1)
    lines = ["Một.", table.to_line(), "Hai.", "Ba."]
    editor.setPlainText("\n".join(lines))
    for new in ("Lấy lại.", table.to_line()):
        editor.setPlainText("\n".join(lines))
        editor.insert_part_line_at(number, new)
        expected = lines[:number] + [new] + lines[number:]
        assert editor.toPlainText().split("\n") == expected, (number, new)
        editor.undo()
        assert editor.toPlainText().split("\n") == lines
    assert editor.block_of_line(2).text() == "Hai."
    assert editor.block_of_line(1).text() == "A"  # the table's first cell
    assert editor.block_of_line(4) is None


def test_carried_over_marks_land_on_the_paragraphs_below_a_table(qtbot, sample_report):
    from papi_desktop.gui.carried_over import CarriedOverMarks

    table = Table((("A", "B"), ("1", "2"), ("3", "4")), 1)
    text = "Đoạn một giữ nguyên.\n" + table.to_line() + "\nĐoạn hai giữ nguyên."
    editor = SectionEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    marks = CarriedOverMarks({"participation": editor})
    marks.set_source({"participation": text})
    marked = sorted(s.cursor.block().text() for s in editor.extraSelections())
    assert "Đoạn hai giữ nguyên." in marked and "Đoạn một giữ nguyên." in marked
