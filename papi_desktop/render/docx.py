"""Word (.docx) renderer of the layout description.

Every role of :mod:`papi_desktop.render.styles` becomes a *named* Word style, so a clerk who
opens the report in Word can restyle it in one place; paragraphs carry their style and no
direct formatting except the few lines that need it (the width of a short rule, the tiny
paragraph closing the document). The page follows Decree 30/2020 (Appendix I): A4, the
margins of the page set-up, Times New Roman in black, page numbers centred in the top
margin from page 2.

python-docx is imported here only; :mod:`papi_desktop.export` imports this module when a
clerk first exports, so the library never loads at start-up.
"""

from __future__ import annotations

import datetime
from functools import lru_cache
import io
import os
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips
from docx.styles import BabelFish
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from papi_desktop.compose.blocks import (
    CellItem, ComposedDocument, Figure, PageSetup, Para, Role, Rule, Spacer, TableBlock, TwoColumnTable,
)
from papi_desktop.fileio import verify_docx, write_bytes_atomically
from papi_desktop.render.styles import (
    FONT_FAMILY, RULE_LINE_HEIGHT_PT, STYLES, Align,
)
from papi_desktop.compose.symbols import split_at_no_break_hyphens

LANGUAGE = "vi-VN"
BLACK = RGBColor(0, 0, 0)

# The short solid lines: an empty paragraph with a bottom border, made tiny so the line
# sits close under the text above it (reference §9, option 2); its height is
# styles.RULE_LINE_HEIGHT_PT, the same in the Qt pages.
RULE_STYLE = "BC Đường kẻ"
# The Word version the file declares it was laid out for: 15 is Word 2013 and every later
# Word, which then opens the file as it is (no "Compatibility Mode", no layout of Word 2010).
WORD_COMPATIBILITY_MODE = "15"

_ALIGNMENT = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
}

# Child order the WordprocessingML schema prescribes (ECMA-376 Part 1, §17). Word refuses a
# file whose property elements are out of order, so every element added here goes in its place.
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath", "rPrChange",
)
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
    "rPr", "sectPr", "pPrChange",
)
TBLPR_ORDER = (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
    "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange",
)
TRPR_ORDER = (
    "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
    "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange",
)
STYLE_ORDER = (
    "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
    "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
    "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr",
)
_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_THEME_COLOUR_ATTRIBUTES = ("w:themeColor", "w:themeShade", "w:themeTint")


# --- small XML helpers -------------------------------------------------------------------


@lru_cache(maxsize=None)
def _later_tags(name: str, order: tuple[str, ...]) -> frozenset[str]:
    """The tags that come after ``w:name`` in ``order`` (several per paragraph: worth keeping)."""
    return frozenset(qn(f"w:{following}") for following in order[order.index(name) + 1:])


def _child(parent, name: str, order: tuple[str, ...]):
    """The ``w:name`` child of ``parent``, created in its schema position if missing."""
    tag = qn(f"w:{name}")
    found = parent.find(tag)
    if found is not None:
        return found
    element = OxmlElement(f"w:{name}")
    later = _later_tags(name, order)
    for index, existing in enumerate(parent):
        if existing.tag in later:
            parent.insert(index, element)
            return element
    parent.append(element)
    return element


def _drop(parent, name: str) -> None:
    for element in parent.findall(qn(f"w:{name}")):
        parent.remove(element)


def _set_fonts(rPr) -> None:
    """Times New Roman for every script, with the theme fonts (which would win) removed."""
    fonts = _child(rPr, "rFonts", RPR_ORDER)
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attribute}"), FONT_FAMILY)


def _set_size(rPr, size_pt: float) -> None:
    half_points = str(round(size_pt * 2))
    _child(rPr, "sz", RPR_ORDER).set(qn("w:val"), half_points)
    _child(rPr, "szCs", RPR_ORDER).set(qn("w:val"), half_points)


def _set_language(rPr) -> None:
    _child(rPr, "lang", RPR_ORDER).set(qn("w:val"), LANGUAGE)


def _style_rPr(style: ParagraphStyle):
    return _child(style.element, "rPr", STYLE_ORDER)


def _style_pPr(style: ParagraphStyle):
    return _child(style.element, "pPr", STYLE_ORDER)


def _twips(mm: float) -> int:
    return int(Mm(mm).twips)


# --- page --------------------------------------------------------------------------------


