"""The score table and chart printed: in the Word file (a real table with Vietnamese numbers, the
chart as a picture) and on the app's PDF pages (issue #15)."""

from __future__ import annotations

from pathlib import Path
import zipfile

import docx
import pytest

from papi_desktop.export import export
from papi_desktop.model import load_catalogue
from papi_desktop.model.sample import load_sample
from papi_desktop.scores.blocks import score_chart, score_table
from papi_desktop.scores.model import ProvinceScores
from tests.helpers.libreoffice import pdf_text, poppler_available

PAPI = load_catalogue("papi")
KEYS = PAPI.dimension_keys


def _report():
    records = [
        ProvinceScores("Quảng Trị", 2023, dict(zip(KEYS, [5.00, 5.50, 4.30, 6.50, 7.00, 7.80, 3.90, 3.10])), rank=35),
        ProvinceScores("Quảng Trị", 2024, dict(zip(KEYS, [5.24, 5.43, 4.22, 6.64, 7.13, 7.72, 3.68, 3.42])), rank=31),
    ]
    report = load_sample()
    table = score_table(records, PAPI, "Quảng Trị", [2023, 2024])
    chart = score_chart(records, PAPI, "Quảng Trị", [2023, 2024])
    report.set_section("implementation", "\n".join([report.section("implementation"), table.to_line(), chart.to_line()]))
    return report


def test_the_word_file_holds_the_score_table_and_the_chart_picture(tmp_path: Path) -> None:
    path = tmp_path / "diem.docx"
    export(_report(), path)
    word = docx.Document(str(path))
    tables = [t for t in word.tables if t.rows[0].cells[0].text == "Nội dung"]
    assert len(tables) == 1
    rows = [[cell.text for cell in row.cells] for row in tables[0].rows]
    assert rows[1] == ["Tham gia của người dân ở cấp cơ sở", "5,00", "5,24", "+0,24 ▲"]
    assert rows[-2][1:] == ["43,10", "43,48", "+0,38 ▲"] and rows[-1] == ["Xếp hạng", "35", "31", ""]
    with zipfile.ZipFile(path) as package:
        pictures = [name for name in package.namelist() if name.startswith("word/media/")]
    assert len(pictures) == 1  # the chart, at print resolution
    assert any("Biểu đồ" in p.text for p in word.paragraphs)


@pytest.mark.skipif(not poppler_available(), reason="poppler-utils (pdftotext) is not installed")
def test_the_app_pdf_prints_the_score_table_and_the_chart(tmp_path: Path) -> None:
    path = tmp_path / "diem.pdf"
    export(_report(), path)
    text = " ".join(pdf_text(path).split())  # pdftotext reads a table column by column
    for words in ("Bảng 1. Điểm PAPI của tỉnh Quảng Trị", "Tham gia của người dân ở cấp cơ sở", "5,24",
                  "+0,24 ▲", "−0,07 ▼", "43,48", "Xếp hạng", "Biểu đồ"):
        assert words in text, words
