"""One running program per user: a second start hands its file to the running window.

The server side runs in this process; the second start is a real process (``python -m
papi_desktop FILE.papi``, as a double-click on a .papi file runs it), with bounded waits.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import socket as pysocket
import subprocess
import sys
import uuid

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from papi_desktop.gui import app as gui_app
from papi_desktop.gui.single_instance import SingleInstance, hand_over, server_name
from papi_desktop.store import DraftStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def name() -> str:
    return f"papi-desktop-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def instance(name):
    running = SingleInstance(name)
    assert running.listen()
    yield running
    running.close()


def _ask(qtbot, name: str, payload: bytes) -> bytes:
    """A client in this process (event-driven, since the server shares the thread)."""
    client = QLocalSocket()
    client.connectToServer(name)
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
    client.write(payload)
    client.flush()
    reply = b""

    def answered() -> bool:
        nonlocal reply
        reply += bytes(client.readAll().data())
        return reply.endswith(b"\n")

    qtbot.waitUntil(answered)
    client.disconnectFromServer()
    return reply


def test_a_request_names_the_file_and_is_answered(qtbot, instance, name):
    path = "/home/vân/Tài liệu/quý I.papi"
    with qtbot.waitSignal(instance.fileRequested) as requested:
        reply = _ask(qtbot, name, json.dumps({"open": path}).encode() + b"\n")
    assert reply == b"ok\n" and requested.args == [path]


def test_a_start_without_a_file_only_brings_the_window_forward(qtbot, instance, name):
    with qtbot.waitSignal(instance.fileRequested) as requested:
        _ask(qtbot, name, b'{"open": null}\n')
    assert requested.args == [""]


def test_a_malformed_request_is_ignored(qtbot, instance, name):
    received = []
    instance.fileRequested.connect(received.append)
    client = QLocalSocket()
    client.connectToServer(name)
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
    client.write(b"GET / HTTP/1.0\n")
    client.flush()
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert received == []


def test_a_second_server_of_the_same_name_is_refused(instance, name):
    second = SingleInstance(name)
    assert not second.listen()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_server_name_left_by_a_crashed_program_is_taken_over(name):
    """A Unix socket file nobody listens on (the program was killed) does not block the next start."""
    probe = QLocalServer()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()
    dead = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    dead.bind(path)  # bound, never listening, then left behind
    dead.close()
    assert os.path.exists(path)
    running = SingleInstance(name)
    try:
        assert running.listen()
    finally:
        running.close()


def test_no_program_running_means_this_start_goes_on(qapp, name):
    assert hand_over(name, "/tmp/x.papi") is False


def test_the_name_is_per_user_and_per_settings_file(tmp_path, qapp):
    one = server_name(QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    again = server_name(QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    other = server_name(QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    assert one == again != other and one.isascii() and len(one) < 40


def _second_start(arguments: list[str], config: Path) -> subprocess.Popen:
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "papi_desktop", *arguments], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen) -> int:
    try:
        process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("the second start did not end: it opened a window of its own")
    return process.returncode


@pytest.fixture
def running_window(make_window, tmp_path):
    """A window on the test database, and the server a real start would make for these settings."""
    config = tmp_path / "config-of-the-second-start"
    settings_file = config / "papi-desktop" / "papi-desktop.ini"
    window = make_window()
    running = SingleInstance(server_name(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    assert running.listen()
    running.fileRequested.connect(gui_app.open_requested_file)
    yield window, running, config
    running.close()


def test_a_second_start_hands_its_file_to_the_running_window(qtbot, running_window, tmp_path):
    window, running, config = running_window
    other = tmp_path / "Quý khác" / "bao-cao-2023.papi"
    other.parent.mkdir()
    DraftStore.create(other, sample=True).close()
    second = _second_start([str(other)], config)
    qtbot.waitUntil(lambda: window.store.path == other, timeout=60000)
    assert _finish(second) == 0
    assert not window.store.read_only  # opened for writing: nobody else holds it


def test_a_file_already_open_here_is_brought_to_the_front_not_called_locked(qtbot, running_window, database,
                                                                            monkeypatch):
    window, running, config = running_window
    from PySide6.QtWidgets import QMessageBox

    dialogs = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box.text()) or 0)
    window.showMinimized()
    with qtbot.waitSignal(running.fileRequested, timeout=60000):
        second = _second_start([str(database)], config)
    assert _finish(second) == 0
    assert window.store.path == database and not window.store.read_only and dialogs == []
    assert not window.isMinimized()


def test_a_file_handed_over_while_the_program_is_still_starting_is_opened_once_shown(make_window, tmp_path):
    """E.g. the first start is still asking about a locked file when the second start arrives."""
    other = tmp_path / "den-sau.papi"
    DraftStore.create(other, sample=True).close()
    gui_app.open_requested_file(str(other))  # no window yet
    assert gui_app._requested_before_the_window == [str(other)]
    window = make_window()
    assert window.store.path != other
    gui_app.open_files_requested_while_starting()
    assert window.store.path == other
    gui_app.open_files_requested_while_starting()  # handed over once, not again
    assert window.store.path == other


def test_two_real_starts_one_program(qtbot, tmp_path):
    """Both starts are real programs: the second hands its file to the first and ends; the first
    opens it (its lock file on the second database names the first program's process)."""
    from papi_desktop.store.locking import read_lock

    config = tmp_path / "config"
    first_file, second_file = tmp_path / "mot.papi", tmp_path / "hai.papi"
    for path in (first_file, second_file):
        DraftStore.create(path, sample=True).close()

    def held_by(path: Path, pid: int) -> bool:
        holder = read_lock(path)
        return holder is not None and holder.pid == pid

    first = _second_start([str(first_file)], config)  # (the same launcher: it is simply the first)
    try:
        qtbot.waitUntil(lambda: held_by(first_file, first.pid) or first.poll() is not None, timeout=60000)
        assert first.poll() is None, first.communicate()[1][-2000:]
        second = _second_start([str(second_file)], config)
        assert _finish(second) == 0
        qtbot.waitUntil(lambda: held_by(second_file, first.pid), timeout=60000)
        assert first.poll() is None  # still the one program, now on the second file
    finally:
        first.terminate()
        first.communicate(timeout=30)
