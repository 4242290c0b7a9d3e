"""The report's named Word styles defined into a document: done when the program is built.

:mod:`papi_desktop.render.word_template` runs :func:`define_styles` on python-docx's blank
document and ships the result as ``resources/word/styles-template.docx``; every export opens
that file (:mod:`papi_desktop.render.docx`) instead of defining the styles again, which walked
the template's whole style list many times in each export.
"""

from __future__ import annotations

import unicodedata

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from docx.styles.style import ParagraphStyle

from papi_desktop.compose.blocks import Role
from papi_desktop.render.docx import (
    _ALIGNMENT, _THEME_COLOUR_ATTRIBUTES, _THEME_FONT_ATTRIBUTES, BLACK, PPR_ORDER, RULE_STYLE, _child, _drop,
    _set_fonts, _set_language, _set_size, _style_pPr, _style_rPr,
)
from papi_desktop.render.styles import RULE_LINE_HEIGHT_PT, RULE_WIDTH_PT, STYLES, Style


def _set_document_defaults(word: WordDocument) -> None:
    """Times New Roman, body size, Vietnamese and single spacing for anything unstyled."""
    defaults = word.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        word.styles.element.insert(0, defaults)
    rPr_default = _child(defaults, "rPrDefault", ("rPrDefault", "pPrDefault"))
    rPr = _child(rPr_default, "rPr", ("rPr",))
    _set_fonts(rPr)
    _set_size(rPr, STYLES[Role.BODY].size_pt)
    _set_language(rPr)
    pPr_default = _child(defaults, "pPrDefault", ("rPrDefault", "pPrDefault"))
    pPr = _child(pPr_default, "pPr", ("pPr",))
    spacing = _child(pPr, "spacing", PPR_ORDER)
    spacing.attrib.clear()
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")


def _remove_theme_look(word: WordDocument) -> None:
    """No style of the template may bring back a theme font or a coloured heading."""
    for rFonts in list(word.styles.element.iter(qn("w:rFonts"))):
        for attribute in _THEME_FONT_ATTRIBUTES:
            rFonts.attrib.pop(qn(attribute), None)
        if not rFonts.attrib:
            rFonts.getparent().remove(rFonts)
    for colour in list(word.styles.element.iter(qn("w:color"))):
        for attribute in _THEME_COLOUR_ATTRIBUTES:
            colour.attrib.pop(qn(attribute), None)
        colour.set(qn("w:val"), "000000")


def _style_id(word: WordDocument, name: str) -> str:
    """An ASCII id for a custom style ("BC Cơ quan chủ quản" → "BCCoquanchuquan"): Word keys
    styles by id and makes its own ids ASCII; the Vietnamese name is what the clerk sees."""
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    base = "".join(c for c in plain if c.isascii() and c.isalnum()) or "BCStyle"
    taken = {style.style_id for style in word.styles}
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}{number}", number + 1
    return candidate


def _paragraph_style(word: WordDocument, name: str) -> ParagraphStyle:
    """The named paragraph style, restyling a built-in one or adding a custom one."""
    styles = word.styles
    try:
        style = styles[name]
    except KeyError:
        style_id = _style_id(word, name)
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = style_id
        style.base_style = styles["Normal"]
        style.quick_style = True
    return style


def _apply(style: ParagraphStyle, spec: Style) -> None:
    font = style.font
    font.bold = spec.bold
    font.italic = spec.italic
    font.color.rgb = BLACK
    rPr = _style_rPr(style)
    _set_fonts(rPr)
    _set_size(rPr, spec.size_pt)
    _set_language(rPr)

    layout = style.paragraph_format
    layout.alignment = _ALIGNMENT[spec.align]
    layout.left_indent = Mm(spec.left_indent_mm)
    layout.right_indent = Twips(0)
    layout.first_line_indent = Mm(spec.first_line_indent_mm)
    layout.space_before = Pt(spec.space_before_pt)
    layout.space_after = Pt(spec.space_after_pt)
    layout.line_spacing = spec.line_spacing
    if spec.keep_with_next:
        layout.keep_with_next = True
    elif layout.keep_with_next:
        layout.keep_with_next = False
    pPr = _style_pPr(style)
    if spec.outline_level is None:
        _drop(pPr, "outlineLvl")
    else:
        _child(pPr, "outlineLvl", PPR_ORDER).set(qn("w:val"), str(spec.outline_level))


def _define_rule_style(word: WordDocument) -> ParagraphStyle:
    style = _paragraph_style(word, RULE_STYLE)
    style.font.color.rgb = BLACK
    rPr = _style_rPr(style)
    _set_fonts(rPr)
    _set_size(rPr, 1.0)
    layout = style.paragraph_format
    layout.alignment = WD_ALIGN_PARAGRAPH.CENTER
    layout.first_line_indent = Twips(0)
    layout.space_before = Pt(0)
    layout.space_after = Pt(0)
    layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    layout.line_spacing = Pt(RULE_LINE_HEIGHT_PT)
    layout.keep_with_next = True
    borders = _child(_style_pPr(style), "pBdr", PPR_ORDER)
    bottom = _child(borders, "bottom", ("top", "left", "bottom", "right", "between", "bar"))
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(round(RULE_WIDTH_PT * 8)))  # eighths of a point
    bottom.set(qn("w:space"), "0")
    bottom.set(qn("w:color"), "000000")
    return style


def define_styles(word: WordDocument) -> dict[Role | str, ParagraphStyle]:
    _set_document_defaults(word)
    _remove_theme_look(word)
    styles: dict[Role | str, ParagraphStyle] = {}
    # Normal first: the custom styles are based on it.
    for role in sorted(STYLES, key=lambda r: STYLES[r].word_name != "Normal"):
        style = _paragraph_style(word, STYLES[role].word_name)
        _apply(style, STYLES[role])
        styles[role] = style
    styles[RULE_STYLE] = _define_rule_style(word)
    return styles
