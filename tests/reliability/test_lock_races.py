"""One writer per file for real: concurrent take-overs, links to the same file, lock files of any content."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
import subprocess
import sys

import pytest

from papi_desktop.errors import UserError
from papi_desktop.store import DraftStore, LockedError, read_lock
from papi_desktop.store.locking import LockFileInTheWay, lock_path

from .test_locks import Holder, write_lock

# One contender: waits for the start file, tries to open for writing (taking a stale lock over),
# says "won" or "locked", then holds what it got until the release file appears.
_CONTENDER = """
import os, sys, time
from pathlib import Path
from papi_desktop.store import DraftStore, LockedError
path, start, release = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
deadline = time.monotonic() + 60
while not start.exists() and time.monotonic() < deadline:
    time.sleep(0.001)
try:
    store = DraftStore.open(path, take_over_stale=True)
except LockedError:
    print("locked", flush=True)
    sys.exit(0)
print("won", flush=True)
while not release.exists() and time.monotonic() < deadline:
    time.sleep(0.01)
store.close()
"""

TRIALS = 10
CONTENDERS = 4


@pytest.fixture
def papi_file(tmp_path: Path) -> Path:
    path = tmp_path / "Thư mục chung" / "bao-cao.papi"
    path.parent.mkdir()
    DraftStore.create(path, sample=True).close()
    return path


def _old_lock_of_another_machine(path: Path) -> None:
    two_days_ago = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=2)
    write_lock(path, since=two_days_ago, touched=two_days_ago)


def test_four_processes_taking_over_a_stale_lock_at_once_leave_exactly_one_writer(papi_file, tmp_path):
    for trial in range(TRIALS):
        _old_lock_of_another_machine(papi_file)
        start, release = tmp_path / f"start-{trial}", tmp_path / f"release-{trial}"
        contenders = [
            subprocess.Popen(
                [sys.executable, "-c", _CONTENDER, str(papi_file), str(start), str(release)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=os.getcwd(),
            )
            for _ in range(CONTENDERS)
        ]
        start.touch()
        try:
            answers = [process.stdout.readline().strip() for process in contenders]
        finally:
            release.touch()
            for process in contenders:
                process.wait(timeout=90)
        assert sorted(answers) == ["locked"] * (CONTENDERS - 1) + ["won"], (
            trial, answers, [p.stderr.read() for p in contenders]
        )
        assert not lock_path(papi_file).exists()  # the winner closed: nothing left


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_the_same_file_through_a_link_in_another_folder_gets_no_second_writer(papi_file, tmp_path, link):
    other = tmp_path / "Thư mục khác"
    other.mkdir()
    alias = other / "cung-tep.papi"
    if link == "symlink":
        alias.symlink_to(papi_file)
    else:
        os.link(papi_file, alias)
    holder = Holder(papi_file)
    try:
        with pytest.raises(LockedError) as caught:
            DraftStore.open(alias)
        assert "đang" in caught.value.message and "chỉ đọc" in caught.value.message
        with DraftStore.open(alias, read_only=True) as reader:  # what the window offers instead
            assert reader.list_reports()
        assert holder.say("save") == "saved"
        holder.say("")
    finally:
        holder.finish()
    with DraftStore.open(alias) as store:  # free again, through the link too
        assert not store.read_only
    if link == "symlink":
        assert read_lock(alias) is None and not (other / f".~lock.{alias.name}#").exists()


def test_a_symlink_is_locked_beside_the_real_file(papi_file, tmp_path):
    alias = tmp_path / "loi-tat.papi"
    alias.symlink_to(papi_file)
    with DraftStore.open(alias):
        assert lock_path(papi_file).exists() and not (tmp_path / f".~lock.{alias.name}#").exists()


# --- lock files of any content -----------------------------------------------------------------------


def _aged(path: Path, seconds: float = 60) -> None:
    old = datetime.datetime.now().timestamp() - seconds
    os.utime(path, (old, old), follow_symlinks=False)


@pytest.mark.parametrize("content", [
    os.urandom(64) + b"\xff\xfe",
    b'{"machine": "MAY-A", "user": "lan", "pid": Infinity, "since": "2026-01-01T00:00:00"}',
    "{\"machine\": \"MAY-A\", \"user\": 5, \"pid\": -3, \"since\": \"hôm qua\"}".encode(),
    b"[1, 2, 3]",
], ids=["binary", "pid-infinity", "wrong-types", "not-an-object"])
def test_a_garbled_lock_left_long_ago_is_taken_over(papi_file, content):
    lock_path(papi_file).write_bytes(content)
    _aged(lock_path(papi_file))
    with DraftStore.open(papi_file) as store:
        assert read_lock(papi_file).token == store._lock.info.token
    assert not lock_path(papi_file).exists()


def test_a_garbled_lock_just_made_is_waited_for_then_taken_over(papi_file):
    """A lock still unreadable after the moment its maker needs to fill it was left by a maker that died."""
    lock_path(papi_file).write_bytes(b"\x00\x01garbage")
    with DraftStore.open(papi_file) as store:
        assert read_lock(papi_file).token == store._lock.info.token


def test_a_lock_time_without_a_zone_is_read_as_utc(papi_file):
    two_days_ago = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=2)
    naive = two_days_ago.replace(tzinfo=None).isoformat()
    lock_path(papi_file).write_text(json.dumps({
        "machine": "MAY-KE-TOAN", "user": "lan", "pid": 4242, "since": naive, "touched": naive,
        "machine_id": "MAY-KE-TOAN/0a0b0c0d0e0f", "token": "other",
    }), encoding="utf-8")
    with pytest.raises(LockedError) as caught:
        DraftStore.open(papi_file)
    assert caught.value.stale and caught.value.machine == "MAY-KE-TOAN"
    with DraftStore.open(papi_file, take_over_stale=True) as store:
        assert not store.read_only


def test_a_dangling_link_in_place_of_the_lock_is_taken_over(papi_file, tmp_path):
    lock = lock_path(papi_file)
    lock.symlink_to(tmp_path / "không-còn")
    with DraftStore.open(papi_file) as store:
        assert not lock.is_symlink() and read_lock(papi_file).token == store._lock.info.token
    assert not lock.exists() and not lock.is_symlink()
    assert not (tmp_path / "không-còn").exists()  # nothing was written through the link


def test_a_folder_in_place_of_the_lock_is_named(papi_file):
    lock = lock_path(papi_file)
    lock.mkdir()
    with pytest.raises(LockFileInTheWay) as caught:
        DraftStore.open(papi_file)
    assert isinstance(caught.value, UserError)
    assert lock.name in caught.value.message and "thư mục" in caught.value.message
    with DraftStore.open(papi_file, read_only=True) as reader:  # reading needs no lock
        assert reader.list_reports()
    assert lock.is_dir()


def test_the_lock_info_says_whether_the_holder_is_this_machine_user_and_process(papi_file):
    with DraftStore.open(papi_file):
        mine = read_lock(papi_file)
        assert mine.on_this_machine and mine.by_this_user and mine.in_this_process
        with pytest.raises(LockedError) as caught:
            from papi_desktop.store.locking import acquire

            acquire(papi_file, exclusive=True)  # a restore while this program holds the file
        assert "chính chương trình này" in caught.value.message
    write_lock(papi_file)
    other = read_lock(papi_file)
    assert not (other.on_this_machine or other.by_this_user or other.in_this_process)
