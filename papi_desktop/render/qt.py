"""The Qt renderer of the layout description: preview pages, printing and PDF.

One laid-out :class:`QTextDocument` per report, built block by block with a
:class:`QTextCursor` (never HTML, whose CSS Qt half ignores) from the same
:class:`~papi_desktop.compose.blocks.ComposedDocument` and the same style table as the
Word export. One page painter, :func:`paint_page`, draws page *N* of it for the preview
widget, the printer and the PDF, so a printed page is exactly the previewed page.

Units: the document is laid out on a fixed 1200 dpi paint device, independent of the
screen, so line breaks and page breaks are the same in the preview, on paper and in the
PDF, and screen font hinting cannot move a word to the next line. The painter scales
that layout to whatever it paints on.

Importing this module needs no application object; building a document, painting and
printing need a :class:`QGuiApplication` (fonts live there) — :func:`ensure_gui_application`
makes one for the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
import logging
import os
from pathlib import Path
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage,
    QPageLayout, QPageSize, QPainter, QPen, QTextBlock, QTextBlockFormat, QTextCharFormat,
    QTextCursor, QTextDocument, QTextFormat, QTextFrameFormat, QTextLayout, QTextLength,
    QTextTable, QTextTableFormat,
)

if TYPE_CHECKING:  # QtPrintSupport loads when a report is printed or written as PDF, not at start-up
    from PySide6.QtPrintSupport import QPrinter
from papi_desktop.compose.blocks import (
    CellItem, ComposedDocument, PageSetup, Para, Role, Rule, Spacer, TwoColumnTable,
)
from papi_desktop.errors import UserError
from papi_desktop.fileio import atomic_target, verify_pdf
from papi_desktop.render.styles import (
    FONT_FALLBACKS, FONT_FAMILY, RULE_WIDTH_PT, TITLE_RULE_SPACE_AFTER_PT, Align, Style, style_for,
)

log = logging.getLogger(__name__)


__all__ = [
    "LAYOUT_DPI", "ReportTextDocument", "anchor_position", "anchor_y", "build_text_document",
    "ensure_gui_application", "page_count", "page_of_position", "paint_page", "print_document",
    "render_page_image", "write_pdf",
]

LAYOUT_DPI = 1200.0  # the resolution the document is laid out at (that of a HighResolution printer)
MM_PER_INCH = 25.4
PT_PER_INCH = 72.0

# Word's "single" line for Times New Roman is ascent + descent + line gap = 1.15 em; Qt's
# natural line is ascent + descent only. Line heights are scaled to Word's so the preview
# breaks pages where the Word export does.
WORD_SINGLE_LINE_EM = 1.15

# A short rule is an empty paragraph this tall (in points) with the line drawn near its top.
RULE_BLOCK_FONT_PT = 5.0
RULE_OFFSET_PT = 2.5  # from the top of that paragraph (the foot of the line above) to the rule
PAGE_NUMBER_ROLE = Role.PAGE_NUMBER
LINE_SEPARATOR = "\u2028"
INK = QColor(0, 0, 0)

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


# --------------------------------------------------------------------------- the paint device

_layout_device: QImage | None = None
_qt_scale: float | None = None
_line_ratio: float | None = None


def _device() -> QImage:
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
        probe.documentLayout().setPaintDevice(_device())
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


def _qt_length(layout_px: float) -> float:
    """A length in layout pixels as Qt wants it for margins and table formats."""
    return layout_px / _css_scale()


def _families() -> list[str]:
    return [FONT_FAMILY, *FONT_FALLBACKS]


def _natural_line_em() -> float:
    """Qt's natural line height (ascent + descent) of the report font, in em."""
    global _line_ratio
    if _line_ratio is None:
        font = QFont()
        font.setFamilies(_families())
        font.setPointSizeF(100.0)
        metrics = QFontMetricsF(font, _device())
        _line_ratio = metrics.height() / pt_to_px(100.0) or WORD_SINGLE_LINE_EM
    return _line_ratio


# --------------------------------------------------------------------------- formats per role


