"""Bring the reports of another drafts file (a colleague's, a USB stick's) into the open one.

No edit is ever lost:

* a report only in the other file is added, with its sections and every earlier text;
* a report with the same content on both sides is left alone;
* a report changed on one side only is brought up to date: the side whose ``updated_at`` is
  newer wins if everything the other side holds is in its history, i.e. each section text
  of the older side (text and the moment it was saved) is the newer side's current text or
  one of its revisions, and the older side's last change is one of those section saves (a
  header edit leaves no revision, so it can only be proved by a section saved after it);
* anything else was changed on both machines since they parted: both are kept. The other
  file's version is added as a copy with its own id and the trích yếu marked
  "(bản của máy khác …)", and the clerk chooses.

Everything happens in one transaction of the open file: an interrupted merge changes
nothing. The other file is only read (through :mod:`check`'s hardened read-only
connection), and merging the same file a second time changes nothing: the copy of a
conflicting report has an id derived from the other version's id and time, so it is only
ever added once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import logging
import os
from pathlib import Path
import uuid

from papi_desktop.errors import (
    MERGE_ADDED, MERGE_CONFLICTS, MERGE_NOTHING, MERGE_SELF, MERGE_UNCHANGED, MERGE_UPDATED, MERGE_WORDS, Text,
    Translate, UserError,
)
from papi_desktop.store.database import sqlite_errors
from papi_desktop.store.drafts import DraftStore, StoredReport, UnreadableReport

log = logging.getLogger(__name__)

# Copies of conflicting reports get uuid5(this, "<their id>/<their updated_at>").
_CONFLICT_NAMESPACE = uuid.UUID("6f1d7c8e-2b1a-4e53-9a36-5a0c2d9b7e41")


@dataclass(frozen=True)
class MergedReport:
    id: str
    title: str


@dataclass(frozen=True)
class Conflict:
    """A report changed on both machines: ``id`` is ours (left as it was), ``copy_id`` the other version."""

    id: str
    title: str
    copy_id: str
    copy_title: str


@dataclass
class MergeResult:
    """What a merge did, for the command line's lines and a window's dialog."""

    added: list[MergedReport] = field(default_factory=list)
    updated: list[MergedReport] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: list[MergedReport] = field(default_factory=list)
    # Reports of the other file that could not be read: named, never copied.
    skipped: list[UnreadableReport] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # the other file's words new to this one
    source: Path | None = None

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.conflicts or self.words)

    def describe(self, translate: Translate | None = None) -> list[str]:
        """Lines saying what was done, in the clerk's language (``translate``: as for
        :meth:`~papi_desktop.errors.UserError.translated`; none: Vietnamese). Titles stay as typed."""

        def say(template: str, **values: object) -> str:
            text = Text(template, values)
            return text.render(translate) if translate is not None else text.render()

        lines = []
        if self.added:
            lines.append(say(MERGE_ADDED, count=len(self.added)))
            lines.extend(f"  + {item.title}" for item in self.added)
        if self.updated:
            lines.append(say(MERGE_UPDATED, count=len(self.updated)))
            lines.extend(f"  * {item.title}" for item in self.updated)
        if self.conflicts:
            lines.append(say(MERGE_CONFLICTS, count=len(self.conflicts)))
            lines.extend(f"  ! {item.title}  →  {item.copy_title}" for item in self.conflicts)
        if self.words:
            lines.append(say(MERGE_WORDS, count=len(self.words), words=", ".join(sorted(self.words))))
        if self.unchanged:
            lines.append(say(MERGE_UNCHANGED, count=len(self.unchanged)))
        for item in self.skipped:
            text = item.message(self.source or Path("?"))
            lines.append(text.render(translate) if translate is not None else text.render())
        if not self.changed:
            lines.append(say(MERGE_NOTHING))
        return lines


def _content(version: StoredReport) -> tuple:
    """What a clerk sees and prints of a report: compared to tell whether two versions differ."""
    from papi_desktop.store.codec import HEADER_COLUMNS, report_to_row

    row = report_to_row(version.report)
    texts = {key: body for key, body in version.report.sections.items() if body}
    return tuple(row[name] for name in HEADER_COLUMNS), version.deleted_at, tuple(sorted(texts.items()))


def _in_history(older: StoredReport, newer: StoredReport) -> bool:
    """Whether everything ``older`` holds is also in ``newer``'s history (``older`` is an ancestor)."""
    history = set(newer.revisions)
    with_revisions = {key for key, _body, _stamp in older.revisions}
    witnessed = set()
    older_sections, newer_sections = older.report.sections, newer.report.sections
    for key in older_sections.keys() | newer_sections.keys():
        body, stamp = older_sections.get(key, ""), older.stamps.get(key, "")
        newer_body, newer_stamp = newer_sections.get(key, ""), newer.stamps.get(key, "")
        if body == newer_body:
            if stamp and stamp == newer_stamp:
                witnessed.add(stamp)
            continue
        if stamp and (key, body, stamp) in history:
            witnessed.add(stamp)
            continue
        if not body and key not in with_revisions:
            continue  # never written on the older side
        return False
    if _content(older)[:2] == _content(newer)[:2]:
        return True
    # The header differs: it keeps no revisions, so the older side's last change must be a
    # section save the newer side has seen (then the header was in that state when they parted).
    return older.updated_at in witnessed


