"""Dates as Decree 30/2020 writes them, through babel.

The decree's rule for the full date is not a CLDR pattern: days 1–9 and months 1–2 take a
leading zero, months 3–12 never do (``ngày 05 tháng 02 năm 2023``, ``ngày 14 tháng 3 năm
2022``). So the month pattern is chosen per date and babel formats the rest, which keeps
the digits and the words in one place should another locale's form be needed.
"""

from __future__ import annotations

import datetime

from babel.dates import format_date


def decree_date(day: datetime.date) -> str:
    """``ngày 14 tháng 3 năm 2022``."""
    month_pattern = "MM" if day.month <= 2 else "M"
    return format_date(day, f"'ngày' dd 'tháng' {month_pattern} 'năm' yyyy", locale="vi")


def place_and_date(place: str, day: datetime.date) -> str:
    """The header line ô 4: ``Quảng Trị, ngày 14 tháng 3 năm 2022``."""
    place, written = place.strip(), decree_date(day)
    return f"{place}, {written}" if place else written[0].upper() + written[1:]


def short_date(day: datetime.date, locale: str = "vi") -> str:
    """A compact date for lists in the window (``14/03/2022`` in Vietnamese)."""
    return format_date(day, "short", locale=locale)