def _set_up_page(word: WordDocument, page: PageSetup) -> None:
    section = word.sections[0]
    section.page_width = Mm(page.width_mm)
    section.page_height = Mm(page.height_mm)
    section.top_margin = Mm(page.top_mm)
    section.bottom_margin = Mm(page.bottom_mm)
    section.left_margin = Mm(page.left_mm)
    section.right_margin = Mm(page.right_mm)
    section.gutter = Mm(0)
    section.header_distance = Mm(page.header_distance_mm)
    section.footer_distance = Mm(min(page.header_mm, page.bottom_mm / 2))


def _add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (``PAGE``) with a cached result, as Word writes it."""

    def run_with(element) -> None:
        run = paragraph.add_run()
        run._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    run_with(code)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _add_page_numbers(word: WordDocument, page: PageSetup, style: ParagraphStyle) -> None:
    """Centred page number in the top margin; page 1 has an empty header of its own."""
    section = word.sections[0]
    header = section.header
    header.is_linked_to_previous = False
    number = header.paragraphs[0]
    _set_style(number, style)
    _add_field(number, "PAGE", str(max(page.number_pages_from, 1)))
    if page.number_pages_from > 1:
        section.different_first_page_header_footer = True
        first = section.first_page_header
        first.is_linked_to_previous = False
        _set_style(first.paragraphs[0], style)


# --- content -----------------------------------------------------------------------------


def _set_style(paragraph: Paragraph, style: ParagraphStyle) -> None:
    """Give ``paragraph`` its style by id.

    python-docx's ``paragraph.style = …`` looks the style up again among all styles of the
    document (twice, to rule out the default style) and then places ``w:pStyle`` by walking
    the schema's list of possible siblings — most of an export's time. The styles here are
    ours and known to exist, and a new paragraph has no properties yet, so the ``w:pPr``
    with its ``w:pStyle`` is put in as the paragraph's first child directly.
    """
    p = paragraph._p
    if p.pPr is not None:
        p.pPr.style = style.style_id
        return
    properties = OxmlElement("w:pPr")
    reference = OxmlElement("w:pStyle")
    reference.set(qn("w:val"), style.style_id)
    properties.append(reference)
    p.insert(0, properties)


def _styled_document() -> tuple[WordDocument, dict[Role | str, ParagraphStyle]]:
    """A new document that already has the report's named styles.

    Defining the styles walks the template's whole style list many times; it is done once,
    when the program is built, into ``resources/word/styles-template.docx``
    (:mod:`papi_desktop.render.word_template`), which each export opens.
    """
    from papi_desktop.render.word_template import template_bytes

    word = docx.Document(io.BytesIO(template_bytes()))
    # Only the styles the report uses, found in the XML: wrapping each of the template's
    # ~160 styles as python-docx objects took a fifth of an export.
    wanted = {spec.word_name for spec in STYLES.values()} | {RULE_STYLE}
    by_name = {}
    for element in word.styles.element.iterchildren(qn("w:style")):
        if element.get(qn("w:type")) != "paragraph":
            continue
        name = element.find(qn("w:name"))
        ui_name = BabelFish.internal2ui(name.get(qn("w:val"))) if name is not None else None
        if ui_name in wanted:
            by_name[ui_name] = ParagraphStyle(element)
    styles: dict[Role | str, ParagraphStyle] = {role: by_name[spec.word_name] for role, spec in STYLES.items()}
    styles[RULE_STYLE] = by_name[RULE_STYLE]
    return word, styles


def _add_run(paragraph: Paragraph, text: str) -> None:
    """One run holding ``text``.

    python-docx's ``add_run(text)`` walks the text one character at a time (to turn tabs
    and line breaks into their elements): about 0.5 µs a character, 25 s for a 50 MB
    section. Text without those characters goes into the run's ``w:t`` in one assignment.
    """
    if not text:
        return
    if "\t" in text or "\n" in text or "\r" in text:
        paragraph.add_run(text)
        return
    run = OxmlElement("w:r")
    element = OxmlElement("w:t")
    element.text = text
    if text[0].isspace() or text[-1].isspace():
        element.set(qn("xml:space"), "preserve")
    run.append(element)
    paragraph._p.append(run)


class _Writer:
    def __init__(self, word: WordDocument, document: ComposedDocument,
                 styles: dict[Role | str, ParagraphStyle]) -> None:
        self.word = word
        self.document = document
        self.styles = styles
        self.text_width = _twips(document.page.text_width_mm)
        self.body_element = word.element.body
        # The body's closing section properties: every paragraph goes just before them.
        self.section_properties = self.body_element.find(qn("w:sectPr"))

    def add_paragraph(self) -> Paragraph:
        """A new empty paragraph at the end of the body.

        ``Document.add_paragraph`` finds the body's closing ``w:sectPr`` by scanning every
        child, for each paragraph: quadratic, 100 s for a 60,000-paragraph section. It is
        found once here.
        """
        p = OxmlElement("w:p")
        if self.section_properties is not None:
            self.section_properties.addprevious(p)
        else:
            self.body_element.append(p)
        return Paragraph(p, self.word._body)

    def style(self, role: Role) -> ParagraphStyle:
        return self.styles[role]

    def body(self) -> None:
        blocks = self.document.blocks
        for index, block in enumerate(blocks):
            if isinstance(block, Para):
                self.para(self.add_paragraph(), block)
            elif isinstance(block, Rule):
                self.rule(self.add_paragraph(), block, self.text_width)
            elif isinstance(block, Spacer):
                for _ in range(block.lines):
                    self.spacer(self.add_paragraph(), block)
            elif isinstance(block, TwoColumnTable):
                self.table(block)
            elif isinstance(block, TableBlock):
                write_table(self.word, block, self.para)
            elif isinstance(block, Figure):
                write_figure(self.word.add_paragraph(), block, self.style(Role.FIGURE))
            else:  # pragma: no cover - the block union is closed
                raise TypeError(f"unknown block {block!r}")
        if blocks and isinstance(blocks[-1], (TwoColumnTable, TableBlock)):
            self.closing_paragraph()

    def para(self, paragraph: Paragraph, para: Para) -> None:
        _set_style(paragraph, self.style(para.role))
        _add_text(paragraph, para.text)
        _set_pagination(paragraph, para.keep_with_next, para.keep_lines, para.min_lines)

    def spacer(self, paragraph: Paragraph, spacer: Spacer) -> None:
        _set_style(paragraph, self.style(spacer.role))
        _set_pagination(paragraph, spacer.keep_with_next, False, 1)

    def rule(self, paragraph: Paragraph, rule: Rule, container_twips: int) -> None:
        """A centred line ``rule.width`` of the container wide: the style draws it, the
        indents (this line's own direct formatting) set its length."""
        _set_style(paragraph, self.styles[RULE_STYLE])
        width = max(0.0, min(1.0, rule.width))
        side = int(round(container_twips * (1.0 - width) / 2))
        paragraph.paragraph_format.left_indent = Twips(side)
        paragraph.paragraph_format.right_indent = Twips(side)
        if rule.space_after_pt:
            paragraph.paragraph_format.space_after = Pt(rule.space_after_pt)
        _set_pagination(paragraph, rule.keep_with_next, False, 1)

    def table(self, block: TwoColumnTable) -> None:
        left = int(round(self.text_width * max(0.0, min(1.0, block.left_width))))
        widths = (left, self.text_width - left)
        table = self.word.add_table(rows=len(block.rows), cols=2)
        table.autofit = False
        _borderless(table, self.text_width)
        for column, width in zip(table.columns, widths):
            column.width = Twips(width)
        for row, (left_items, right_items) in zip(table.rows, block.rows):
            if block.rows_cant_split:
                _child(row._tr.get_or_add_trPr(), "cantSplit", TRPR_ORDER)
            for cell, width, items in zip(row.cells, widths, (left_items, right_items)):
                cell.width = Twips(width)
                self.fill(cell, items, width)

    def fill(self, cell: _Cell, items: tuple[CellItem, ...], width: int) -> None:
        """Cell paragraphs in their styles; the cell's own first paragraph is reused."""
        fresh = [cell.paragraphs[0]]

        def next_paragraph() -> Paragraph:
            return fresh.pop() if fresh else cell.add_paragraph()

        for item in items:
            if isinstance(item, Para):
                self.para(next_paragraph(), item)
            elif isinstance(item, Rule):
                self.rule(next_paragraph(), item, width)
            elif isinstance(item, Spacer):
                for _ in range(item.lines):
                    self.spacer(next_paragraph(), item)

    def closing_paragraph(self) -> None:
        """The paragraph Word needs after a final table, 1 pt high so that it can never
        push an empty page after the signature."""
        paragraph = self.add_paragraph()
        _set_style(paragraph, self.style(Role.BODY))
        layout = paragraph.paragraph_format
        layout.first_line_indent = Twips(0)
        layout.space_before = Pt(0)
        layout.space_after = Pt(0)
        layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        layout.line_spacing = Pt(1)
        mark = _child(paragraph._p.get_or_add_pPr(), "rPr", PPR_ORDER)
        _set_size(mark, 1.0)


# --- pagination, symbols and compatibility: written explicitly, never left to defaults ------


def _set_pagination(paragraph: Paragraph, keep_with_next: bool, keep_lines: bool, min_lines: int) -> None:
    """The block's pagination fields as the paragraph's own properties.

    ``w:keepNext``, ``w:keepLines`` and ``w:widowControl`` are written on every paragraph,
    on or off, so no style or word-processor default decides a page break: the Qt pages
    obey the same fields. Word's widow control is two lines, the composer's ``min_lines``.
    """
    pPr = paragraph._p.get_or_add_pPr()
    for name, on in (("keepNext", keep_with_next), ("keepLines", keep_lines), ("widowControl", min_lines >= 2)):
        _child(pPr, name, PPR_ORDER).set(qn("w:val"), "1" if on else "0")


def _add_text(paragraph: Paragraph, text: str) -> None:
    """The paragraph's text as runs, each hyphen inside a symbol (``23/BC-SKHCN``) a
    ``w:noBreakHyphen`` so that Word never breaks the line there; line breaks stay ``w:br``."""
    for piece, no_break in split_at_no_break_hyphens(text):
        if no_break:
            paragraph.add_run()._r.append(OxmlElement("w:noBreakHyphen"))
        elif piece:
            _add_run(paragraph, piece)


def _declare_compatibility(word: WordDocument) -> None:
    """Declare Word 2013+ layout (compatibilityMode 15) so Word opens the file as it is."""
    settings = word.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.append(compat)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), WORD_COMPATIBILITY_MODE)
            return
    setting = OxmlElement("w:compatSetting")
    setting.set(qn("w:name"), "compatibilityMode")
    setting.set(qn("w:uri"), "http://schemas.microsoft.com/office/word")
    setting.set(qn("w:val"), WORD_COMPATIBILITY_MODE)
    compat.append(setting)


