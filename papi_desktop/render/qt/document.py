"""The layout description written into one :class:`QTextDocument`, block by block.

Built with a :class:`QTextCursor` (never HTML, whose CSS Qt half ignores) from the same
:class:`~papi_desktop.compose.blocks.ComposedDocument` and the same style table as the Word
export. The document is laid out as one long galley, the width of the text area; the pages
are cut from it by :mod:`papi_desktop.render.qt.pagination`, which obeys the pagination
fields of the blocks — written here onto the Qt formats.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import (
    QFont, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFrameFormat,
    QTextLength, QTextTable, QTextTableFormat,
)

from papi_desktop.compose.blocks import (
    Block, CellItem, ComposedDocument, Figure, PageSetup, Para, Role, Rule, Spacer, TableBlock, TwoColumnTable,
)
from papi_desktop.compose.symbols import WORD_JOINER, joined_for_layout
from papi_desktop.render.qt.units import (
    FIGURE_LINE, KEEP_LINES, KEEP_WITH_NEXT, MIN_LINES, ROWS_CANT_SPLIT, block_format, char_format, families,
    from_qt_length, layout_device, mm_to_px, pt_to_px, qt_length,
)
from papi_desktop.render.qt.tables import (
    FigureMark, TableMark, cell_padding_format, column_edges, figure_formats, right_align,
)
from papi_desktop.render.styles import RULE_LINE_HEIGHT_PT, style_for

# A short rule is an empty paragraph RULE_LINE_HEIGHT_PT tall with the line drawn at its
# foot, as Word draws the paragraph's bottom border; its font is small enough to fit.
RULE_BLOCK_FONT_PT = 1.0
LINE_SEPARATOR = "\u2028"
JOINER_PT = 1.0
# The font of an empty paragraph that must take no room: a zero line height still moves
# what follows up by the font's ascent, so the font is as small as Qt allows.
SQUASHED_PT = 0.01


@dataclass(frozen=True)
class RuleMark:
    """Where a short rule goes: the empty paragraph that holds it and its horizontal extent."""

    position: int  # of the rule's paragraph in the document
    centre_x: float  # layout pixels from the left edge of the text area
    width: float  # layout pixels


class ReportTextDocument(QTextDocument):
    """The laid-out report: a QTextDocument plus what the page painter needs to know.

    ``page`` is the page set-up; ``anchors`` maps each section key to the position where
    that section's first paragraph starts; ``rules`` are the short lines the painter draws;
    ``page_tops`` (set by the paginator) is where each page starts in the galley.
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
        self.device = layout_device()  # held so the layout's paint device lives as long as the document
        self.page_tops: list[float] = [0.0]
        self.tables: list[QTextTable] = []
        self.data_tables: list[TableMark] = []  # the content tables (bordered, header rows repeated)
        self.figures: list[FigureMark] = []
        # page index → the content table whose header rows are repeated at its top, and their height
        self.page_headers: dict[int, tuple[TableMark, float, float]] = {}
        self.table_edges: list[list[float]] = []  # per content table, its row edges (set by the paginator)
        # (table, the paragraph above it, the space wanted between them in layout pixels)
        self.table_gaps: list[tuple[QTextTable, QTextBlock, float]] = []
        # page → block position → (x, y, line numbers): filled by the painter, reset by the paginator
        self._page_lines: dict[int, dict[int, tuple[float, float, list[int]]]] | None = None

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        """The report's text as printed, without the zero-width joiners that only steer the
        line breaker (a search, a test or a screen reader wants the words)."""
        return super().toPlainText().replace(WORD_JOINER, "")


def _mark_pagination(fmt: QTextBlockFormat, item: Para | Spacer | Rule) -> None:
    fmt.setProperty(KEEP_WITH_NEXT, bool(getattr(item, "keep_with_next", False)))
    fmt.setProperty(KEEP_LINES, bool(getattr(item, "keep_lines", False)))
    fmt.setProperty(MIN_LINES, int(getattr(item, "min_lines", 1)))


