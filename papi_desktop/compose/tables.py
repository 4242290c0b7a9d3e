"""Tables and charts of a part's content as layout blocks, their layout decided once here.

A table becomes its caption ("Bảng 1. …", above it and kept with it) and a
:class:`~papi_desktop.compose.blocks.TableBlock` whose fields say everything the renderers
need: column widths in millimetres (the table's shares of the text width), the header rows
repeated on every page, rows that never split, right-aligned figure columns, and whether the
table is small enough to be kept on one page. A chart becomes a
:class:`~papi_desktop.compose.blocks.Figure` of a fixed size with its caption under it
("Biểu đồ 1. …"), kept together.
"""

from __future__ import annotations

import re

from papi_desktop.compose.blocks import Block, Figure, Para, Role, TableBlock
from papi_desktop.model.tables import BarChart, Table

# A table of at most this many rows is kept on one page (moved whole when it does not fit);
# a longer one runs on, its header rows repeated.
KEEP_TOGETHER_MAX_ROWS = 8
FIGURE_WIDTH_MM = 150.0
FIGURE_HEIGHT_MM = 95.0
# The chart's paragraph is one line the picture's height plus this (the descent under the
# baseline the picture stands on), exactly, in Word and in the Qt pages alike.
FIGURE_LINE_EXTRA_PT = 4.0
TABLE_LABEL = "Bảng"
FIGURE_LABEL = "Biểu đồ"
# A caption the clerk numbered already ("Bảng 2: …", "Biểu đồ 1. …") is printed as typed.
_NUMBERED = re.compile(r"^\s*(bảng|biểu đồ|hình)\s+\d+", re.IGNORECASE)


class Numbering:
    """Counts tables and charts in reading order, so captions read Bảng 1, Bảng 2, …"""

    def __init__(self) -> None:
        self.tables = 0
        self.figures = 0

    def caption(self, label: str, caption: str) -> str:
        caption = caption.strip()
        if label == TABLE_LABEL:
            self.tables += 1
            number = self.tables
        else:
            self.figures += 1
            number = self.figures
        if _NUMBERED.match(caption):
            return caption
        return f"{label} {number}. {caption}"


def table_blocks(table: Table, anchor: str, text_width_mm: float, numbering: Numbering) -> list[Block]:
    """The caption (when the table has one) and the table block."""
    table = table.normalised()
    blocks: list[Block] = []
    if table.caption:
        blocks.append(Para(Role.CAPTION, numbering.caption(TABLE_LABEL, table.caption), anchor,
                           keep_with_next=True, keep_lines=True, min_lines=2))
    widths = _widths_mm(table.widths, text_width_mm)
    blocks.append(TableBlock(
        rows=table.rows,
        column_widths_mm=widths,
        header_rows=table.header_rows,
        right_aligned=table.numeric_columns(),
        anchor=anchor,
        keep_together=len(table.rows) <= KEEP_TOGETHER_MAX_ROWS,
    ))
    return blocks


def figure_blocks(chart: BarChart, anchor: str, text_width_mm: float, numbering: Numbering) -> list[Block]:
    """The chart and its caption under it, the two kept on one page."""
    width = min(FIGURE_WIDTH_MM, text_width_mm)
    height = FIGURE_HEIGHT_MM * width / FIGURE_WIDTH_MM
    caption = chart.caption.strip()
    line = round((height / 25.4 * 72 + FIGURE_LINE_EXTRA_PT) * 20) / 20  # whole twips, as Word keeps it
    blocks: list[Block] = [Figure(chart, width, height, anchor, keep_with_next=bool(caption), line_height_pt=line)]
    if caption:
        blocks.append(Para(Role.CAPTION, numbering.caption(FIGURE_LABEL, caption), anchor,
                           keep_lines=True, min_lines=2))
    return blocks


def _widths_mm(shares: tuple[float, ...], text_width_mm: float) -> tuple[float, ...]:
    """Shares of the text width → millimetres, rounded to 0.1 mm, adding up to the text width."""
    widths = [round(share * text_width_mm, 1) for share in shares]
    if widths:
        widths[-1] = round(text_width_mm - sum(widths[:-1]), 1)
    return tuple(widths)
