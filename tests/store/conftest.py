"""Fixtures of the store tests: real files in tmp_path, and a clock the test moves by hand."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest

from papi_desktop.store import DraftStore


class Clock:
    """A stand-in for "now" that only moves when a test says so."""

    def __init__(self) -> None:
        # From the real time: reports made by the model (the sample) carry it as created/updated.
        self.now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)

    def __call__(self) -> datetime.datetime:
        return self.now

    def advance(self, seconds: float) -> datetime.datetime:
        self.now += datetime.timedelta(seconds=seconds)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock):
    """A new file holding the sample report, with the test's clock."""
    with DraftStore.create(tmp_path / "drafts.papi", sample=True) as opened:
        opened.clock = clock
        yield opened


@pytest.fixture
def sample_id(store: DraftStore) -> str:
    (summary,) = store.list_reports()
    return summary.id


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("reports", "sections", "revisions")
        }
    finally:
        conn.close()


@pytest.fixture
def dump():
    """``dump(path)``: every row of every table of ours, read through a separate connection."""
    return _dump
