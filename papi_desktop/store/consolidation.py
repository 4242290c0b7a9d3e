"""The compiling office's tables: the province's consolidations, the departments' reports
gathered into them, the expected departments and which paragraph was taken from whom.

A gathered report is kept whole as JSON (the same dictionary as the sample and copies use),
not spread over the ``reports`` table: it is a read-only copy of somebody else's report, it
must not appear among the office's own drafts, and it may come from a catalogue or a version
of the program this file never saw. It is checked again on every read
(:func:`~papi_desktop.model.serialize.report_from_dict`), like any value read from a file.
"""

from __future__ import annotations

from dataclasses import dataclass
import datetime
import hashlib
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from papi_desktop.model import Period, Report
from papi_desktop.model.serialize import report_from_dict, report_to_dict
from papi_desktop.store.schema import iso_utc, parse_utc

if TYPE_CHECKING:
    from sqlite_utils import Database

    from papi_desktop.store.drafts import DraftStore

log = logging.getLogger(__name__)

TABLES = (
    """
    CREATE TABLE consolidations (
        report_id TEXT PRIMARY KEY NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        created_at TEXT NOT NULL,
        UNIQUE (year, quarter)
    )
    """,
    """
    CREATE TABLE gathered (
        report_id TEXT NOT NULL REFERENCES consolidations (report_id) ON DELETE CASCADE,
        department_key TEXT NOT NULL,
        department TEXT NOT NULL,
        source_name TEXT NOT NULL,
        source_path TEXT NOT NULL,
        source_kind TEXT NOT NULL,
        source_report_id TEXT,
        fingerprint TEXT NOT NULL,
        source_updated_at TEXT NOT NULL,
        gathered_at TEXT NOT NULL,
        report TEXT NOT NULL,
        PRIMARY KEY (report_id, department_key)
    )
    """,
    """
    CREATE TABLE expected_departments (
        name_key TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        position INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE taken (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id TEXT NOT NULL REFERENCES consolidations (report_id) ON DELETE CASCADE,
        department_key TEXT NOT NULL,
        part_key TEXT NOT NULL,
        paragraph TEXT NOT NULL,
        taken_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX taken_by_part ON taken (report_id, part_key)",
)


def create_tables(db: "Database") -> None:
    """The schema step that adds these tables (see ``schema.MIGRATIONS``)."""
    for statement in TABLES:
        db.execute(statement)


@dataclass
class Gathered:
    """One department's report as gathered: who, from which file, and the report itself."""

    department: str
    department_key: str
    source_name: str
    source_path: str
    source_kind: str  # "papi", "docx" or "txt"
    source_report_id: str | None
    fingerprint: str  # of the source file when gathered: a changed file is a newer version
    source_updated_at: datetime.datetime
    gathered_at: datetime.datetime
    report: Report


@dataclass(frozen=True)
class Taken:
    department_key: str
    part_key: str
    paragraph: str


def fingerprint(path: Path) -> str:
    """The identity of a department's file as gathered (SHA-256 of its bytes, read in pieces): a
    file whose fingerprint changed since holds a newer version."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def consolidation_for(store: "DraftStore", period: Period) -> str | None:
    row = store.conn.execute(
        "SELECT report_id FROM consolidations WHERE year = ? AND quarter = ?", [period.year, period.quarter]
    ).fetchone()
    return row[0] if row else None


def periods(store: "DraftStore") -> list[tuple[Period, str]]:
    rows = store.conn.execute("SELECT year, quarter, report_id FROM consolidations ORDER BY year, quarter")
    return [(Period(year, quarter), report_id) for year, quarter, report_id in rows]


def add_consolidation(store: "DraftStore", report: Report) -> str:
    """The province's draft for ``report.period`` becomes a consolidation (one per quarter)."""
    with store.transaction():
        store.add(report)
        store.db["consolidations"].insert({
            "report_id": report.id, "year": report.period.year, "quarter": report.period.quarter,
            "created_at": iso_utc(store.clock()),
        })
    return report.id


def _row(report_id: str, item: Gathered) -> dict[str, Any]:
    return {
        "report_id": report_id, "department_key": item.department_key, "department": item.department,
        "source_name": item.source_name, "source_path": item.source_path, "source_kind": item.source_kind,
        "source_report_id": item.source_report_id, "fingerprint": item.fingerprint,
        "source_updated_at": iso_utc(item.source_updated_at), "gathered_at": iso_utc(item.gathered_at),
        "report": json.dumps(report_to_dict(item.report), ensure_ascii=False),
    }


def save_gathered(store: "DraftStore", report_id: str, items: list[Gathered]) -> None:
    """Keep ``items`` (one per department), replacing what was gathered before for the same
    departments, all in one transaction."""
    with store.transaction():
        store.db["gathered"].upsert_all([_row(report_id, item) for item in items], pk=("report_id", "department_key"))


def load_gathered(store: "DraftStore", report_id: str) -> tuple[list[Gathered], list[str]]:
    """The gathered reports, and the departments whose stored copy could not be read (named)."""
    items, problems = [], []
    rows = store.conn.execute(
        "SELECT department_key, department, source_name, source_path, source_kind, source_report_id, "
        "fingerprint, source_updated_at, gathered_at, report FROM gathered WHERE report_id = ? "
        "ORDER BY department_key",
        [report_id],
    ).fetchall()
    for key, name, source_name, path, kind, source_id, fingerprint, updated, gathered, data in rows:
        try:
            report = report_from_dict(json.loads(data))
            items.append(Gathered(
                str(name), str(key), str(source_name), str(path), str(kind), source_id, str(fingerprint),
                parse_utc(updated), parse_utc(gathered), report,
            ))
        except (ValueError, TypeError, KeyError) as error:
            log.warning("gathered report of %r unreadable: %s", key, error)
            problems.append(str(name))
    return items, problems


def expected_departments(store: "DraftStore") -> list[str]:
    return [row[0] for row in store.conn.execute("SELECT name FROM expected_departments ORDER BY position")]


def set_expected_departments(store: "DraftStore", names: list[tuple[str, str]]) -> None:
    """Replace the list of departments expected to report: (folded key, name as written) in order."""
    with store.transaction():
        store.db.execute("DELETE FROM expected_departments")
        store.db["expected_departments"].insert_all(
            [{"name_key": key, "name": name, "position": index} for index, (key, name) in enumerate(names)]
        )


def record_taken(store: "DraftStore", report_id: str, taken: list[Taken]) -> None:
    """Note which department each inserted paragraph came from (call inside the transaction
    that saves the province's draft, so the text and its attribution are written together)."""
    now = iso_utc(store.clock())
    store.db["taken"].insert_all([
        {"report_id": report_id, "department_key": t.department_key, "part_key": t.part_key,
         "paragraph": t.paragraph, "taken_at": now}
        for t in taken
    ])


def taken(store: "DraftStore", report_id: str, part_key: str | None = None) -> list[Taken]:
    query = "SELECT department_key, part_key, paragraph FROM taken WHERE report_id = ?"
    arguments: list[Any] = [report_id]
    if part_key is not None:
        query += " AND part_key = ?"
        arguments.append(part_key)
    return [Taken(*row) for row in store.conn.execute(query + " ORDER BY id", arguments)]
