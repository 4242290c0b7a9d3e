"""The Word renderer: reopen the produced .docx with python-docx and check it against
Decree 30/2020 (reference: /work/shared/reference/nd30-report-format.md) and the layout."""

from __future__ import annotations

import errno
import os
from pathlib import Path
import re
import tempfile
import unicodedata
import zipfile

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree
import pytest

from papi_desktop.compose import compose
from papi_desktop.compose.blocks import Role
from papi_desktop.errors import UserError
from papi_desktop.export import export_docx
from papi_desktop.model import load_sample
from papi_desktop.model.report import OTHER
from papi_desktop.render.docx import RULE_STYLE, render_docx, write_docx
from papi_desktop.render.styles import FONT_FAMILY, STYLES, Align

from helpers import SEED_REPORT as SEED_FILE

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# --- fixtures and helpers ----------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """The sample report exported once for the module (the file as a clerk gets it)."""
    return export_docx(load_sample(), tmp_path_factory.mktemp("export") / "bao-cao.docx")


@pytest.fixture(scope="module")
def word(exported) -> WordDocument:
    return docx.Document(str(exported))


@pytest.fixture(scope="module")
def composed():
    return compose(load_sample())


def blocks_in_order(word: WordDocument) -> list[Paragraph | Table]:
    return list(word.iter_inner_content())


def paragraphs_in_order(word: WordDocument) -> list[Paragraph]:
    """Every body paragraph, table cells row by row and left before right (as the composer)."""
    result: list[Paragraph] = []
    for block in word.iter_inner_content():
        if isinstance(block, Paragraph):
            result.append(block)
        else:
            for row in block.rows:
                for cell in row.cells:
                    result.extend(cell.paragraphs)
    return result


def texts_in_order(word: WordDocument) -> list[str]:
    return [p.text for p in paragraphs_in_order(word) if p.text.strip()]


def text_paragraph(word: WordDocument, text: str) -> Paragraph:
    for paragraph in paragraphs_in_order(word):
        if paragraph.text == text:
            return paragraph
    raise AssertionError(f"no paragraph {text!r}")


def tables(word: WordDocument) -> tuple[Table, Table]:
    found = [block for block in blocks_in_order(word) if isinstance(block, Table)]
    assert len(found) == 2, "the header table and the signature table"
    return found[0], found[1]


def cell_texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text.strip()]


def is_rule(paragraph: Paragraph) -> bool:
    return paragraph.style.name == RULE_STYLE and not paragraph.text


def rule_width_twips(paragraph: Paragraph, container_twips: int) -> int:
    layout = paragraph.paragraph_format
    return container_twips - layout.left_indent.twips - layout.right_indent.twips


def close(a: float, b: float, tolerance: float = 0.1) -> bool:
    return abs(a - b) <= tolerance


# --- page --------------------------------------------------------------------------------


def test_page_is_a4_portrait_with_the_page_setup_margins(word, composed):
    section = word.sections[0]
    page = composed.page
    assert close(section.page_width.mm, 210) and close(section.page_height.mm, 297)
    assert close(section.top_margin.mm, page.top_mm) and close(section.bottom_margin.mm, page.bottom_mm)
    assert close(section.left_margin.mm, page.left_mm) and close(section.right_margin.mm, page.right_mm)
    assert (page.top_mm, page.bottom_mm, page.left_mm, page.right_mm) == (20, 20, 30, 15)
    # the running header (page number) sits inside the top margin, 10 mm from the edge,
    # where the Qt pages put it too (tests/render/test_qt.py)
    assert section.header_distance.mm < page.top_mm
    assert close(section.header_distance.mm, page.header_distance_mm) and close(page.header_distance_mm, 10)


# --- styles ------------------------------------------------------------------------------


def _assert_times_new_roman(rPr, where: str) -> None:
    fonts = rPr.find(qn("w:rFonts"))
    assert fonts is not None, f"{where}: no rFonts"
    for attribute in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(qn(f"w:{attribute}")) == FONT_FAMILY, f"{where}: w:{attribute}"
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        assert fonts.get(qn(f"w:{theme}")) is None, f"{where}: theme font {theme} would win"


