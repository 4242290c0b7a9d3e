"""Files this machine closed cleanly skip the page-by-page check; anything else gets it."""

import os

import pytest

from papi_desktop.errors import UserError
from papi_desktop.store import DraftStore, check, known_files


@pytest.fixture
def closed_file(tmp_path):
    path = tmp_path / "Báo cáo.papi"
    DraftStore.create(path, sample=True).close()
    return path


def _deep_flags(monkeypatch):
    seen = []
    real = check._check_connection

    def spy(path, conn, *, allow_empty, deep=True):
        seen.append(deep)
        return real(path, conn, allow_empty=allow_empty, deep=deep)

    monkeypatch.setattr(check, "_check_connection", spy)
    return seen


def test_a_file_closed_here_reopens_without_the_page_check(closed_file, monkeypatch):
    assert known_files.is_known_clean(closed_file)
    seen = _deep_flags(monkeypatch)
    DraftStore.open(closed_file).close()
    assert seen == [False]


def test_a_file_changed_elsewhere_gets_the_full_check(closed_file, monkeypatch):
    with closed_file.open("r+b") as handle:  # another program wrote to it
        handle.seek(200)
        handle.write(b"\x00")
    assert not known_files.is_known_clean(closed_file)
    seen = _deep_flags(monkeypatch)
    DraftStore.open(closed_file).close()
    assert seen == [True]


def test_a_damaged_page_in_a_file_from_elsewhere_is_still_refused(closed_file):
    size = closed_file.stat().st_size
    with closed_file.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(4096))
    before = closed_file.read_bytes()
    with pytest.raises(UserError):
        DraftStore.open(closed_file)
    assert closed_file.read_bytes() == before


def test_unknown_files_and_files_with_a_journal_are_not_known(tmp_path, closed_file):
    assert not known_files.is_known_clean(tmp_path / "other.papi")
    journal = closed_file.with_name(closed_file.name + "-journal")
    journal.write_bytes(b"x")
    try:
        assert not known_files.is_known_clean(closed_file)
    finally:
        journal.unlink()
