"""Tables inside a part of the report: rows of cells of plain text, an optional header row,
column widths as shares of the text width, an optional caption ("Bảng 1. …").

A part's body stays one text, one paragraph a line; a table is one line of that text: the
object replacement character U+FFFC followed by the table as JSON (Vietnamese kept as is, so
search finds a cell's words). Keeping tables inside the text means everything that already
handles a part's text — saving per part, revisions and history, merge, search, daily copies —
carries tables unchanged; the few places that must see cells (the composer, the editor, find
and replace, word counts) ask :func:`parse_table`. A line that starts with the mark but does
not hold a valid table is kept as text, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import json
import re

TABLE_MARK = "\ufffc"
MAX_ROWS = 2000
MAX_COLUMNS = 30
# A figure as reports write it: 1.234 / 5,31 / 98,5% / −0,29 / +12 (a number column is right-aligned).
_NUMBER = re.compile(
    r"^[+\-\u2212]?(?:\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,\d+)?\s*%?\s*[▲▼]?$"
)


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    header_rows: int = 1  # rows repeated at the top of every page; 0 for none
    widths: tuple[float, ...] = field(default=())  # shares of the text width, one per column
    caption: str = ""
    # Where generated cells come from (e.g. the kept PAPI scores), so they can be filled again;
    # None for a table the clerk typed.
    binding: dict | None = None

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def normalised(self) -> "Table":
        """Every row as wide as the widest, widths that sum to 1, header rows within the table."""
        count = max(1, self.columns)
        rows = tuple(tuple(row) + ("",) * (count - len(row)) for row in self.rows) or (("",) * count,)
        widths = tuple(w for w in self.widths if w > 0)
        if len(widths) != count:
            widths = (1.0,) * count
        total = sum(widths)
        return Table(rows, max(0, min(self.header_rows, len(rows) - 1)), tuple(w / total for w in widths), self.caption,
                     self.binding)

    def numeric_columns(self) -> tuple[bool, ...]:
        """Columns whose body cells are all figures (blank cells allowed): printed right-aligned."""
        body = self.rows[self.header_rows:]
        result = []
        for column in range(self.columns):
            cells = [row[column].strip() for row in body if column < len(row) and row[column].strip()]
            result.append(bool(cells) and all(_NUMBER.match(cell) for cell in cells))
        return tuple(result)

    def plain_text(self) -> str:
        """The caption and cells as words, for counting and for search snippets."""
        lines = [self.caption] if self.caption else []
        lines.extend("\t".join(row) for row in self.rows)
        return "\n".join(lines)

    def to_line(self) -> str:
        table = self.normalised()
        data = {"rows": [list(row) for row in table.rows], "header_rows": table.header_rows,
                "widths": [round(w, 4) for w in table.widths]}
        if table.caption:
            data["caption"] = table.caption
        if table.binding:
            data["binding"] = table.binding
        return TABLE_MARK + json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class BarChart:
    """A grouped bar chart: for each category (a dimension) one bar per series (a year)."""

    categories: tuple[str, ...]  # the labels under the numbered groups, in order
    series: tuple[str, ...]  # "2023", "2024"
    values: tuple[tuple[float | None, ...], ...]  # [category][series]
    caption: str = ""
    binding: dict | None = None

    def to_line(self) -> str:
        data = {"chart": {"categories": list(self.categories), "series": list(self.series),
                          "values": [list(v) for v in self.values], "caption": self.caption}}
        if self.binding:
            data["chart"]["binding"] = self.binding
        return TABLE_MARK + json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def parse_chart(line: str) -> BarChart | None:
    """The chart a body line holds, or None."""
    if not line.startswith(TABLE_MARK):
        return None
    try:
        data = json.loads(line[len(TABLE_MARK):])["chart"]
        categories = tuple(_clean_cell(c) for c in data["categories"])
        series = tuple(_clean_cell(s) for s in data["series"])
        values = tuple(tuple(None if v is None else float(v) for v in row) for row in data["values"])
        binding = data.get("binding")
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    if not categories or len(values) != len(categories) or any(len(row) != len(series) for row in values):
        return None
    if binding is not None and not isinstance(binding, dict):
        return None
    return BarChart(categories, series, values, _clean_cell(data.get("caption", "")), binding)


def object_label(line: str) -> str | None:
    """How a table's or a chart's line reads where the text is shown as text (a part's history,
    a comparison): ``[Bảng “Điểm PAPI”: 9 hàng × 3 cột]``; None for a line of prose."""
    if not line.startswith(TABLE_MARK):
        return None
    chart = parse_chart(line)
    if chart is not None:
        return f"[Biểu đồ “{chart.caption}”]" if chart.caption else "[Biểu đồ]"
    table = parse_table(line)
    if table is None:
        return "[Bảng không đọc được]"
    name = f"Bảng “{table.caption}”" if table.caption else "Bảng"
    return f"[{name}: {len(table.rows)} hàng × {table.columns} cột]"


def readable_text(text: str) -> str:
    """A part's text for reading: each table as its label and then its rows (cells separated by
    tabs), each chart as its label; prose as it is."""
    lines = []
    for line in text.split("\n"):
        label = object_label(line)
        if label is None:
            lines.append(line)
            continue
        lines.append(label)
        table = parse_table(line)
        if table is not None:
            lines.extend("\t".join(row) for row in table.rows)
    return "\n".join(lines)


def _clean_cell(value: object) -> str:
    # One line per cell: a line break inside a cell would split the part's text.
    return " ".join(str(value).split()) if value is not None else ""


def parse_table(line: str) -> Table | None:
    """The table a body line holds, or None when it is not a (valid) table line."""
    if not line.startswith(TABLE_MARK):
        return None
    try:
        data = json.loads(line[len(TABLE_MARK):])
        rows = data["rows"]
        if not isinstance(rows, list) or not rows or len(rows) > MAX_ROWS:
            return None
        cells = tuple(tuple(_clean_cell(cell) for cell in row) for row in rows if isinstance(row, list))
        if len(cells) != len(rows) or max(len(row) for row in cells) > MAX_COLUMNS:
            return None
        widths = tuple(float(w) for w in data.get("widths", ()))
        header = int(data.get("header_rows", 1))
        caption = _clean_cell(data.get("caption", ""))
        binding = data.get("binding")
        if binding is not None and not isinstance(binding, dict):
            return None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return Table(cells, header, widths, caption, binding).normalised()


def table_from_grid(text: str) -> Table | None:
    """A table from tab-separated lines (what Excel and Word put on the clipboard as text)."""
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    if not lines or not any("\t" in line for line in lines):
        return None
    rows = tuple(tuple(_clean_cell(cell) for cell in line.split("\t")) for line in lines[:MAX_ROWS])
    return Table(rows, 1 if len(rows) > 1 else 0).normalised()