class _Flow:
    """A cursor writing paragraphs one after another into the body or into one table cell."""

    def __init__(self, document: ReportTextDocument, cursor: QTextCursor, centre_x: float, width: float) -> None:
        self.document = document
        self.cursor = cursor
        self.centre_x = centre_x
        self.width = width
        self.fresh = True  # the cursor's paragraph is empty and not yet used
        self.table_above: QTextTable | None = None  # the table right above the next paragraph

    def _start(self, block: QTextBlockFormat, char: QTextCharFormat) -> QTextBlock:
        table, self.table_above = self.table_above, None
        if table is not None and block.topMargin():
            # Qt drops the top margin of a paragraph right after a table: give it to the table
            table_format = table.format()
            table_format.setBottomMargin(block.topMargin())
            table.setFormat(table_format)
        if self.fresh:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.fresh = False
        else:
            self.cursor.insertBlock(block, char)
        return self.cursor.block()

    def para(self, para: Para) -> QTextBlock:
        style = style_for(para.role)
        char = char_format(style)
        fmt = block_format(style)
        _mark_pagination(fmt, para)
        block = self._start(fmt, char)
        if para.anchor and para.anchor not in self.document.anchors:
            self.document.anchors[para.anchor] = block.position()
        if para.text:
            # a line break inside a paragraph stays in it (insertText would start a new one)
            text = joined_for_layout(para.text.replace("\r\n", "\n")).replace("\n", LINE_SEPARATOR)
            self._insert(text, char)
        return block

    def _insert(self, text: str, char: QTextCharFormat) -> None:
        _insert_text(self.cursor, text, char)

    def rule(self, rule: Rule) -> None:
        block = QTextBlockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block.setBottomMargin(qt_length(pt_to_px(rule.space_after_pt)))
        block.setLineHeight(
            qt_length(pt_to_px(RULE_LINE_HEIGHT_PT)), QTextBlockFormat.LineHeightTypes.FixedHeight.value,
        )
        _mark_pagination(block, rule)
        char = QTextCharFormat()
        char.setFontFamilies(families())
        char.setFontPointSize(RULE_BLOCK_FONT_PT)
        written = self._start(block, char)
        self.document.rules.append(RuleMark(written.position(), self.centre_x, rule.width * self.width))

    def spacer(self, spacer: Spacer) -> None:
        style = style_for(spacer.role)
        for _ in range(spacer.lines):
            fmt = block_format(style)
            _mark_pagination(fmt, spacer)
            self._start(fmt, char_format(style))

    def item(self, item: Block) -> None:
        if isinstance(item, Para):
            self.para(item)
        elif isinstance(item, Rule):
            self.rule(item)
        elif isinstance(item, Spacer):
            self.spacer(item)
        elif isinstance(item, TwoColumnTable):
            self.table(item)
        elif isinstance(item, TableBlock):
            self.data_table(item)
        elif isinstance(item, Figure):
            self.figure(item)
        else:  # pragma: no cover - the block union is closed
            raise TypeError(f"unknown block {item!r}")

    def items(self, items: tuple[CellItem, ...]) -> None:
        for item in items:
            self.item(item)

    def _open_table(self, rows: int, widths: list[float], rows_cant_split: bool) -> QTextTable:
        """An empty borderless table of fixed column widths after what was written so far."""
        document = self.document
        # Qt drops the space after the paragraph above a table: the table keeps it instead
        space_above = 0.0 if self.fresh else self.cursor.blockFormat().bottomMargin()
        above = None if self.fresh else self.cursor.block()
        if not self.fresh:
            # the table goes after the paragraph just written, which keeps its own height
            self.cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            _squash(self.cursor.block())
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
        fmt.setCellPadding(0)
        fmt.setCellSpacing(0)
        fmt.setMargin(0)
        fmt.setPadding(0)
        fmt.setBorderCollapse(True)
        fmt.setTopMargin(space_above)
        fmt.setProperty(ROWS_CANT_SPLIT, rows_cant_split)
        fmt.setWidth(QTextLength(QTextLength.Type.FixedLength, qt_length(sum(widths))))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.FixedLength, qt_length(w)) for w in widths])
        qt_table = self.cursor.insertTable(rows, len(widths), fmt)
        document.tables.append(qt_table)
        if above is not None:
            document.table_gaps.append((qt_table, above, from_qt_length(space_above)))
        return qt_table

    def _after_table(self, qt_table: QTextTable) -> None:
        # continue in the paragraph Qt keeps after every table
        self.cursor = QTextCursor(self.document)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.fresh = True
        self.table_above = qt_table

    def data_table(self, block: TableBlock) -> None:
        """A content table: fixed column widths, cell paragraphs in the cell roles, figures
        right-aligned; its borders and repeated header rows are the painter's and paginator's."""
        document = self.document
        edges = column_edges(block)
        widths = [b - a for a, b in zip(edges, edges[1:])]
        qt_table = self._open_table(len(block.rows), widths, block.rows_cant_split)
        if block.anchor and block.anchor not in document.anchors:
            document.anchors[block.anchor] = qt_table.firstPosition()
        formats: dict[tuple[bool, bool, bool], tuple[QTextBlockFormat, QTextCharFormat]] = {}
        cell_format = cell_padding_format(block)
        for row, cells in enumerate(block.rows):
            header = row < block.header_rows
            keep = block.row_kept_with_next(row)
            for column, text in enumerate(cells):
                right = not header and column < len(block.right_aligned) and block.right_aligned[column]
                key = (header, keep, right)
                if key not in formats:  # a handful of formats per table, shared by its cells
                    style = style_for(block.header_role if header else block.cell_role)
                    fmt = block_format(style)
                    _mark_pagination(fmt, Para(Role.BODY, "", keep_with_next=keep, min_lines=1))
                    if right:
                        right_align(fmt)
                    formats[key] = (fmt, char_format(style))
                fmt, char = formats[key]
                cell = qt_table.cellAt(row, column)
                cursor = cell.firstCursorPosition()
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(char)
                cell.setFormat(cell_format)  # after the paragraph's char format, which would replace it
                if text:
                    if "-" in text or "/" in text:
                        text = joined_for_layout(text)
                    _insert_text(cursor, text, char)
        document.data_tables.append(TableMark(
            qt_table, block.header_rows, edges, pt_to_px(block.border_pt), pt_to_px(block.border_pt),
            tuple(block.row_kept_with_next(row) for row in range(len(block.rows))),
        ))
        self._after_table(qt_table)

    def figure(self, figure: Figure) -> None:
        """An empty centred paragraph as tall as the chart's line; the painter paints the chart in it."""
        fmt = QTextBlockFormat()
        char = char_format(style_for(Role.FIGURE))
        figure_formats(figure, fmt, char)
        fmt.setProperty(KEEP_WITH_NEXT, figure.keep_with_next)
        fmt.setProperty(KEEP_LINES, True)
        fmt.setProperty(MIN_LINES, 1)
        fmt.setProperty(FIGURE_LINE, True)
        if self.fresh and self.table_above is not None:
            # Qt does not give the paragraph it keeps after a table the fixed line height of a
            # figure (it lays that line out as one of the font's): that paragraph becomes a
            # line of no height and the figure gets a paragraph of its own.
            nothing = QTextBlockFormat()
            nothing.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            nothing.setTopMargin(0)
            nothing.setBottomMargin(0)
            self.cursor.setBlockFormat(nothing)
            self.fresh = False
        block = self._start(fmt, char)
        if figure.anchor and figure.anchor not in self.document.anchors:
            self.document.anchors[figure.anchor] = block.position()
        self.document.figures.append(FigureMark(
            block.position(), figure.chart, mm_to_px(figure.width_mm), mm_to_px(figure.height_mm),
            figure.width_mm, figure.height_mm,
        ))

    def table(self, table: TwoColumnTable) -> None:
        """A borderless two-column table; the flow then continues in the paragraph after it."""
        document = self.document
        width = self.width
        left = width * table.left_width
        right = width - left
        qt_table = self._open_table(len(table.rows), [left, right], table.rows_cant_split)
        for row, (left_items, right_items) in enumerate(table.rows):
            for column, items, centre, column_width in (
                (0, left_items, left / 2, left), (1, right_items, left + right / 2, right),
            ):
                cell = qt_table.cellAt(row, column)
                _Flow(document, cell.firstCursorPosition(), centre, column_width).items(items)
                first = items[0] if items else None
                if isinstance(first, Para) and style_for(first.role).space_before_pt:
                    # Qt drops the top margin of a cell's first paragraph: pad the cell instead
                    cell_format = cell.format().toTableCellFormat()
                    cell_format.setTopPadding(qt_length(pt_to_px(style_for(first.role).space_before_pt)))
                    cell.setFormat(cell_format)
        self._after_table(qt_table)