def _conflict_copy(theirs: StoredReport, copy_id: str) -> StoredReport:
    moment = theirs.report.updated_at.astimezone()
    report = _copy_report(theirs)
    report.id = copy_id
    report.title_override = f"{theirs.report.title} (bản của máy khác, sửa lúc {moment:%H:%M} ngày {moment:%d/%m/%Y})"
    return StoredReport(report, theirs.deleted_at, dict(theirs.stamps), list(theirs.revisions))


def _copy_report(version: StoredReport):
    from papi_desktop.model.serialize import report_from_dict, report_to_dict

    return report_from_dict(report_to_dict(version.report))


def _read_theirs(path: Path) -> tuple[dict[str, StoredReport], list[UnreadableReport], set[str]]:
    """The other file's reports, unreadable reports and words; that file is only read.

    Opened read-only (a hot journal or log beside it is played back in a temporary copy, never
    in the file); an older version is read as it is.
    """
    with DraftStore.open(path, read_only=True) as theirs:
        reports, unreadable = theirs.stored_reports()
        return reports, unreadable, theirs.list_words()


def merge(store: DraftStore, theirs_path: os.PathLike[str] | str) -> MergeResult:
    """Bring the reports and words of the file at ``theirs_path`` into ``store``; that file is only read."""
    theirs_path = Path(theirs_path)
    if theirs_path.exists() and theirs_path.resolve() == store.path.resolve():
        raise UserError(Text(MERGE_SELF), f"merging {theirs_path} into itself")
    theirs, skipped, their_words = _read_theirs(theirs_path)
    result = MergeResult(skipped=list(skipped), source=theirs_path)
    for item in skipped:
        log.warning("merge of %s: not copying unreadable report %s: %s", theirs_path, item.id, item.detail)
    # Times are UTC ISO strings of one width (codec.canonical_stamp): comparing the text compares the moments.
    with sqlite_errors(store.path, "merge", store.conn), store.transaction():
        mine, my_unreadable = store.stored_reports()
        unreadable_ids = {item.id for item in my_unreadable}
        for report_id in sorted(theirs, key=lambda rid: (theirs[rid].report.created_at, rid)):
            their = theirs[report_id]
            our = mine.get(report_id)
            if report_id in unreadable_ids:
                continue  # ours cannot be read: left exactly as it is
            if our is None:
                store.insert_stored(their)
                result.added.append(MergedReport(report_id, their.report.title))
            elif _content(our) == _content(their):
                result.unchanged.append(MergedReport(report_id, our.report.title))
            elif their.updated_at > our.updated_at and _in_history(our, their):
                store.replace_stored(our, their)
                result.updated.append(MergedReport(report_id, their.report.title))
            elif our.updated_at > their.updated_at and _in_history(their, our):
                result.unchanged.append(MergedReport(report_id, our.report.title))
            else:
                copy_id = str(uuid.uuid5(_CONFLICT_NAMESPACE, f"{report_id}/{their.updated_at}"))
                if copy_id in mine or copy_id in unreadable_ids:  # this version was already kept by an earlier merge
                    if copy_id in mine:
                        result.unchanged.append(MergedReport(copy_id, mine[copy_id].report.title))
                    continue
                copy = _conflict_copy(their, copy_id)
                store.insert_stored(copy)
                result.conflicts.append(Conflict(report_id, our.report.title, copy_id, copy.report.title))
        new_words = sorted(their_words - store.list_words())
        for word in new_words:
            store.add_word(word)
        result.words = new_words
    log.info(
        "merged %s into %s: %d added, %d updated, %d conflicts, %d unchanged, %d skipped, %d words", theirs_path,
        store.path, len(result.added), len(result.updated), len(result.conflicts), len(result.unchanged),
        len(result.skipped), len(result.words),
    )
    return result