def _borderless(table: Table, total_twips: int) -> None:
    tblPr = table._tbl.tblPr
    width = _child(tblPr, "tblW", TBLPR_ORDER)
    width.set(qn("w:w"), str(total_twips))
    width.set(qn("w:type"), "dxa")
    borders = _child(tblPr, "tblBorders", TBLPR_ORDER)
    edges = ("top", "left", "bottom", "right", "insideH", "insideV")
    for edge in edges:
        element = _child(borders, edge, edges)
        element.set(qn("w:val"), "nil")
    # No cell padding at the sides: the column width is the text width, so the widths the
    # composer chose are the widths the text gets (and the text lines up with the margins).
    margins = _child(tblPr, "tblCellMar", TBLPR_ORDER)
    sides = ("top", "left", "bottom", "right")
    for side in sides:
        element = _child(margins, side, sides)
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")


def _drop_template_leftovers(word: WordDocument) -> None:
    """The template carries a second copy of its styles for Word 2010 (stylesWithEffects,
    blue Calibri headings) and the thumbnail of an empty page; drop both so that no reader
    falls back on the one or shows the other as a preview."""
    for rId, relationship in list(word.part.rels.items()):
        if relationship.reltype.endswith("/stylesWithEffects"):
            word.part.drop_rel(rId)
    package_rels = word.part.package.rels
    for rId, relationship in list(package_rels.items()):
        if relationship.reltype.endswith("/thumbnail"):
            del package_rels[rId]


