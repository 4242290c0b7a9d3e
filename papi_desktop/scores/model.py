"""Scores as data: one province's result of one year, and what a report says about them.

No Qt and no SQL: the window's grid, the readers, the store, the table in the report, the
chart and the sentence all use these few types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import math

from papi_desktop.l10n.numbers import score, signed
from papi_desktop.model.catalogue import Catalogue

SCORE_RANGE = (0.0, 10.0)  # each dimension is scored 1–10; the total is their sum


@dataclass
class ProvinceScores:
    """One province's published result for one survey year."""

    province: str
    year: int
    dimensions: dict[str, float]  # dimension key → score
    total: float | None = None  # as published; else the sum of the dimensions
    rank: int | None = None
    provinces_ranked: int | None = None  # "xếp thứ 31/63"
    national_average: float | None = None
    catalogue_key: str = "papi"

    def overall(self) -> float | None:
        if self.total is not None:
            return self.total
        if not self.dimensions:
            return None
        return round(math.fsum(self.dimensions.values()), 4)

    def problems(self, catalogue: Catalogue) -> list[str]:
        """What is wrong with these figures, in Vietnamese (empty when they can be kept)."""
        found = []
        if not 1990 <= self.year <= 2100:
            found.append(f"năm {self.year} không hợp lệ")
        unknown = set(self.dimensions) - set(catalogue.dimension_keys)
        if unknown:
            found.append(f"nội dung không có trong bộ chỉ số: {', '.join(sorted(unknown))}")
        low, high = SCORE_RANGE
        for key, value in self.dimensions.items():
            if not (isinstance(value, (int, float)) and math.isfinite(value) and low <= value <= high):
                found.append(f"điểm “{key}” = {value!r} nằm ngoài {low:g}–{high:g}")
        if self.total is not None and not (math.isfinite(self.total) and 0 <= self.total <= high * len(catalogue.dimensions)):
            found.append(f"điểm tổng {self.total!r} không hợp lệ")
        if self.rank is not None and not (1 <= self.rank <= (self.provinces_ranked or 100)):
            found.append(f"thứ hạng {self.rank} không hợp lệ")
        return found


@dataclass(frozen=True)
class ScoreRow:
    """One line of the score table: a dimension (or the total) across the chosen years."""

    key: str  # a dimension key, or "total"
    label: str
    values: tuple[float | None, ...]  # one per year
    change: float | None  # last year minus the one before

    @property
    def direction(self) -> int:
        if self.change is None or round(self.change, 2) == 0:
            return 0
        return 1 if self.change > 0 else -1


@dataclass(frozen=True)
class Comparison:
    years: tuple[int, ...]
    rows: tuple[ScoreRow, ...]  # the dimensions in catalogue order, then the total
    ranks: tuple[int | None, ...] = field(default=())

    def dimension_rows(self) -> tuple[ScoreRow, ...]:
        return tuple(row for row in self.rows if row.key != "total")


def comparison(records: list[ProvinceScores], catalogue: Catalogue, years: list[int] | None = None) -> Comparison:
    """The score table's content for one province's records, years ascending."""
    by_year = {r.year: r for r in records}
    chosen = tuple(sorted(years or by_year))
    rows = []
    for dimension in catalogue.dimensions:
        values = tuple(by_year[y].dimensions.get(dimension.key) if y in by_year else None for y in chosen)
        rows.append(ScoreRow(dimension.key, dimension.name, values, _change(values)))
    totals = tuple(by_year[y].overall() if y in by_year else None for y in chosen)
    rows.append(ScoreRow("total", "Tổng điểm", totals, _change(totals)))
    ranks = tuple(by_year[y].rank if y in by_year else None for y in chosen)
    return Comparison(chosen, tuple(rows), ranks)


def _change(values: tuple[float | None, ...]) -> float | None:
    if len(values) < 2 or values[-1] is None or values[-2] is None:
        return None
    return round(values[-1] - values[-2], 4)


def summary_sentence(records: list[ProvinceScores], catalogue: Catalogue) -> str:
    """"Năm 2024, tỉnh đạt 43,48 điểm, xếp thứ 31/63; tăng ở 3 nội dung, giảm ở 5 nội dung (…)."

    Offered to the clerk as ordinary text to accept or edit; nothing else in it is invented.
    """
    if not records:
        return ""
    table = comparison(records, catalogue)
    latest = max(records, key=lambda r: r.year)
    overall = latest.overall()
    sentence = f"Năm {latest.year}, tỉnh đạt {score(overall)} điểm" if overall is not None else f"Năm {latest.year}"
    if latest.rank:
        sentence += f", xếp thứ {latest.rank}" + (f"/{latest.provinces_ranked}" if latest.provinces_ranked else "")
    rows = table.dimension_rows()
    if len(table.years) >= 2 and any(row.change is not None for row in rows):
        previous = table.years[-2]
        total_row = table.rows[-1]
        if total_row.change is not None:
            verb = {1: "tăng", -1: "giảm", 0: "không đổi"}[total_row.direction]
            sentence += f" ({verb} {score(abs(total_row.change))} điểm so với năm {previous})" if total_row.direction else f" (không đổi so với năm {previous})"
        up = [row for row in rows if row.direction > 0]
        down = [row for row in rows if row.direction < 0]
        parts = []
        if up:
            parts.append(f"tăng ở {len(up)} nội dung ({_names(up)})")
        if down:
            parts.append(f"giảm ở {len(down)} nội dung ({_names(down)})")
        if parts:
            sentence += "; " + ", ".join(parts)
    return sentence + "."


def _names(rows: list[ScoreRow]) -> str:
    return "; ".join(f"{row.label} {signed(row.change)}" for row in rows if row.change is not None)
