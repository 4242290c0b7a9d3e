"""A report's tables come back out of its .docx cell for cell, in the part they stood in.

What a later Word import reads: one ``w:tbl`` per table in the body, in order, one ``w:tc``
per cell (no merged cells), the text of each cell in one paragraph in the cell style, the
header rows marked, the caption the paragraph just above. Read back here with python-docx.
"""

from __future__ import annotations

import docx
from docx.oxml.ns import qn

from papi_desktop.export import export_docx
from papi_desktop.model.report import IMPLEMENTATION, OTHER
from papi_desktop.model.tables import BarChart, Table


def _tables():
    first = Table((("Lĩnh vực", "Số hồ sơ", "Tỷ lệ"), ("Đất đai", "1.234", "98,5%"), ("Xây dựng", "", "5,31"),
                   ("Ô có “ngoặc” & <dấu> đặc biệt", "−0,29 ▼", "+12")), 1, (0.5, 0.25, 0.25), "Hồ sơ")
    second = Table((("Nhiệm vụ", "Đơn vị", "Thời hạn"), ("Kiểm tra", "Phòng A", "Quý III"),
                    ("Tổng kết", "Văn phòng", "31/12/2024")), 2, (), "")
    return first, second


def test_export_then_read_the_docx_gives_the_same_cells(tmp_path, sample_report, qapp):
    first, second = _tables()
    chart = BarChart(("Một", "Hai"), ("2023", "2024"), ((5.0, 6.0), (7.0, 6.5)), "Điểm")
    sample_report.set_section(IMPLEMENTATION, "Đoạn đầu.\n" + first.to_line() + "\n" + chart.to_line() + "\nĐoạn sau.")
    sample_report.set_section(OTHER, second.to_line())
    word = docx.Document(str(export_docx(sample_report, tmp_path / "bang.docx")))
    content = word.tables[1:-1]  # the header and signature layout tables around them
    assert len(content) == 2
    for written, table in zip(content, (first, second)):
        cells = tuple(tuple(cell.text for cell in row.cells) for row in written.rows)
        assert cells == table.rows
        headers = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None for row in written.rows]
        assert headers == [n < table.header_rows for n in range(len(table.rows))]
        # every cell a single paragraph in the named cell styles
        styles = {p.style.name for row in written.rows for cell in row.cells for p in cell.paragraphs}
        assert styles <= {"BC Ô bảng", "BC Ô tiêu đề bảng"}
    # the caption just above the first table, numbered; the second has none
    body = list(word.element.body)
    above = body[body.index(content[0]._tbl) - 1]
    assert "".join(t.text for t in above.iter(qn("w:t"))) == "Bảng 1. Hồ sơ"
    # the chart is a picture in the file, with its caption under it
    assert len(word.inline_shapes) == 1
    assert any(p.text == "Biểu đồ 1. Điểm" for p in word.paragraphs)


def test_figures_are_right_aligned_and_other_cells_not(tmp_path, sample_report):
    first, _ = _tables()
    sample_report.set_section(IMPLEMENTATION, first.to_line())
    word = docx.Document(str(export_docx(sample_report, tmp_path / "can-le.docx")))
    table = word.tables[1]
    body_row = table.rows[1]
    alignments = [cell.paragraphs[0].paragraph_format.alignment for cell in body_row.cells]
    assert [a is not None and a.name == "RIGHT" for a in alignments] == [False, True, True]
