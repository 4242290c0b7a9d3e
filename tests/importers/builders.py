"""Word files made in the tests with python-docx: the shapes real reports come in."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

HEADER_LEFT = ["UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
NATIONAL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
TITLE = (
    "Kết quả công tác duy trì và củng cố Chỉ số Hiệu quả Quản trị và Hành chính công "
    "quý III và nhiệm vụ quý IV/2023 của Sở Khoa học và Công nghệ"
)


def set_font(run, name: str) -> None:
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{attribute}"), name)


class WordFile:
    """A report written paragraph by paragraph, tables for the header and signature."""

    def __init__(self) -> None:
        self.document = docx.Document()

    def para(self, text: str, font: str | None = None, centered: bool = False, style: str | None = None) -> "WordFile":
        paragraph = self.document.add_paragraph(style=style)
        run = paragraph.add_run(text)
        if font:
            set_font(run, font)
        if centered:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return self

    def table(self, rows: list[list[list[str]]]) -> "WordFile":
        table = self.document.add_table(rows=len(rows), cols=2)
        for row, cells in zip(table.rows, rows):
            for cell, lines in zip(row.cells, cells):
                cell.paragraphs[0].add_run(lines[0] if lines else "")
                for line in lines[1:]:
                    cell.add_paragraph(line)
        return self

    def header(self, number_line: str = "Số: 23 /BC-SKHCN", date_line: str = "Quảng Trị, ngày 14 tháng 9 năm 2023") -> "WordFile":
        return self.table([[HEADER_LEFT, NATIONAL], [[number_line], [date_line]]])

    def title(self, title: str = TITLE) -> "WordFile":
        self.para("BÁO CÁO", centered=True)
        return self.para(title, centered=True)

    def signature(self) -> "WordFile":
        return self.table([[
            ["Nơi nhận:", "- UBND tỉnh;", "- Sở Nội vụ;", "- Lưu: VT, VP."],
            ["KT.GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Trần Văn An"],
        ]])

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path


def word_paragraphs(path: Path) -> list[str]:
    """Every non-empty paragraph of a Word file, body and table cells, read independently
    of the importer."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    return [text.strip() for text in texts if text.strip()]