def _char_format(style: Style) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies(_families())
    fmt.setFontPointSize(style.size_pt)
    fmt.setFontWeight(QFont.Weight.Bold if style.bold else QFont.Weight.Normal)
    fmt.setFontItalic(style.italic)
    fmt.setFontKerning(False)  # as Word sets Times New Roman by default
    fmt.setForeground(QBrush(INK))
    return fmt


def _block_format(style: Style) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setAlignment(_ALIGN[style.align])
    fmt.setTextIndent(mm_to_px(style.first_line_indent_mm))
    fmt.setTopMargin(_qt_length(pt_to_px(style.space_before_pt)))
    fmt.setBottomMargin(_qt_length(pt_to_px(style.space_after_pt)))
    percent = 100.0 * style.line_spacing * WORD_SINGLE_LINE_EM / _natural_line_em()
    fmt.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def _rule_formats(space_after_pt: float) -> tuple[QTextBlockFormat, QTextCharFormat]:
    block = QTextBlockFormat()
    block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    block.setBottomMargin(_qt_length(pt_to_px(space_after_pt)))
    block.setLineHeight(100.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    char = QTextCharFormat()
    char.setFontFamilies(_families())
    char.setFontPointSize(RULE_BLOCK_FONT_PT)
    return block, char


# --------------------------------------------------------------------------- the document


@dataclass(frozen=True)
class RuleMark:
    """Where a short rule goes: the empty paragraph that holds it and its horizontal extent."""

    position: int  # of the rule's paragraph in the document
    centre_x: float  # layout pixels from the left edge of the text area
    width: float  # layout pixels


class ReportTextDocument(QTextDocument):
    """The laid-out report: a QTextDocument plus what the page painter needs to know.

    ``page`` is the page set-up (the document's own page size is the text area only);
    ``anchors`` maps each section key to the position where that section's first
    paragraph starts; ``rules`` are the short lines the painter draws.
    """

    def __init__(self, page: PageSetup, text_width_px: float) -> None:
        super().__init__()
        self.page = page
        self.anchors: dict[str, int] = {}
        self.rules: list[RuleMark] = []
        self.text_width_px = text_width_px
        self.text_height_px = mm_to_px(page.height_mm - page.top_mm - page.bottom_mm)
        self.page_width_px = mm_to_px(page.width_mm)
        self.page_height_px = mm_to_px(page.height_mm)
        self.left_px = mm_to_px(page.left_mm)
        self.top_px = mm_to_px(page.top_mm)
        self.device = _device()  # held so the layout's paint device lives as long as the document
        self._keep_with_next: list[int] = []  # positions of paragraphs kept with the next one
        self._page_lines: dict[int, dict[int, tuple[QPointF, list[int]]]] | None = None
        self._tables: list[QTextTable] = []


class _Flow:
    """A cursor writing paragraphs one after another into the body or into one table cell."""

    def __init__(self, document: ReportTextDocument, cursor: QTextCursor, centre_x: float, width: float) -> None:
        self.document = document
        self.cursor = cursor
        self.centre_x = centre_x
        self.width = width
        self.fresh = True  # the cursor's paragraph is empty and not yet used

    def _start(self, block: QTextBlockFormat, char: QTextCharFormat) -> QTextBlock:
        if self.fresh:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.fresh = False
        else:
            self.cursor.insertBlock(block, char)
        return self.cursor.block()

    def para(self, para: Para) -> QTextBlock:
        style = style_for(para.role)
        char = _char_format(style)
        block = self._start(_block_format(style), char)
        if para.anchor and para.anchor not in self.document.anchors:
            self.document.anchors[para.anchor] = block.position()
        if para.text:
            # a line break inside a paragraph stays in it (insertText would start a new one)
            self.cursor.insertText(para.text.replace("\r\n", "\n").replace("\n", LINE_SEPARATOR), char)
        return block

    def rule(self, rule: Rule, space_after_pt: float = 0.0) -> None:
        block_format, char = _rule_formats(space_after_pt)
        block = self._start(block_format, char)
        self.document.rules.append(RuleMark(block.position(), self.centre_x, rule.width * self.width))

    def spacer(self, spacer: Spacer) -> None:
        style = style_for(spacer.role)
        for _ in range(spacer.lines):
            self._start(_block_format(style), _char_format(style))

    def items(self, items: tuple[CellItem, ...]) -> None:
        for item in items:
            if isinstance(item, Para):
                self.para(item)
            elif isinstance(item, Rule):
                self.rule(item)
            elif isinstance(item, Spacer):
                self.spacer(item)


def _table(flow: _Flow, table: TwoColumnTable, space_before_pt: float = 0.0) -> None:
    document = flow.document
    width = document.text_width_px
    left = width * table.left_width
    right = width - left
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setCellPadding(0)
    fmt.setCellSpacing(0)
    fmt.setMargin(0)
    fmt.setPadding(0)
    # Qt drops the space after the paragraph above a table: the table keeps it instead
    fmt.setTopMargin(_qt_length(pt_to_px(space_before_pt)))
    fmt.setBorderCollapse(True)
    fmt.setWidth(QTextLength(QTextLength.Type.FixedLength, _qt_length(width)))
    fmt.setColumnWidthConstraints([
        QTextLength(QTextLength.Type.FixedLength, _qt_length(left)),
        QTextLength(QTextLength.Type.FixedLength, _qt_length(right)),
    ])
    qt_table = flow.cursor.insertTable(len(table.rows), 2, fmt)
    document._tables.append(qt_table)
    for row, (left_items, right_items) in enumerate(table.rows):
        for column, items, centre, column_width in (
            (0, left_items, left / 2, left), (1, right_items, left + right / 2, right),
        ):
            cell = qt_table.cellAt(row, column)
            _Flow(document, cell.firstCursorPosition(), centre, column_width).items(items)
            if items and isinstance(items[0], Para) and style_for(items[0].role).space_before_pt:
                # Qt drops the top margin of a cell's first paragraph: pad the cell instead
                cell_format = cell.format().toTableCellFormat()
                cell_format.setTopPadding(_qt_length(pt_to_px(style_for(items[0].role).space_before_pt)))
                cell.setFormat(cell_format)
    # continue in the paragraph Qt keeps after every table
    flow.cursor = QTextCursor(document)
    flow.cursor.movePosition(QTextCursor.MoveOperation.End)
    flow.fresh = True


def _squash(block: QTextBlock) -> None:
    """Make an empty paragraph Qt insists on (before a leading table, at the end) take no room."""
    cursor = QTextCursor(block)
    fmt = QTextBlockFormat()
    fmt.setLineHeight(0.0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(fmt)
    char = QTextCharFormat()
    char.setFontPointSize(1.0)
    cursor.setBlockCharFormat(char)


def build_text_document(document: ComposedDocument, *, width_pt: float | None = None) -> ReportTextDocument:
    """Lay out the report on A4 pages with the decree's margins. Needs a QGuiApplication.

    The returned document's page size is the text area (A4 minus the margins of
    ``document.page``), so Qt's own pagination gives the printed pages; ``width_pt``
    overrides the text width. Paragraphs become blocks with the style table's formats,
    the header and signature become borderless two-column tables, rules are recorded for
    the page painter, and each section key is recorded in ``anchors``.
    """
    page = document.page
    width_px = pt_to_px(width_pt) if width_pt is not None else mm_to_px(page.text_width_mm)
    text = ReportTextDocument(page, width_px)
    text.documentLayout().setPaintDevice(text.device)
    text.setDocumentMargin(0)
    text.setUseDesignMetrics(True)
    text.setPageSize(QSizeF(width_px, text.text_height_px))
    base = QFont()
    base.setFamilies(_families())
    base.setPointSizeF(style_for(Role.BODY).size_pt)
    text.setDefaultFont(base)
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)

    # No undo stack, and one edit block around the whole build: Qt then lays the document
    # out once at the end instead of after every inserted paragraph (about 3× faster).
    text.setUndoRedoEnabled(False)
    cursor = QTextCursor(text)
    cursor.beginEditBlock()
    flow = _Flow(text, cursor, width_px / 2, width_px)
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, TwoColumnTable):
            before = blocks[index - 1] if index else None
            _table(flow, block, style_for(before.role).space_after_pt if isinstance(before, Para) else 0.0)
        elif isinstance(block, Para):
            if index and isinstance(blocks[index - 1], TwoColumnTable) and style_for(block.role).space_before_pt:
                # Qt drops the top margin of a paragraph right after a table: give it to the table
                table = text._tables[-1]
                table_format = table.format()
                table_format.setBottomMargin(_qt_length(pt_to_px(style_for(block.role).space_before_pt)))
                table.setFormat(table_format)
            written = flow.para(block)
            if style_for(block.role).keep_with_next:
                text._keep_with_next.append(written.position())
        elif isinstance(block, Rule):
            after_title = index > 0 and isinstance(blocks[index - 1], Para) and blocks[index - 1].role is Role.TITLE
            flow.rule(block, TITLE_RULE_SPACE_AFTER_PT if after_title else 0.0)
        elif isinstance(block, Spacer):
            flow.spacer(block)
    first = text.begin()
    if text._tables and not first.text() and first.position() < text._tables[0].firstPosition():
        _squash(first)  # Qt keeps an empty paragraph before a table that opens the document
    if flow.fresh:
        _squash(text.lastBlock())
    cursor.endEditBlock()
    _keep_together(text)
    return text


