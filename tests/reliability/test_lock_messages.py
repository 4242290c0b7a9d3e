"""A lock held by the clerk herself on this computer is called that, not "machine vm, user root".

Issue #13: opening the same file twice on one PC said it was being edited on machine "vm" by
user "root" — the clerk's own machine and account — and then spoke of "Người kia".
"""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
import subprocess
import sys

import pytest

from papi_desktop.gui.open_database import _break_lock_warning
from papi_desktop.store import DraftStore, LockedError
from papi_desktop.store import locking
from papi_desktop.store.locking import lock_path, read_lock


@pytest.fixture
def papi_file(tmp_path: Path) -> Path:
    path = tmp_path / "bao-cao.papi"
    DraftStore.create(path, sample=True).close()
    return path


@pytest.fixture
def other_process():
    """A live process of this user that is not this one (stands for a second papi-desktop)."""
    process = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    yield process.pid
    process.stdin.close()
    process.wait(timeout=20)


HOLD = """
import sys
from papi_desktop.store import DraftStore
store = DraftStore.open(sys.argv[1])
print("held", flush=True)
sys.stdin.read()
store.close()
"""


@pytest.fixture
def second_window(papi_file):
    """A second papi-desktop of this clerk really holding the file open for writing."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(papi_file)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout.readline().strip() == "held"
    yield process.pid
    process.stdin.close()
    process.wait(timeout=60)


def _lock(path: Path, *, pid: int, user: str | None = None, machine_id: str | None = None,
          age: datetime.timedelta = datetime.timedelta(0)) -> None:
    moment = datetime.datetime.now(datetime.timezone.utc) - age
    lock_path(path).write_text(json.dumps({
        "machine": locking.machine_name(), "user": user or locking.user_name(), "pid": pid,
        "since": moment.isoformat(), "touched": moment.isoformat(),
        "machine_id": machine_id or locking._machine_id(), "token": "t",
    }), encoding="utf-8")


def test_another_window_of_the_same_clerk_is_named_plainly(papi_file, second_window):
    with pytest.raises(LockedError) as caught:
        DraftStore.open(papi_file)
    message = caught.value.message
    assert "một cửa sổ papi-desktop khác của chính bạn trên máy này" in message
    assert "chuyển sang cửa sổ đó" in message and "chỉ đọc" in message
    assert "Người kia" not in _break_lock_warning(caught.value)
    assert "Cửa sổ papi-desktop kia của bạn" in _break_lock_warning(caught.value)


def test_an_earlier_run_that_ended_abruptly_is_named_plainly(papi_file):
    _lock(papi_file, pid=0, age=datetime.timedelta(days=2))  # no process, silent for two days
    holder = read_lock(papi_file)
    error = LockedError(papi_file, holder, stale=True)
    assert "một lần chạy papi-desktop trước của chính bạn trên máy này" in error.message
    assert "tắt đột ngột" in error.message and "bỏ khóa" in error.message
    assert "Lần cuối máy đó" not in error.message  # not "that machine": it is this one


def test_another_account_on_this_computer_is_named_as_such(papi_file, other_process):
    # another account's program would hold the file's OS lock too; what is said comes from its lock file
    _lock(papi_file, pid=other_process, user="ke-toan")
    error = LockedError(papi_file, read_lock(papi_file), stale=False)
    assert "chính máy này nhưng bởi một tài khoản khác (người dùng “ke-toan”)" in error.message
    assert "Người kia" in _break_lock_warning(error)


def test_another_computer_is_still_named_with_its_machine_and_user(papi_file):
    _lock(papi_file, pid=os.getpid() + 100000, user="lan", machine_id="MAY-KE-TOAN/0a0b0c0d0e0f")
    with pytest.raises(LockedError) as caught:
        DraftStore.open(papi_file)
    assert "(người dùng “lan”)" in caught.value.message and "của chính bạn" not in caught.value.message


def test_a_window_whose_lock_was_taken_by_the_same_clerk_is_told_so(papi_file, other_process):
    """When the clerk's lock file was taken over by another window of hers (same computer, same
    account), the first window explains it plainly instead of naming her own machine."""
    from papi_desktop.store.locking import LostLockError

    first = DraftStore.open(papi_file)
    try:
        report_id = first.list_reports()[0].id
        _lock(papi_file, pid=other_process)  # now held, by the lock file's word, by her other window
        with pytest.raises(LostLockError) as caught:
            first.save_section(report_id, "other", "Gõ ở cửa sổ thứ nhất")
        assert "một cửa sổ papi-desktop khác của chính bạn trên máy này" in caught.value.message
        assert "người dùng" not in caught.value.message
    finally:
        first.close()
