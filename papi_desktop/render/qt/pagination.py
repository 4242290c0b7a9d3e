"""Cut the laid-out galley into pages by the pagination fields of the layout blocks.

Qt's own pagination knows no "keep with next", no widow/orphan control and splits table
rows; a word processor does all three. So the report is laid out as one galley and cut
here, at line boundaries, the way Word and LibreOffice cut it:

- a page takes every line that fits (a line fits when its full height does; the space
  after the last paragraph of a page may fall off the page, as in Word);
- a paragraph marked ``keep_lines`` or a table row that cannot split moves whole;
- a split paragraph keeps at least ``min_lines`` lines at the foot and at the head of the
  page (two: Word's widow/orphan control), else more of it moves;
- a paragraph marked ``keep_with_next`` shares its page with the first line of the next
  block: the break moves above it — the whole paragraph, as LibreOffice moves it (Word
  would move only its last lines; the composer marks the one long paragraph kept with the
  next, the body's last, ``keep_lines`` too, so that all three agree) — and on up a chain
  of such paragraphs;
- where the rules cannot be met on one page (a chain longer than a page), the natural
  break stands, as in Word;
- a content table's row is one unit from its top border to the next row's (rows never split),
  and a page that starts inside a table's body begins with the table's header rows again,
  which take their height off that page (``page_headers``), as LibreOffice and Word repeat them.

Each page then shows one slice of the galley, from its first line to the next page's.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextLayout

from papi_desktop.render.qt.document import ReportTextDocument
from papi_desktop.render.qt.tables import row_edges
from papi_desktop.render.qt.units import (
    FIGURE_LINE, KEEP_LINES, KEEP_WITH_NEXT, MIN_LINES, ROWS_CANT_SPLIT, from_qt_length, pt_to_px,
)

EPSILON = 0.5  # layout pixels (1/2400 inch): rounding, not room
# LibreOffice fills a page that begins with a table's repeated header rows to about 4 pt
# more than the header's height leaves (its last line may reach a little into the bottom
# margin). Measured on 40 reports whose 25-row table crosses the page break one word of
# filler later each time: the pages agree for any allowance from 1.9 pt to 6.2 pt; the middle
# is taken (tests/render/test_pages_match_libreoffice.py holds it).
REPEATED_HEADER_ALLOWANCE = pt_to_px(4.0)


@dataclass
class _Unit:
    """A paragraph of the body, or a table row: lines stacked in the galley."""

    lines: list[tuple[float, float]]  # (top, bottom) of each line, galley coordinates
    keep_with_next: bool
    keep_lines: bool
    min_lines: int
    # a content table's body row: (index in text.data_tables); None for anything else
    table: int | None = None


def _line_advance(block: QTextBlock, layout: QTextLayout, number: int) -> float:
    """The height a line takes in the galley: to the next line, or its own scaled height."""
    if number + 1 < layout.lineCount():
        return layout.lineAt(number + 1).y() - layout.lineAt(number).y()
    line = layout.lineAt(number)
    fmt = block.blockFormat()
    kind = fmt.lineHeightType()
    if kind == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value:
        return line.height() * fmt.lineHeight() / 100.0
    if kind == QTextBlockFormat.LineHeightTypes.FixedHeight.value:
        return from_qt_length(fmt.lineHeight())
    return line.height()


def _block_lines(text: ReportTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    layout = block.layout()
    if layout is None or not layout.lineCount():
        return []
    top = text.documentLayout().blockBoundingRect(block).top()
    if block.blockFormat().hasProperty(FIGURE_LINE):
        return [(top, top + from_qt_length(block.blockFormat().lineHeight()))]
    count = layout.lineCount()
    ys = [layout.lineAt(n).y() for n in range(count)]  # asked once each: this runs after every pause in typing
    last = _line_advance(block, layout, count - 1)
    return [(top + y, top + y + (ys[n + 1] - y if n + 1 < count else last)) for n, y in enumerate(ys)]


def _flag(block: QTextBlock, prop: int, default: int | bool) -> int | bool:
    fmt = block.blockFormat()
    return fmt.property(prop) if fmt.hasProperty(prop) else default


def _units(text: ReportTextDocument) -> list[_Unit]:
    """The galley as units in reading order: body paragraphs and table rows."""
    units: list[_Unit] = []
    rows: dict[tuple[int, int], _Unit] = {}
    data = {mark.table.firstPosition(): (index, mark) for index, mark in enumerate(text.data_tables)}
    text.table_edges = [row_edges(text, mark) for mark in text.data_tables]
    block = text.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and table.firstPosition() in data:
            # a content table: each row one unit from its top edge to the next row's
            index, mark = data[table.firstPosition()]
            edges = text.table_edges[index]
            for row in range(table.rows()):
                units.append(_Unit([(edges[row], edges[row + 1])], mark.kept_with_next[row], True, 1,
                                   index if row >= mark.header_rows else None))
            block = text.findBlock(table.lastPosition() + 1)
            continue
        lines = _block_lines(text, block)
        if table is None:
            if lines and lines[-1][1] - lines[0][0] > EPSILON:  # squashed paragraphs take no room
                units.append(_Unit(
                    lines, bool(_flag(block, KEEP_WITH_NEXT, False)), bool(_flag(block, KEEP_LINES, False)),
                    int(_flag(block, MIN_LINES, 1)),
                ))
        else:
            cell = table.cellAt(block.position())
            key = (table.firstPosition(), cell.row())
            unit = rows.get(key)
            if unit is None:
                cant_split = bool(table.format().property(ROWS_CANT_SPLIT)) if table.format().hasProperty(
                    ROWS_CANT_SPLIT) else False
                unit = rows[key] = _Unit([], False, cant_split, 1)
                units.append(unit)
            unit.lines.extend(lines)
            unit.keep_with_next = unit.keep_with_next or bool(_flag(block, KEEP_WITH_NEXT, False))
        block = block.next()
    for unit in units:  # a row's cells are side by side: its lines in galley order
        unit.lines.sort()

    return units


def _first_lines(units: list[_Unit]) -> list[int]:
    firsts, total = [], 0
    for unit in units:
        firsts.append(total)
        total += len(unit.lines)
    return firsts


def _obey(units: list[_Unit], owner: list[tuple[int, int]], firsts: list[int], cut: int) -> int:
    """Move a break before flat line ``cut`` up until no rule is broken; returns the new cut."""
    for _ in range(4 * len(owner)):
        unit_index, line = owner[cut]
        unit = units[unit_index]
        start = firsts[unit_index]
        if line > 0:  # the break falls inside the unit
            count = len(unit.lines)
            if unit.keep_lines:
                moved = start
            elif line < unit.min_lines:
                moved = start
            elif count - line < unit.min_lines:
                keep = count - unit.min_lines
                moved = start + keep if keep >= unit.min_lines else start
            else:
                return cut
        else:  # the break falls between two units
            if unit_index == 0 or not units[unit_index - 1].keep_with_next:
                return cut
            moved = firsts[unit_index - 1]  # the unit above goes over whole, as LibreOffice moves it
        if moved == cut:
            return cut
        cut = moved
    return cut


def paginate(text: ReportTextDocument) -> None:
    """Set ``text.page_tops``: the galley position where each page starts."""
    units = _units(text)
    owner = [(u, n) for u, unit in enumerate(units) for n in range(len(unit.lines))]
    lines = [line for unit in units for line in unit.lines]
    firsts = _first_lines(units)
    height = text.text_height_px
    tops = [0.0]
    start = 0
    text._page_lines = None
    text.page_headers = {}
    headers = [_header_extent(text, index) for index in range(len(text.data_tables))]
    while start < len(lines):
        repeated = text.page_headers.get(len(tops) - 1)
        reserved = max(0.0, repeated[2] - repeated[1] - REPEATED_HEADER_ALLOWANCE) if repeated else 0.0
        limit = tops[-1] + height - reserved + EPSILON
        end = start
        while end < len(lines) and lines[end][1] <= limit:
            end += 1
        if end >= len(lines):
            break
        if end == start:  # a line taller than a page: it gets a page of its own
            end = start + 1
            if end >= len(lines):
                break
        cut = _obey(units, owner, firsts, end)
        if cut <= start:
            cut = end
        start = cut
        tops.append(lines[start][0])
        table = units[owner[start][0]].table
        if table is not None and headers[table] is not None:
            top, bottom = headers[table]
            text.page_headers[len(tops) - 1] = (text.data_tables[table], top, bottom)
    text.page_tops = tops


def _header_extent(text: ReportTextDocument, index: int) -> tuple[float, float] | None:
    """The galley extent (top, bottom) of a content table's header rows, or None without any."""
    mark = text.data_tables[index]
    if mark.header_rows <= 0:
        return None
    edges = text.table_edges[index]
    return edges[0], edges[mark.header_rows]


