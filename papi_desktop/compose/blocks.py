"""The layout description: what is on the printed page, in order, by role.

The composer produces it once; every renderer (Word, the preview/print QTextDocument)
draws the same list, so the preview and the printed or exported report cannot disagree
about content, order or which line is bold. Blocks carry content and *role* only; fonts,
sizes and spacing per role live in :mod:`papi_desktop.render.styles`.

Pagination is decided here too, as *fields* of the blocks (keep with next, keep lines
together, widow/orphan control, rows that never split): the Word renderer writes each field
into the .docx, the Qt page layout obeys the same fields, and neither looks at a block's
role or name to decide where a page may break.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    # header table, left column
    PARENT_AGENCY = "parent_agency"
    AGENCY = "agency"
    NUMBER = "number"
    # header table, right column
    NATIONAL_TITLE = "national_title"  # Quốc hiệu
    MOTTO = "motto"  # Tiêu ngữ
    PLACE_DATE = "place_date"
    # title block
    DOC_TYPE = "doc_type"  # BÁO CÁO
    TITLE = "title"  # trích yếu
    ADDRESSEE = "addressee"  # Kính gửi: …
    # body
    HEADING1 = "heading1"  # I., II., III.
    HEADING2 = "heading2"  # 1. Về nội dung …
    BODY = "body"
    BULLET = "bullet"
    NUMBERED = "numbered"
    # recipients and signature table
    RECIPIENTS_LABEL = "recipients_label"
    RECIPIENT = "recipient"
    AUTHORITY = "authority"  # KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC
    SIGNER_NAME = "signer_name"
    # running page header (page numbers from page 2)
    PAGE_NUMBER = "page_number"
    # tables and figures in a part's content
    CAPTION = "caption"  # "Bảng 1. …" above a table, "Biểu đồ 1. …" under a chart
    TABLE_HEADER = "table_header"  # the cells of a table's header rows
    TABLE_CELL = "table_cell"  # the other cells
    FIGURE = "figure"  # the paragraph a chart stands in


@dataclass(frozen=True)
class Para:
    """One paragraph of text in a role.

    ``anchor`` names the report section it came from (a section key, or ``header`` /
    ``signature``) so the preview can scroll to the part being edited.
    """

    role: Role
    text: str
    anchor: str | None = None
    # pagination: this paragraph's last line shares its page with the next block's first
    keep_with_next: bool = False
    # pagination: all lines of this paragraph on one page
    keep_lines: bool = False
    # pagination: at least this many lines of the paragraph at the foot and at the head of
    # a page when it is split (Word's widow/orphan control is two lines); 1 = no control
    min_lines: int = 2


@dataclass(frozen=True)
class Rule:
    """A short solid line under the line above it (agency, Tiêu ngữ, trích yếu).

    ``width`` is a fraction of the column (or text) width, centred; the decree asks for
    1/3–1/2 under the agency and trích yếu and the text's own length under the Tiêu ngữ.
    """

    width: float
    # the space under the rule before the next block (the title rule leaves room above the body)
    space_after_pt: float = 0.0
    keep_with_next: bool = True  # a rule belongs with the line above and with what follows


@dataclass(frozen=True)
class Spacer:
    """Empty lines of the given role's height: the room for signature and stamp."""

    lines: int
    role: Role = Role.AUTHORITY
    keep_with_next: bool = False


CellItem = Para | Rule | Spacer


@dataclass(frozen=True)
class TwoColumnTable:
    """A borderless two-column table (the header and the recipients/signature block).

    ``left_width`` is the fraction of the text width the left column takes. Each row is
    (left cell items, right cell items); rows keep ô 3 and ô 4 of the decree on one line.
    """

    name: str  # "header" or "signature": for readers of the description; renderers never decide by it
    left_width: float
    rows: tuple[tuple[tuple[CellItem, ...], tuple[CellItem, ...]], ...]
    # pagination: a row is never split over two pages
    rows_cant_split: bool = True


@dataclass(frozen=True)
class TableBlock:
    """A table of the report's content: rows of plain-text cells with thin single borders.

    Every layout decision is a field: the column widths in millimetres (they add up to the
    text width), how many rows are header rows (repeated at the top of every page the table
    runs on), which columns are right-aligned (figures), the cells' roles (their font),
    the border's weight, and the pagination: rows never split, and a small table kept on
    one page (each row kept with the next).
    """

    rows: tuple[tuple[str, ...], ...]
    column_widths_mm: tuple[float, ...]
    header_rows: int = 1
    right_aligned: tuple[bool, ...] = ()  # per column; header cells stay centred
    anchor: str | None = None
    header_role: Role = Role.TABLE_HEADER
    cell_role: Role = Role.TABLE_CELL
    border_pt: float = 0.5
    # the room between a cell's side border and its text, left and right
    cell_padding_mm: float = 1.5
    rows_cant_split: bool = True
    # pagination: the whole table on one page (every row kept with the next)
    keep_together: bool = False

    @property
    def columns(self) -> int:
        return len(self.column_widths_mm)

    def row_kept_with_next(self, row: int) -> bool:
        """A header row stays with the first body row; a kept-together table's every row but the last."""
        if row < self.header_rows:
            return True
        return self.keep_together and row < len(self.rows) - 1


@dataclass(frozen=True)
class Figure:
    """A picture in a paragraph of its own, centred: the score chart, painted at this size."""

    chart: object  # papi_desktop.model.tables.BarChart (kept loose: blocks import no model)
    width_mm: float
    height_mm: float
    anchor: str | None = None
    keep_with_next: bool = False  # with its caption when the caption is below
    # the paragraph's one line, exactly: the picture and room under it for the font's descent
    line_height_pt: float = 0.0


Block = Para | Rule | Spacer | TwoColumnTable | TableBlock | Figure


@dataclass(frozen=True)
class PageSetup:
    """A4 portrait with margins (mm) inside Decree 30's ranges."""

    width_mm: float = 210.0
    height_mm: float = 297.0
    top_mm: float = 20.0
    bottom_mm: float = 20.0
    left_mm: float = 30.0
    right_mm: float = 15.0
    # page numbers: centred in the top margin, not on page 1
    number_pages_from: int = 2
    # distance of the page number (Word's header) from the top edge of the sheet
    header_mm: float = 10.0

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.left_mm - self.right_mm

    @property
    def header_distance_mm(self) -> float:
        """Where the page number's line starts: ``header_mm``, kept inside the top margin."""
        return min(self.header_mm, self.top_mm / 2)


@dataclass(frozen=True)
class ComposedDocument:
    blocks: tuple[Block, ...]
    page: PageSetup = field(default_factory=PageSetup)
    title: str = ""  # document properties: the trích yếu
    author: str = ""  # document properties: the issuing agency
    subject: str = ""  # document properties: what the document is (type, number, period)

    def paragraphs(self) -> list[Para]:
        """Every paragraph in reading order, table cells left before right, row by row."""
        result: list[Para] = []
        for block in self.blocks:
            if isinstance(block, Para):
                result.append(block)
            elif isinstance(block, TwoColumnTable):
                for left, right in block.rows:
                    result.extend(item for item in (*left, *right) if isinstance(item, Para))
            elif isinstance(block, TableBlock):
                for number, row in enumerate(block.rows):
                    role = block.header_role if number < block.header_rows else block.cell_role
                    result.extend(Para(role, cell, block.anchor) for cell in row if cell)
        return result

    def plain_text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs())
