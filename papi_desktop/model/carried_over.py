"""Which paragraphs of a report are still word for word those of the report it was made from.

After "Báo cáo quý mới" every paragraph is last quarter's. The clerk's job is to rework them;
knowing which ones are still untouched ("12 đoạn giữ nguyên từ quý trước") is how they know
the job is done. A paragraph is one line of a part's body (as the editor and the composer
see it); it counts as carried over while its text, spaces at the ends aside, equals a paragraph
of the same part of the source report. Blank lines are never counted.

Which report a draft was made from is not stored yet (see :func:`source_candidate`).
"""

from __future__ import annotations

from collections.abc import Iterable
import datetime
from typing import Protocol

from papi_desktop.model.period import Period
from papi_desktop.model.report import Report


def source_paragraphs(text: str) -> frozenset[str]:
    """The non-blank paragraphs of a part, ends trimmed: what a line is compared with."""
    return frozenset(line.strip() for line in text.split("\n") if line.strip())


def carried_over_lines(text: str, source_text: str | frozenset[str]) -> list[int]:
    """Line numbers (0-based, the editor's block numbers) of ``text`` whose paragraph is also in
    ``source_text``; ``source_text`` may be given already split by :func:`source_paragraphs`."""
    source = source_text if isinstance(source_text, frozenset) else source_paragraphs(source_text)
    return [number for number, line in enumerate(text.split("\n")) if line.strip() and line.strip() in source]


def carried_over(report: Report, source: Report) -> dict[str, list[int]]:
    """For each part of ``report``, the lines still identical to the same part of ``source``."""
    return {key: carried_over_lines(report.section(key), source.section(key)) for key in report.section_keys()}


def carried_over_count(report: Report, source: Report) -> int:
    return sum(len(lines) for lines in carried_over(report, source).values())


class _Listed(Protocol):
    id: str
    period: Period
    updated_at: datetime.datetime


def source_candidate(report: Report, listed: Iterable[_Listed]) -> str | None:
    """The id of the report ``report`` was most likely made from, until the store keeps it.

    The store should persist the source's id when "Báo cáo quý mới" makes a report (a
    ``source_id`` column). Until then: the most recently changed report of the quarter before
    ``report``'s, never ``report`` itself; None if there is none.
    """
    previous = report.period.previous()
    candidates = [item for item in listed if item.period == previous and item.id != report.id]
    if not candidates:
        return None
    return max(candidates, key=lambda item: item.updated_at).id
