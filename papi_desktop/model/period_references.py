"""The period references of a report copied into the next quarter, and their update.

A clerk starts each quarter from the last report. Its text still speaks of the old quarter
("…trong lĩnh vực KH&CN quý I/2022 như sau:") and of the old *next* quarter in part III
("Kế hoạch thực hiện quý II/2022"). This module finds those references and proposes the new
wording; nothing is rewritten here until the clerk has chosen which proposals to take.

The rules (``old`` is the quarter the text was written for, ``new`` = ``old.next()``):

* ``quý R/YYYY`` and ``quý R năm YYYY`` naming ``old`` become ``new``; naming ``old.next()``
  (the old "next quarter", in part III and its heading) they move on to ``new.next()``. Across a
  year end the year follows: ``quý IV/2022`` → ``quý I/2023``. Any other quarter (a comparison
  with a year before, a past plan) is left alone.
* A bare ``quý R`` ("trong quý I", "Quý I") is read in the report's context: R of ``old``
  becomes R of ``new``, R of ``old.next()`` becomes R of ``new.next()``; if the target falls in
  another year than the new report, the year is written out ("quý I/2023") so it is not ambiguous.
* ``năm YYYY`` is the reporting year only when a year end is crossed (a quý IV report rolled into
  quý I) and YYYY is the old year; then it becomes the new year. A date written in words
  ("ngày 14 tháng 3 năm 2022") is never touched. Across no year end, no "năm" is proposed: the
  year is the same, and a year named in a quarter I-III report is as likely a past event's.
* Dates (``14/01/2022``), document numbers (``14/KH-SKHCN``, ``41/2019/QĐ-UBND``) and periods such
  as ``giai đoạn 2020-2025`` are never matched: every pattern starts with the word "quý" or "năm".
* A reference right after a cited document in the same clause ("Báo cáo số 23/BC-… ngày … về kết
  quả quý I/2022") names that past document; it is still proposed, but marked ``doubtful`` so the
  review list leaves it unticked.

All matches are found in one pass over the original text and applied from that text, so
"quý I→II" and "quý II→III" can never chain into "quý I→III".
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
import re

from papi_desktop.model.period import ROMAN_QUARTERS, Period
from papi_desktop.model.report import Report
from papi_desktop.model.text_fields import report_fields, set_field

_QUARTER = (
    r"(?<!\w)(?P<quy>(?i:quý))\s+(?P<roman>IV|III|II|I)(?![\w])"
    r"(?:(?P<slash>\s*/\s*)(?P<slash_year>\d{4})(?!\d)|(?P<long>\s+(?i:năm)\s+)(?P<long_year>\d{4})(?!\d))?"
)
_YEAR = r"(?<!\w)(?P<nam>(?i:năm))\s+(?P<year>\d{4})(?![\d/])"
_REFERENCE = re.compile(f"{_QUARTER}|{_YEAR}")
_DATE_IN_WORDS = re.compile(r"(?i:tháng)\s+\d{1,2}\s*$")
# "số 23/BC-SKHCHN", "số 41/2019/QĐ-UBND": a cited document.
_CITATION = re.compile(r"(?i:\bsố)\s+\d+\s*/\S+")
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n]")
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n")
CITATION_REACH = 80  # characters between a cited document and a reference still said to name it
CONTEXT_REACH = 160  # characters kept either side of a reference in a very long sentence


@dataclass(frozen=True)
class Replacement:
    """One proposed change: ``text[start:end]`` of field ``part`` is ``old`` and would become ``new``.

    ``context`` is the sentence around it (shortened with "…" when long) and ``context_offset``
    where ``old`` begins in it, so a list can show the old words struck and the new marked.
    """

    part: str
    start: int
    end: int
    old: str
    new: str
    context: str
    context_offset: int
    doubtful: bool = False


def _roman_index(roman: str) -> int:
    return ROMAN_QUARTERS.index(roman) + 1


def _moved(period: Period, old: Period) -> Period | None:
    """Where a named period goes: ``old`` → ``old.next()``, ``old.next()`` → the one after."""
    if period == old:
        return old.next()
    if period == old.next():
        return old.next().next()
    return None


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence holding ``text[start:end]`` and the match's offset in it."""
    left = 0
    for found in _SENTENCE_END.finditer(text, 0, start):
        left = found.end()
    found = _SENTENCE_END.search(text, end)
    right = found.end() if found else len(text)
    while left < start and text[left].isspace():
        left += 1
    prefix, suffix = "", ""
    if start - left > CONTEXT_REACH:
        cut = text.find(" ", start - CONTEXT_REACH, start)
        left, prefix = (cut + 1 if cut >= 0 else start - CONTEXT_REACH), "…"
    if right - end > CONTEXT_REACH:
        cut = text.rfind(" ", end, end + CONTEXT_REACH)
        right, suffix = (cut if cut >= 0 else end + CONTEXT_REACH), "…"
    sentence = prefix + text[left:right].rstrip("\n") + suffix
    return sentence, start - left + len(prefix)