def _insert_text(cursor: QTextCursor, text: str, char: QTextCharFormat) -> None:
    """Insert ``text``; the word joiners that keep a symbol's hyphen with what follows are
    set tiny: the report font has no glyph for them, and a fallback font's taller line
    would otherwise make the whole line taller than Word's."""
    pieces = text.split(WORD_JOINER)
    if len(pieces) == 1:
        cursor.insertText(text, char)
        return
    joiner = QTextCharFormat(char)
    joiner.setFontPointSize(JOINER_PT)
    for index, piece in enumerate(pieces):
        if index:
            cursor.insertText(WORD_JOINER, joiner)
        if piece:
            cursor.insertText(piece, char)


def _squash(block: QTextBlock) -> None:
    """Make an empty paragraph Qt insists on (around a table, at the end) take no room."""
    cursor = QTextCursor(block)
    fmt = QTextBlockFormat()
    fmt.setLineHeight(0.0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(fmt)
    char = QTextCharFormat()
    char.setFontPointSize(SQUASHED_PT)
    cursor.setBlockCharFormat(char)


def _settle_tables(text: ReportTextDocument) -> None:
    """Put each table exactly its space under the paragraph above it.

    Qt lays a table out after the (squashed) paragraph it needs before it, and its margin
    and that paragraph's font shift the table by about a point; Word puts the first row
    right under the space after the paragraph above. The difference is measured once the
    document is laid out and taken off the table's top margin.
    """
    layout = text.documentLayout()
    corrections = []
    learnt: set[tuple] = set()
    for table, above, space in text.table_gaps:
        lines = above.layout()
        if lines is None or not lines.lineCount():
            continue
        last = lines.lineAt(lines.lineCount() - 1)
        fmt = above.blockFormat()
        bottom = layout.blockBoundingRect(above).top() + last.y() + from_qt_length(fmt.lineHeight())
        first = table.cellAt(0, 0).firstCursorPosition().block()
        padding = from_qt_length(table.cellAt(0, 0).format().toTableCellFormat().topPadding())
        top = layout.blockBoundingRect(first).top() + first.layout().lineAt(0).y() - padding
        error = top - (bottom + space)
        if abs(error) > 0.5:
            corrections.append((table, error))
            key = _gap_key(table, above, space)
            if key not in learnt:  # tables alike are off alike: learn from the first of them
                learnt.add(key)
                corrected = _GAP_CORRECTIONS.get(key, 0.0) + error
                if abs(corrected) < MAX_GAP_CORRECTION:
                    _GAP_CORRECTIONS[key] = corrected
    # Each error is the table's own (its paragraph above to its first row), so all are measured
    # first and put right in one edit: Qt then lays the document out once more, not once a table.
    if corrections:
        cursor = QTextCursor(text)
        cursor.beginEditBlock()
        for table, error in corrections:
            _shift_table(table, error)
        cursor.endEditBlock()


# The error of a table's position depends only on the formats around it, so once measured it
# is put right before the next build's first layout (:func:`_presettle_tables`): a preview
# that follows typing then lays the document out once per keystroke, not twice.
_GAP_CORRECTIONS: dict[tuple, float] = {}
MAX_GAP_CORRECTION = 400.0  # layout pixels (20 pt): anything larger is no rounding to remember


def _gap_key(table: QTextTable, above: QTextBlock, space: float) -> tuple:
    fmt = above.blockFormat()
    first = table.cellAt(0, 0)
    return (round(fmt.lineHeight(), 3), fmt.lineHeightType(), round(above.charFormat().fontPointSize(), 2),
            round(space, 3), round(first.format().toTableCellFormat().topPadding(), 3),
            round(first.firstCursorPosition().block().blockFormat().lineHeight(), 3))


def _shift_table(table: QTextTable, error: float) -> None:
    table_format = table.format()
    table_format.setTopMargin(table_format.topMargin() - error / from_qt_length(1.0))
    table.setFormat(table_format)


def _presettle_tables(text: ReportTextDocument) -> None:
    """Put right, before the first layout, the errors measured on tables like these before."""
    for table, above, space in text.table_gaps:
        error = _GAP_CORRECTIONS.get(_gap_key(table, above, space))
        if error:
            _shift_table(table, error)


def build_text_document(document: ComposedDocument, *, width_pt: float | None = None) -> ReportTextDocument:
    """Lay out the report and cut it into A4 pages with the decree's margins. Needs a QGuiApplication.

    The document is one galley the width of the text area (``width_pt`` overrides it);
    paragraphs become blocks with the style table's formats, the header and signature
    become borderless two-column tables, rules are recorded for the page painter, each
    section key is recorded in ``anchors``, and the pages are cut by the pagination fields.
    """
    from papi_desktop.render.fonts import register_bundled_fonts
    from papi_desktop.render.qt.pagination import paginate

    register_bundled_fonts()  # the pages' Times New Roman stand-in, registered by the first layout
    page = document.page
    width_px = pt_to_px(width_pt) if width_pt is not None else mm_to_px(page.text_width_mm)
    text = ReportTextDocument(page, width_px)
    text.documentLayout().setPaintDevice(text.device)
    text.setDocumentMargin(0)
    text.setUseDesignMetrics(True)
    text.setPageSize(QSizeF(width_px, -1))  # one galley: the pages are cut by the paginator
    base = QFont()
    base.setFamilies(families())
    base.setPointSizeF(style_for(Role.BODY).size_pt)
    text.setDefaultFont(base)
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)

    # No undo stack, and one edit block around the whole build: Qt then lays the document
    # out once at the end instead of after every inserted paragraph (about 3× faster).
    text.setUndoRedoEnabled(False)
    cursor = QTextCursor(text)
    cursor.beginEditBlock()
    flow = _Flow(text, cursor, width_px / 2, width_px)
    for block in document.blocks:
        flow.item(block)
    first = text.begin()
    if text.tables and not first.text() and first.position() < text.tables[0].firstPosition():
        _squash(first)  # Qt keeps an empty paragraph before a table that opens the document
    if flow.fresh:
        _squash(text.lastBlock())
    _presettle_tables(text)
    cursor.endEditBlock()
    _settle_tables(text)
    paginate(text)
    return text
