"""Comparing lines of a report with the catalogue's headings: folding, similarity, periods.

Headings are compared on a folded form (lower case, no diacritics, punctuation as spaces)
and, for the dimensions, with a similarity score against the catalogue's heading, name and
short name. Only short lines are ever compared (:data:`MAX_HEADING`): a heading is a line,
and a long paragraph is content whatever words it holds, so the cost of recognising a file
stays linear in its size.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
import re

from papi_desktop.model.catalogue import Catalogue, Dimension
from papi_desktop.model.period import ROMAN_QUARTERS, Period
from papi_desktop.model.text import fold

MAX_HEADING = 200  # characters: longer lines are never headings


def words(text: str) -> str:
    """Folded text with punctuation as single spaces: what headings are compared on."""
    return _WORDS.sub(" ", fold(text)).strip()


_WORDS = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1024)
def is_upper(text: str) -> bool:
    """Whether a line is (at least 80 %) written in capitals: a heading or a header line.
    Judged on the first :data:`MAX_HEADING` characters; cached, as one line is asked several times."""
    text = text[:MAX_HEADING]
    folded = fold(text)  # lower case letters; digits and punctuation unchanged
    letters = sum(1 for char in folded if "a" <= char <= "z")
    capitals = sum(1 for a, b in zip(text, folded) if a != b and "a" <= b <= "z" and a == a.upper())
    return letters > 0 and capitals >= 0.8 * letters


ROMAN_HEADING = re.compile(r"^(?P<num>[ivx]{1,4})\s*[.):-]\s*(?P<rest>.*)$")
NUMBERED = re.compile(r"^(?P<num>\d{1,2})(?:\s*[.,]\s*\d{1,2})*\s*[.):]?\s+(?P<rest>\S.*)$")
DIMENSION_PREFIX = re.compile(
    r"^(?:chi so\s+)?(?:noi dung|thanh phan|chi so thanh phan|linh vuc|tieu chi)\s*(?:thu\s+)?"
    r"(?P<num>\d{1,2}|[ivx]{1,4})?\s*[.:)-]?\s+(?P<rest>\S.*)$"
)
FILLER = re.compile(r"^(?:(?:ve|chi so|noi dung|thanh phan|linh vuc|tieu chi|thu)\s+)+")
BULLET = re.compile(r"^[-–—•+*]\s*")
TASK_NUMBER = re.compile(r"^(?:\d{1,3}\s*[.)]|[-–—•+*])\s*")
CLOSING = re.compile(r"\s*\.?\s*/\s*\.\s*$")
AUTHORITY = re.compile(r"^(?P<prefix>KT|TM|TL|TUQ|Q)\s*\.\s*(?P<head>\S.*)?$", re.IGNORECASE)
SIGNER = re.compile(
    r"^(?:pho |tong )*(?:giam doc|chu tich|thu truong|chanh van phong|chanh thanh tra|bi thu|truong [a-z ]+|[a-z]+ truong)$"
)
NUMBER_LINE = re.compile(r"^so\s*:?\s*(?P<number>[^/]*)/\s*(?P<symbol>\S.*)$")
PLACE_DATE = re.compile(
    r"^(?P<place>[^,]*?)\s*,?\s*ngay\s*(?P<day>\d{1,2})?[\s.…_]*thang\s*(?P<month>\d{1,2})?[\s.…_]*nam\s*(?P<year>\d{4})?\s*$"
)
QUARTER = re.compile(r"\bquy\s+(?P<q>iv|iii|ii|i|[1-4])\b(?:\s*(?:/|nam)\s*(?P<year>\d{4}))?")
YEAR = re.compile(r"\b(19|20)\d{2}\b")


def roman_value(token: str) -> int:
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for index, char in enumerate(token):
        value = values[char]
        total += -value if index + 1 < len(token) and values[token[index + 1]] > value else value
    return total


def _quarter_number(token: str) -> int:
    token = token.upper()
    return ROMAN_QUARTERS.index(token) + 1 if token in ROMAN_QUARTERS else int(token)


def period_in(text: str) -> Period | None:
    """The reporting quarter a title names: "quý I và nhiệm vụ quý II/2022" → quý I/2022."""
    folded = fold(text)
    found = list(QUARTER.finditer(folded))
    if not found:
        return None
    first = found[0]
    quarter = _quarter_number(first.group("q"))
    try:
        if first.group("year"):
            return Period(int(first.group("year")), quarter)
        for later in found[1:]:
            if later.group("year"):
                following = Period(int(later.group("year")), _quarter_number(later.group("q")))
                previous = following.previous()
                return previous if previous.quarter == quarter else Period(following.year, quarter)
        year = YEAR.search(folded[first.end():]) or YEAR.search(folded)
        return Period(int(year.group(0)), quarter) if year else None
    except ValueError:
        return None


def template_pattern(template: str) -> re.Pattern[str]:
    pattern = ""
    for part in re.split(r"(\{\w+\})", template):
        if part == "{agency}":
            pattern += r"(?P<agency>.+?)"
        elif part in ("{period}", "{next_period}"):
            pattern += rf"(?P<{part[1:-1]}>.+?)"
        elif part == "{year}":
            pattern += r"\d{4}"
        else:
            pattern += r"\s+".join(re.escape(piece) for piece in part.split(" "))
    return re.compile(rf"^{pattern}\s*$", re.IGNORECASE)


def similarity(text: str, candidate: str) -> float:
    if not text or not candidate:
        return 0.0
    if text == candidate:
        return 1.0
    score = difflib.SequenceMatcher(None, text, candidate, autojunk=False).ratio()
    if len(text) >= 8 and candidate.startswith(text):
        score = max(score, 0.9)  # a shortened name: "Công khai, minh bạch"
    elif len(candidate) >= 0.45 * len(text):  # the name with a little more around it
        if text.startswith(candidate):
            score = max(score, 0.9)
        elif re.search(rf"\b{re.escape(candidate)}\b", text):
            score = max(score, 0.8)
    return score


def core_words(text: str) -> str:
    return FILLER.sub("", text).strip()


def dimension_scores(heading: str, catalogue: Catalogue) -> list[tuple[float, Dimension]]:
    """Each dimension with how well ``heading`` (numbering already removed) names it, best first."""
    core = core_words(words(heading))
    scored = []
    for dimension in catalogue.dimensions:
        candidates = {core_words(words(dimension.heading)), words(dimension.name), words(dimension.short_name)}
        scored.append((max(similarity(core, candidate) for candidate in candidates), dimension))
    scored.sort(key=lambda pair: -pair[0])
    return scored


