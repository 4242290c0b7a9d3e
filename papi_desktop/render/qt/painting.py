"""The one page painter: page *N* of a laid-out report, for the preview, the printer and the PDF.

A printed page is exactly the previewed page because all three call :func:`paint_page`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTextLayout

from papi_desktop.compose.blocks import Role
from papi_desktop.render.qt.document import ReportTextDocument
from papi_desktop.render.qt.pagination import first_line_y, page_of_y
from papi_desktop.render.qt.table_painting import paint_figures, paint_header_rows, paint_table_borders
from papi_desktop.render.qt.units import INK, MM_PER_INCH, font_for, mm_to_px, pt_to_px
from papi_desktop.render.styles import RULE_LINE_HEIGHT_PT, RULE_WIDTH_PT, style_for

PAGE_NUMBER_ROLE = Role.PAGE_NUMBER


def _page_number_layout(text: ReportTextDocument, number: int) -> QTextLayout:
    layout = QTextLayout(str(number), font_for(style_for(PAGE_NUMBER_ROLE)), text.device)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(text.text_width_px)
    layout.endLayout()
    return layout


def _page_lines(text: ReportTextDocument, page_index: int) -> list[tuple[QPointF, list]]:
    """The text lines on page ``page_index``: (block origin in the galley, its QTextLines there)."""
    pages = text._page_lines
    if pages is None:
        pages = text._page_lines = {}
        layout = text.documentLayout()
        block = text.begin()
        while block.isValid():
            lines = block.layout()
            if lines is not None and lines.lineCount():
                rect = layout.blockBoundingRect(block)
                for number in range(lines.lineCount()):
                    page = page_of_y(text, rect.top() + lines.lineAt(number).y())
                    entries = pages.setdefault(page, {})
                    entries.setdefault(block.position(), (rect.left(), rect.top(), []))[2].append(number)
            block = block.next()
    result = []
    for position, (x, y, numbers) in pages.get(page_index, {}).items():
        lines = text.findBlock(position).layout()
        result.append((QPointF(x, y), [lines.lineAt(number) for number in numbers]))
    return result


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
    included; the page's slice of the galley goes inside the margins, the short rules under
    their lines, and — from ``page.number_pages_from`` on — the page number centred at the
    header distance from the top edge (where Word puts its header). Nothing is drawn behind
    the text (callers paint the paper if they want it). Needs a QGuiApplication.
    """
    doc = text_document
    scale = page_rect.width() / doc.page_width_px
    tops = doc.page_tops
    top = tops[page_index] if page_index < len(tops) else 0.0
    bottom = tops[page_index + 1] if page_index + 1 < len(tops) else float("inf")
    painter.save()
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.translate(page_rect.topLeft())
        painter.scale(scale, scale)

        number = page_index + 1
        if page_numbers and number >= doc.page.number_pages_from:
            layout = _page_number_layout(doc, number)
            line = layout.lineAt(0)
            x = doc.left_px + (doc.text_width_px - line.naturalTextWidth()) / 2
            painter.setPen(QPen(INK))
            layout.draw(painter, QPointF(x, mm_to_px(doc.page.header_distance_mm)))

        painter.translate(doc.left_px, doc.top_px)
        header = doc.page_headers.get(page_index)
        if header is not None:  # a table runs on from the page before: its header rows again
            mark, header_top, header_bottom = header
            painter.save()
            painter.translate(0, -header_top)
            paint_header_rows(painter, doc, mark)
            painter.restore()
            painter.translate(0, header_bottom - header_top)
        painter.translate(0, -top)
        painter.setPen(QPen(INK))
        # Line by line, only this page's lines: QTextDocumentLayout.draw also paints the
        # lines just above and below its clip, which a PDF keeps as invisible extra text.
        for origin, lines in _page_lines(doc, page_index):
            for line in lines:
                line.draw(painter, origin)
        _paint_rules(painter, doc, top, bottom)
        paint_table_borders(painter, doc, top, bottom)
        paint_figures(painter, doc, top, bottom)
    finally:
        painter.restore()


def _paint_rules(painter: QPainter, doc: ReportTextDocument, top: float, bottom: float) -> None:
    pen = QPen(INK)
    pen.setWidthF(pt_to_px(RULE_WIDTH_PT))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    layout = doc.documentLayout()
    for mark in doc.rules:
        block = doc.findBlock(mark.position)
        if top - 0.5 <= first_line_y(doc, block) < bottom:
            # as Word draws a paragraph's bottom border: the line's upper edge at the foot
            # of the rule's paragraph (its top plus its fixed height)
            y = layout.blockBoundingRect(block).top() + pt_to_px(RULE_LINE_HEIGHT_PT + RULE_WIDTH_PT / 2)
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
