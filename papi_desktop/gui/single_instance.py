"""One running program per user: a second start hands its file to the window already open.

A clerk double-clicks a second ``.papi`` file while papi-desktop runs. Without this, a second
program started, found the first file locked by … herself, and spoke of "another user". Now
the second start connects to the first program through a local socket (``QLocalServer``: a
named pipe on Windows, a Unix socket on Linux), hands over the file's absolute path, and
exits; the running program raises its window and opens that file (or just comes to the front
when it already shows it).

The server's name is made from the user name and the settings file's path: one program per
user and per settings, since two programs writing the same settings would undo each other,
and tests with their own configuration folder never meet the clerk's program. A server left
behind by a program that crashed (a Unix socket file nobody listens on) is removed.

No library is used: Qt's local sockets are the whole of it and behave alike on Windows and
Linux (``QtSingleApplication`` from Qt Solutions is not packaged for PySide6).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from pathlib import Path
import sys

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_CONNECT_MS = 1000
_REPLY_MS = 5000  # the running window may be finishing a save; beyond this the start goes on alone


def server_name(settings: QSettings | None = None) -> str:
    """The socket's name for this user (and settings file): short, ASCII, the same in every start."""
    if settings is None:
        from papi_desktop.gui.settings import open_settings

        settings = open_settings()
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service account): the home folder will do
        user = str(Path.home())
    key = f"{user}\n{settings.fileName()}".encode("utf-8", "surrogatepass")
    return "papi-desktop-" + hashlib.sha256(key).hexdigest()[:16]


def _encode(path: str | None) -> bytes:
    return json.dumps({"open": path}, ensure_ascii=True).encode("ascii") + b"\n"


def hand_over(name: str, path: os.PathLike[str] | str | None) -> bool:
    """Give ``path`` (or nothing: just "come to the front") to a program already running.

    True when a running program took it, so this start should end; False when none runs (or
    it did not answer in time: this start then goes on as the only program). Blocking with
    bounded waits: called once at start-up, before any window exists.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_CONNECT_MS):
        return False
    absolute = str(Path(path).resolve()) if path is not None else None
    _let_the_running_program_come_forward()
    socket.write(_encode(absolute))
    socket.flush()
    reply = b""
    while b"\n" not in reply and socket.waitForReadyRead(_REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if reply.strip() == b"ok":
        log.info("handed %s to the program already running", absolute or "nothing")
        return True
    log.warning("the program already running did not answer; starting another one")
    return False


def _let_the_running_program_come_forward() -> None:
    """On Windows only the program the clerk just started may raise a window; it lends that
    right to the running one (``AllowSetForegroundWindow``), else its taskbar button only flashes."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  (ASFW_ANY)
    except Exception as error:  # never a reason not to hand the file over
        log.info("AllowSetForegroundWindow failed: %s", error)


class SingleInstance(QObject):
    """The running program's side: listens for later starts and says what they asked for.

    ``fileRequested(path)`` carries the absolute path a later start was given, or "" when it
    was started without a file (then the window only comes to the front).
    """

    fileRequested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; removes a server name left by a program that crashed. False if taken."""
        # Asked first: on Unix, Qt (with access options set) renames its socket over an existing
        # one, which would silently take the name from a program that is running.
        if _answers(self.name):
            log.warning("another program already listens as %s", self.name)
            return False
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            log.info("removing the stale local server %s", self.name)
            QLocalServer.removeServer(self.name)
            if self.server.listen(self.name):
                return True
        log.warning("cannot listen as %s: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(lambda socket=socket: self._forget(socket))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            self._buffers[socket] = data[-65536:]
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            path = json.loads(line.decode("ascii"))["open"]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            log.warning("ignored a malformed request on %s: %r", self.name, line[:200])
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.fileRequested.emit(path if isinstance(path, str) else "")

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _answers(name: str) -> bool:
    """Whether a program listens under ``name`` (a socket file alone is not one)."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    answered = probe.waitForConnected(_CONNECT_MS)
    probe.abort()
    return answered


def bring_to_front(window) -> None:
    """Raise ``window`` above the others, restored if it was minimised."""
    from PySide6.QtCore import Qt

    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
