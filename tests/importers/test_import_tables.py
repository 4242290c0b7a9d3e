"""A Word table of content arrives as a table in the part it stood in (issue #14); the header's
and signature's layout tables are still read as layout; merged cells become plain cells."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from papi_desktop.importers import import_report
from papi_desktop.model.report import ParagraphKind, paragraphs
from papi_desktop.model.sample import load_sample
from papi_desktop.model.tables import Table

FIGURES = (("Lĩnh vực", "Tiếp nhận", "Đã giải quyết"), ("Đất đai", "900", "898"), ("Hộ tịch", "1.234", "1.230"))
SCORES = (("Nội dung", "Năm 2023", "Năm 2024"), ("Tham gia", "5,00", "5,24"), ("Công khai", "5,50", "5,43"))


def _with_tables(tmp_path: Path) -> Path:
    report = load_sample()
    figures = Table(FIGURES, 1, (0.5, 0.25, 0.25), "Bảng 1. Kết quả giải quyết thủ tục hành chính")
    report.set_section("procedures", report.section("procedures") + "\n" + figures.to_line() + "\nSố liệu trên đây tính đến 31/3.")
    report.set_section("participation", Table(SCORES).to_line() + "\n" + report.section("participation"))
    path = tmp_path / "co-bang.docx"
    from papi_desktop.export import export

    export(report, path)
    return path


def _tables(report, key: str) -> list[Table]:
    return [p.table for p in paragraphs(report.section(key)) if p.kind is ParagraphKind.TABLE]


def test_tables_in_two_dimensions_come_back_in_their_parts_cell_for_cell(tmp_path: Path) -> None:
    result = import_report(_with_tables(tmp_path))
    report = result.report
    (figures,) = _tables(report, "procedures")
    assert figures.rows == FIGURES and figures.header_rows == 1
    assert figures.caption == "Bảng 1. Kết quả giải quyết thủ tục hành chính"
    assert report.section("procedures").endswith("Số liệu trên đây tính đến 31/3.")
    (scores,) = _tables(report, "participation")
    assert scores.rows == SCORES
    assert paragraphs(report.section("participation"))[0].kind is ParagraphKind.TABLE  # in order
    # the header and signature tables are still layout, read into their fields
    assert report.header.agency == "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and report.signature.signer_name
    assert any("2 bảng" in notice for notice in result.notices)


def test_round_trip_keeps_every_cell(tmp_path: Path) -> None:
    from papi_desktop.export import export

    first = import_report(_with_tables(tmp_path)).report
    again = tmp_path / "lan-hai.docx"
    export(first, again)
    second = import_report(again).report
    for key in ("procedures", "participation"):
        assert [t.rows for t in _tables(second, key)] == [t.rows for t in _tables(first, key)]


def test_merged_cells_are_flattened_with_their_text_kept_and_the_clerk_told(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("I. Công tác xây dựng Kế hoạch và triển khai thực hiện Kế hoạch")
    word.add_paragraph("Kết quả như sau:")
    table = word.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, (("Năm", "Quý I", "Quý II"), ("2024", "12", "15"), ("Ghi chú", "", ""))):
        for cell, value in zip(row.cells, values):
            cell.text = value
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), "3")
    merged = table.rows[2]._tr
    first = merged.tc_lst[0]
    first.get_or_add_tcPr().append(span)
    for extra in merged.tc_lst[1:]:
        merged.remove(extra)
    path = tmp_path / "gop.docx"
    word.save(str(path))
    result = import_report(path)
    (found,) = _tables(result.report, "implementation")
    assert found.rows == (("Năm", "Quý I", "Quý II"), ("2024", "12", "15"), ("Ghi chú", "", ""))
    assert any("ô gộp" in notice for notice in result.notices)
