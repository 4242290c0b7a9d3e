"""Reporting periods: a quarter of a year, written with Roman numerals as Vietnamese reports do."""

from __future__ import annotations

from dataclasses import dataclass
import datetime

ROMAN_QUARTERS = ("I", "II", "III", "IV")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    quarter: int

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise ValueError(f"quarter must be 1-4, got {self.quarter}")
        if not 1900 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")

    @classmethod
    def containing(cls, day: datetime.date) -> "Period":
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def roman(self) -> str:
        return ROMAN_QUARTERS[self.quarter - 1]

    def next(self) -> "Period":
        """The following quarter; quarter IV rolls into quarter I of the next year."""
        if self.quarter == 4:
            return Period(self.year + 1, 1)
        return Period(self.year, self.quarter + 1)

    def previous(self) -> "Period":
        if self.quarter == 1:
            return Period(self.year - 1, 4)
        return Period(self.year, self.quarter - 1)

    def short_label(self) -> str:
        """``quý I/2022`` — the form of running text and headings."""
        return f"quý {self.roman}/{self.year}"

    def long_label(self) -> str:
        """``quý I năm 2022`` — the form of lists and titles."""
        return f"quý {self.roman} năm {self.year}"

    def __str__(self) -> str:
        return self.short_label()
