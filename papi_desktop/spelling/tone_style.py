"""One tone-mark style per report: "hòa, thủy, khỏe" (old) or "hoà, thuỷ, khoẻ" (new).

Both placements are correct Vietnamese; only the open rhymes oa, oe and uy differ. A
report that mixes them looks careless and defeats Find ("hòa" does not find "hoà"). These
functions find the mix, say which style the text uses most, and list the replacements
that make it consistent — pure data, so the window can show them, apply them as one
undoable step, or leave them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from papi_desktop.spelling.letters import COMPOSE, same_case
from papi_desktop.spelling.syllable import STYLE_NEW, STYLE_OLD, check_syllable, place_tone
from papi_desktop.spelling.tokens import words


@dataclass(frozen=True, slots=True)
class Replacement:
    """Replace ``old`` at ``start`` (an offset in the text it was found in) by ``new``."""

    start: int
    old: str
    new: str

    @property
    def end(self) -> int:
        return self.start + len(self.old)


@dataclass
class StyleReport:
    """How many words of each style a set of texts holds."""

    counts: dict[str, int] = field(default_factory=lambda: {STYLE_OLD: 0, STYLE_NEW: 0})
    examples: dict[str, list[str]] = field(default_factory=lambda: {STYLE_OLD: [], STYLE_NEW: []})

    @property
    def mixed(self) -> bool:
        return all(self.counts.values())

    @property
    def majority(self) -> str | None:
        """The style used most (the old one on a tie: the common one in official texts)."""
        old, new = self.counts[STYLE_OLD], self.counts[STYLE_NEW]
        if not old and not new:
            return None
        return STYLE_NEW if new > old else STYLE_OLD

    @property
    def minority_count(self) -> int:
        return min(self.counts.values()) if self.mixed else 0


def word_style(word: str) -> str | None:
    """STYLE_OLD / STYLE_NEW for a word whose tone placement shows a style, else None."""
    verdict = check_syllable(word)
    return verdict.syllable.style if verdict.syllable else None


def restyle(word: str, style: str) -> str:
    """``word`` with its tone mark placed in ``style`` (unchanged when that changes nothing)."""
    verdict = check_syllable(word)
    syllable = verdict.syllable
    if syllable is None or syllable.style is None or syllable.style == style:
        return word
    base, index = place_tone(syllable.onset, syllable.rhyme, syllable.tone, style)
    return same_case(word, base[:index] + COMPOSE[(base[index], syllable.tone)] + base[index + 1:])


def style_report(texts: Iterable[str]) -> StyleReport:
    report = StyleReport()
    for text in texts:
        for token in words(text):
            style = word_style(token.text)
            if style:
                report.counts[style] += 1
                if token.text.lower() not in report.examples[style]:
                    report.examples[style].append(token.text.lower())
    return report


def unify(text: str, style: str) -> list[Replacement]:
    """The replacements that put every word of ``text`` in ``style``, in text order."""
    found = []
    for token in words(text):
        new = restyle(token.text, style)
        if new != token.text:
            found.append(Replacement(token.start, token.text, new))
    return found


def unify_all(texts: Mapping[str, str], style: str | None = None) -> dict[str, list[Replacement]]:
    """Replacements for several named texts (a report's parts) towards ``style``, or the
    style they use most; texts needing none are left out."""
    if style is None:
        style = style_report(texts.values()).majority or STYLE_OLD
    result = {}
    for key, text in texts.items():
        replacements = unify(text, style)
        if replacements:
            result[key] = replacements
    return result


def apply(text: str, replacements: Iterable[Replacement]) -> str:
    """``text`` with the replacements made (they must not overlap)."""
    pieces, position = [], 0
    for replacement in sorted(replacements, key=lambda r: r.start):
        if text[replacement.start:replacement.end] != replacement.old:
            raise ValueError(f"text changed at {replacement.start}: expected {replacement.old!r}")
        pieces.append(text[position:replacement.start])
        pieces.append(replacement.new)
        position = replacement.end
    pieces.append(text[position:])
    return "".join(pieces)
