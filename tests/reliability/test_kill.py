"""Crash safety: a writer killed at random moments (SIGKILL, 100+ times) never damages the file or loses a save.

Each save the writer acknowledged (printed after ``save_section`` returned, i.e. after the
commit) must be in the file after the kill; the file must pass ``integrity_check``; a
journal left behind is a hot journal, which the next ``DraftStore.open`` rolls back; the
dead writer's lock is taken over by that open without asking (its process is gone); and
no ``-wal``/``-shm`` file ever appears (the file alone must be complete on a USB stick).
"""

from __future__ import annotations

import os
from pathlib import Path
import random
import selectors
import signal
import subprocess
import sys
import time

import pytest

from papi_desktop.store import DraftStore
from papi_desktop.store.check import inspect
from papi_desktop.store.locking import lock_path, read_lock

from .files import fingerprint
from .saver import FILLER

KILLS = 120

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32", reason="needs fork and SIGKILL")


class Lines:
    """The saver's stdout, line by line, never waiting forever (its own buffer: select sees only the pipe)."""

    def __init__(self, stream) -> None:
        self.fd = stream.fileno()
        self.pending = b""
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.fd, selectors.EVENT_READ)

    def next(self, timeout: float = 20.0) -> str:
        while b"\n" not in self.pending:
            if not self.selector.select(timeout):
                raise AssertionError("the saver said nothing for too long")
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise AssertionError("the saver stopped")
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode("utf-8").strip()


def saved_text(number: int) -> str:
    return "Lần lưu 0" if number == 0 else f"Lần lưu {number}\n{FILLER}"


def check_after_kill(path: Path, report_id: str, acknowledged: int) -> tuple[int, bool]:
    """Everything a kill may not break; returns (the number of the save in the file, was a journal left)."""
    siblings = {p.name for p in path.parent.iterdir()} - {path.name}
    assert not siblings & {f"{path.name}-wal", f"{path.name}-shm"}
    journal = Path(f"{path}-journal")
    lock = lock_path(path)
    # A killed writer leaves its lock (naming a process that no longer runs, or still empty
    # if the kill came between making and filling it) and perhaps a journal.
    assert siblings <= {journal.name, lock.name}, siblings
    if lock.exists():
        holder = read_lock(path)
        assert holder is not None and (holder.certainly_gone or holder.unreadable), holder
    hot = False
    if journal.exists():
        prints = fingerprint(path), fingerprint(journal)
        found = inspect(path)  # `check` reads a rolled-back copy and leaves both files alone
        assert found.sound, found
        hot = bool(found.notes)  # SQLite's own judgement: a journal it would play back
        assert (fingerprint(path), fingerprint(journal)) == prints
    with DraftStore.open(path) as store:  # rolls a hot journal back
        db = store.db
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        text = store.load(report_id).section("other")
        number = int(text.split("\n")[0].removeprefix("Lần lưu "))
        assert text == saved_text(number)  # whole, not half-written
        assert number >= acknowledged, (number, acknowledged)
        # The section, the report's time and the kept earlier texts changed in one transaction.
        section_time = db.execute(
            "SELECT updated_at FROM sections WHERE report_id = ? AND key = 'other'", [report_id]
        ).fetchone()[0]
        report_time = db.execute("SELECT updated_at FROM reports WHERE id = ?", [report_id]).fetchone()[0]
        assert section_time == report_time
        earlier = [revision.text for revision in store.revisions(report_id, "other")]
        assert earlier == [saved_text(k) for k in reversed(range(number))]  # every earlier save, once
    if hot:
        assert not journal.exists()  # rolled back and removed by the open
    assert not lock.exists()  # the open took the dead writer's lock over; closing removed it
    return number, hot


def test_killing_the_writer_at_random_moments(tmp_path):
    path = tmp_path / "bao-cao.papi"
    with DraftStore.create(path, sample=True) as store:
        report_id = store.list_reports()[0].id
        store.save_section(report_id, "other", "Lần lưu 0")
    # The saver imports this checkout's papi_desktop, whatever copy the environment has installed.
    checkout = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [checkout, os.environ.get("PYTHONPATH")]))}
    saver = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("saver.py")), str(path), report_id],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=tmp_path, env=env,
    )
    lines = Lines(saver.stdout)
    chance = random.Random(os.environ.get("PAPI_KILL_SEED", "papi"))
    in_file, acknowledged, hot_journals, saves, killed_while_saving = 0, 0, 0, 0, 0
    started = time.monotonic()
    try:
        for _kill in range(KILLS):
            saver.stdin.write(f"go {in_file + 1}\n".encode())
            saver.stdin.flush()
            kind, pid = lines.next().split()
            assert kind == "pid"
            if chance.random() < 0.25:  # anywhere, opening the file included
                time.sleep(chance.uniform(0.0, 0.05))
            else:  # while saving
                first = lines.next()
                assert first.startswith("saved"), first
                acknowledged = int(first.split()[1])
                saves += 1
                killed_while_saving += 1
                time.sleep(chance.uniform(0.0, 0.03))
            os.kill(int(pid), signal.SIGKILL)
            while True:  # every save printed before the writer died was committed
                line = lines.next()
                if line.startswith("dead"):
                    assert os.WTERMSIG(int(line.split()[1])) == signal.SIGKILL, "the writer failed by itself"
                    break
                acknowledged = int(line.split()[1])
                saves += 1
            in_file, hot = check_after_kill(path, report_id, acknowledged)
            hot_journals += hot
    finally:
        saver.stdin.close()
        saver.wait(timeout=20)
    elapsed = time.monotonic() - started
    print(f"{KILLS} kills ({killed_while_saving} while saving), {saves} acknowledged saves, {hot_journals} hot journals, {elapsed:.1f} s")
    assert killed_while_saving > KILLS // 2 and saves > KILLS
    assert hot_journals > 0  # some kills landed inside a transaction
