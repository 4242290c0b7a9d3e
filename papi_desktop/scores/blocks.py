"""The score table and the chart as content of a report part, tied to the kept scores.

A score table is an ordinary :class:`~papi_desktop.model.tables.Table` whose ``binding``
names the province, years and options it was made from; the cells are filled from the
kept scores (decimal comma, change marked ▲/▼) and filled again when the scores change
(:func:`refresh_part`). A clerk who wants to edit the figures by hand asks to unbind it,
and it is an ordinary table from then on. The chart is a line of the same kind (:class:`~papi_desktop.model.tables.BarChart`) holding
the figures it draws, so the composer and the renderers need no access to the store.
"""

from __future__ import annotations

from dataclasses import replace
from papi_desktop.l10n.numbers import score, signed
from papi_desktop.model.catalogue import Catalogue
from papi_desktop.model.tables import TABLE_MARK, BarChart, Table, parse_chart, parse_table
from papi_desktop.scores.model import ProvinceScores, comparison

UP, DOWN = "▲", "▼"


def score_table(records: list[ProvinceScores], catalogue: Catalogue, province: str, years: list[int],
                with_rank: bool = True, caption: str = "") -> Table:
    """Rows: the dimensions (official names) and the total; columns: the years, the change, and
    the rank as a last row when asked and known."""
    table = comparison([r for r in records if r.year in years], catalogue, years)
    header = ("Nội dung", *(f"Năm {year}" for year in table.years), "Tăng/giảm")
    rows = [header]
    for row in table.rows:
        change = "" if row.change is None else f"{signed(row.change)} {UP if row.direction > 0 else DOWN if row.direction < 0 else ''}".strip()
        label = row.label if row.key != "total" else "Tổng điểm (8 nội dung)"
        rows.append((label, *("" if v is None else score(v) for v in row.values), change))
    if with_rank and any(table.ranks):
        rows.append(("Xếp hạng", *("" if r is None else str(r) for r in table.ranks), ""))
    widths = (0.46, *(0.38 / len(table.years) for _ in table.years), 0.16)
    binding = {"kind": "scores", "province": province, "years": list(table.years), "rank": with_rank,
               "catalogue": catalogue.key}
    caption = caption or f"Điểm PAPI của tỉnh {province} năm {', '.join(map(str, table.years))}"
    return Table(tuple(rows), 1, widths, caption, binding)


def score_chart(records: list[ProvinceScores], catalogue: Catalogue, province: str, years: list[int],
                caption: str = "") -> BarChart:
    """The chart of the dimensions for ``years``, tied to the kept scores like the table."""
    table = comparison([r for r in records if r.year in years], catalogue, years)
    return BarChart(
        categories=tuple(d.short_name for d in catalogue.dimensions),
        series=tuple(str(year) for year in table.years),
        values=tuple(row.values for row in table.dimension_rows()),
        caption=caption or f"Biểu đồ điểm các nội dung PAPI của tỉnh {province}",
        binding={"kind": "scores", "province": province, "years": list(table.years), "catalogue": catalogue.key},
    )


def refresh_part(body: str, records: list[ProvinceScores], catalogue: Catalogue) -> str:
    """``body`` with every score table still bound to the scores filled from ``records`` again."""
    lines = []
    for line in body.split("\n"):
        table = parse_table(line) if line.startswith(TABLE_MARK) else None
        chart = parse_chart(line) if line.startswith(TABLE_MARK) and table is None else None
        binding = (table or chart).binding if (table or chart) is not None else None
        if binding and binding.get("kind") == "scores" and binding.get("catalogue") == catalogue.key:
            province, years = binding["province"], list(binding["years"])
            if table is not None:
                line = score_table(records, catalogue, province, years, bool(binding.get("rank", True)), table.caption).to_line()
            else:
                line = score_chart(records, catalogue, province, years, chart.caption).to_line()
        lines.append(line)
    return "\n".join(lines)


def unbind(table: Table) -> Table:
    """The same cells as an ordinary table, no longer refreshed from the scores."""
    return replace(table, binding=None)
