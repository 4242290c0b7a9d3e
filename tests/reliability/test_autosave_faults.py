"""Autosave when the disk misbehaves: the edit stays pending, the clerk is told, a retry saves it.

The real Autosaver (its real retry timer, made short) over a real DraftStore on a real file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from papi_desktop.gui import autosave
from papi_desktop.gui.autosave import Autosaver
from papi_desktop.store import DraftStore
from papi_desktop.store.check import ensure_sound

from .files import dump

TEXT = "Đoạn văn gõ lúc ổ đĩa gặp sự cố."


@pytest.fixture
def editing(tmp_path: Path, qtbot, monkeypatch):
    """(autosaver, store, report): the sample report open for editing from a USB-stick folder."""
    monkeypatch.setattr(autosave, "RETRY_MS", 150)
    path = tmp_path / "USB" / "Báo cáo.papi"
    path.parent.mkdir()
    DraftStore.create(path, sample=True).close()
    store = DraftStore.open(path)
    report = store.load(store.list_reports()[0].id)
    saver = Autosaver()
    saver.attach(store, report)
    yield saver, store, report
    saver.store = None
    store.close()


def type_and_fail(qtbot, saver: Autosaver, report, key: str = "other") -> str:
    report.sections[key] = TEXT
    saver.section_changed(key)
    with qtbot.waitSignal(saver.failed, timeout=3000) as failure:
        pass  # the idle timer fires and the write fails
    message = failure.args[0]
    assert saver.has_pending and report.section(key) == TEXT  # nothing typed is lost
    return message


def saved_text(path: Path, report_id: str) -> str:
    rows = {(r[0], r[1]): r[2] for r in dump(path)["sections"]}
    return rows[(report_id, "other")]


def assert_retry_saves(qtbot, saver: Autosaver, store: DraftStore, report) -> None:
    with qtbot.waitSignal(saver.saved, timeout=3000):
        pass  # the retry timer, once the fault is gone
    assert not saver.has_pending
    assert saved_text(store.path, report.id) == TEXT
    ensure_sound(store.path)


def assert_copy_works(store: DraftStore, tmp_path: Path) -> None:
    copy = store.backup_to(tmp_path / "bản sao khi lỗi.papi")
    ensure_sound(copy)


def test_the_stick_is_pulled_out(editing, qtbot, tmp_path):
    saver, store, report = editing
    folder = store.path.parent
    away = tmp_path / "đã rút ra"
    folder.rename(away)  # the drive letter is gone, file and folder with it
    message = type_and_fail(qtbot, saver, report)
    assert "Không tìm thấy tệp" in message and "USB" in message
    assert_copy_works(store, tmp_path)
    away.rename(folder)  # plugged back in
    assert_retry_saves(qtbot, saver, store, report)


def test_the_file_alone_is_renamed_away(editing, qtbot, tmp_path):
    saver, store, report = editing
    moved = store.path.with_name("đổi tên.papi")
    store.path.rename(moved)
    message = type_and_fail(qtbot, saver, report)
    assert "Không tìm thấy tệp" in message
    moved.rename(store.path)
    assert_retry_saves(qtbot, saver, store, report)


def test_the_disk_is_full(editing, qtbot, tmp_path, monkeypatch):
    saver, store, report = editing
    real_execute = store.db.execute
    full = {"on": True}

    def execute(sql, *args, **kwargs):
        if full["on"] and sql.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise sqlite3.OperationalError("database or disk is full")
        return real_execute(sql, *args, **kwargs)

    monkeypatch.setattr(store.db, "execute", execute)
    before = dump(store.path)
    message = type_and_fail(qtbot, saver, report)
    assert "Ổ đĩa đã đầy" in message
    assert dump(store.path) == before  # the failed transaction wrote nothing
    assert_copy_works(store, tmp_path)
    # Still full: it keeps failing and keeps the edit.
    with qtbot.waitSignal(saver.failed, timeout=3000):
        pass
    assert saver.has_pending
    full["on"] = False  # the clerk deleted some files
    assert_retry_saves(qtbot, saver, store, report)


def test_write_permission_is_taken_away(editing, qtbot, tmp_path, monkeypatch):
    saver, store, report = editing
    real_execute = store.db.execute
    denied = {"on": True}

    def execute(sql, *args, **kwargs):
        if denied["on"] and sql.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real_execute(sql, *args, **kwargs)

    monkeypatch.setattr(store.db, "execute", execute)
    message = type_and_fail(qtbot, saver, report)
    assert "chỉ cho phép đọc" in message
    assert_copy_works(store, tmp_path)
    denied["on"] = False
    assert_retry_saves(qtbot, saver, store, report)


def test_the_folder_becomes_unreachable(editing, qtbot, tmp_path, monkeypatch):
    """The share drops: even looking at the folder fails with an OSError."""
    saver, store, report = editing
    real_stat = Path.stat
    gone = {"on": True}

    def stat(self, *args, **kwargs):
        if gone["on"] and self.parent == store.path.parent and self.name.startswith(".~lock"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    message = type_and_fail(qtbot, saver, report)
    assert "Không truy cập được thư mục" in message
    gone["on"] = False
    assert_retry_saves(qtbot, saver, store, report)


def test_someone_else_took_the_file_over(editing, qtbot, tmp_path):
    """The lock was broken on another machine: this window stops saving rather than write beside it."""
    saver, store, report = editing
    from papi_desktop.store import break_lock
    from papi_desktop.store.locking import lock_path

    break_lock(store.path)
    lock_path(store.path).write_text(
        '{"machine": "MAY-KHAC", "user": "hoa", "pid": 1, "since": "2024-01-01T00:00:00+00:00",'
        ' "touched": "2024-01-01T00:00:00+00:00", "machine_id": "x", "token": "khac"}',
        encoding="utf-8",
    )
    before = dump(store.path)
    message = type_and_fail(qtbot, saver, report)
    assert "MAY-KHAC" in message and "đóng tệp rồi mở lại" in message
    assert dump(store.path) == before
    assert_copy_works(store, tmp_path)


def test_a_read_only_store_says_so_on_every_try(tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(autosave, "RETRY_MS", 150)
    path = tmp_path / "CD" / "bao-cao.papi"
    path.parent.mkdir()
    DraftStore.create(path, sample=True).close()
    with DraftStore.open(path, read_only=True) as store:
        report = store.load(store.list_reports()[0].id)
        saver = Autosaver()
        saver.attach(store, report)
        message = type_and_fail(qtbot, saver, report)
        assert "chế độ chỉ đọc" in message
        saver.store = None
