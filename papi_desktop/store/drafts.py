"""The reports in a drafts file: their sections, every earlier text of a section, and the agency's words.

The file itself (opening, locking, checks, copies, one transaction per write) is
:mod:`.database`'s; every row becomes a report, and a report rows, through :mod:`.codec`
alone, where each value read is checked. A report whose row cannot be read is left out of
the list (and named in :attr:`DraftStore.unreadable`), refused by :meth:`DraftStore.load`
with a message naming it, and never copied by a merge.
"""

from __future__ import annotations

from dataclasses import dataclass
import datetime
import logging
import os
from pathlib import Path
import re
from typing import Any
import unicodedata

from papi_desktop.errors import (
    BAD_REPORT, BAD_REPORT_SKIPPED, REPORT_EXISTS, REPORT_NOT_FOUND, REVISION_NOT_FOUND, Text, UserError,
)
from papi_desktop.model.catalogue import CatalogueError
from papi_desktop.model.period import Period
from papi_desktop.model.report import Report
from papi_desktop.model.serialize import report_from_dict, report_to_dict
from papi_desktop.model.text import clean_line, clean_text
from papi_desktop.store import codec
from papi_desktop.store.check import uri, uri_from_posix  # noqa: F401  (part of the store's API)
from papi_desktop.store.database import DatabaseFile, clerk_errors, sqlite_errors
from papi_desktop.store.locking import LockedError  # noqa: F401  (raised by open)
from papi_desktop.store.schema import MIGRATIONS, add_heading_case_and_words, iso_utc, parse_utc

log = logging.getLogger(__name__)

StoredReport = codec.StoredReport


ReportSummary = codec.Summary


@dataclass(frozen=True)
class Revision:
    """An earlier text of a section, and when that text had been saved."""

    id: int
    report_id: str
    key: str
    text: str
    saved_at: datetime.datetime


@dataclass(frozen=True)
class UnreadableReport:
    """A report whose row could not be read: ``reason`` (a Text of errors) says which value."""

    id: str
    name: str
    reason: Text
    detail: str

    def message(self, path: Path) -> Text:
        return Text(BAD_REPORT_SKIPPED, {"name": self.name, "path": path, "reason": self.reason})


# --- search folding -----------------------------------------------------------------------