def _cites_document(text: str, start: int) -> bool:
    """Whether a document is cited just before ``start`` in the same clause (see the module)."""
    window = text[max(0, start - CITATION_REACH):start]
    last = None
    for last in _CITATION.finditer(window):
        pass
    return last is not None and not _CLAUSE_BREAK.search(window, last.end())


def _proposal(text: str, found: re.Match[str], old: Period) -> str | None:
    """The new wording of one match, or None when it is not a reference to move."""
    new = old.next()
    if found.group("nam") is not None:
        year = int(found.group("year"))
        if old.year == new.year or year != old.year or _DATE_IN_WORDS.search(text, 0, found.start()):
            return None
        return f"{found.group('nam')} {new.year}"
    roman = found.group("roman")
    written_year = found.group("slash_year") or found.group("long_year")
    if written_year:
        target = _moved(Period(int(written_year), _roman_index(roman)), old)
        if target is None:
            return None
        separator = found.group("slash") or found.group("long")
        return f"{found.group('quy')} {target.roman}{separator}{target.year}"
    # A bare "quý R": the quarter of the old report or of its "next quarter", by numeral alone.
    for named in (old, old.next()):
        if named.roman == roman:
            target = _moved(named, old)
            assert target is not None
            year = f"/{target.year}" if target.year != new.year else ""
            return f"{found.group('quy')} {target.roman}{year}"
    return None


def find_in_text(part: str, text: str, old: Period) -> list[Replacement]:
    """The period references in one field's ``text``, written for quarter ``old``."""
    result = []
    for found in _REFERENCE.finditer(text):
        new_text = _proposal(text, found, old)
        if new_text is None or new_text == found.group(0):
            continue
        context, offset = _sentence(text, found.start(), found.end())
        result.append(Replacement(
            part, found.start(), found.end(), found.group(0), new_text, context, offset,
            doubtful=_cites_document(text, found.start()),
        ))
    return result


def period_references(report: Report, old: Period | None = None) -> list[Replacement]:
    """Every proposed period update in ``report`` (every part, the header fields and the title
    the clerk wrote), in report order. ``old`` is the quarter the copied text was written for:
    by default the quarter before the report's own, which is what "Báo cáo quý mới" made."""
    old = old or report.period.previous()
    result: list[Replacement] = []
    for key, text in report_fields(report):
        result.extend(find_in_text(key, text, old))
    return result


def apply_to_text(text: str, replacements: list[Replacement]) -> str:
    """``text`` with ``replacements`` (all of one field) made at once, from the original text.

    Raises ValueError if a replacement no longer fits the text (it was edited since) or two
    overlap, so a stale list can never garble a report.
    """
    pieces, position = [], 0
    for item in sorted(replacements, key=lambda r: r.start):
        if item.start < position or text[item.start:item.end] != item.old:
            raise ValueError(f"replacement {item.old!r} at {item.start} does not fit the text")
        pieces += [text[position:item.start], item.new]
        position = item.end
    pieces.append(text[position:])
    return "".join(pieces)


def group_by_part(replacements: list[Replacement]) -> dict[str, list[Replacement]]:
    grouped: dict[str, list[Replacement]] = {}
    for item in replacements:
        grouped.setdefault(item.part, []).append(item)
    return grouped


def apply_replacements(report: Report, chosen: list[Replacement]) -> Report:
    """A copy of ``report`` with the ``chosen`` replacements made (the report itself is unchanged)."""
    updated = copy.deepcopy(report)
    texts = dict(report_fields(report))
    for part, items in group_by_part(chosen).items():
        set_field(updated, part, apply_to_text(texts[part], items))
    return updated