def test_document_defaults_are_times_new_roman_vietnamese(word):
    defaults = word.styles.element.find(qn("w:docDefaults"))
    rPr = defaults.find(f"{W}rPrDefault/{W}rPr")
    _assert_times_new_roman(rPr, "docDefaults")
    assert rPr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"


@pytest.mark.parametrize("role", list(STYLES), ids=lambda role: role.value)
def test_every_role_has_a_named_style_in_times_new_roman(word, role):
    spec = STYLES[role]
    style = word.styles[spec.word_name]
    assert style.type == WD_STYLE_TYPE.PARAGRAPH
    assert style.style_id.isascii() and style.style_id.isalnum()
    _assert_times_new_roman(style.element.rPr, spec.word_name)
    assert style.font.size.pt == spec.size_pt
    assert bool(style.font.bold) is spec.bold
    assert bool(style.font.italic) is spec.italic
    assert style.font.color.rgb == RGBColor(0, 0, 0)
    assert style.element.rPr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"


@pytest.mark.parametrize("role", list(STYLES), ids=lambda role: role.value)
def test_every_role_style_has_the_table_layout(word, role):
    spec = STYLES[role]
    layout = word.styles[spec.word_name].paragraph_format
    expected_alignment = {
        Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
        Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
        Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[spec.align]
    assert layout.alignment == expected_alignment
    assert close(layout.first_line_indent.mm, spec.first_line_indent_mm)
    assert close(layout.space_before.pt, spec.space_before_pt)
    assert close(layout.space_after.pt, spec.space_after_pt)
    assert close(layout.line_spacing, spec.line_spacing, 0.01)
    assert bool(layout.keep_with_next) is spec.keep_with_next
    outline = layout._element.pPr.find(qn("w:outlineLvl")) if layout._element.pPr is not None else None
    if spec.outline_level is None:
        assert outline is None
    else:
        assert outline.get(qn("w:val")) == str(spec.outline_level)


def test_headings_are_the_built_in_styles_restyled_black(word):
    for name in ("Heading 1", "Heading 2"):
        style = word.styles[name]
        assert style.builtin
        colour = style.element.rPr.find(qn("w:color"))
        assert colour.get(qn("w:val")) == "000000" and colour.get(qn("w:themeColor")) is None


def test_no_style_uses_a_theme_font_or_colour(exported):
    with zipfile.ZipFile(exported) as package:
        styles = package.read("word/styles.xml").decode("utf-8")
        names = package.namelist()
    assert not re.search(r'w:(ascii|hAnsi|eastAsia|cs)Theme=|w:cstheme=', styles)
    assert not re.search(r"<w:color [^>]*w:themeColor=", styles), "text coloured by the theme"
    assert not re.search(r'<w:color [^>]*w:val="(?!000000|auto)', styles), "text not black"
    # nor the template's second, Word 2010 copy of its styles (blue Calibri headings)
    assert "word/stylesWithEffects.xml" not in names
    assert not any(name.startswith("docProps/thumbnail") for name in names)


# --- body --------------------------------------------------------------------------------


BODY_ROLES = (Role.BODY, Role.BULLET, Role.NUMBERED)


def test_body_paragraphs_are_justified_indented_and_spaced(word, composed):
    body_texts = {p.text for p in composed.paragraphs() if p.role in BODY_ROLES}
    checked = 0
    for paragraph in paragraphs_in_order(word):
        if paragraph.text not in body_texts:
            continue
        layout = paragraph.style.paragraph_format
        assert layout.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert 10.0 - 0.05 <= layout.first_line_indent.mm <= 12.7 + 0.05  # 1 cm or 1.27 cm
        assert layout.space_after.pt >= 6
        assert 1.0 <= layout.line_spacing <= 1.5
        assert paragraph.style.font.size.pt in (13.0, 14.0)
        checked += 1
    assert checked == len(body_texts) > 20


PAGINATION = ["keepNext", "keepLines", "widowControl"]


def test_paragraphs_carry_their_style_and_no_direct_formatting(word, composed):
    """Besides the pagination every paragraph states explicitly, only the rules (their
    length, the space after the title's) and the 1 pt paragraph closing the document carry
    direct formatting."""
    style_of = {p.text: STYLES[p.role].word_name for p in composed.paragraphs()}
    for paragraph in paragraphs_in_order(word):
        pPr = paragraph._p.pPr
        direct = [] if pPr is None else [etree.QName(c).localname for c in pPr if c.tag != qn("w:pStyle")]
        if paragraph.text:
            assert paragraph.style.name == style_of[paragraph.text]
            assert direct == PAGINATION, f"direct formatting on {paragraph.text[:40]!r}: {direct}"
            assert all(run._r.rPr is None for run in paragraph.runs)
        elif is_rule(paragraph):
            assert set(direct) <= {"ind", "spacing", *PAGINATION}


def _on(pPr, name: str) -> bool:
    return pPr.find(qn(f"w:{name}")).get(qn("w:val")) == "1"


def test_pagination_fields_are_written_into_every_paragraph(word, composed):
    """keepNext, keepLines and widowControl state the composer's fields, never a default."""
    fields = {p.text: p for p in composed.paragraphs()}
    checked = 0
    for paragraph in paragraphs_in_order(word):
        if not paragraph.text:
            continue
        para, pPr = fields[paragraph.text], paragraph._p.pPr
        assert _on(pPr, "keepNext") is para.keep_with_next, paragraph.text[:40]
        assert _on(pPr, "keepLines") is para.keep_lines, paragraph.text[:40]
        assert _on(pPr, "widowControl") is (para.min_lines >= 2), paragraph.text[:40]
        checked += 1
    assert checked == len(fields)
    headings = [p for p in paragraphs_in_order(word) if p.style.name.startswith("Heading")]
    assert headings and all(_on(p._p.pPr, "keepNext") for p in headings)
    # the body's last paragraph goes whole with the blank line and the signature table
    last = next(p for p in reversed(composed.paragraphs()) if p.role in BODY_ROLES)
    assert last.keep_with_next and last.keep_lines
    body = [p.text for p in word.paragraphs]
    blank = word.paragraphs[body.index(last.text) + 1]
    assert blank.text == "" and _on(blank._p.pPr, "keepNext")


def test_symbols_hyphens_do_not_break_and_the_text_is_unchanged(word, composed):
    paragraph = text_paragraph(word, next(p.text for p in composed.paragraphs() if "14/KH-SKHCHN" in p.text))
    assert paragraph._p.findall(".//" + qn("w:noBreakHyphen"))
    assert "14/KH-SKHCHN" in paragraph.text  # python-docx reads the hyphen back as "-"
    number = text_paragraph(word, "Số: 23/BC-SKHCHN")
    assert len(number._p.findall(".//" + qn("w:noBreakHyphen"))) == 1
    motto = text_paragraph(word, "Độc lập - Tự do - Hạnh phúc")
    assert not motto._p.findall(".//" + qn("w:noBreakHyphen"))  # a spaced dash is not a symbol


def test_the_file_declares_current_word_compatibility(exported):
    with zipfile.ZipFile(exported) as package:
        settings = package.read("word/settings.xml").decode("utf-8")
    assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', settings)
    assert settings.count('w:name="compatibilityMode"') == 1


def test_text_order_is_the_composed_order(word, composed):
    assert texts_in_order(word) == [p.text for p in composed.paragraphs()]
    assert "\n".join(texts_in_order(word)) == composed.plain_text()


def test_title_block_is_bold_and_centred_with_a_short_rule(word, composed):
    title = next(p.text for p in composed.paragraphs() if p.role is Role.TITLE)
    for text in ("BÁO CÁO", title):
        paragraph = text_paragraph(word, text)
        assert paragraph.style.font.bold
        assert paragraph.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    body = blocks_in_order(word)
    index = next(i for i, block in enumerate(body) if isinstance(block, Paragraph) and block.text == title)
    rule = body[index + 1]
    assert is_rule(rule)
    text_width = int(Mm(composed.page.text_width_mm).twips)
    assert 1 / 3 - 0.01 <= rule_width_twips(rule, text_width) / text_width <= 1 / 2
    assert rule.paragraph_format.space_after.pt >= 6


def test_headings_are_bold_roman_then_arabic(word):
    first_level = [p for p in paragraphs_in_order(word) if p.style.name == "Heading 1"]
    assert [p.text.split(".")[0] for p in first_level] == ["I", "II", "III"]
    second_level = [p for p in paragraphs_in_order(word) if p.style.name == "Heading 2"]
    assert [p.text.split(".")[0] for p in second_level] == [str(n) for n in range(1, 9)]
    for paragraph in first_level + second_level:
        assert paragraph.style.font.bold


def test_rule_style_draws_a_thin_black_bottom_border(word):
    style = word.styles[RULE_STYLE]
    bottom = style.element.pPr.find(f"{W}pBdr/{W}bottom")
    assert bottom.get(qn("w:val")) == "single" and bottom.get(qn("w:color")) == "000000"
    layout = style.paragraph_format
    assert layout.line_spacing_rule == WD_LINE_SPACING.EXACTLY and layout.line_spacing.pt <= 6


# --- tables ------------------------------------------------------------------------------


def _assert_borderless_fixed(table: Table, widths_twips: tuple[int, int]) -> None:
    tblPr = table._tbl.tblPr
    borders = tblPr.find(qn("w:tblBorders"))
    assert borders is not None
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        assert borders.find(qn(f"w:{edge}")).get(qn("w:val")) in ("nil", "none")
    assert table.style is None or table.style.name == "Normal Table"
    assert tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"  # autofit off
    assert len(table.columns) == 2
    grid = [column.width.twips for column in table.columns]
    assert grid == list(widths_twips)
    for row in table.rows:
        assert [cell.width.twips for cell in row.cells] == list(widths_twips)
    assert tblPr.find(qn("w:tblW")).get(qn("w:type")) == "dxa"


def _widths(composed, name: str) -> tuple[int, int]:
    table = next(b for b in composed.blocks if getattr(b, "name", None) == name)
    text_width = int(Mm(composed.page.text_width_mm).twips)
    left = round(text_width * table.left_width)
    return left, text_width - left


def test_header_table_agency_left_national_title_right(word, composed):
    header, _ = tables(word)
    widths = _widths(composed, "header")
    _assert_borderless_fixed(header, widths)
    assert len(header.rows) == 2
    left, right = header.rows[0].cells
    assert cell_texts(left) == ["UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    assert cell_texts(right) == [NATIONAL_TITLE, MOTTO]
    # short rule under the agency (1/3–1/2 of its column), a longer one under the Tiêu ngữ
    assert is_rule(left.paragraphs[-1]) and is_rule(right.paragraphs[-1])
    agency_rule = rule_width_twips(left.paragraphs[-1], widths[0]) / widths[0]
    assert 1 / 3 - 0.01 <= agency_rule <= 1 / 2
    motto_rule = rule_width_twips(right.paragraphs[-1], widths[1]) / widths[1]
    assert 0.5 <= motto_rule <= 0.7
    # ô 3 and ô 4 on one row, so on one line
    number, date = header.rows[1].cells
    assert cell_texts(number) == ["Số: 23/BC-SKHCHN"]
    assert cell_texts(date) == ["Quảng Trị, ngày 14 tháng 3 năm 2022"]


def test_header_lines_weight_slant_and_size(word):
    expectations = {
        "UBND TỈNH QUẢNG TRỊ": (False, False, 12),
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ": (True, False, 12),
        NATIONAL_TITLE: (True, False, 12),
        MOTTO: (True, False, 13),
        "Số: 23/BC-SKHCHN": (False, False, 13),
        "Quảng Trị, ngày 14 tháng 3 năm 2022": (False, True, 13),
    }
    for text, (bold, italic, size) in expectations.items():
        font = text_paragraph(word, text).style.font
        assert (bool(font.bold), bool(font.italic), font.size.pt) == (bold, italic, size), text
        assert text_paragraph(word, text).style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_cell_paragraphs_are_single_spaced_without_indent(word):
    for table in tables(word):
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    layout = paragraph.style.paragraph_format
                    hanging = (layout.left_indent or 0) + (layout.first_line_indent or 0)
                    assert hanging == 0  # no indent, or a hanging one (wrapped recipients)
                    if layout.line_spacing_rule != WD_LINE_SPACING.EXACTLY:
                        assert layout.line_spacing == 1.0


def test_signature_table_recipients_left_signature_right(word, composed):
    _, signature = tables(word)
    _assert_borderless_fixed(signature, _widths(composed, "signature"))
    assert len(signature.rows) == 1
    assert signature.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    left, right = signature.rows[0].cells
    assert cell_texts(left) == [
        "Nơi nhận:", "- Sở Nội vụ;", "- GD, các PGD;", "- Các phòng, đơn vị thuộc Sở;",
        "- Lưu: VT, VP.",
    ]
    label = left.paragraphs[0].style.font
    assert (bool(label.bold), bool(label.italic), label.size.pt) == (True, True, 12)
    assert all(p.style.font.size.pt == 11 for p in left.paragraphs[1:])
    # a recipient that wraps lines up under its text, not under its dash
    recipient = left.paragraphs[1].style.paragraph_format
    assert recipient.left_indent.mm == pytest.approx(2.25, abs=0.05)
    assert recipient.first_line_indent.mm == pytest.approx(-2.25, abs=0.05)
    assert cell_texts(right) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Thắng"]
    paragraphs = right.paragraphs
    for paragraph in paragraphs[:2]:
        assert paragraph.style.font.bold and paragraph.style.font.size.pt == 14
        assert paragraph.text == paragraph.text.upper()
    spacer = paragraphs[2:-1]
    assert len(spacer) == 4  # room for signature and seal, in the authority lines' style
    assert all(not p.text and p.style.name == STYLES[Role.AUTHORITY].word_name for p in spacer)
    assert paragraphs[-1].text == "Nguyễn Hữu Thắng" and paragraphs[-1].style.font.bold


# --- page numbers and properties ---------------------------------------------------------


def test_page_number_field_from_page_two(word):
    section = word.sections[0]
    assert section.different_first_page_header_footer
    header = section.header
    assert not header.is_linked_to_previous
    instructions = "".join(t.text for t in header._element.iter(qn("w:instrText")))
    simple = [f.get(qn("w:instr")) for f in header._element.iter(qn("w:fldSimple"))]
    assert "PAGE" in instructions or any("PAGE" in s for s in simple)
    number = header.paragraphs[0]
    assert number.style.name == "Header"
    assert number.style.font.size.pt == 14
    assert number.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert all(not p.text.strip() for p in first.paragraphs)
    assert not list(first._element.iter(qn("w:fldChar"))) and not list(first._element.iter(qn("w:fldSimple")))


def test_core_properties(word, composed):
    properties = word.core_properties
    assert properties.title == composed.title
    assert properties.author == composed.author == "Sở Khoa học và Công nghệ"
    assert properties.language == "vi-VN"
    assert "python-docx" not in (properties.comments or "")


# --- well-formed for Word ----------------------------------------------------------------

# Child order the schema prescribes (ECMA-376 Part 1, §17), kept apart from the renderer's
# own copy so the test checks the file, not the renderer against itself.
SCHEMA_ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr "
    "sectPr pPrChange",
    "rPr": "ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline "
    "shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "tblBorders": "top left start bottom right end insideH insideV",
    "tblCellMar": "top left start bottom right end",
    "pBdr": "top left bottom right between bar",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
    "vAlign hideMark",
    "style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed "
    "qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr",
    "docDefaults": "rPrDefault pPrDefault",
}


def test_property_elements_are_in_schema_order(exported):
    orders = {name: sequence.split() for name, sequence in SCHEMA_ORDER.items()}
    with zipfile.ZipFile(exported) as package:
        parts = [n for n in package.namelist() if re.fullmatch(r"word/(document|styles|header\d+)\.xml", n)]
        assert len(parts) == 4  # document, styles, two headers
        for part in parts:
            root = etree.fromstring(package.read(part))
            for element in root.iter(f"{W}*"):
                order = orders.get(etree.QName(element).localname)
                if order is None:
                    continue
                children = [etree.QName(c).localname for c in element if etree.QName(c).namespace == W[1:-1]]
                positions = [order.index(c) for c in children if c in order]
                unknown = [c for c in children if c not in order]
                assert not unknown, f"{part}: unexpected {unknown} in {etree.QName(element).localname}"
                assert positions == sorted(positions), f"{part}: {children} out of order"
                single = [c for c in children if c != "tblStylePr"]  # the one repeatable child
                assert len(set(single)) == len(single), f"{part}: repeated child in {children}"


# --- other reports -----------------------------------------------------------------------


def test_report_without_parent_agency_or_number_and_with_other_section(tmp_path):
    report = load_sample()
    report.header.parent_agency = ""
    report.header.number = ""
    report.set_section(OTHER, "Không có kiến nghị khác.")
    path = write_docx(compose(report), tmp_path / "ban-nhap.docx")
    word = docx.Document(str(path))
    assert texts_in_order(word) == [p.text for p in compose(report).paragraphs()]
    header, _ = tables(word)
    assert cell_texts(header.rows[0].cells[0]) == ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    assert cell_texts(header.rows[1].cells[0])[0].startswith("Số: \u00a0")
    headings = [p.text.split(".")[0] for p in paragraphs_in_order(word) if p.style.name == "Heading 1"]
    assert headings == ["I", "II", "III", "IV"]
    assert texts_in_order(word)[texts_in_order(word).index("IV. Nội dung khác") + 1].endswith("./.")


def test_render_returns_a_document_that_saves(tmp_path, composed):
    word = render_docx(composed)
    assert isinstance(word, WordDocument)
    word.save(str(tmp_path / "x.docx"))
    assert zipfile.is_zipfile(tmp_path / "x.docx")


# --- the seed report ---------------------------------------------------------------------

# The seed text was extracted from the real report (a .docx → markdown-ish text). Its
# extraction artefacts are mended in the sample data, not copied, so they are normalised
# here, each by one small rule:
_SENTENCE_END = (".", ";", ":", "./.", "!", "?", "”", ")")


def seed_paragraphs(text: str) -> list[str]:
    """The seed's non-empty paragraphs with the extraction artefacts undone."""
    text = unicodedata.normalize("NFC", text)
    # 1. Links were written as markdown autolinks: "<http://x>" → "http://x".
    text = re.sub(r"<(https?://[^<>\s]+)>", r"\1", text)
    # 2. The signature lines were wrapped in markdown bold: "**KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**".
    text = text.replace("**", "")
    # 3. … and the authority prefix lost its space: "KT.GIÁM ĐỐC" → "KT. GIÁM ĐỐC".
    text = re.sub(r"\b(KT|TM|TL|TUQ|Q)\.(?=[^\W\d_])", r"\1. ", text)
    # 4. A space crept in before the slash of the number: "23 /BC-…" → "23/BC-…".
    text = re.sub(r"(?<=\d) +/", "/", text)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    # 5. A page break split a paragraph in two ("… trễ hạn có" / "lý do …"): a line that
    #    does not end a sentence, followed by one starting in lower case, is one paragraph.
    merged: list[str] = []
    for line in lines:
        if merged and not merged[-1].endswith(_SENTENCE_END) and line[0].islower():
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    return merged


def test_seed_normalisation_rules():
    seed = (
        "Số: 23 /BC-X\n\n… trễ hạn có\n\nlý do thì (<http://a.vn>).\n\n"
        "**KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n"
    )
    assert seed_paragraphs(seed) == [
        "Số: 23/BC-X", "… trễ hạn có lý do thì (http://a.vn).",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
    ]


def test_sample_export_reproduces_the_seed_report_in_order(word):
    expected = seed_paragraphs(SEED_FILE.read_text(encoding="utf-8"))
    assert len(expected) > 50
    produced = [" ".join(unicodedata.normalize("NFC", t).split()) for t in texts_in_order(word)]
    position = 0
    for paragraph in expected:
        try:
            position = produced.index(paragraph, position) + 1
        except ValueError:
            nearby = produced[position:position + 3]
            raise AssertionError(
                f"seed paragraph missing or out of order:\n{paragraph!r}\nnext in docx: {nearby!r}"
            ) from None
    # Nothing added either, but the first header row, which the seed's extraction lost.
    extra = [text for text in produced if text not in expected]
    assert extra == ["UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", NATIONAL_TITLE, MOTTO]


# --- writing safely ----------------------------------------------------------------------


def test_failed_export_leaves_the_previous_file_untouched(tmp_path, sample_report, monkeypatch):
    target = tmp_path / "bao-cao.docx"
    export_docx(sample_report, target)
    before = target.read_bytes()

    def crash_midway(self, stream):
        stream.write(b"PK\x03\x04 half a file")
        raise RuntimeError("simulated crash while saving")

    monkeypatch.setattr(docx.document.Document, "save", crash_midway)
    with pytest.raises(RuntimeError, match="simulated crash"):
        export_docx(sample_report, target)
    assert target.read_bytes() == before
    assert list(tmp_path.iterdir()) == [target], "no temporary file left behind"


def test_disk_full_becomes_a_vietnamese_user_error(tmp_path, sample_report, monkeypatch):
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"last quarter's report")

    real_write = os.write

    def disk_full(handle, data):
        if handle <= 2:  # the test's own output
            return real_write(handle, data)
        real_write(handle, bytes(data[:2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("papi_desktop.fileio.os.write", disk_full)
    with pytest.raises(UserError, match="Ổ đĩa đã đầy"):
        export_docx(sample_report, target)
    assert target.read_bytes() == b"last quarter's report"
    assert list(tmp_path.iterdir()) == [target]


def test_file_held_open_in_word_becomes_a_vietnamese_user_error(tmp_path, sample_report, monkeypatch):
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"open in Word")

    def locked(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr("papi_desktop.fileio.os.replace", locked)
    with pytest.raises(UserError) as caught:
        export_docx(sample_report, target)
    assert "Không ghi được tệp" in caught.value.message
    assert target.read_bytes() == b"open in Word"
    assert list(tmp_path.iterdir()) == [target]


def test_read_only_folder_gives_a_vietnamese_user_error(tmp_path, sample_report, monkeypatch):
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            # Running as root (or on Windows) the permission bits are not enforced: make the
            # operating system answer as it does for a clerk's read-only folder.
            def refuse(*args, **kwargs):
                raise PermissionError(errno.EACCES, "Permission denied", str(folder))

            monkeypatch.setattr(tempfile, "mkstemp", refuse)
        with pytest.raises(UserError) as caught:
            export_docx(sample_report, folder / "bao-cao.docx")
    finally:
        folder.chmod(0o755)
    message = caught.value.message
    assert "Không ghi được tệp" in message and "chỉ cho phép đọc" in message
    assert list(folder.iterdir()) == []


def test_file_name_windows_refuses_is_a_user_error(tmp_path, sample_report):
    with pytest.raises(UserError, match="không hợp lệ"):
        export_docx(sample_report, tmp_path / "báo cáo: quý I.docx")
    assert list(tmp_path.iterdir()) == []
