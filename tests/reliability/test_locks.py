"""Never two writers on one file: the lock beside a drafts file, held by real processes."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
import subprocess
import sys

import pytest

from papi_desktop.errors import UserError
from papi_desktop.store import DraftStore, LockedError, break_lock, read_lock
from papi_desktop.store import locking
from papi_desktop.store.locking import LostLockError, lock_path

from .files import dump

# A second copy of the program: opens the file for writing, says so, and waits for a line.
_HOLDER = """
import os, sys
from papi_desktop.store import DraftStore
store = DraftStore.open(sys.argv[1])
print("open", os.getpid(), flush=True)
line = sys.stdin.readline().strip()
if line == "die":
    os._exit(0)  # a crash: no close, the lock stays
if line == "save":
    report_id = store.list_reports()[0].id
    try:
        store.save_section(report_id, "other", "Từ tiến trình kia")
        print("saved", flush=True)
    except Exception as error:
        print("refused", type(error).__name__, flush=True)
    sys.stdin.readline()
store.close()
print("closed", flush=True)
"""


class Holder:
    """Another papi-desktop process with the file open for writing."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )
        first = self.process.stdout.readline().split()
        assert first[:1] == ["open"], (first, self.process.stderr.read() if self.process.poll() is not None else "")
        self.pid = int(first[1])

    def say(self, line: str) -> str:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def finish(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=20)


@pytest.fixture
def papi_file(tmp_path: Path) -> Path:
    path = tmp_path / "Tài liệu" / "bao-cao.papi"
    path.parent.mkdir()
    with DraftStore.create(path, sample=True):
        pass
    return path


def write_lock(path: Path, **fields) -> None:
    now = datetime.datetime.now(datetime.timezone.utc)
    data = {
        "machine": "MAY-KE-TOAN", "user": "lan", "pid": 4242, "since": now.isoformat(),
        "touched": now.isoformat(), "machine_id": "MAY-KE-TOAN/0a0b0c0d0e0f", "token": "other",
    }
    data.update({k: v.isoformat() if isinstance(v, datetime.datetime) else v for k, v in fields.items()})
    lock_path(path).write_text(json.dumps(data), encoding="utf-8")


def test_a_second_process_is_refused_and_told_who_holds_the_file(papi_file):
    holder = Holder(papi_file)
    try:
        info = read_lock(papi_file)
        assert info.pid == holder.pid and info.machine == locking.machine_name()
        assert info.user == locking.user_name()
        with pytest.raises(LockedError) as caught:
            DraftStore.open(papi_file)
        error = caught.value
        assert isinstance(error, UserError)
        assert (error.pid, error.machine, error.user, error.stale) == (holder.pid, info.machine, info.user, False)
        assert error.path == papi_file and error.since == info.since
        # The holder is this computer and this user (another window of theirs): said plainly.
        assert error.holder.on_this_machine and error.holder.by_this_user and not error.holder.in_this_process
        assert "cửa sổ papi-desktop khác của chính bạn trên máy này" in error.message
        assert "đang được mở để sửa" in error.message and "chế độ chỉ đọc" in error.message
        # A live holder is not stale: asking to take over does not take it.
        with pytest.raises(LockedError):
            DraftStore.open(papi_file, take_over_stale=True)
        # What the window offers instead: read-only, which needs no lock.
        with DraftStore.open(papi_file, read_only=True) as reader:
            assert reader.read_only and reader.list_reports()
        assert read_lock(papi_file).pid == holder.pid  # the reader left the holder's lock alone
        assert holder.say("save") == "saved"  # and the holder still writes
    finally:
        holder.finish()
    assert not lock_path(papi_file).exists()
    with DraftStore.open(papi_file) as store:  # free again
        assert not store.read_only
        assert store.load(store.list_reports()[0].id).section("other") == "Từ tiến trình kia"


def test_a_live_holder_of_this_machine_keeps_the_file_even_when_its_lock_file_is_broken(papi_file):
    holder = Holder(papi_file)
    try:
        broken = break_lock(papi_file)  # the clerk confirmed… wrongly: that process still runs
        assert broken.pid == holder.pid
        with pytest.raises(LockedError):  # the OS lock on the file itself still says so
            DraftStore.open(papi_file)
        assert holder.say("save") == "saved"  # the holder makes its lock file again and goes on
        holder.say("")
    finally:
        holder.finish()
    assert not lock_path(papi_file).exists()


