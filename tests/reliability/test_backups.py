"""Automatic daily copies: one a day, a week kept, and a restore that loses nothing."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from platformdirs import user_data_dir

from papi_desktop.errors import UserError
from papi_desktop.store import DraftStore, LockedError, list_backups, restore_backup
from papi_desktop.store import backup as backups
from papi_desktop.store.check import ensure_sound

from .files import Clock, dump, fingerprint


@pytest.fixture
def days(monkeypatch) -> Clock:
    """Every store's "now", moved a day at a time by the test."""
    clock = Clock(datetime.datetime(2024, 3, 1, 9, 0, tzinfo=datetime.timezone.utc))
    monkeypatch.setattr(DraftStore, "clock", staticmethod(clock))
    return clock


@pytest.fixture
def papi_file(tmp_path: Path, days: Clock) -> Path:
    path = tmp_path / "USB" / "Báo cáo quý I.papi"
    path.parent.mkdir()
    with DraftStore.create(path, sample=True):
        pass
    return path


def open_and_write(path: Path, text: str) -> None:
    with DraftStore.open(path) as store:
        store.save_section(store.list_reports()[0].id, "other", text)


def day_of(clock: Clock) -> datetime.date:
    return clock().astimezone().date()


def test_nine_days_of_work_keep_the_last_seven_days(papi_file, days):
    opened_on = []
    for number in range(9):
        days.advance(86400)
        opened_on.append(day_of(days))
        open_and_write(papi_file, f"Ngày {number}")
        open_and_write(papi_file, f"Ngày {number}, lần hai")  # a second open the same day: no second copy
    kept = list_backups(papi_file)
    assert [b.day for b in kept] == list(reversed(opened_on[-7:]))
    folder = Path(user_data_dir("papi-desktop", appauthor=False)) / "backups"
    assert all(b.path.parent.parent == folder for b in kept)
    assert kept[0].path.parent.name.startswith("Báo cáo quý I-")
    assert [b.path.name for b in kept] == [f"{d.isoformat()}.papi" for d in reversed(opened_on[-7:])]
    for number, copy in zip(range(8, 1, -1), kept):
        ensure_sound(copy.path)  # each copy is a sound drafts file…
        assert copy.size == copy.path.stat().st_size > 0
        with DraftStore.open(copy.path, read_only=True) as store:  # …holding the file as it was that morning
            text = store.load(store.list_reports()[0].id).section("other")
        assert text == f"Ngày {number - 1}, lần hai"


def test_the_first_write_of_a_new_day_keeps_a_copy_when_the_window_stays_open(papi_file, days):
    with DraftStore.open(papi_file) as store:
        report_id = store.list_reports()[0].id
        store.save_section(report_id, "other", "Thứ Hai")
        assert len(list_backups(papi_file)) == 1
        days.advance(86400)
        store.save_section(report_id, "other", "Thứ Ba")
        kept = list_backups(papi_file)
        assert [b.day for b in kept] == [day_of(days), day_of(days) - datetime.timedelta(days=1)]
        with DraftStore.open(kept[0].path, read_only=True) as copy:
            assert copy.load(report_id).section("other") == "Thứ Hai"


def test_restore_brings_the_old_text_back_and_keeps_the_current_file(papi_file, days):
    days.advance(86400)
    open_and_write(papi_file, "Bản tốt")
    days.advance(86400)
    open_and_write(papi_file, "Bản lỗi, xóa nhầm")
    current = dump(papi_file)
    good = [b for b in list_backups(papi_file) if b.day == day_of(days)][0]  # made this morning: "Bản tốt"
    assert restore_backup(good, papi_file) == papi_file
    with DraftStore.open(papi_file) as store:
        assert store.load(store.list_reports()[0].id).section("other") == "Bản tốt"
    kept = [b for b in list_backups(papi_file) if b.before_restore]
    assert len(kept) == 1
    assert dump(kept[0].path) == current  # the replaced file is one more backup
    ensure_sound(kept[0].path)
    assert sorted(p.name for p in papi_file.parent.iterdir()) == [papi_file.name]


