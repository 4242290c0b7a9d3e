"""Where a line must not break inside a document symbol or a date.

A number and code such as ``23/BC-SKHCN``, ``14/KH-SKHCHN``, ``30/2020/NĐ-CP`` or a date
``14/3/2022`` is read as one word; a word processor would otherwise break after its hyphen.
Both renderers ask this module which hyphens are inside such a symbol and print them as
non-breaking (``w:noBreakHyphen`` in Word, a hyphen joined to what follows in the Qt pages).
The stored text never changes: this is applied while rendering.
"""

from __future__ import annotations

from functools import lru_cache
import re

# Letters and digits joined by "/" or "-" with no space: a symbol, a date, a decree number.
_JOINED = re.compile(r"\w+(?:[/\-]\w+)+")
_CODE = re.compile(r"\d|[A-ZĐ]{2}")  # a digit or two capitals: a code, not a compound word


def _inside_symbols(text: str, marks: str) -> list[int]:
    """Positions, in order, of the characters of ``marks`` inside symbols, numbers and dates."""
    if not any(mark in text for mark in marks):  # most paragraphs: no need to look for symbols
        return []
    positions: list[int] = []
    for match in _JOINED.finditer(text):
        if _CODE.search(match.group()):
            positions.extend(match.start() + i for i, c in enumerate(match.group()) if c in marks)
    return positions


def no_break_hyphens(text: str) -> list[int]:
    """Positions in ``text`` of the hyphens inside symbols, numbers and dates."""
    return _inside_symbols(text, "-")


def split_at_no_break_hyphens(text: str) -> list[tuple[str, bool]]:
    """``text`` cut around its non-breaking hyphens: (piece, is a non-breaking hyphen).

    ``"Số 23/BC-SKHCN"`` → ``[("Số 23/BC", False), ("-", True), ("SKHCN", False)]``; a text
    without such hyphens is one piece.
    """
    pieces: list[tuple[str, bool]] = []
    start = 0
    for position in no_break_hyphens(text):
        if position > start:
            pieces.append((text[start:position], False))
        pieces.append(("-", True))
        start = position + 1
    if start < len(text) or not pieces:
        pieces.append((text[start:], False))
    return pieces


WORD_JOINER = "\u2060"  # Unicode's "no break here", zero width


@lru_cache(maxsize=4096)  # the preview lays the report out again after each pause in typing
def joined_for_layout(text: str) -> str:
    """``text`` with a word joiner after each hyphen and slash inside a symbol (``14/KH-SKHCHN``,
    ``II/2022``), for a Unicode line breaker (Qt's) that would otherwise break after it: Word and
    LibreOffice never break after such a slash. The bundled font has no U+2011
    glyph, so the hyphen stays an ordinary one and prints exactly as Word's non-breaking one."""
    positions = _inside_symbols(text, "-/")  # one pass for both, already in order
    if not positions:
        return text
    characters = list(text)
    for position in reversed(positions):
        characters.insert(position + 1, WORD_JOINER)
    return "".join(characters)
