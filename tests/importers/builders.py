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


# --- raw WordprocessingML: the elements python-docx has no API for --------------------------

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)


def run(text: str = "", font: str | None = None, inner: str = "") -> str:
    """``<w:r>`` with ``text`` (XML-escaped) and any raw ``inner`` elements after it."""
    from xml.sax.saxutils import escape

    props = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/></w:rPr>' if font else ""
    body = f'<w:t xml:space="preserve">{escape(text)}</w:t>' if text else ""
    return f"<w:r>{props}{body}{inner}</w:r>"


def add_raw(word: WordFile, xml: str) -> WordFile:
    """Append body-level XML (paragraphs, content controls …) before the section properties."""
    from docx.oxml import parse_xml

    body = word.document.element.body
    wrapper = parse_xml(f"<w:body {NAMESPACES}>{xml}</w:body>")
    end = body.sectPr  # looked up once: a search over the body's children
    for child in list(wrapper):
        end.addprevious(child) if end is not None else body.append(child)
    return word


def text_box(paragraphs_xml: str, fallback: bool = True) -> str:
    """A run holding a text box as Word writes it: a DrawingML shape for new readers and a
    VML copy of the same text in ``mc:Fallback`` for old ones (``fallback=False``: the VML
    box alone, so that boxes nested in boxes do not double in size at each level)."""
    if not fallback:  # the old VML form alone, as LibreOffice may write it
        return "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + paragraphs_xml + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
        "<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" + paragraphs_xml +
        "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + paragraphs_xml +
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
