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

import contextlib
from dataclasses import dataclass, field
import logging
import os
from pathlib import Path
import sqlite3
from typing import Any
import uuid

from papi_desktop.errors import UserError
from papi_desktop.model.period import Period
from papi_desktop.store import check
from papi_desktop.store.drafts import _HEADER_COLUMNS, DraftStore, _effective_title, _sqlite_errors
from papi_desktop.store.schema import SCHEMA_VERSION, parse_utc

log = logging.getLogger(__name__)

# Copies of conflicting reports get uuid5(this, "<their id>/<their updated_at>").
_CONFLICT_NAMESPACE = uuid.UUID("6f1d7c8e-2b1a-4e53-9a36-5a0c2d9b7e41")

# What a clerk sees and prints of a report: compared to tell whether two versions differ.
_CONTENT_COLUMNS = (*_HEADER_COLUMNS, "deleted_at")


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

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.conflicts)

    def describe(self) -> list[str]:
        """Vietnamese lines saying what was done."""
        lines = []
        if self.added:
            lines.append(f"Đã thêm {len(self.added)} báo cáo mới:")
            lines.extend(f"  + {item.title}" for item in self.added)
        if self.updated:
            lines.append(f"Đã cập nhật {len(self.updated)} báo cáo theo bản mới hơn của tệp kia:")
            lines.extend(f"  * {item.title}" for item in self.updated)
        if self.conflicts:
            lines.append(
                f"{len(self.conflicts)} báo cáo đã được sửa ở cả hai máy. Giữ cả hai bản; "
                "bản của tệp kia được thêm thành báo cáo riêng để anh/chị so sánh và chọn:"
            )
            lines.extend(f"  ! {item.title}  →  {item.copy_title}" for item in self.conflicts)
        if self.unchanged:
            lines.append(f"{len(self.unchanged)} báo cáo không cần thay đổi.")
        if not self.changed:
            lines.append("Không có gì mới để gộp.")
        return lines


@dataclass
class _Version:
    """One side's report: its row, its sections (key → (text, saved at)) and its revisions."""

    row: dict[str, Any]
    sections: dict[str, tuple[str, str]]
    revisions: list[tuple[str, str, str]]  # (key, text, saved_at), oldest first

    @property
    def content(self) -> tuple[tuple[Any, ...], dict[str, str]]:
        texts = {key: body for key, (body, _stamp) in self.sections.items() if body}
        return tuple(self.row[name] for name in _CONTENT_COLUMNS), texts

    @property
    def title(self) -> str:
        row = self.row
        return _effective_title(
            row["catalogue"], Period(row["year"], row["quarter"]), row["agency"], row["agency_in_text"], row["title"]
        )


def _read_versions(conn: sqlite3.Connection) -> dict[str, _Version]:
    cursor = conn.execute("SELECT * FROM reports")
    names = [column[0] for column in cursor.description]
    versions = {row[0]: _Version(dict(zip(names, row)), {}, []) for row in cursor.fetchall()}
    for report_id, key, body, stamp in conn.execute("SELECT report_id, key, body, updated_at FROM sections"):
        versions[report_id].sections[key] = (body, stamp)
    for report_id, key, body, stamp in conn.execute(
        "SELECT report_id, key, body, saved_at FROM revisions ORDER BY saved_at, id"
    ):
        versions[report_id].revisions.append((key, body, stamp))
    return versions


def _in_history(older: _Version, newer: _Version) -> bool:
    """Whether everything ``older`` holds is also in ``newer``'s history (``older`` is an ancestor)."""
    history = set(newer.revisions)
    with_revisions = {key for key, _body, _stamp in older.revisions}
    witnessed = set()
    for key in older.sections.keys() | newer.sections.keys():
        body, stamp = older.sections.get(key, ("", ""))
        newer_body, newer_stamp = newer.sections.get(key, ("", ""))
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
    if older.content[0] == newer.content[0]:
        return True
    # The header differs: it keeps no revisions, so the older side's last change must be a
    # section save the newer side has seen (then the header was in that state when they parted).
    return older.row["updated_at"] in witnessed


def _conflict_title(theirs: _Version) -> str:
    moment = parse_utc(theirs.row["updated_at"]).astimezone()
    return f"{theirs.title} (bản của máy khác, sửa lúc {moment:%H:%M} ngày {moment:%d/%m/%Y})"


def _insert_report(db: Any, version: _Version, *, report_id: str | None = None, title: str | None = None) -> None:
    row = dict(version.row)
    if report_id is not None:
        row["id"] = report_id
    if title is not None:
        row["title"] = title
    names = ", ".join(row)
    db.execute(f"INSERT INTO reports ({names}) VALUES ({', '.join(':' + name for name in row)})", row)
    for key, (body, stamp) in version.sections.items():
        db.execute(
            "INSERT INTO sections (report_id, key, body, updated_at) VALUES (?, ?, ?, ?)", [row["id"], key, body, stamp]
        )
    for key, body, stamp in version.revisions:
        db.execute(
            "INSERT INTO revisions (report_id, key, body, saved_at) VALUES (?, ?, ?, ?)", [row["id"], key, body, stamp]
        )


