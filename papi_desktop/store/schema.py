"""The tables of a papi-desktop file and the steps that bring an older file up to date.

A file records its schema version in ``PRAGMA user_version`` and says it is ours with
``PRAGMA application_id``. ``MIGRATIONS[n]`` takes a file from version ``n`` to ``n + 1``
(``MIGRATIONS[0]`` turns an empty file into version 1); a step is only ever appended,
never edited, because files of every earlier version are out there on clerks' disks.

Times are stored as UTC ISO 8601 strings of one fixed width (see :func:`iso_utc`), so
that ordering by the text is ordering by time.
"""

from __future__ import annotations

import datetime
import logging
import sqlite3
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # imported where a step runs: opening an up-to-date file never loads sqlite-utils
    from sqlite_utils import Database

log = logging.getLogger(__name__)

# "PAPI" in ASCII: marks a SQLite file as one of ours (see `file -k`, and sqlite's magic.txt).
APPLICATION_ID = 0x50415049


def iso_utc(moment: datetime.datetime) -> str:
    """``2022-03-14T08:30:00.000000+00:00``: UTC, always with microseconds, so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.astimezone(datetime.timezone.utc).isoformat(timespec="microseconds")


def parse_utc(text: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment


_V1 = (
    """
    CREATE TABLE reports (
        id TEXT PRIMARY KEY NOT NULL,
        catalogue TEXT NOT NULL,
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        parent_agency TEXT NOT NULL DEFAULT '',
        agency TEXT NOT NULL DEFAULT '',
        agency_in_text TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL DEFAULT '',
        symbol TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        title TEXT,
        recipients TEXT NOT NULL DEFAULT '[]',
        archive TEXT NOT NULL DEFAULT '',
        sig_authority TEXT NOT NULL DEFAULT '',
        sig_head_title TEXT NOT NULL DEFAULT '',
        sig_signer_title TEXT NOT NULL DEFAULT '',
        sig_name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    """
    CREATE TABLE sections (
        report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (report_id, key)
    )
    """,
    # AUTOINCREMENT: a revision id is never reused, even after reports are purged, so an
    # id held by an open window cannot come to mean another text.
    """
    CREATE TABLE revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id TEXT NOT NULL,
        key TEXT NOT NULL,
        body TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        FOREIGN KEY (report_id, key) REFERENCES sections (report_id, key) ON DELETE CASCADE
    )
    """,
    # The report list: live reports, newest first.
    "CREATE INDEX reports_by_update ON reports (deleted_at, updated_at)",
    # The revisions of one section, newest first (also the foreign key's child index).
    "CREATE INDEX revisions_by_section ON revisions (report_id, key, saved_at)",
)


def _create_v1(db: Database) -> None:
    for statement in _V1:
        db.execute(statement)


def add_heading_case_and_words(db: Database) -> None:
    """How a report's part headings print (``Report.heading_case``), and the agency's own words.

    ``words`` is the spell-check word list the clerk grows ("KH&CN", "SKHCN", names): it lives
    in the file so that it travels with the reports to another machine, and merging brings a
    colleague's words in.
    """
    db.execute(
        "ALTER TABLE reports ADD COLUMN heading_case TEXT NOT NULL DEFAULT 'upper' "
        "CHECK (heading_case IN ('upper', 'as_typed'))"
    )
    db.execute("CREATE TABLE words (word TEXT PRIMARY KEY NOT NULL, added_at TEXT NOT NULL)")


# MIGRATIONS[n] takes a file at user_version n to n + 1. Append only.
def _add_consolidation_tables(db: Database) -> None:
    from papi_desktop.store.consolidation import create_tables

    create_tables(db)


def _add_scores_table(db: Database) -> None:
    from papi_desktop.store.scores import create_table

    create_table(db)


def add_source_id(db: Database) -> None:
    """Which report a report was made from (``Report.source_id``: "Báo cáo quý mới", Duplicate),
    so the window can mark the paragraphs still carried over and compare with it. Nullable:
    reports made before this step, or typed from scratch, have none."""
    db.execute("ALTER TABLE reports ADD COLUMN source_id TEXT")


def add_addressee(db: Database) -> None:
    """The "Kính gửi: …" line of a report sent upward (``Header.addressee``); empty for the
    reports written before this step, which have none."""
    db.execute("ALTER TABLE reports ADD COLUMN addressee TEXT NOT NULL DEFAULT ''")


MIGRATIONS: list[Callable[[Database], None]] = [
    _create_v1,
    _add_consolidation_tables,
    _add_scores_table,
    add_heading_case_and_words,
    add_source_id,
    add_addressee,
]

SCHEMA_VERSION = len(MIGRATIONS)


def user_version(db: "Database | sqlite3.Connection") -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def application_id(db: "Database | sqlite3.Connection") -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])


def migrate(db: Database, target: int = SCHEMA_VERSION) -> int:
    """Run the steps from the file's version up to ``target`` in one transaction; return the old version.

    Either every step is applied or none: a failure leaves the file as it was.
    """
    current = user_version(db)
    if current > target:
        raise ValueError(f"database version {current} is newer than {target}")
    if current == target:
        return current
    with db.atomic():
        for version in range(current, target):
            log.info("migrating database from schema version %d to %d", version, version + 1)
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1:d}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    return current