# --------------------------------------------------------------------------- pagination


def page_count(text_document: QTextDocument) -> int:
    """Number of printed pages of a document from :func:`build_text_document`."""
    return max(1, text_document.pageCount())


def _first_line_y(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float:
    rect = layout.blockBoundingRect(block)
    lines = block.layout()
    if lines is not None and lines.lineCount():
        return rect.top() + lines.lineAt(0).y()
    return rect.top()


def anchor_position(text_document: ReportTextDocument, anchor: str) -> int | None:
    """Document position where the section ``anchor`` starts, or None."""
    return text_document.anchors.get(anchor)


def anchor_y(text_document: ReportTextDocument, anchor: str) -> float | None:
    """Vertical position (layout pixels, pages stacked without gaps) of the section's first line."""
    position = anchor_position(text_document, anchor)
    if position is None:
        return None
    return _first_line_y(text_document.documentLayout(), text_document.findBlock(position))


def page_of_position(text_document: ReportTextDocument, position: int) -> int:
    """Index of the page the paragraph at ``position`` starts on."""
    y = _first_line_y(text_document.documentLayout(), text_document.findBlock(position))
    return int((y + 0.5) // text_document.text_height_px)


def _set_break_before(block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(fmt)


def _keep_together(text: ReportTextDocument) -> None:
    """Keep headings with the paragraph after them, and the signature table on one page.

    Qt has no "keep with next"; after layout, a heading left alone at the foot of a page
    (with any headings right above it) gets a page break before it, and layout runs again.
    """
    layout = text.documentLayout()
    keep = set(text._keep_with_next)
    for _ in range(50):  # each pass moves one group; a report has far fewer headings
        moved = False
        for position in text._keep_with_next:
            block = text.findBlock(position)
            following = block.next()
            if not following.isValid() or block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                continue
            page = page_of_position(text, position)
            if page == page_of_position(text, following.position()):
                continue
            start = block
            while start.previous().isValid() and start.previous().position() in keep and (
                page_of_position(text, start.previous().position()) == page
            ):
                start = start.previous()
            if page_of_position(text, start.position()) == 0 and start.position() == text.begin().position():
                continue
            _set_break_before(start)
            moved = True
            break
        if not moved:
            break
    for table in text._tables:  # the signature block (and the header) not split over two pages
        rect = layout.frameBoundingRect(table)
        height = text.text_height_px
        first_page = int(rect.top() // height)
        last_page = int((rect.bottom() - 1) // height)
        if last_page > first_page and rect.height() < height:
            fmt = table.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)


# --------------------------------------------------------------------------- painting


def _page_number_layout(text_document: ReportTextDocument, number: int) -> QTextLayout:
    style = style_for(PAGE_NUMBER_ROLE)
    font = QFont()
    font.setFamilies(_families())
    font.setPointSizeF(style.size_pt)
    font.setBold(style.bold)
    font.setItalic(style.italic)
    layout = QTextLayout(str(number), font, text_document.device)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(text_document.text_width_px)
    layout.endLayout()
    return layout


def paint_page(
    painter: QPainter,
    text_document: ReportTextDocument,
    page_index: int,
    page_rect: QRectF,
    *,
    page_numbers: bool = True,
) -> None:
    """Draw page ``page_index`` of the laid-out report into ``page_rect`` (the whole sheet).

    ``page_rect`` is in the painter's coordinates and is filled with the A4 sheet, margins
    included; the page's slice of the document goes inside the margins, the short rules
    under their lines, and — from ``page.number_pages_from`` on — the page number centred
    in the top margin. Nothing is drawn behind the text (callers paint the paper if they
    want it). Needs a QGuiApplication.
    """
    doc = text_document
    scale = page_rect.width() / doc.page_width_px
    width = doc.text_width_px
    height = doc.text_height_px
    top = page_index * height
    painter.save()
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.translate(page_rect.topLeft())
        painter.scale(scale, scale)

        number = page_index + 1
        if page_numbers and number >= doc.page.number_pages_from:
            layout = _page_number_layout(doc, number)
            line = layout.lineAt(0)
            x = doc.left_px + (width - line.naturalTextWidth()) / 2
            y = (doc.top_px - line.height()) / 2
            painter.setPen(QPen(INK))
            layout.draw(painter, QPointF(x, y))

        painter.translate(doc.left_px, doc.top_px - top)
        painter.setPen(QPen(INK))
        # Line by line, only this page's lines: QTextDocumentLayout.draw also paints the
        # lines just above and below its clip, which a PDF keeps as invisible extra text.
        for origin, lines in _page_lines(doc, page_index):
            for line in lines:
                line.draw(painter, origin)
        _paint_rules(painter, doc, QRectF(-doc.left_px, top, doc.page_width_px, height))
    finally:
        painter.restore()


def _page_lines(doc: ReportTextDocument, page_index: int) -> list[tuple[QPointF, list]]:
    """The text lines on page ``page_index``: (block origin, its QTextLines on that page)."""
    pages = doc._page_lines
    if pages is None:
        pages = doc._page_lines = {}
        layout = doc.documentLayout()
        height = doc.text_height_px
        block = doc.begin()
        while block.isValid():
            lines = block.layout()
            if lines is not None and lines.lineCount():
                rect = layout.blockBoundingRect(block)
                origin = rect.topLeft()
                for number in range(lines.lineCount()):
                    line = lines.lineAt(number)
                    page = int((rect.top() + line.y() + 0.5) // height)
                    entries = pages.setdefault(page, {})
                    entries.setdefault(block.position(), (origin, []))[1].append(number)
            block = block.next()
    result = []
    for position, (origin, numbers) in pages.get(page_index, {}).items():
        lines = doc.findBlock(position).layout()
        result.append((origin, [lines.lineAt(number) for number in numbers]))
    return result


def _paint_rules(painter: QPainter, doc: ReportTextDocument, view: QRectF) -> None:
    layout = doc.documentLayout()
    pen = QPen(INK)
    pen.setWidthF(pt_to_px(RULE_WIDTH_PT))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    for mark in doc.rules:
        y = _first_line_y(layout, doc.findBlock(mark.position)) + pt_to_px(RULE_OFFSET_PT)
        if view.top() <= y < view.bottom():
            half = mark.width / 2
            painter.drawLine(QPointF(mark.centre_x - half, y), QPointF(mark.centre_x + half, y))


def render_page_image(text: ReportTextDocument, index: int, dpi: float = 96.0) -> QImage:
    """Page ``index`` of a laid-out report as a white A4 image at ``dpi`` (for tests and thumbnails)."""
    width = max(1, round(text.page_width_px / text.device.logicalDpiX() * dpi))
    height = max(1, round(text.page_height_px / text.device.logicalDpiY() * dpi))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    paint_page(painter, text, index, QRectF(0, 0, width, height))
    painter.end()
    return image


# --------------------------------------------------------------------------- printing and PDF


def _configure_printer(printer: QPrinter, page: PageSetup) -> None:
    margins = QMarginsF(page.left_mm, page.top_mm, page.right_mm, page.bottom_mm)
    size = QPageSize(QSizeF(page.width_mm, page.height_mm), QPageSize.Unit.Millimeter, "A4",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, margins,
                                      QPageLayout.Unit.Millimeter))
    # the painter's origin is the sheet's corner; the margins are drawn by paint_page
    printer.setFullPage(True)


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """Page indexes to print: all, or those of the range chosen in the print dialog."""
    from PySide6.QtPrintSupport import QPrinter

    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [index for index in range(count) if ranges.contains(index + 1)]
    return list(range(count))


def print_document(document: ComposedDocument, printer: QPrinter) -> None:
    """Print the report on ``printer``, page for page as the preview shows it.

    Sets A4 portrait with the report's margins and paints each page with
    :func:`paint_page` (not ``QTextDocument.print_``, which adds margins and page numbers
    of its own). Honours a page range chosen in the print dialog. Connect it to
    ``QPrintPreviewDialog.paintRequested`` to preview through Qt. Needs a QGuiApplication.
    """
    text = build_text_document(document)
    _configure_printer(printer, document.page)
    pages = _pages_to_print(printer, page_count(text))
    painter = QPainter()
    if not painter.begin(printer):
        target = printer.outputFileName() or printer.printerName()
        raise UserError(
            f"Không in được tới “{target}”: máy in hoặc tệp không mở được.",
            f"QPainter.begin failed on printer {target!r}",
        )
    from PySide6.QtPrintSupport import QPrinter

    try:
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        sheet = QRectF(0, 0, sheet.width(), sheet.height())
        for number, index in enumerate(pages):
            if number:
                printer.newPage()
            paint_page(painter, text, index, sheet)
    finally:
        finished = painter.end()
    if not finished:  # the PDF engine could not finish the file (it reports no more than this)
        target = printer.outputFileName() or printer.printerName()
        raise UserError(f"Không in hoặc ghi trọn được tới “{target}”.", f"QPainter.end failed on {target!r}")


def write_pdf(document: ComposedDocument, path: os.PathLike[str] | str) -> Path:
    """Write the report as an A4 PDF at ``path``, all or nothing; returns the path.

    The PDF is the printed report (same pages, same page painter). It is written to a
    temporary file beside ``path`` that replaces ``path`` only once complete, so a failed
    export leaves no half file and the previous file intact. Creates a QGuiApplication
    (offscreen where there is no display) if there is none yet.
    """
    ensure_gui_application()
    from PySide6.QtPrintSupport import QPrinter

    target = Path(path)
    with atomic_target(target, verify=verify_pdf) as temporary:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temporary))
        printer.setDocName(document.title or style_for(Role.DOC_TYPE).word_name)
        printer.setCreator("papi-desktop")
        print_document(document, printer)
        del printer
        if temporary.stat().st_size == 0:
            raise UserError(f"Không ghi được tệp PDF “{target}”.", f"empty PDF written for {target}")
    log.info("wrote %s", target)
    return target


_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """Return the running QGuiApplication, creating one if there is none.

    Without a display (a terminal on a server, CI) and with no ``QT_QPA_PLATFORM`` chosen,
    the offscreen platform is used, so exporting a PDF works anywhere.
    """
    global _application
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("a QCoreApplication without a GUI is running; Qt rendering needs a QGuiApplication")
        return existing
    arguments = [sys.argv[0] if sys.argv and sys.argv[0] else "papi-desktop"]
    headless = (
        sys.platform not in ("win32", "darwin")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )
    if headless:
        arguments += ["-platform", "offscreen"]
    _application = QGuiApplication(arguments)
    # The bundled Liberation Serif: Times New Roman's metrics where Times is missing.
    from papi_desktop.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    return _application
