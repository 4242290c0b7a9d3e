"""Units, the paint device every report is laid out on, and the Qt formats of each role.

The document is laid out on a fixed 1440 dpi paint device, independent of the screen, so line
breaks and page breaks are the same in the preview, on paper and in the PDF, and screen font
hinting cannot move a word to the next line. 1440 dpi is one pixel per twip: Qt rounds a font's
size to whole pixels, which at 1200 dpi made 14 pt text 0.15 % narrower than Word's and moved
words up a line. The painter scales that layout to
whatever it paints on.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QImage, QTextBlockFormat, QTextCharFormat, QTextCursor,
    QTextDocument, QTextFormat,
)

from papi_desktop.render.styles import FONT_FALLBACKS, FONT_FAMILY, Align, Style

LAYOUT_DPI = 1440.0  # twips: every font size in whole or half points is a whole number of pixels
MM_PER_INCH = 25.4
PT_PER_INCH = 72.0

# Word's "single" line for Times New Roman is ascent + descent + line gap = 1.15 em; Qt's
# natural line is ascent + descent only. Line heights are scaled to Word's so the pages
# break where the Word export's do.
WORD_SINGLE_LINE_EM = (1825 + 443 + 87) / 2048  # ≈ 1.15: the font's hhea ascent, descent, gap
INK = QColor(0, 0, 0)

# The pagination fields of a layout block, carried on the Qt block (or table) format that
# renders it, where the paginator reads them back.
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1
KEEP_LINES = QTextFormat.Property.UserProperty + 2
MIN_LINES = QTextFormat.Property.UserProperty + 3
ROWS_CANT_SPLIT = QTextFormat.Property.UserProperty + 4
# A figure's paragraph: one line from the block's top, its fixed height (Qt moves the empty
# line of a fixed height taller than the font down inside the block, not the block itself).
FIGURE_LINE = QTextFormat.Property.UserProperty + 5

_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.JUSTIFY: Qt.AlignmentFlag.AlignJustify,
}


def pt_to_px(points: float) -> float:
    """Points → layout pixels."""
    return points * LAYOUT_DPI / PT_PER_INCH


def mm_to_px(millimetres: float) -> float:
    """Millimetres → layout pixels."""
    return millimetres * LAYOUT_DPI / MM_PER_INCH


_layout_device: QImage | None = None
_qt_scale: float | None = None


def layout_device() -> QImage:
    """The paint device every report is laid out on: a 1 × 1 image that says it is 1200 dpi."""
    global _layout_device
    if _layout_device is None:
        image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        dots_per_metre = round(LAYOUT_DPI / MM_PER_INCH * 1000)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _layout_device = image
    return _layout_device


def _css_scale() -> float:
    """How much Qt multiplies paragraph margins and table lengths by on the layout device.

    Qt treats those (not indents or page sizes) as pixels of the screen's logical
    resolution and scales them to the paint device; the factor depends on the platform
    (96 dpi on most, 72 on macOS), so it is measured once rather than assumed.
    """
    global _qt_scale
    if _qt_scale is None:
        probe = QTextDocument()
        probe.documentLayout().setPaintDevice(layout_device())
        probe.setDocumentMargin(0)
        probe.setPageSize(QSizeF(10_000, 1_000_000))
        cursor = QTextCursor(probe)
        first = QTextBlockFormat()
        first.setBottomMargin(100.0)
        cursor.setBlockFormat(first)
        cursor.insertText("x")
        cursor.insertBlock(QTextBlockFormat())
        cursor.insertText("x")
        layout = probe.documentLayout()
        top = layout.blockBoundingRect(probe.begin())
        second = layout.blockBoundingRect(probe.begin().next())
        _qt_scale = (second.top() - top.bottom()) / 100.0 or 1.0
    return _qt_scale


def qt_length(layout_px: float) -> float:
    """A length in layout pixels as Qt wants it for margins, paddings and table formats."""
    return layout_px / _css_scale()


def from_qt_length(length: float) -> float:
    """A margin, padding or fixed line height as Qt stores it → layout pixels."""
    return length * _css_scale()


def families() -> list[str]:
    return [FONT_FAMILY, *FONT_FALLBACKS]


def font_for(style: Style) -> QFont:
    font = QFont()
    font.setFamilies(families())
    font.setPointSizeF(style.size_pt)
    font.setBold(style.bold)
    font.setItalic(style.italic)
    font.setKerning(False)
    return font


def char_format(style: Style) -> QTextCharFormat:
    """The character format of ``style``: a copy of one made once per style (the preview builds
    a few hundred paragraphs after each pause in typing; a copy is Qt's shared data)."""
    return QTextCharFormat(_char_format(style))


@lru_cache(maxsize=None)
def _char_format(style: Style) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies(families())
    fmt.setFontPointSize(style.size_pt)
    fmt.setFontWeight(QFont.Weight.Bold if style.bold else QFont.Weight.Normal)
    fmt.setFontItalic(style.italic)
    fmt.setFontKerning(False)  # as Word sets Times New Roman by default
    fmt.setForeground(QBrush(INK))
    return fmt


def line_height_pt(style: Style) -> float:
    """The height of one line of ``style``, as the word processor computes it.

    A "single" line of Times New Roman (or Liberation Serif) is ascent + descent + line gap
    = 1.15 em, counted in whole twips (1/20 pt); "multiple" spacing scales that, again in
    whole twips: 14 pt at 1.1 lines is 354 twips = 17.7 pt. Qt's own proportional height
    would scale its natural line (ascent + descent only, in device pixels) and drift by a
    line every few pages, so the height is set exactly.
    """
    single_twips = round(style.size_pt * 20 * WORD_SINGLE_LINE_EM)
    return round(single_twips * style.line_spacing) / 20


def block_format(style: Style) -> QTextBlockFormat:
    """The block format of ``style``, a copy to mark with the block's own pagination."""
    return QTextBlockFormat(_block_format(style))


@lru_cache(maxsize=None)
def _block_format(style: Style) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setAlignment(_ALIGN[style.align])
    # a hanging indent (left indent, first line pulled back) or a first-line indent
    fmt.setLeftMargin(mm_to_px(style.left_indent_mm))  # like the text indent, not scaled by Qt
    fmt.setTextIndent(mm_to_px(style.first_line_indent_mm))
    fmt.setTopMargin(qt_length(pt_to_px(style.space_before_pt)))
    fmt.setBottomMargin(qt_length(pt_to_px(style.space_after_pt)))
    fmt.setLineHeight(qt_length(pt_to_px(line_height_pt(style))), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    return fmt