def test_restore_over_an_open_file_is_refused(papi_file, days):
    days.advance(86400)
    open_and_write(papi_file, "x")
    (copy,) = list_backups(papi_file)
    with DraftStore.open(papi_file):  # open in this very window
        before = fingerprint(papi_file)
        with pytest.raises(LockedError):
            restore_backup(copy, papi_file)
        assert fingerprint(papi_file) == before
    restore_backup(copy, papi_file)  # after closing it works


def test_a_damaged_copy_is_refused_before_anything_changes(papi_file, days, tmp_path):
    days.advance(86400)
    open_and_write(papi_file, "x")
    (copy,) = list_backups(papi_file)
    copy.path.write_bytes(copy.path.read_bytes()[:3000])
    before = fingerprint(papi_file)
    with pytest.raises(UserError):
        restore_backup(copy, papi_file)
    assert fingerprint(papi_file) == before
    assert not [b for b in list_backups(papi_file) if b.before_restore]


def test_restore_over_a_damaged_file_keeps_its_bytes(papi_file, days):
    days.advance(86400)
    open_and_write(papi_file, "Bản tốt")
    days.advance(86400)
    open_and_write(papi_file, "Bản sau")
    copy = list_backups(papi_file)[0]  # this morning's: "Bản tốt"
    papi_file.write_bytes(papi_file.read_bytes()[:5000])  # the stick was pulled out badly
    damaged = papi_file.read_bytes()
    restore_backup(copy, papi_file)
    (kept,) = [b for b in list_backups(papi_file) if b.before_restore]
    assert kept.path.read_bytes() == damaged
    with DraftStore.open(papi_file) as store:
        assert store.load(store.list_reports()[0].id).section("other") == "Bản tốt"


def test_restore_to_a_missing_file_and_under_a_windows_forbidden_name(papi_file, days, tmp_path):
    days.advance(86400)
    open_and_write(papi_file, "x")
    (copy,) = list_backups(papi_file)
    with pytest.raises(UserError):
        restore_backup(copy, tmp_path / "bad?.papi")
    assert not (tmp_path / "bad?.papi").exists()
    target = tmp_path / "khôi phục.papi"
    restore_backup(copy, target)
    assert dump(target) == dump(copy.path)


def test_two_files_with_the_same_name_have_their_own_copies(tmp_path, days):
    first, second = tmp_path / "a" / "bao-cao.papi", tmp_path / "b" / "bao-cao.papi"
    for path in (first, second):
        path.parent.mkdir()
        with DraftStore.create(path, sample=True):
            pass
    days.advance(86400)
    open_and_write(first, "a")
    open_and_write(second, "b")
    assert len(list_backups(first)) == len(list_backups(second)) == 1
    assert list_backups(first)[0].path != list_backups(second)[0].path


def test_a_failing_backup_never_stops_the_clerk(papi_file, days, monkeypatch):
    def full(store, day):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "daily_backup", full)
    days.advance(86400)
    with DraftStore.open(papi_file) as store:
        assert "bản sao lưu tự động" in store.backup_problem
        store.save_section(store.list_reports()[0].id, "other", "vẫn lưu được")
    assert list_backups(papi_file) == []


def test_read_only_opens_make_no_copy(papi_file, days):
    days.advance(86400)
    with DraftStore.open(papi_file, read_only=True):
        pass
    assert list_backups(papi_file) == []


def test_a_killed_copy_leaves_no_backup_that_lists(papi_file, days):
    days.advance(86400)
    folder = backups.backup_folder(papi_file)
    folder.mkdir(parents=True)
    (folder / ".~2024-03-02.abcd.papi").write_bytes(b"half")  # what a copy cut short leaves
    assert list_backups(papi_file) == []
    open_and_write(papi_file, "x")
    assert len(list_backups(papi_file)) == 1
    shutil.rmtree(folder)
