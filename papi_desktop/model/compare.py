"""What changed in one part against another report's same part, word by word.

Paragraphs are matched first (a paragraph moved, reworded or split must not turn the whole
part into one red-and-green block), then each matched pair is compared word by word. Both
steps use the standard library's :mod:`difflib` (SequenceMatcher): it is what the comparison
needs, with no dependency to add. Paragraphs of the old text with no partner are listed as
removed, with the line where they would go back.
"""

from __future__ import annotations

from dataclasses import dataclass
import difflib
from enum import StrEnum
import re

from papi_desktop.model.report import Report

SAME_PARAGRAPH = 0.5  # a reworded paragraph still counts as the same one above this word similarity
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


class Change(StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"  # a paragraph only: some words added or removed


@dataclass(frozen=True)
class Segment:
    change: Change  # SAME, ADDED or REMOVED
    text: str


@dataclass(frozen=True)
class ParagraphDiff:
    """One paragraph of the comparison.

    ``line`` is the paragraph's line in the new text; for a REMOVED paragraph (only in the old
    text) it is the line it would take if taken back: before the line that follows it.
    """

    change: Change
    segments: tuple[Segment, ...]
    line: int

    @property
    def old_text(self) -> str:
        return "".join(s.text for s in self.segments if s.change is not Change.ADDED)

    @property
    def new_text(self) -> str:
        return "".join(s.text for s in self.segments if s.change is not Change.REMOVED)


def tokens(text: str) -> list[str]:
    """Words, single punctuation marks and runs of space: the units a change is shown in."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """``old`` → ``new`` as segments. Within a run of changes the removed words come first, then
    the added ones, so "Tiếp tục" → "Trong quý II, Sở đã" reads as two phrases, not as words
    interleaved around the one space they share."""
    old_tokens, new_tokens = tokens(old), tokens(new)
    opcodes = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False).get_opcodes()
    segments: list[Segment] = []
    removed: list[str] = []
    added: list[str] = []

    def add(change: Change, text: str) -> None:
        if not text:
            return
        if segments and segments[-1].change is change:
            segments[-1] = Segment(change, segments[-1].text + text)
        else:
            segments.append(Segment(change, text))

    def flush() -> None:
        add(Change.REMOVED, "".join(removed))
        add(Change.ADDED, "".join(added))
        removed.clear()
        added.clear()

    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag != "equal":
            removed.extend(old_tokens[i1:i2])
            added.extend(new_tokens[j1:j2])
            continue
        same = old_tokens[i1:i2]
        between_changes = (removed or added) and index + 1 < len(opcodes)
        if between_changes and not "".join(same).strip():
            removed.extend(same)  # a lone space between two changes belongs to the change
            added.extend(same)
            continue
        flush()
        add(Change.SAME, "".join(same))
    flush()
    return tuple(segments)


def _lines(text: str) -> list[tuple[int, str]]:
    return [(number, line.strip()) for number, line in enumerate(text.split("\n")) if line.strip()]


def _similarity(old: str, new: str) -> float:
    return difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False).ratio()


def _pair(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """Pairs (old index, new index) in order, None where a paragraph has no partner: each new
    paragraph takes the most similar old one not yet taken, after the last one taken."""
    pairs: list[tuple[int | None, int | None]] = []
    next_old = 0
    for j, paragraph in enumerate(new):
        best, best_score = None, SAME_PARAGRAPH
        for i in range(next_old, len(old)):
            score = _similarity(old[i], paragraph)
            if score > best_score:
                best, best_score = i, score
        if best is None:
            pairs.append((None, j))
            continue
        pairs.extend((i, None) for i in range(next_old, best))
        pairs.append((best, j))
        next_old = best + 1
    pairs.extend((i, None) for i in range(next_old, len(old)))
    return pairs


def compare_text(new: str, old: str) -> list[ParagraphDiff]:
    """The paragraphs of ``new`` compared with ``old`` (removed ones in their old place)."""
    new_lines, old_lines = _lines(new), _lines(old)
    new_texts, old_texts = [t for _, t in new_lines], [t for _, t in old_lines]
    matcher = difflib.SequenceMatcher(None, old_texts, new_texts, autojunk=False)
    pairs: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2)))
        else:
            pairs.extend((None if i is None else i1 + i, None if j is None else j1 + j)
                         for i, j in _pair(old_texts[i1:i2], new_texts[j1:j2]))
    result: list[ParagraphDiff] = []
    end_line = len(new.split("\n")) if new.strip() else 0
    for index, (i, j) in enumerate(pairs):
        if j is None:
            assert i is not None
            following = next((jj for _, jj in pairs[index + 1:] if jj is not None), None)
            line = new_lines[following][0] if following is not None else end_line
            result.append(ParagraphDiff(Change.REMOVED, (Segment(Change.REMOVED, old_texts[i]),), line))
        elif i is None:
            result.append(ParagraphDiff(Change.ADDED, (Segment(Change.ADDED, new_texts[j]),), new_lines[j][0]))
        elif old_texts[i] == new_texts[j]:
            result.append(ParagraphDiff(Change.SAME, (Segment(Change.SAME, new_texts[j]),), new_lines[j][0]))
        else:
            result.append(ParagraphDiff(Change.CHANGED, word_diff(old_texts[i], new_texts[j]), new_lines[j][0]))
    return result


def compare_part(report: Report, other: Report, key: str) -> list[ParagraphDiff]:
    """Part ``key`` of ``report`` against the same part of ``other`` (last quarter's, say)."""
    return compare_text(report.section(key), other.section(key))


def removed_paragraphs(diffs: list[ParagraphDiff]) -> list[ParagraphDiff]:
    return [diff for diff in diffs if diff.change is Change.REMOVED]


def restore_paragraph(text: str, removed: ParagraphDiff) -> str:
    """``text`` with a removed paragraph taken back at its line (the text it was compared from)."""
    lines = text.split("\n") if text else []
    line = min(removed.line, len(lines))
    lines.insert(line, removed.old_text)
    return "\n".join(lines)
