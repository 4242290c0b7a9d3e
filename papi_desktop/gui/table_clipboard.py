"""A table from what Word, Excel or LibreOffice put on the clipboard.

They all put the copied cells as HTML with a ``<table>`` (and as tab-separated text). The
HTML is read with the standard library's parser, cell text only: fonts, colours, merged-cell
spans and nested tables are dropped (a merged cell's text is kept once, in its first cell),
as the report's tables are plain cells. Excel's HTML has no ``<th>``; a first row is taken
as the header when the table has more than one row, as :func:`table_from_grid` does.
"""

from __future__ import annotations

from html.parser import HTMLParser

from papi_desktop.model.tables import MAX_COLUMNS, MAX_ROWS, Table, table_from_grid
from papi_desktop.model.text import clean_text


class _Cells(HTMLParser):
    """Collects the rows of the first top-level ``<table>`` of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.depth = 0  # table nesting
        self.done = False
        self.cell: list[str] | None = None
        self.header_cells = 0
        self.skip = 0  # inside <style>/<script>

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("style", "script"):
            self.skip += 1
        if self.done:
            return
        if tag == "table":
            self.depth += 1
        elif self.depth == 1 and tag == "tr":
            self.rows.append([])
        elif self.depth == 1 and tag in ("td", "th") and self.rows:
            self.cell = []
            if tag == "th" and len(self.rows) == 1:
                self.header_cells += 1
        elif self.cell is not None and tag in ("br", "p", "div", "li"):
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.skip = max(0, self.skip - 1)
        if self.done:
            return
        if tag == "table":
            self.depth -= 1
            if self.depth == 0:
                self.done = True
        elif self.depth == 1 and tag in ("td", "th") and self.cell is not None and self.rows:
            self.rows[-1].append(" ".join(clean_text("".join(self.cell)).split()))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None and not self.skip:
            self.cell.append(data)


def table_from_html(html: str) -> Table | None:
    """The first table of an HTML clipboard fragment, or None when there is none (or it is empty)."""
    if "<table" not in html.lower():
        return None
    parser = _Cells()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - a broken fragment is no table, never a crash
        return None
    rows = [row[:MAX_COLUMNS] for row in parser.rows if row][:MAX_ROWS]
    if not rows or not any(cell for row in rows for cell in row):
        return None
    header = 1 if len(rows) > 1 else 0
    return Table(tuple(tuple(row) for row in rows), header).normalised()


def table_from_clipboard(html: str | None, text: str | None) -> Table | None:
    """The table the clipboard holds: its HTML table, else tab-separated text of two cells or more."""
    if html:
        table = table_from_html(html)
        if table is not None:
            return table
    if text and "\t" in text:
        return table_from_grid(text)
    return None
