"""The exported sample, opened and printed to PDF by a real word processor (LibreOffice).

One conversion for the whole module keeps the suite fast; poppler reads the PDF back.
"""

from __future__ import annotations

import pytest

from papi_desktop.export import export_docx
from papi_desktop.model import load_sample

from helpers.libreoffice import convert_to_pdf, missing_tools, page_count, page_sizes, pdf_info, pdf_text

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(missing_tools() is not None, reason=missing_tools() or ""),
]

A4_PT = (595.3, 841.9)
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("libreoffice")
    report = load_sample()
    source = export_docx(report, folder / "bao-cao.docx")
    return convert_to_pdf(source, folder / "pdf")


@pytest.fixture(scope="module")
def text(pdf) -> str:
    return pdf_text(pdf)


def test_three_to_six_a4_pages(pdf):
    assert 3 <= page_count(pdf) <= 6
    for width, height in page_sizes(pdf):
        assert abs(width - A4_PT[0]) < 1 and abs(height - A4_PT[1]) < 1


def test_the_report_text_is_there(text):
    assert "BÁO CÁO" in text
    assert "Kết quả công tác duy trì và củng cố" in text
    assert "Nguyễn Hữu Thắng" in text
    assert "KT. GIÁM ĐỐC" in text


def test_national_title_stays_on_one_line(text):
    assert any(NATIONAL_TITLE in line for line in text.splitlines()), "the Quốc hiệu wrapped"


def test_agency_name_stays_on_one_line(text):
    assert any("SỞ KHOA HỌC VÀ CÔNG NGHỆ" in line for line in text.splitlines())


def test_page_numbers_from_page_two_at_the_top(pdf):
    first_page = [line.strip() for line in pdf_text(pdf, 1, 1).splitlines() if line.strip()]
    assert first_page[0] != "1" and "1" not in first_page[:3]
    for number in range(2, page_count(pdf) + 1):
        page = [line.strip() for line in pdf_text(pdf, number, number).splitlines() if line.strip()]
        assert page[0] == str(number), f"page {number} starts with {page[0]!r}"


def test_document_properties_survive(pdf):
    info = pdf_info(pdf)
    assert info["Title"].startswith("Kết quả công tác")
    assert info["Author"] == "Sở Khoa học và Công nghệ"
