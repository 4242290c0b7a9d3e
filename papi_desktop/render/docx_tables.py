"""The content tables and the chart pictures of the Word export.

A :class:`~papi_desktop.compose.blocks.TableBlock` becomes a real Word table a later import
can read back cell for cell: one ``w:tc`` per cell, one paragraph per cell in the named cell
styles, thin single borders, its header rows marked ``w:tblHeader`` (Word and LibreOffice
repeat them on every page), every row ``w:cantSplit``, and the widths written in the grid
*and* in every cell with a fixed layout (LibreOffice reads the grid, Word the cells). A
:class:`~papi_desktop.compose.blocks.Figure` becomes a picture of the chart at print resolution
in a centred paragraph whose one line is as tall as the Qt pages make it, as the Qt pages have it.
"""

from __future__ import annotations

from collections.abc import Callable
import io

from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from papi_desktop.compose.blocks import Figure, Para, TableBlock
from papi_desktop.render.docx import TBLPR_ORDER, TRPR_ORDER, _child, _set_pagination, _set_style, _twips

_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")
_SIDES = ("top", "left", "bottom", "right")
TCPR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
              "textDirection", "tcFitText", "vAlign", "hideMark")


def write_table(word: WordDocument, block: TableBlock, write_para: Callable[[Paragraph, Para], None]) -> None:
    widths = [_twips(width) for width in block.column_widths_mm]
    table = word.add_table(rows=len(block.rows), cols=block.columns)
    table.autofit = False
    _frame(table._tbl.tblPr, sum(widths), block)
    for column, width in zip(table.columns, widths):
        column.width = Twips(width)
    for number, (row, cells) in enumerate(zip(table.rows, block.rows)):
        properties = row._tr.get_or_add_trPr()
        if block.rows_cant_split:
            _child(properties, "cantSplit", TRPR_ORDER)
        header = number < block.header_rows
        if header:
            _child(properties, "tblHeader", TRPR_ORDER)
        role = block.header_role if header else block.cell_role
        keep = block.row_kept_with_next(number)
        for column, (cell, width, text) in enumerate(zip(row.cells, widths, cells)):
            cell.width = Twips(width)
            paragraph = cell.paragraphs[0]
            write_para(paragraph, Para(role, text, block.anchor, keep_with_next=keep, min_lines=1))
            if not header and column < len(block.right_aligned) and block.right_aligned[column]:
                paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _frame(tblPr, total_twips: int, block: TableBlock) -> None:
    """Width, fixed layout, the borders and the cell padding: all written, none left to a style."""
    width = _child(tblPr, "tblW", TBLPR_ORDER)
    width.set(qn("w:w"), str(total_twips))
    width.set(qn("w:type"), "dxa")
    indent = _child(tblPr, "tblInd", TBLPR_ORDER)
    indent.set(qn("w:w"), "0")
    indent.set(qn("w:type"), "dxa")
    borders = _child(tblPr, "tblBorders", TBLPR_ORDER)
    for edge in _EDGES:
        element = _child(borders, edge, _EDGES)
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), str(round(block.border_pt * 8)))  # eighths of a point
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), "000000")
    _child(tblPr, "tblLayout", TBLPR_ORDER).set(qn("w:type"), "fixed")
    margins = _child(tblPr, "tblCellMar", TBLPR_ORDER)
    padding = str(_twips(block.cell_padding_mm))
    for side in _SIDES:
        element = _child(margins, side, _SIDES)
        element.set(qn("w:w"), padding if side in ("left", "right") else "0")
        element.set(qn("w:type"), "dxa")


def write_figure(paragraph: Paragraph, figure: Figure, style: ParagraphStyle) -> None:
    """The chart as a PNG at print resolution, in a paragraph exactly as tall as the Qt pages make it."""
    from papi_desktop.render.qt import ensure_gui_application
    from papi_desktop.render.score_chart import chart_png

    ensure_gui_application()
    _set_style(paragraph, style)
    layout = paragraph.paragraph_format
    # "at least" the line, not "exactly": LibreOffice cuts the top off a picture in an exact line;
    # the picture and the descent under it are less than the line, so the line is that high
    layout.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    layout.line_spacing = Pt(figure.line_height_pt)
    png = chart_png(figure.chart, width_mm=figure.width_mm, height_mm=figure.height_mm)
    paragraph.add_run().add_picture(io.BytesIO(png), width=Mm(figure.width_mm), height=Mm(figure.height_mm))
    _set_pagination(paragraph, figure.keep_with_next, True, 1)

