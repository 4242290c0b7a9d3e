"""Ways to look at a drafts file from outside the store, for the reliability tests."""

from __future__ import annotations

import datetime
import hashlib
import sqlite3
from pathlib import Path

TABLES = ("reports", "sections", "revisions")


class Clock:
    """A stand-in for "now" that only moves when a test says so."""

    def __init__(self, start: datetime.datetime | None = None) -> None:
        # From the real time: reports made by the model (the sample) carry it as created/updated.
        self.now = start or datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)

    def __call__(self) -> datetime.datetime:
        return self.now

    def advance(self, seconds: float = 300) -> datetime.datetime:
        self.now += datetime.timedelta(seconds=seconds)
        return self.now


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of our tables (revision ids left out: they are per file), read read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            "reports": conn.execute("SELECT * FROM reports ORDER BY id").fetchall(),
            "sections": conn.execute("SELECT * FROM sections ORDER BY report_id, key").fetchall(),
            "revisions": conn.execute(
                "SELECT report_id, key, body, saved_at FROM revisions ORDER BY report_id, key, saved_at, body"
            ).fetchall(),
        }
    finally:
        conn.close()


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)