def _take_theirs(db: Any, mine: _Version, theirs: _Version) -> None:
    """Bring our report to their newer version; earlier texts of both sides stay as revisions."""
    report_id = mine.row["id"]
    columns = [*_CONTENT_COLUMNS, "updated_at"]
    assignments = ", ".join(f"{name} = :{name}" for name in columns)
    db.execute(
        f"UPDATE reports SET {assignments} WHERE id = :id", {**{n: theirs.row[n] for n in columns}, "id": report_id}
    )
    for key, (body, stamp) in theirs.sections.items():
        if key not in mine.sections:
            db.execute(
                "INSERT INTO sections (report_id, key, body, updated_at) VALUES (?, ?, ?, ?)",
                [report_id, key, body, stamp],
            )
        elif mine.sections[key] != (body, stamp):
            db.execute(
                "UPDATE sections SET body = ?, updated_at = ? WHERE report_id = ? AND key = ?",
                [body, stamp, report_id, key],
            )
    known = set(mine.revisions)
    for revision in theirs.revisions:
        if revision not in known:
            key, body, stamp = revision
            db.execute(
                "INSERT INTO revisions (report_id, key, body, saved_at) VALUES (?, ?, ?, ?)",
                [report_id, key, body, stamp],
            )


def _read_theirs(path: Path) -> dict[str, _Version]:
    found = check.inspect(path)
    if found.problems:
        problem = found.problems[0]
        raise UserError(problem.message, problem.detail)
    with contextlib.ExitStack() as stack:
        source = path
        if found.notes:  # a save cut off on the other machine: read a rolled-back copy
            source = stack.enter_context(check.recovered_copy(path))
        try:
            conn = check.connect_read_only(source)
            stack.callback(conn.close)
            conn.execute("BEGIN")  # one consistent snapshot
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version != SCHEMA_VERSION:
                raise UserError(
                    f"Tệp “{path}” được tạo bằng phiên bản papi-desktop cũ hơn. Hãy mở tệp đó bằng "
                    "papi-desktop một lần (để cập nhật) rồi gộp lại.",
                    f"{path} has schema version {version}, merging needs {SCHEMA_VERSION}",
                )
            return _read_versions(conn)
        except sqlite3.Error as error:
            raise UserError(
                f"Không đọc được tệp “{path}” ({error}).", f"cannot read {path} for merging: {error}"
            ) from error


def merge(store: DraftStore, theirs_path: os.PathLike[str] | str) -> MergeResult:
    """Bring the reports of the file at ``theirs_path`` into ``store``; that file is only read."""
    theirs_path = Path(theirs_path)
    if theirs_path.exists() and theirs_path.resolve() == store.path.resolve():
        raise UserError("Hãy chọn một tệp khác với tệp đang mở để gộp.", f"merging {theirs_path} into itself")
    theirs = _read_theirs(theirs_path)
    result = MergeResult()
    # Times are UTC ISO strings of one width (schema.iso_utc): comparing the text compares the moments.
    with _sqlite_errors(store.path, "merge"), store._transaction():
        db = store.db
        mine = _read_versions(db.conn)
        for report_id in sorted(theirs, key=lambda rid: (theirs[rid].row["created_at"], rid)):
            their = theirs[report_id]
            our = mine.get(report_id)
            if our is None:
                _insert_report(db, their)
                result.added.append(MergedReport(report_id, their.title))
            elif our.content == their.content:
                result.unchanged.append(MergedReport(report_id, our.title))
            elif their.row["updated_at"] > our.row["updated_at"] and _in_history(our, their):
                _take_theirs(db, our, their)
                result.updated.append(MergedReport(report_id, their.title))
            elif our.row["updated_at"] > their.row["updated_at"] and _in_history(their, our):
                result.unchanged.append(MergedReport(report_id, our.title))
            else:
                copy_id = str(uuid.uuid5(_CONFLICT_NAMESPACE, f"{report_id}/{their.row['updated_at']}"))
                if copy_id in mine:  # this version was already kept by an earlier merge
                    result.unchanged.append(MergedReport(copy_id, mine[copy_id].title))
                    continue
                copy_title = _conflict_title(their)
                _insert_report(db, their, report_id=copy_id, title=copy_title)
                result.conflicts.append(Conflict(report_id, our.title, copy_id, copy_title))
    log.info(
        "merged %s into %s: %d added, %d updated, %d conflicts, %d unchanged", theirs_path, store.path,
        len(result.added), len(result.updated), len(result.conflicts), len(result.unchanged),
    )
    return result