def page_count(text: ReportTextDocument) -> int:
    """Number of printed pages of a document from :func:`build_text_document`."""
    return max(1, len(text.page_tops))


def page_of_y(text: ReportTextDocument, y: float) -> int:
    """The page whose slice holds galley position ``y``."""
    return max(0, bisect_right(text.page_tops, y + EPSILON) - 1)


def first_line_y(text: ReportTextDocument, block: QTextBlock) -> float:
    """Where the first line of ``block`` is in the galley."""
    rect = text.documentLayout().blockBoundingRect(block)
    lines = block.layout()
    if lines is not None and lines.lineCount():
        return rect.top() + lines.lineAt(0).y()
    return rect.top()


def anchor_position(text: ReportTextDocument, anchor: str) -> int | None:
    """Document position where the section ``anchor`` starts, or None."""
    return text.anchors.get(anchor)


def anchor_y(text: ReportTextDocument, anchor: str) -> float | None:
    """Where the section's first line is, in layout pixels of the pages stacked without gaps
    (page × text height + the line's height on its page)."""
    position = anchor_position(text, anchor)
    if position is None:
        return None
    y = first_line_y(text, text.findBlock(position))
    page = page_of_y(text, y)
    return page * text.text_height_px + (y - text.page_tops[page])


def page_of_position(text: ReportTextDocument, position: int) -> int:
    """Index of the page the paragraph at ``position`` starts on."""
    return page_of_y(text, first_line_y(text, text.findBlock(position)))
