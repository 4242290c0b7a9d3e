"""A part's text in an editor's QTextDocument and back, tables and charts included.

The part's text holds a table as one line (:mod:`papi_desktop.model.tables`); in the
editor it is a real :class:`QTextTable` the clerk types in, and a chart is a picture in a
paragraph of its own. :func:`fill_document` builds the document from the part's text and
:func:`document_text` writes it back, so the rest of the window keeps dealing in the part's
text while the clerk sees cells, never JSON.

The table's caption, its header-row count, its column shares and any binding to the kept
scores travel on the table's format (the caption is edited through a dialog and shows in
the preview beside); the chart's line travels on the picture's format, so a chart survives any editing
around it unchanged.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextFrameFormat,
    QTextImageFormat, QTextLength, QTextTable, QTextTableFormat,
)

from papi_desktop.model.tables import TABLE_MARK, BarChart, Table, parse_chart, parse_table

CAPTION = QTextFormat.Property.UserProperty + 20
BINDING = QTextFormat.Property.UserProperty + 21
CHART_LINE = QTextFormat.Property.UserProperty + 22
OBJECT = "\ufffc"  # what a picture is in the document's plain text
CHART_WIDTH_MM = 110.0
CHART_HEIGHT_MM = 70.0
CELL_PADDING = 3.0
CHART_SHOWN_WIDTH = 300.0  # pixels in the editor: narrower than the editor pane at its smallest


def table_format(table: Table) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setBorder(1)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(CELL_PADDING)
    fmt.setCellSpacing(0)
    fmt.setTopMargin(4)
    fmt.setBottomMargin(4)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setHeaderRowCount(table.header_rows)
    set_shares(fmt, table.widths)
    fmt.setProperty(CAPTION, table.caption)
    fmt.setProperty(BINDING, json.dumps(table.binding, ensure_ascii=False) if table.binding else "")
    return fmt


def set_shares(fmt: QTextTableFormat, shares: tuple[float, ...] | list[float]) -> None:
    total = sum(shares) or 1.0
    fmt.setColumnWidthConstraints([
        QTextLength(QTextLength.Type.PercentageLength, 100.0 * share / total) for share in shares
    ])


def shares_of(table: QTextTable) -> tuple[float, ...]:
    constraints = table.format().columnWidthConstraints()
    values = [c.rawValue() for c in constraints if c.type() == QTextLength.Type.PercentageLength]
    if len(values) != table.columns() or not all(v > 0 for v in values):
        return (1.0,) * table.columns()
    total = sum(values)
    return tuple(v / total for v in values)


def mark_header_rows(table: QTextTable) -> None:
    """Header rows' text bold, the others' not: the clerk sees which rows repeat on every page."""
    count = table.format().headerRowCount()
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold if row < count else QFont.Weight.Normal)
            cursor.mergeCharFormat(fmt)
            block = cell.firstCursorPosition()
            block.mergeBlockCharFormat(fmt)


def insert_table(cursor: QTextCursor, table: Table) -> QTextTable:
    """``table`` at ``cursor`` (which must be at the start of an empty paragraph or at its end)."""
    table = table.normalised()
    qt_table = cursor.insertTable(len(table.rows), table.columns, table_format(table))
    for row, cells in enumerate(table.rows):
        for column, text in enumerate(cells):
            if text:
                qt_table.cellAt(row, column).firstCursorPosition().insertText(text)
    mark_header_rows(qt_table)
    return qt_table


def chart_format(document: QTextDocument, line: str, chart: BarChart) -> QTextImageFormat:
    """The picture of a chart for the editor, its line kept on the format."""
    from papi_desktop.render.score_chart import chart_image

    name = f"papi-chart:{abs(hash(line))}"
    if document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name)) is None:
        image = chart_image(chart, width_mm=CHART_WIDTH_MM, height_mm=CHART_HEIGHT_MM, dpi=96)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    fmt = QTextImageFormat()
    fmt.setName(name)
    fmt.setWidth(CHART_SHOWN_WIDTH)
    fmt.setHeight(CHART_SHOWN_WIDTH * CHART_HEIGHT_MM / CHART_WIDTH_MM)
    fmt.setProperty(CHART_LINE, line)
    fmt.setToolTip(chart.caption or "Biểu đồ")
    return fmt


def fill_document(document: QTextDocument, text: str) -> None:
    """Replace the document's content with the part's ``text``: lines as paragraphs, table
    lines as tables, chart lines as pictures. Not undoable (the caller resets the history)."""
    document.clear()
    cursor = QTextCursor(document)
    need_block = False  # the cursor's paragraph is used: the next line needs one of its own
    for line in text.split("\n"):
        table = parse_table(line) if line.startswith(TABLE_MARK) else None
        chart = parse_chart(line) if line.startswith(TABLE_MARK) and table is None else None
        if need_block:
            cursor.insertBlock()
        if table is not None:
            insert_table(cursor, table)
            cursor.movePosition(QTextCursor.MoveOperation.End)  # the paragraph Qt keeps after a table
            need_block = False
            continue
        if chart is not None:
            cursor.insertImage(chart_format(document, line, chart))
        else:
            cursor.insertText(line, QTextCharFormat())
        need_block = True


def table_of(qt_table: QTextTable) -> Table:
    """The model's table for what the clerk has in the editor."""
    rows = []
    for row in range(qt_table.rows()):
        cells = []
        for column in range(qt_table.columns()):
            cell = qt_table.cellAt(row, column)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            cells.append(" ".join(cursor.selectedText().replace("\u2029", " ").replace(OBJECT, "").split()))
        rows.append(tuple(cells))
    fmt = qt_table.format()
    binding_text = fmt.stringProperty(BINDING)
    try:
        binding = json.loads(binding_text) if binding_text else None
    except ValueError:
        binding = None
    return Table(tuple(rows), fmt.headerRowCount(), shares_of(qt_table), fmt.stringProperty(CAPTION),
                 binding if isinstance(binding, dict) else None)


