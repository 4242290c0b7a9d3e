"""Advance widths of the bundled Liberation Serif, read once from the font files themselves.

The composer measures a few lines (the agency name, the trích yếu) to size the short rules
under them, and it must get the same answer for the Word export and for the Qt pages without
importing Qt. Liberation Serif is metric-compatible with Times New Roman (the font the .docx
names), so its advance widths are Word's too. fontTools is not a dependency of the
application, and a pinned library for two tables of one font is not worth it: the ``cmap``
(format 4, the Basic Multilingual Plane, which holds every Vietnamese letter) and ``hmtx``
tables are read here with :mod:`struct`. Kerning is off in both renderers, so the sum of the
advances is the width of a line.
"""

from __future__ import annotations

from functools import cache
import struct
import unicodedata

from papi_desktop.resources import resource_path

REGULAR = "LiberationSerif-Regular.ttf"
BOLD = "LiberationSerif-Bold.ttf"
PT_PER_MM = 72.0 / 25.4


class FontFileError(ValueError):
    """The bundled font file is not a TrueType font this reader understands."""


@cache
def _advances(file_name: str) -> tuple[dict[int, int], int, int]:
    """(code point → advance in font units, units per em, advance of the missing glyph)."""
    data = resource_path("fonts", file_name).read_bytes()
    (count,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        tables[tag.decode("latin-1")] = (offset, length)
    for needed in ("head", "hhea", "hmtx", "cmap"):
        if needed not in tables:
            raise FontFileError(f"{file_name}: no {needed} table")
    units_per_em = struct.unpack_from(">H", data, tables["head"][0] + 18)[0]
    metrics_count = struct.unpack_from(">H", data, tables["hhea"][0] + 34)[0]
    hmtx = tables["hmtx"][0]
    advance_of_glyph = [struct.unpack_from(">H", data, hmtx + 4 * g)[0] for g in range(metrics_count)]

    def advance(glyph: int) -> int:
        return advance_of_glyph[min(glyph, metrics_count - 1)]

    cmap = tables["cmap"][0]
    (subtables,) = struct.unpack_from(">H", data, cmap + 2)
    unicode_table = None
    for index in range(subtables):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack_from(">H", data, cmap + offset)[0] == 4:
            unicode_table = cmap + offset
            break
    if unicode_table is None:
        raise FontFileError(f"{file_name}: no Unicode BMP cmap (format 4)")
    segments = struct.unpack_from(">H", data, unicode_table + 6)[0] // 2
    ends_at = unicode_table + 14
    starts_at = ends_at + 2 * segments + 2
    deltas_at = starts_at + 2 * segments
    range_offsets_at = deltas_at + 2 * segments
    widths: dict[int, int] = {}
    for segment in range(segments):
        end = struct.unpack_from(">H", data, ends_at + 2 * segment)[0]
        start = struct.unpack_from(">H", data, starts_at + 2 * segment)[0]
        delta = struct.unpack_from(">h", data, deltas_at + 2 * segment)[0]
        range_offset_position = range_offsets_at + 2 * segment
        range_offset = struct.unpack_from(">H", data, range_offset_position)[0]
        for code in range(start, min(end, 0xFFFE) + 1):
            if range_offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                at = range_offset_position + range_offset + 2 * (code - start)
                glyph = struct.unpack_from(">H", data, at)[0]
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                widths[code] = advance(glyph)
    return widths, units_per_em, advance(0)


def text_width_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """Width of ``text`` on one line in Liberation Serif (= Times New Roman) at ``size_pt``."""
    widths, units_per_em, missing = _advances(BOLD if bold else REGULAR)
    composed = unicodedata.normalize("NFC", text)
    units = sum(widths.get(ord(character), missing) for character in composed)
    return units / units_per_em * size_pt / PT_PER_MM


def line_widths_mm(text: str, size_pt: float, column_mm: float, *, bold: bool = False) -> list[float]:
    """Widths of the lines ``text`` wraps into in a column ``column_mm`` wide (greedy, at spaces).

    Close enough to a word processor's wrapping to size a rule under the text: the rule is a
    fraction of the line's width, not a position that must match to the point.
    """
    space = text_width_mm(" ", size_pt, bold=bold)
    lines: list[float] = []
    current = 0.0
    for word in text.split():
        width = text_width_mm(word, size_pt, bold=bold)
        if current and current + space + width > column_mm:
            lines.append(current)
            current = width
        else:
            current = current + space + width if current else width
    if current or not lines:
        lines.append(min(current, column_mm))
    return lines
