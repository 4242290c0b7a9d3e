"""Files that cannot be written (write-protected stick, CD, folder without rights) open read-only."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from papi_desktop.errors import UserError
from papi_desktop.export import export_docx
from papi_desktop.store import DraftStore
from papi_desktop.store import locking
from papi_desktop.store.check import ensure_sound
from papi_desktop.store.merge import merge

from .test_check import _cut_off_save
from .files import dump, fingerprint, side_files

READ_ONLY = "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc"


def every_write(store: DraftStore, other: Path):
    report = store.load(store.list_reports()[0].id)
    revision = store.revisions(report.id, "other")[0]
    return {
        "save_section": lambda: store.save_section(report.id, "other", "sửa"),
        "save_report": lambda: store.save_report(report),
        "add": lambda: store.add(report),
        "delete": lambda: store.delete(report.id),
        "undelete": lambda: store.undelete(report.id),
        "restore_revision": lambda: store.restore_revision(revision.id),
        "merge": lambda: merge(store, other),
    }


def assert_reads_but_never_writes(store: DraftStore, tmp_path: Path, source: Path) -> None:
    path = store.path
    other = tmp_path / "usb" / "máy khác.papi"  # a different file to merge from
    other.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, other)
    before, print_before = dump(path), fingerprint(path)
    assert store.read_only
    for name, write in every_write(store, other).items():
        with pytest.raises(UserError) as caught:
            write()
        assert READ_ONLY in caught.value.message, name
    # Reading, search, export and "save a copy elsewhere" work.
    summary = store.list_reports()[0]
    report = store.load(summary.id)
    assert store.search("PAPI") == [summary.id]
    assert export_docx(report, tmp_path / "xuất.docx").stat().st_size > 0
    copy = store.backup_to(tmp_path / "bản sao.papi")
    ensure_sound(copy)
    assert dump(copy) == before
    assert (dump(path), fingerprint(path)) == (before, print_before)
    assert side_files(path) == [] and not locking.lock_path(path).exists()  # no journal, no lock


def test_asked_for_read_only(sound_file, tmp_path):
    with DraftStore.open(sound_file, read_only=True) as store:
        assert store.read_only_reason is None
        assert_reads_but_never_writes(store, tmp_path, sound_file)


def test_a_write_protected_file_opens_read_only_by_itself(sound_file, tmp_path, monkeypatch):
    monkeypatch.setattr(locking, "probe_writable", lambda path: False)
    with DraftStore.open(sound_file) as store:
        assert "chỉ cho phép đọc" in store.read_only_reason
        assert_reads_but_never_writes(store, tmp_path, sound_file)
        with pytest.raises(UserError) as caught:
            store.save_section(store.list_reports()[0].id, "other", "x")
        assert "chỉ cho phép đọc" in caught.value.message  # the reason is said with the refusal


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_folder_refusing_the_lock_file_means_read_only(sound_file, tmp_path, monkeypatch, code):
    """The file itself looks writable, but the folder (where journal and lock go) is not: a CD, a stick."""
    real_open = os.open

    def refusing(name, flags, *args):
        if str(name).endswith("#") and flags & os.O_CREAT:
            raise OSError(code, os.strerror(code), str(name))
        return real_open(name, flags, *args)

    monkeypatch.setattr(locking.os, "open", refusing)
    with DraftStore.open(sound_file) as store:
        assert store.read_only and store.read_only_reason
        assert_reads_but_never_writes(store, tmp_path, sound_file)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_folder_without_write_rights(sound_file, tmp_path):
    sound_file.chmod(0o444)
    sound_file.parent.chmod(0o555)
    try:
        with DraftStore.open(sound_file) as store:
            assert store.read_only
            (tmp_path / "out").mkdir()
            assert_reads_but_never_writes(store, tmp_path / "out", sound_file)
    finally:
        sound_file.parent.chmod(0o755)
        sound_file.chmod(0o644)


def test_a_cut_off_save_is_read_through_a_copy_read_only_and_rolled_back_by_a_writer(sound_file, tmp_path):
    """A journal left by a save cut off half-way is played back read-only in a copy only; the file is untouched."""
    before = dump(sound_file)
    journal = _cut_off_save(sound_file)
    prints = fingerprint(sound_file), fingerprint(journal)
    with DraftStore.open(sound_file, read_only=True) as store:
        assert store.read_only and any("ngắt giữa chừng" in note.render() for note in store.notes)
        report_id = store.list_reports()[0].id
        assert "dở dang" not in store.load(report_id).section("other")
    assert (fingerprint(sound_file), fingerprint(journal)) == prints
    with DraftStore.open(sound_file) as store:  # a writer plays it back
        assert not store.read_only
    assert not journal.exists()
    assert not any("dở dang" in row[2] for row in dump(sound_file)["sections"])
    assert dump(sound_file) == before


def test_an_older_file_cannot_be_updated_read_only(tmp_path):
    path = tmp_path / "rỗng.papi"
    path.touch()
    with pytest.raises(UserError) as caught:
        DraftStore.open(path, read_only=True)
    assert path.read_bytes() == b""
    assert "chỉ đọc" in caught.value.message or "trống" in caught.value.message