def _set_properties(word: WordDocument, document: ComposedDocument) -> None:
    properties = word.core_properties
    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None, microsecond=0)
    properties.title = document.title
    properties.author = document.author
    properties.last_modified_by = document.author
    properties.language = LANGUAGE
    properties.comments = ""
    properties.subject = document.subject
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    properties.created = now
    properties.modified = now


from papi_desktop.render.docx_tables import write_figure, write_table  # noqa: E402 - uses the helpers above


# --- public ------------------------------------------------------------------------------


def render_docx(document: ComposedDocument) -> WordDocument:
    """The layout description as a python-docx document (not yet saved)."""
    word, styles = _styled_document()
    _set_up_page(word, document.page)
    writer = _Writer(word, document, styles)
    writer.body()
    _add_page_numbers(word, document.page, writer.style(Role.PAGE_NUMBER))
    _set_properties(word, document)
    _declare_compatibility(word)
    _drop_template_leftovers(word)
    return word


def write_docx(document: ComposedDocument, path: os.PathLike[str] | str) -> Path:
    """Render and save to ``path`` atomically: either the whole new file or the old one.

    Writing problems (permissions, a full disk, the file open in Word) raise a
    :class:`~papi_desktop.errors.UserError` with a Vietnamese message.
    """
    buffer = io.BytesIO()
    render_docx(document).save(buffer)
    return write_bytes_atomically(path, buffer.getvalue(), verify=verify_docx)
