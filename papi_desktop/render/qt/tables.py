"""Content tables and charts in the Qt galley, and their geometry for the pages.

A :class:`~papi_desktop.compose.blocks.TableBlock` becomes a :class:`QTextTable` with the
block's column widths and cell padding; its borders are not Qt's (which the line-by-line
page painter would not draw, and which Qt would draw across a cut page) but lines the painter
draws at the row and column edges recorded here. The paginator reads each row's extent
(:func:`row_edges`) to keep it whole and to put the header rows again at the top of every
page the table runs on, as Word and LibreOffice repeat ``w:tblHeader`` rows.

A :class:`~papi_desktop.compose.blocks.Figure` is an empty centred paragraph exactly as tall
as the Word export's picture line; the painter paints the chart into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QTextBlockFormat, QTextCharFormat, QTextTable, QTextTableCellFormat

from papi_desktop.compose.blocks import Figure, TableBlock
from papi_desktop.render.qt.units import mm_to_px, pt_to_px, qt_length

FIGURE_DPI = 300  # the chart's picture: print resolution, as in the Word file
# where the picture's foot stands above the paragraph's foot: the font's descent (as Word
# stands an inline picture on the baseline)
FIGURE_DESCENT_PT = 4.0


@dataclass
class TableMark:
    """A content table in the galley: what the paginator and the painter need of it."""

    table: QTextTable
    header_rows: int
    column_edges: tuple[float, ...]  # x of every vertical border, layout pixels from the text's left
    border_px: float
    top_padding_px: float
    kept_with_next: tuple[bool, ...] = ()  # per row: the row shares its page with the next


@dataclass
class FigureMark:
    """Where a chart is painted: its paragraph and its size."""

    position: int  # of the figure's paragraph
    chart: object  # BarChart
    width_px: float
    height_px: float
    width_mm: float
    height_mm: float
    _image: QImage | None = field(default=None, repr=False)

    def image(self) -> QImage:
        """The chart painted once at print resolution, kept for every later page paint."""
        if self._image is None:
            from papi_desktop.render.score_chart import chart_image

            self._image = chart_image(self.chart, width_mm=self.width_mm, height_mm=self.height_mm, dpi=FIGURE_DPI)
        return self._image


def column_edges(block: TableBlock) -> tuple[float, ...]:
    edges = [0.0]
    for width in block.column_widths_mm:
        edges.append(edges[-1] + mm_to_px(width))
    return tuple(edges)


def cell_padding_format(block: TableBlock) -> QTextTableCellFormat:
    """Every cell's padding: at the sides as Word's cell margins; above the text, the top
    border's width (LibreOffice's rows are that much taller than their lines)."""
    fmt = QTextTableCellFormat()
    side = qt_length(mm_to_px(block.cell_padding_mm))
    fmt.setLeftPadding(side)
    fmt.setRightPadding(side)
    fmt.setTopPadding(qt_length(pt_to_px(block.border_pt)))
    fmt.setBottomPadding(0)
    return fmt


def right_align(block_format: QTextBlockFormat) -> None:
    block_format.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)


def figure_formats(figure: Figure, block: QTextBlockFormat, char: QTextCharFormat) -> None:
    block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    block.setTextIndent(0)
    block.setLeftMargin(0)
    block.setTopMargin(0)
    block.setBottomMargin(0)
    block.setLineHeight(qt_length(pt_to_px(figure.line_height_pt)), QTextBlockFormat.LineHeightTypes.FixedHeight.value)


def row_edges(document, mark: TableMark) -> list[float]:
    """The galley y of the top of every row and of the table's foot (rows + 1 values)."""
    layout = document.documentLayout()
    table = mark.table
    tops = []
    for row in range(table.rows()):
        # the cells of a row start at one height (their padding is the same)
        top = layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()
        tops.append(top - mark.top_padding_px)
    last = table.rows() - 1
    bottom = 0.0
    for column in range(table.columns()):
        cell = table.cellAt(last, column)
        block = cell.lastCursorPosition().block()
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        if lines is not None and lines.lineCount():
            bottom = max(bottom, rect.top() + lines.lineAt(lines.lineCount() - 1).y() + _last_line_height(block))
        else:
            bottom = max(bottom, rect.bottom())
    tops.append(bottom)
    return tops


def _last_line_height(block) -> float:
    from papi_desktop.render.qt.units import from_qt_length

    fmt = block.blockFormat()
    if fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.FixedHeight.value:
        return from_qt_length(fmt.lineHeight())
    lines = block.layout()
    return lines.lineAt(lines.lineCount() - 1).height()


def figure_rect(document, mark: FigureMark) -> QRectF:
    """Where the chart goes in the galley: centred, standing on the figure line's baseline."""
    block = document.findBlock(mark.position)
    top = document.documentLayout().blockBoundingRect(block).top()
    line = _last_line_height(block)
    x = (document.text_width_px - mark.width_px) / 2
    y = top + line - pt_to_px(FIGURE_DESCENT_PT) - mark.height_px
    return QRectF(x, y, mark.width_px, mark.height_px)
