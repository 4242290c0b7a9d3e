"""Tables and charts in a part become layout blocks whose fields hold every layout decision."""

from __future__ import annotations

from papi_desktop.compose import compose
from papi_desktop.compose.blocks import Figure, Para, Role, Spacer, TableBlock
from papi_desktop.compose.tables import KEEP_TOGETHER_MAX_ROWS
from papi_desktop.model.report import IMPLEMENTATION
from papi_desktop.model.tables import BarChart, Table


def _with(report, *lines: str):
    report.set_section(IMPLEMENTATION, "Trước bảng.\n" + "\n".join(lines) + "\nSau bảng.")
    return compose(report)


def _table(rows: int, caption: str = "Kết quả giải quyết hồ sơ") -> Table:
    body = tuple((f"Lĩnh vực {n}", f"1.{n:03d}", f"98,{n}%") for n in range(1, rows + 1))
    return Table((("Lĩnh vực", "Số hồ sơ", "Tỷ lệ"),) + body, 1, (2, 1, 1), caption)


def test_a_table_line_becomes_its_caption_and_a_table_block(sample_report):
    document = _with(sample_report, _table(3).to_line())
    blocks = list(document.blocks)
    index = next(i for i, b in enumerate(blocks) if isinstance(b, TableBlock))
    caption, table = blocks[index - 1], blocks[index]
    assert caption == Para(Role.CAPTION, "Bảng 1. Kết quả giải quyết hồ sơ", IMPLEMENTATION,
                           keep_with_next=True, keep_lines=True, min_lines=2)
    assert blocks[index - 2].text == "Trước bảng." and blocks[index + 1].text == "Sau bảng."
    assert table.rows[0] == ("Lĩnh vực", "Số hồ sơ", "Tỷ lệ") and len(table.rows) == 4
    assert table.header_rows == 1 and table.rows_cant_split
    assert table.column_widths_mm == (82.5, 41.2, 41.3)  # shares 2:1:1 of the 165 mm text width
    assert sum(table.column_widths_mm) == document.page.text_width_mm
    assert table.right_aligned == (False, True, True)  # the figure columns
    assert table.cell_role is Role.TABLE_CELL and table.header_role is Role.TABLE_HEADER
    assert table.border_pt == 0.5 and table.anchor == IMPLEMENTATION


def test_cells_print_one_size_smaller_than_the_body():
    from papi_desktop.render.styles import style_for

    assert style_for(Role.TABLE_CELL).size_pt == style_for(Role.BODY).size_pt - 1 == 13.0
    assert style_for(Role.TABLE_HEADER).size_pt == 13.0 and style_for(Role.TABLE_HEADER).bold


def test_small_tables_are_kept_whole_long_ones_run_on(sample_report):
    small = next(b for b in _with(sample_report, _table(KEEP_TOGETHER_MAX_ROWS - 1).to_line()).blocks
                 if isinstance(b, TableBlock))
    assert small.keep_together
    assert [small.row_kept_with_next(r) for r in range(len(small.rows))] == [True] * (len(small.rows) - 1) + [False]
    long = next(b for b in _with(sample_report, _table(20).to_line()).blocks if isinstance(b, TableBlock))
    assert not long.keep_together
    # only the header row stays with the next: it never stands alone at a page's foot
    assert [long.row_kept_with_next(r) for r in range(3)] == [True, False, False]


def test_captions_are_numbered_in_reading_order_unless_typed_with_a_number(sample_report):
    chart = BarChart(("Một", "Hai"), ("2023", "2024"), ((5.0, 6.0), (7.0, 6.5)), "Điểm các nội dung")
    document = _with(sample_report, _table(2, "Thứ nhất").to_line(), _table(2, "").to_line(),
                     _table(2, "Bảng 7: đánh số sẵn").to_line(), chart.to_line())
    captions = [p.text for p in document.paragraphs() if p.role is Role.CAPTION]
    assert captions == ["Bảng 1. Thứ nhất", "Bảng 7: đánh số sẵn", "Biểu đồ 1. Điểm các nội dung"]


def test_a_chart_becomes_a_figure_kept_with_its_caption_below(sample_report):
    chart = BarChart(("Một", "Hai"), ("2023", "2024"), ((5.0, 6.0), (7.0, 6.5)), "Điểm các nội dung")
    blocks = list(_with(sample_report, chart.to_line()).blocks)
    index = next(i for i, b in enumerate(blocks) if isinstance(b, Figure))
    figure, caption = blocks[index], blocks[index + 1]
    assert figure.chart == chart and figure.keep_with_next
    assert 0 < figure.width_mm <= 165 and figure.height_mm > 0
    # the figure's one line holds the picture and the room under it, in whole twips
    assert figure.line_height_pt > figure.height_mm / 25.4 * 72
    assert round(figure.line_height_pt * 20) == figure.line_height_pt * 20
    assert caption.role is Role.CAPTION and caption.text == "Biểu đồ 1. Điểm các nội dung"


def test_cells_are_part_of_the_documents_text(sample_report):
    document = _with(sample_report, _table(2).to_line())
    assert "Lĩnh vực 2" in document.plain_text() and "98,2%" in document.plain_text()
    assert "\ufffc" not in document.plain_text()  # never the raw table line


def test_two_tables_one_after_the_other_are_parted_by_a_blank_line(sample_report):
    """Word would join two tables with nothing between them into one."""
    blocks = list(_with(sample_report, _table(2, "").to_line(), _table(2, "").to_line()).blocks)
    index = next(i for i, b in enumerate(blocks) if isinstance(b, TableBlock))
    assert isinstance(blocks[index + 1], Spacer) and isinstance(blocks[index + 2], TableBlock)
