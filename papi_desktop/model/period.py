"""Reporting periods: a quarter of a year, written with Roman numerals as Vietnamese reports do."""

from __future__ import annotations

from dataclasses import dataclass
import datetime
import re

ROMAN_QUARTERS = ("I", "II", "III", "IV")
# "quý II/2026", "Quý II năm 2026", "II/2026", "2/2026", "q2-2026": how a period is typed.
_TYPED = re.compile(r"^\s*(?:qu[ýy]\s*|q\s*)?(IV|III|II|I|[1-4])\s*(?:/|-|\.|\s+năm\s+|\s+)\s*(\d{4})\s*$", re.I)


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

    @classmethod
    def parse(cls, text: str) -> "Period":
        """The period a clerk typed ("quý II/2026", "quý II năm 2026", "2/2026"); ValueError otherwise."""
        match = _TYPED.match(text)
        if not match:
            raise ValueError(f"not a period: {text!r}")
        quarter = match.group(1).upper()
        number = int(quarter) if quarter.isdigit() else ROMAN_QUARTERS.index(quarter) + 1
        return cls(int(match.group(2)), number)

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
