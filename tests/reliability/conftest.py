"""Fixtures of the reliability tests: real drafts files in tmp_path and a hand-moved clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from papi_desktop.store import DraftStore

from .files import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sound_file(tmp_path: Path, clock: Clock) -> Path:
    """A real drafts file of several pages: the sample report and a history of saves."""
    path = tmp_path / "bao-cao.papi"
    with DraftStore.create(path, sample=True) as store:
        store.clock = clock
        report_id = store.list_reports()[0].id
        for number in range(40):
            clock.advance()
            store.save_section(report_id, "other", f"Lần sửa thứ {number}. " + "Nội dung dài. " * 60)
    return path