_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def fold(text: str | None, strip_marks: bool) -> str:
    """Text for comparison: NFC, case-folded; with ``strip_marks`` also without diacritics (đ → d)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).casefold()
    if strip_marks:
        text = _COMBINING_MARKS.sub("", unicodedata.normalize("NFD", text)).replace("đ", "d")
        return unicodedata.normalize("NFC", text)
    return unicodedata.normalize("NFC", text)


def _sql_fold(text: Any, strip_marks: Any) -> str:
    return fold(text if isinstance(text, str) else None, bool(strip_marks))


def _has_marks(word: str) -> bool:
    return fold(word, strip_marks=True) != fold(word, strip_marks=False)


def _unreadable(bad: codec.BadRow) -> UnreadableReport:
    return UnreadableReport(bad.report_id, bad.name, bad.reason, bad.detail)


class DraftStore(DatabaseFile):
    """The reports in one ``.papi`` file. Make one with :meth:`create` or :meth:`open`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The reports the last listing had to leave out, newest first.
        self.unreadable: list[UnreadableReport] = []

    def _set_up_connection(self) -> None:
        self.conn.create_function("papi_fold", 2, _sql_fold, deterministic=True)

    def _initialise(self, sample: bool) -> None:
        """Tables and (optionally) the sample report in one transaction: a new file is complete or empty."""
        from papi_desktop.store.schema import migrate

        with self.transaction():
            migrate(self.db)
            if sample:
                from papi_desktop.model.sample import load_sample

                self._insert(load_sample())

    # -- reading -------------------------------------------------------------------------------

    @clerk_errors
    def list_reports(self, *, include_deleted: bool = False) -> list[ReportSummary]:
        """Every readable report, most recently changed first, from one query (no report is loaded).

        A report whose row does not read is left out and named in :attr:`unreadable`.
        """
        found, bad = codec.summaries(
            self.conn, include_deleted=include_deleted, with_heading_case=self._has_heading_case()
        )
        self.unreadable = [_unreadable(error) for error in bad]
        for error in bad:
            log.info("skipping unreadable report in %s: %s", self.path, error)
        return found

    @clerk_errors
    def load(self, report_id: str) -> Report:
        row = self._report_row(report_id)
        _names, sections = codec.fetch(self.conn, "SELECT key, body FROM sections WHERE report_id = ?", [report_id])
        try:
            return codec.report_from_rows(row, sections)
        except codec.BadRow as bad:
            raise UserError(
                Text(BAD_REPORT, {"name": bad.name, "path": self.path, "reason": bad.reason}),
                f"cannot build report {report_id} from {self.path}: {bad}",
            ) from None

    @clerk_errors
    def revisions(self, report_id: str, key: str) -> list[Revision]:
        """The earlier texts of one section, newest first (a revision that does not read is left out)."""
        found = []
        _names, rows = codec.fetch(
            self.conn,
            "SELECT id, report_id, key, body, saved_at FROM revisions WHERE report_id = ? AND key = ? "
            "ORDER BY saved_at DESC, id DESC",
            [report_id, key],
        )
        for revision_id, rid, rkey, body, saved in rows:
            try:
                moment = codec.parse_stamp(saved, ValueError) if isinstance(saved, str) else None
            except ValueError:
                moment = None
            if moment is None or not isinstance(body, str):
                log.warning("skipping unreadable revision %s of %s in %s", revision_id, report_id, self.path)
                continue
            found.append(Revision(id=revision_id, report_id=rid, key=rkey, text=body, saved_at=moment))
        return found

    @clerk_errors
    def search(self, words: str) -> list[str]:
        """Ids of the reports (not in the recycle bin) holding every one of ``words``, newest first.

        Case never matters. A word typed without diacritics matches any diacritics ("quang tri"
        finds "Quảng Trị"); a word typed with them matches exactly those marks.
        """
        headers = dict(codec.search_rows(self.conn, with_heading_case=self._has_heading_case()))
        ordered = list(headers)
        terms = clean_line(words).split()
        if not terms:
            return ordered
        folded: dict[bool, dict[str, str]] = {}
        matches: set[str] | None = None
        for term in terms:
            strip = not _has_marks(term)
            needle = fold(term, strip)
            if strip not in folded:
                folded[strip] = {report_id: fold(text, strip) for report_id, text in headers.items()}
            hits = {report_id for report_id, text in folded[strip].items() if needle in text}
            _names, found = codec.fetch(
                self.conn,
                "SELECT DISTINCT s.report_id FROM sections s JOIN reports r ON r.id = s.report_id "
                "WHERE r.deleted_at IS NULL AND instr(papi_fold(s.body, ?), ?) > 0",
                [int(strip), needle],
            )
            hits.update(report_id for (report_id,) in found if report_id in headers)
            matches = hits if matches is None else matches & hits
            if not matches:
                return []
        return [report_id for report_id in ordered if report_id in (matches or set())]

    # -- the agency's words ----------------------------------------------------------------------

    @clerk_errors
    def list_words(self) -> set[str]:
        """The words the clerk added to the spell check ("KH&CN", names); they travel with the file."""
        if not self._has_words_table():
            return set()  # a file of an older schema, read as it is
        _names, rows = codec.fetch(self.conn, "SELECT word FROM words")
        return {word for (word,) in rows if isinstance(word, str) and codec.clean_word(word)}

    @clerk_errors
    def add_word(self, word: str) -> None:
        """Add ``word`` (one line, NFC) to the agency's list; an empty word or one already there changes nothing."""
        word = codec.clean_word(word)
        if not word:
            return
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO words (word, added_at) VALUES (?, ?)", [word, iso_utc(self.clock())]
            )

    @clerk_errors
    def remove_word(self, word: str) -> None:
        word = codec.clean_word(word)
        with self.transaction():
            self.db.execute("DELETE FROM words WHERE word = ?", [word])

    def _has_heading_case(self) -> bool:
        """Whether the file has ``reports.heading_case`` (a file of schema 1 read as it is has not)."""
        return self.schema_version > MIGRATIONS.index(add_heading_case_and_words)

    def _has_words_table(self) -> bool:
        return self.schema_version > MIGRATIONS.index(add_heading_case_and_words)

    # -- whole reports with their history (merging) ---------------------------------------------

    @clerk_errors
    def stored_reports(self) -> tuple[dict[str, StoredReport], list[UnreadableReport]]:
        """Every report with its section times and earlier texts (deleted ones too), read in one
        snapshot; and the reports that could not be read (never to be copied anywhere)."""
        with _snapshot(self):
            sections: dict[Any, list[tuple]] = {}
            for report_id, key, body, stamp in codec.fetch(
                self.conn, "SELECT report_id, key, body, updated_at FROM sections"
            )[1]:
                sections.setdefault(report_id, []).append((key, body, stamp))
            revisions: dict[Any, list[tuple]] = {}
            for report_id, key, body, stamp in codec.fetch(
                self.conn, "SELECT report_id, key, body, saved_at FROM revisions ORDER BY saved_at, id"
            )[1]:
                revisions.setdefault(report_id, []).append((key, body, stamp))
            rows = codec.fetch_dicts(self.conn, "SELECT * FROM reports")
        found: dict[str, StoredReport] = {}
        bad: list[UnreadableReport] = []
        for row in rows:
            try:
                stored = codec.stored_from_rows(row, sections.get(row.get("id"), ()), revisions.get(row.get("id"), ()))
            except codec.BadRow as error:
                bad.append(_unreadable(error))
                continue
            found[stored.id] = stored
        return found, bad

    def insert_stored(self, stored: StoredReport) -> None:
        """Add a report with its section times and earlier texts; inside :meth:`transaction`."""
        self._insert_row(stored.report, stored.deleted_at)
        for key, body in stored.report.sections.items():
            self._put_section(stored.id, key, body, stored.stamps.get(key, stored.updated_at), previous=None)
        for key, body, stamp in stored.revisions:
            self._keep_revision(stored.id, key, body, stamp)

    def replace_stored(self, mine: StoredReport, theirs: StoredReport) -> None:
        """Bring our report ``mine`` to ``theirs`` (same id), keeping every earlier text of both sides;
        inside :meth:`transaction`."""
        report = theirs.report
        columns = codec.report_to_row(report)
        header = {name: columns[name] for name in (*codec.HEADER_COLUMNS, "updated_at")}
        assignments = ", ".join(f"{name} = :{name}" for name in (*header, "deleted_at"))
        self.db.execute(
            f"UPDATE reports SET {assignments} WHERE id = :id", {**header, "deleted_at": theirs.deleted_at, "id": mine.id}
        )
        for key, body in report.sections.items():
            stamp = theirs.stamps.get(key, theirs.updated_at)
            if key not in mine.report.sections:
                self._put_section(mine.id, key, body, stamp, previous=None)
            elif (mine.report.sections[key], mine.stamps.get(key)) != (body, stamp):
                self.db.execute(
                    "UPDATE sections SET body = ?, updated_at = ? WHERE report_id = ? AND key = ?",
                    [body, stamp, mine.id, key],
                )
        known = set(mine.revisions)
        for revision in theirs.revisions:
            if revision not in known:
                self._keep_revision(mine.id, *revision)

    # -- writing -------------------------------------------------------------------------------

    @clerk_errors
    def add(self, report: Report) -> str:
        """Insert the whole report, keeping its id and times; returns the id.

        The report is cleaned in place (NFC, no XML-illegal characters) first.
        """
        report.normalise()
        self._check_sections(report)
        with self.transaction():
            exists = self.db.execute("SELECT 1 FROM reports WHERE id = ?", [report.id]).fetchone()
            if exists:
                raise UserError(Text(REPORT_EXISTS, {"path": self.path}), f"report {report.id} already in {self.path}")
            self._insert(report)
        log.info("added report %s to %s", report.id, self.path)
        return report.id

    @clerk_errors
    def save_report(self, report: Report) -> None:
        """Save the header, title, recipients, signature, status and every section of ``report``.

        The report is cleaned in place first. A section whose text changed keeps its previous
        text as a revision; a section missing from ``report.sections`` is saved as empty. If
        anything changed, the report's ``updated_at`` (stored and on ``report``) becomes now;
        saving an unchanged report writes nothing.
        """
        report.normalise()
        self._check_sections(report)
        stamp = iso_utc(self.clock())
        with self.transaction():
            row = self._report_row(report.id)
            columns = codec.report_to_row(report)
            header = {name: columns[name] for name in codec.HEADER_COLUMNS}
            changed = any(row.get(name) != value for name, value in header.items())
            if changed:
                assignments = ", ".join(f"{name} = :{name}" for name in header)
                self.db.execute(f"UPDATE reports SET {assignments} WHERE id = :id", {**header, "id": report.id})
            stored = self._stored_sections(report.id)
            for key in [*report.sections, *(key for key in stored if key not in report.sections)]:
                body = report.section(key)
                previous = stored.get(key)
                if previous is not None and previous["body"] == body:
                    continue
                self._put_section(report.id, key, body, stamp, previous=previous)
                changed = True
            if changed:
                self.db.execute("UPDATE reports SET updated_at = ? WHERE id = ?", [stamp, report.id])
        if changed:
            report.updated_at = parse_utc(stamp)
            log.debug("saved report %s", report.id)

    @clerk_errors
    def save_section(self, report_id: str, key: str, text: str, *, coalesce_seconds: float = 0.0) -> bool:
        """Save one section's text; False (nothing written) if it is unchanged.

        The previous text is kept as a revision unless it had itself been saved less than
        ``coalesce_seconds`` ago: autosave passes about two minutes, so a burst of typing keeps
        only the text from before the burst. A section without any revision yet always keeps
        its previous text, so the text a report was made with (last quarter's, copied by
        "new quarter") survives the first burst of typing. An empty previous text is not kept.
        """
        with self.transaction():
            return self._save_section(report_id, key, text, coalesce_seconds)

    def _save_section(self, report_id: str, key: str, text: str, coalesce_seconds: float) -> bool:
        text = clean_text(text).strip("\n")
        row = self._report_row(report_id)
        keys = _section_keys(row["catalogue"])
        if keys is not None and key not in keys:
            raise KeyError(f"unknown section {key!r} for catalogue {row['catalogue']!r}")
        previous = self._stored_sections(report_id).get(key)
        if previous is None and not text:
            return False
        if previous is not None and previous["body"] == text:
            return False
        now = self.clock()
        keep = True
        if previous is not None and coalesce_seconds > 0:
            try:
                age = (now - parse_utc(previous["updated_at"])).total_seconds()
            except (TypeError, ValueError):
                age = -1.0  # a time that does not read: keep the text
            has_revision = self.db.execute(
                "SELECT 1 FROM revisions WHERE report_id = ? AND key = ? LIMIT 1", [report_id, key]
            ).fetchone()
            keep = not has_revision or not (0 <= age < coalesce_seconds)
        stamp = iso_utc(now)
        self._put_section(report_id, key, text, stamp, previous=previous, keep_previous=keep)
        self.db.execute("UPDATE reports SET updated_at = ? WHERE id = ?", [stamp, report_id])
        return True

    @clerk_errors
    def restore_revision(self, revision_id: int) -> None:
        """Put an earlier text back; the text it replaces becomes a revision in its turn."""
        with self.transaction():
            row = self.db.execute("SELECT report_id, key, body FROM revisions WHERE id = ?", [revision_id]).fetchone()
            if row is None:
                raise UserError(Text(REVISION_NOT_FOUND), f"no revision {revision_id} in {self.path}")
            self._save_section(row[0], row[1], row[2], 0.0)
        log.info("restored revision %s in %s", revision_id, self.path)

    @clerk_errors
    def delete(self, report_id: str) -> None:
        """Move the report to the recycle bin (it stays in the file; :meth:`undelete` brings it back)."""
        self._set_deleted(report_id, deleted=True)

    @clerk_errors
    def undelete(self, report_id: str) -> None:
        self._set_deleted(report_id, deleted=False)

    def _set_deleted(self, report_id: str, *, deleted: bool) -> None:
        with self.transaction():
            row = self._report_row(report_id)
            if (row["deleted_at"] is not None) == deleted:
                return
            stamp = iso_utc(self.clock())
            # updated_at moves too, so that when two copies are merged the later choice wins.
            self.db.execute(
                "UPDATE reports SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [stamp if deleted else None, stamp, report_id],
            )
        log.info("%s report %s in %s", "deleted" if deleted else "restored", report_id, self.path)

    @classmethod
    def rescue(cls, target: os.PathLike[str] | str, report: Report) -> Path:
        """A new file at ``target`` holding only ``report``, written in one step.

        For when the open file cannot even be read any more (on Windows a USB stick pulled out
        and put back leaves SQLite's handle dead): the report on the screen is what matters, and
        this file can be merged into the real one later (Tệp → Nhập từ cơ sở dữ liệu khác…).
        """
        from papi_desktop.fileio import atomic_target

        target = Path(target)
        with atomic_target(target) as temporary:
            cls._put_report_into(temporary, report)
        log.info("wrote the report %s alone to %s", report.id, target)
        return target

    @classmethod
    def _put_report_into(cls, path: Path, report: Report) -> None:
        """Write ``report`` (a copy of it: the caller's object is not touched) into the file at ``path``.

        ``path`` is a temporary of this program's (a fresh copy, or an empty file): no lock, no daily
        copy, and not remembered as cleanly closed, since it is about to be renamed.
        """
        report = report_from_dict(report_to_dict(report))
        store = cls._attach(path)
        try:
            with sqlite_errors(path, "write a copy"):
                store._migrate()
                exists = store.conn.execute("SELECT 1 FROM reports WHERE id = ?", [report.id]).fetchone()
            if exists:
                store.save_report(report)
            else:
                store.add(report)
        finally:
            store.conn.close()

    # -- plumbing ------------------------------------------------------------------------------

    def _report_row(self, report_id: str) -> dict[str, Any]:
        rows = codec.fetch_dicts(self.conn, "SELECT * FROM reports WHERE id = ?", [report_id])
        if not rows:
            raise UserError(Text(REPORT_NOT_FOUND, {"path": self.path}), f"no report {report_id!r} in {self.path}")
        return rows[0]

    @staticmethod
    def _check_sections(report: Report) -> None:
        unknown = set(report.sections) - set(report.section_keys())
        if unknown:
            raise KeyError(f"unknown sections {sorted(unknown)} for catalogue {report.catalogue_key!r}")

    def _insert(self, report: Report) -> None:
        stamp = self._insert_row(report, None)
        for key, body in report.sections.items():
            self._put_section(report.id, key, body, stamp, previous=None)

    def _insert_row(self, report: Report, deleted_at: str | None) -> str:
        columns = {**codec.report_to_row(report), "deleted_at": deleted_at}
        names = ", ".join(columns)
        marks = ", ".join(f":{name}" for name in columns)
        self.db.execute(f"INSERT INTO reports ({names}) VALUES ({marks})", columns)
        return columns["updated_at"]

    def _keep_revision(self, report_id: str, key: str, body: str, stamp: str) -> None:
        self.db.execute(
            "INSERT INTO revisions (report_id, key, body, saved_at) VALUES (?, ?, ?, ?)", [report_id, key, body, stamp]
        )

    def _put_section(
        self, report_id: str, key: str, body: str, stamp: str, *, previous: dict[str, Any] | None,
        keep_previous: bool = True,
    ) -> None:
        """Write one section; ``previous`` is its row as stored (None: a new section).

        With ``keep_previous`` a non-empty previous text is kept as a revision, stamped with
        the time that text had been saved.
        """
        if previous is None:
            self.db.execute(
                "INSERT INTO sections (report_id, key, body, updated_at) VALUES (?, ?, ?, ?)",
                [report_id, key, body, stamp],
            )
            return
        if keep_previous and isinstance(previous["body"], str) and previous["body"]:
            self._keep_revision(report_id, key, previous["body"], previous["updated_at"])
        self.db.execute(
            "UPDATE sections SET body = ?, updated_at = ? WHERE report_id = ? AND key = ?",
            [body, stamp, report_id, key],
        )

    def _stored_sections(self, report_id: str) -> dict[str, dict[str, Any]]:
        _names, rows = codec.fetch(
            self.conn, "SELECT key, body, updated_at FROM sections WHERE report_id = ?", [report_id]
        )
        return {key: {"key": key, "body": body, "updated_at": updated_at} for key, body, updated_at in rows}


class _snapshot:
    """Reads in one read transaction (a consistent state), unless one is already open."""

    def __init__(self, store: DraftStore) -> None:
        self.conn = store.conn
        self.began = False

    def __enter__(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            self.began = True

    def __exit__(self, *exc_info: object) -> None:
        if self.began:
            self.conn.execute("COMMIT")


def _section_keys(catalogue_key: Any) -> tuple[str, ...] | None:
    try:
        return Report(period=Period(2000, 1), catalogue_key=str(catalogue_key)).section_keys()
    except CatalogueError:
        return None

