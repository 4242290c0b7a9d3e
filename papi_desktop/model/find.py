"""Find and replace across a whole report: every part and the header fields, in report order.

Matching is done on a folded copy of the text (lower case; without diacritics when asked:
"quy" finds "quý", "Quy", "quỹ") whose every character remembers where it came from, so
positions always point into the original text and a replacement never shifts a mark.
Qt's own QTextDocument.find knows neither diacritics nor several documents; this does both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
import re
import unicodedata

from papi_desktop.model.report import Report
from papi_desktop.model.text_fields import field_label, report_fields


@dataclass(frozen=True)
class FindOptions:
    match_case: bool = False
    whole_word: bool = False
    ignore_diacritics: bool = False  # diacritics matter by default: "quy" is not "quý"


@dataclass(frozen=True, order=True)
class Match:
    """``text[start:end]`` of field ``part`` matches; ``order`` is the field's place in the report."""

    order: int
    start: int
    end: int
    part: str


@lru_cache(maxsize=4096)
def _fold_char(char: str, options: FindOptions) -> str:
    if options.ignore_diacritics:
        char = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        char = char.replace("đ", "d").replace("Đ", "D")
    return char if options.match_case else char.lower()


def fold(text: str, options: FindOptions) -> tuple[str, list[int]]:
    """``text`` folded as ``options`` ask, and for each folded character its index in ``text``."""
    if not options.ignore_diacritics:
        folded = text if options.match_case else text.lower()
        if len(folded) == len(text):  # the usual case: one character for one, no map to build
            return folded, list(range(len(text)))
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char, options)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.combining(char) > 0


def find_in_text(text: str, query: str, options: FindOptions = FindOptions()) -> list[tuple[int, int]]:
    """``(start, end)`` of every match of ``query`` in ``text``, in order, never overlapping."""
    needle, _ = fold(unicodedata.normalize("NFC", query), options)
    if not needle:
        return []
    haystack, origin = fold(text, options)
    spans = []
    for found in re.finditer(re.escape(needle), haystack):
        start, end = origin[found.start()], origin[found.end() - 1] + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1  # a decomposed mark after the last letter belongs to the match
        if options.whole_word and (
            (start > 0 and _is_word_char(text[start - 1])) or (end < len(text) and _is_word_char(text[end]))
        ):
            continue
        if spans and start < spans[-1][1]:
            continue  # a folded character that spans two original ones cannot match twice
        spans.append((start, end))
    return spans


def find_in_fields(fields: Iterable[tuple[str, str]], query: str, options: FindOptions = FindOptions()) -> list[Match]:
    """Every match in ``fields`` (``(key, text)`` in report order), in that order."""
    return [
        Match(order, start, end, key)
        for order, (key, text) in enumerate(fields)
        for start, end in find_in_text(text, query, options)
    ]


def find_in_report(report: Report, query: str, options: FindOptions = FindOptions()) -> list[Match]:
    return find_in_fields(report_fields(report), query, options)


def step(matches: list[Match], order: int, position: int, backwards: bool = False) -> Match | None:
    """The match after (or before) ``position`` of the field at ``order``, wrapping round the
    report: next/previous across tabs. A match starting at ``position`` counts as after it, so a
    search from a cursor finds the word the cursor stands at."""
    if not matches:
        return None
    ordered = sorted(matches)
    if backwards:
        before = [m for m in ordered if (m.order, m.start) < (order, position)]
        return before[-1] if before else ordered[-1]
    after = [m for m in ordered if (m.order, m.start) >= (order, position)]
    return after[0] if after else ordered[0]


def replace_span(text: str, start: int, end: int, replacement: str) -> str:
    return text[:start] + replacement + text[end:]


def replace_all_in_text(text: str, query: str, replacement: str, options: FindOptions = FindOptions()) -> tuple[str, int]:
    """``text`` with every match replaced (all found in the original text first) and their count."""
    spans = find_in_text(text, query, options)
    pieces, position = [], 0
    for start, end in spans:
        pieces += [text[position:start], replacement]
        position = end
    pieces.append(text[position:])
    return "".join(pieces), len(spans)


def replace_all(texts: Mapping[str, str], query: str, replacement: str,
                options: FindOptions = FindOptions()) -> dict[str, str]:
    """The new text of every field of ``texts`` where something was replaced (others left out)."""
    changed = {}
    for key, text in texts.items():
        new_text, count = replace_all_in_text(text, query, replacement, options)
        if count:
            changed[key] = new_text
    return changed


# -- the report list's search: where the words are -------------------------------------------

@dataclass(frozen=True)
class Snippet:
    part: str
    label: str  # the part's name for the list ("1. Tham gia", "Mở đầu", "Người ký")
    text: str  # a few words either side of the match, "…" where cut
    start: int  # the match in the part's text, to open the report at that place
    end: int
    match_start: int  # the match inside ``text``
    match_end: int


def _has_marks(word: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word)) or "đ" in word.lower()


def snippet(text: str, start: int, end: int, reach: int = 40) -> tuple[str, int]:
    """``text`` around ``[start, end)`` cut at word ends about ``reach`` characters away; the
    match's offset in the result."""
    left = max(0, start - reach)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(len(text), end + reach)
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    shown = (prefix + text[left:right] + suffix).replace("\n", " ")
    return shown, start - left + len(prefix)


def search_snippets(report: Report, words: str, limit: int = 5) -> list[Snippet]:
    """Where ``words`` occur in ``report``, for the report list's search: the part and a few
    words around each match, at most ``limit`` matches, in report order.

    Same rule as the list's search (DraftStore.search): case never matters; a word typed without
    diacritics matches any ("quang tri" finds "Quảng Trị"), one typed with them only those.
    """
    fields = report_fields(report)

    def found(word: str) -> list[Match]:
        return find_in_fields(fields, word, FindOptions(ignore_diacritics=not _has_marks(word)))

    # The words together where they stand together ("quang tri"), else each where it is.
    matches = found(" ".join(words.split())) or [m for word in words.split() for m in found(word)]
    texts = dict(fields)
    result = []
    for match in sorted(set(matches))[:limit]:
        shown, offset = snippet(texts[match.part], match.start, match.end)
        result.append(Snippet(match.part, field_label(report, match.part), shown, match.start, match.end,
                              offset, offset + match.end - match.start))
    return result