def test_the_holder_never_writes_after_its_lock_was_taken_from_another_machine(papi_file):
    holder = Holder(papi_file)
    try:
        break_lock(papi_file)  # on a share, another machine's clerk confirmed… wrongly
        write_lock(papi_file)  # and that machine now holds the lock file
        before = dump(papi_file)
        assert holder.say("save") == f"refused {LostLockError.__name__}"
        holder.say("")
        assert dump(papi_file) == before
    finally:
        holder.finish()
    assert read_lock(papi_file).machine == "MAY-KE-TOAN"  # not removed by the holder that lost it


def test_a_lock_left_by_a_crashed_process_of_this_machine_is_taken_over(papi_file):
    holder = Holder(papi_file)
    holder.process.stdin.write("die\n")
    holder.process.stdin.flush()
    holder.process.wait(timeout=20)
    left = read_lock(papi_file)
    assert left.pid == holder.pid and left.certainly_gone and left.is_stale()
    with DraftStore.open(papi_file) as store:  # no question asked: that process is gone
        assert read_lock(papi_file).pid == os.getpid()
        store.save_section(store.list_reports()[0].id, "other", "Sau khi máy tắt đột ngột")
    assert sorted(p.name for p in papi_file.parent.iterdir()) == [papi_file.name]


def test_an_old_lock_of_another_machine_is_taken_over_only_when_asked(papi_file):
    two_days_ago = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=2)
    write_lock(papi_file, since=two_days_ago, touched=two_days_ago)
    with pytest.raises(LockedError) as caught:
        DraftStore.open(papi_file)
    assert caught.value.stale and caught.value.machine == "MAY-KE-TOAN"
    assert "tắt đột ngột" in caught.value.message and "bỏ khóa" in caught.value.message
    with DraftStore.open(papi_file, take_over_stale=True) as store:
        assert read_lock(papi_file).token == store._lock.info.token
    assert not lock_path(papi_file).exists()


def test_a_fresh_lock_of_another_machine_is_never_taken_over_silently(papi_file):
    write_lock(papi_file, pid=os.getpid() + 100000)  # a pid that means nothing here
    before = dump(papi_file)
    for asked in (False, True):
        with pytest.raises(LockedError) as caught:
            DraftStore.open(papi_file, take_over_stale=asked)
        assert not caught.value.stale
    assert dump(papi_file) == before
    assert break_lock(papi_file).machine == "MAY-KE-TOAN"  # after the clerk's confirmation
    with DraftStore.open(papi_file) as store:
        assert not store.read_only


def test_an_empty_lock_left_between_making_and_filling_it_is_taken_over(papi_file):
    lock = lock_path(papi_file)
    lock.write_bytes(b"")
    old = datetime.datetime.now().timestamp() - 60
    os.utime(lock, (old, old))
    with DraftStore.open(papi_file) as store:
        assert read_lock(papi_file).token == store._lock.info.token


def test_read_only_opens_ignore_the_lock_and_make_none(papi_file):
    write_lock(papi_file)
    with DraftStore.open(papi_file, read_only=True) as store:
        assert store.read_only and store.list_reports()
    assert read_lock(papi_file).machine == "MAY-KE-TOAN"
    lock_path(papi_file).unlink()
    with DraftStore.open(papi_file, read_only=True):
        assert not lock_path(papi_file).exists()


def test_close_leaves_nothing_beside_the_file(papi_file):
    with DraftStore.open(papi_file) as store:
        report_id = store.list_reports()[0].id
        for number in range(3):
            store.save_section(report_id, "other", f"Lần {number}")
        assert lock_path(papi_file).exists()
    assert sorted(p.name for p in papi_file.parent.iterdir()) == [papi_file.name]


def test_a_create_takes_the_lock_too(tmp_path):
    path = tmp_path / "mới.papi"
    with DraftStore.create(path):
        assert read_lock(path).pid == os.getpid()
        holder = subprocess.run(
            [sys.executable, "-c", _HOLDER, str(path)], capture_output=True, text=True, timeout=60
        )
        assert holder.returncode != 0 and "LockedError" in holder.stderr
    assert not lock_path(path).exists()


def test_the_lock_is_refreshed_while_the_file_stays_open(papi_file):
    with DraftStore.open(papi_file) as store:
        first = read_lock(papi_file).touched
        later = first + datetime.timedelta(hours=3)
        store.clock = lambda: later
        store.save_section(store.list_reports()[0].id, "other", "Ba giờ sau")
        assert read_lock(papi_file).touched == later
        assert not read_lock(papi_file).is_stale(later + datetime.timedelta(hours=20))
