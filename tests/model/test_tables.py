"""Tables inside a part's text: one line each, read back cell for cell, never lost."""

from __future__ import annotations

from hypothesis import given, strategies as st

from papi_desktop.model.report import ParagraphKind, paragraphs
from papi_desktop.model.tables import TABLE_MARK, Table, parse_table, table_from_grid
from papi_desktop.model.text import clean_text

FIGURES = Table(
    (("Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Tỷ lệ"),
     ("Đất đai", "1.234", "1.230", "99,7%"),
     ("Hộ tịch", "900", "898", "")),
    header_rows=1, widths=(0.4, 0.2, 0.2, 0.2), caption="Bảng 1. Kết quả giải quyết thủ tục hành chính",
)


def test_a_table_line_reads_back_cell_for_cell_among_paragraphs() -> None:
    body = "Kết quả như sau:\n" + FIGURES.to_line() + "\n- Tiếp tục rà soát."
    kinds = [(p.kind, p.table) for p in paragraphs(clean_text(body))]
    assert kinds == [(ParagraphKind.TEXT, None), (ParagraphKind.TABLE, FIGURES.normalised()), (ParagraphKind.BULLET, None)]
    assert "Đất đai" in body  # the words stay searchable in the stored text


def test_figures_written_the_vietnamese_way_make_a_right_aligned_column() -> None:
    assert FIGURES.numeric_columns() == (False, True, True, True)


def test_a_broken_table_line_stays_text_and_is_not_lost() -> None:
    for line in (TABLE_MARK + "{not json", TABLE_MARK + '{"rows": []}', TABLE_MARK + '{"rows": "abc"}', TABLE_MARK):
        (paragraph,) = paragraphs(line)
        assert paragraph.kind is ParagraphKind.TEXT and paragraph.text == line.strip()


def test_rows_are_padded_and_widths_made_shares() -> None:
    table = Table((("a", "b", "c"), ("d",)), header_rows=5, widths=(2.0, 1.0)).normalised()
    assert table.rows == (("a", "b", "c"), ("d", "", "")) and table.header_rows == 1
    assert table.widths == (1 / 3, 1 / 3, 1 / 3)


def test_tab_separated_clipboard_text_becomes_a_table() -> None:
    table = table_from_grid("Năm\tĐiểm\r\n2023\t43,10\r\n2024\t43,48\r\n")
    assert table.rows == (("Năm", "Điểm"), ("2023", "43,10"), ("2024", "43,48")) and table.header_rows == 1
    assert table_from_grid("một dòng không có tab") is None


cell = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


@given(st.lists(st.lists(cell, min_size=1, max_size=5), min_size=1, max_size=6), st.integers(0, 3))
def test_any_cells_survive_the_line_and_the_texts_cleaning(rows, header) -> None:
    table = Table(tuple(tuple(clean_text(c) for c in row) for row in rows), header).normalised()
    (paragraph,) = [p for p in paragraphs(clean_text("x\n" + table.to_line())) if p.kind is ParagraphKind.TABLE]
    assert [[" ".join(c.split()) for c in row] for row in table.rows] == [list(row) for row in paragraph.table.rows]


def test_a_table_and_a_chart_read_as_labels_where_the_text_is_shown_as_text():
    """A part's history and the comparison with last quarter show a table by its label and its
    cells, never the line the table is stored as."""
    from papi_desktop.model.tables import BarChart, Table, object_label, readable_text

    table = Table((("Chỉ số", "2023"), ("Tham gia", "5,1")), 1, (), "Điểm PAPI").to_line()
    chart = BarChart(("Tham gia",), ("2023",), ((5.1,),), "Điểm từng chỉ số").to_line()
    assert object_label(table) == "[Bảng “Điểm PAPI”: 2 hàng × 2 cột]"
    assert object_label(chart) == "[Biểu đồ “Điểm từng chỉ số”]"
    assert object_label("Sở đã tổ chức.") is None
    shown = readable_text(f"Trước bảng.\n{table}\n{chart}\nSau bảng.")
    assert shown == ("Trước bảng.\n[Bảng “Điểm PAPI”: 2 hàng × 2 cột]\nChỉ số\t2023\nTham gia\t5,1\n"
                     "[Biểu đồ “Điểm từng chỉ số”]\nSau bảng.")
    assert "\ufffc" not in shown and "{" not in shown