def _block_lines(block: QTextBlock) -> list[str]:
    """A paragraph's line(s): its text, with every chart picture in it as a line of its own."""
    lines: list[str] = []
    current = ""
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.hasProperty(CHART_LINE):
                if current.strip():
                    lines.append(current)
                current = ""
                lines.extend([fmt.stringProperty(CHART_LINE)] * len(fragment.text()))
            else:
                current += fragment.text().replace(OBJECT, "")
        iterator += 1
    if current or not lines:
        lines.append(current)
    return lines


def part_lines(document: QTextDocument) -> list[tuple[str, str, int]]:
    """The part's lines for the document, each as (kind, line, position): "table" or "text",
    the line, and where in the document it starts (a table: its first cell).

    The empty paragraphs Qt insists on around a table (before and after it) are not the
    clerk's and are left out (a blank line means nothing in a report), so that
    ``document_text(fill_document(text)) == text`` for every text without blank lines at a table.
    """
    items: list[tuple[str, str, int]] = []
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            items.append(("table", table_of(table).to_line(), table.firstPosition()))
            block = document.findBlock(table.lastPosition() + 1)
            continue
        items.extend(("text", line, block.position()) for line in _block_lines(block))
        block = block.next()
    kept = []
    for index, item in enumerate(items):
        if item[0] == "text" and not item[1]:
            before = items[index - 1][0] if index else "start"
            after = items[index + 1][0] if index + 1 < len(items) else "end"
            if "table" in (before, after):
                continue
        kept.append(item)
    return kept


def document_text(document: QTextDocument) -> str:
    """The part's text for the document: paragraphs as lines, tables and charts as their lines."""
    return "\n".join(line for _, line, _ in part_lines(document))


def display_text(document: QTextDocument) -> str:
    """What the clerk sees, position for position with the document (cells one a line)."""
    return document.toPlainText()
