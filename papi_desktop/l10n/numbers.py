"""Numbers as Vietnamese reports write them (decimal comma, dot between thousands), through babel."""

from __future__ import annotations

from babel.numbers import format_decimal

MINUS = "\u2212"  # a real minus sign: a hyphen before a number reads as a dash in print


def score(value: float, places: int = 2) -> str:
    """``43,48``: a PAPI score, always with ``places`` decimals."""
    return format_decimal(value, format="#,##0." + "0" * places, locale="vi")


def signed(value: float, places: int = 2) -> str:
    """``+0,26`` / ``−0,29`` / ``0,00``: a change from one year to the next."""
    text = score(abs(value), places)
    if round(value, places) == 0:
        return text
    return ("+" if value > 0 else MINUS) + text
