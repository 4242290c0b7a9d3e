"""Dates as Decree 30/2020 writes them.

The decree's full date is a fixed Vietnamese form, not a locale's: days 1–9 and months 1–2
take a leading zero, months 3–12 never do (``ngày 05 tháng 02 năm 2023``, ``ngày 14 tháng 3
năm 2022``). Being a fixed form, it is written here directly (issue 7: babel is for the
locale's forms, "where they are not the decree's fixed forms"); loading babel's locale data
for it cost every export and every first preview about 8 ms.
"""

from __future__ import annotations

import datetime


def decree_date(day: datetime.date) -> str:
    """``ngày 14 tháng 3 năm 2022``."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year:04d}"


def place_and_date(place: str, day: datetime.date) -> str:
    """The header line ô 4: ``Quảng Trị, ngày 14 tháng 3 năm 2022``."""
    place, written = place.strip(), decree_date(day)
    return f"{place}, {written}" if place else written[0].upper() + written[1:]
