"""Painting what Qt's line-by-line page painter does not: content tables' borders, their header
rows repeated at the top of a page, and the charts."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from papi_desktop.render.qt.tables import TableMark, figure_rect, row_edges
from papi_desktop.render.qt.units import INK

EPSILON = 0.5


def _pen(width: float) -> QPen:
    pen = QPen(INK)
    pen.setWidthF(width)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    return pen


def _paint_row_borders(painter: QPainter, mark: TableMark, top: float, bottom: float, foot: bool = True) -> None:
    """A row's top line and sides, and its bottom line when ``foot`` (the last row drawn on
    the page): a line between two rows is drawn once, or it would print darker."""
    painter.setPen(_pen(mark.border_px))
    left, right = mark.column_edges[0], mark.column_edges[-1]
    painter.drawLine(QPointF(left, top), QPointF(right, top))
    if foot:
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    for x in mark.column_edges:
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def _edges(doc, index: int) -> list[float]:
    """The table's row edges as the paginator measured them (measured again if it has not)."""
    cached = getattr(doc, "table_edges", None)
    if cached is not None and index < len(cached):
        return cached[index]
    return row_edges(doc, doc.data_tables[index])


def paint_table_borders(painter: QPainter, doc, top: float, bottom: float) -> None:
    """The borders of every content-table row that starts on the page slice [top, bottom)."""
    for index, mark in enumerate(doc.data_tables):
        edges = _edges(doc, index)
        if edges[-1] < top or edges[0] >= bottom:
            continue
        rows = [row for row in range(len(edges) - 1) if top - EPSILON <= edges[row] < bottom - EPSILON]
        for row in rows:
            _paint_row_borders(painter, mark, edges[row], edges[row + 1], foot=row == rows[-1])


def paint_header_rows(painter: QPainter, doc, mark: TableMark) -> None:
    """The table's header rows (text and borders), where they are in the galley: the caller
    translates the painter so they land at the top of the page."""
    layout = doc.documentLayout()
    table = mark.table
    painter.setPen(QPen(INK))
    for row in range(mark.header_rows):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block = cell.firstCursorPosition().block()
            end = cell.lastCursorPosition().block()
            while block.isValid():
                lines = block.layout()
                if lines is not None:
                    rect = layout.blockBoundingRect(block)
                    for number in range(lines.lineCount()):
                        lines.lineAt(number).draw(painter, QPointF(rect.left(), rect.top()))
                if block == end:
                    break
                block = block.next()
    edges = _edges(doc, doc.data_tables.index(mark))
    for row in range(mark.header_rows):
        # the first body row on the page draws the line under the header
        _paint_row_borders(painter, mark, edges[row], edges[row + 1], foot=False)


def paint_figures(painter: QPainter, doc, top: float, bottom: float) -> None:
    """Every chart whose paragraph starts on the page slice, from its print-resolution picture."""
    layout = doc.documentLayout()
    for mark in doc.figures:
        block = doc.findBlock(mark.position)
        block_top = layout.blockBoundingRect(block).top()
        if top - EPSILON <= block_top < bottom - EPSILON:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(figure_rect(doc, mark), mark.image())
            painter.restore()
