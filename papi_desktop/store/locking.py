"""Who is editing a drafts file: a small lock file beside it, like LibreOffice's ``.~lock.<name>#``.

SQLite's own locks last one transaction and are unreliable on some shared folders, so two
clerks could each open the same file from a network share and autosave over each other's
edits. The lock file says which machine, user and process has the file open for writing
and since when; a second writer is refused with :class:`LockedError` naming the holder.

The lock is made with ``O_CREAT | O_EXCL`` (only one creator can win) and removed on
close. A lock left by a process that is gone (power cut, crash) is stale: one from this
machine whose process no longer runs is taken over at once; one that has not been
refreshed for a day is taken over only when the caller asks (after the clerk confirms).
The holder re-reads the lock before each write, so even if a lock was broken by mistake
the older writer stops instead of writing beside the newer one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import errno
import getpass
import json
import logging
import os
from pathlib import Path
import socket
import sys
import time
import uuid

from papi_desktop.errors import UserError

log = logging.getLogger(__name__)

# A holder that has not refreshed its lock for this long is presumed gone.
STALE_AFTER = datetime.timedelta(days=1)
# How often an open store refreshes ``touched`` (on a write).
TOUCH_EVERY = datetime.timedelta(hours=1)
# A lock file is filled microseconds after it is made: empty for longer, its maker died.
UNREADABLE_GRACE = datetime.timedelta(seconds=2)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def lock_path(db_path: os.PathLike[str] | str) -> Path:
    """``.~lock.<name>#`` in the database's folder (the name LibreOffice uses, hidden on Linux)."""
    db_path = Path(db_path)
    return db_path.with_name(f".~lock.{db_path.name}#")


def machine_name() -> str:
    return socket.gethostname() or os.environ.get("COMPUTERNAME", "") or "?"


def _machine_id() -> str:
    """Host name and hardware address: two Windows machines sharing a host name still differ."""
    return f"{machine_name()}/{uuid.getnode():012x}"


def user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service): still lock
        return "?"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclasses.dataclass(frozen=True)
class LockInfo:
    """What a lock file says about its holder."""

    machine: str
    user: str
    pid: int
    since: datetime.datetime  # when the file was opened for writing
    touched: datetime.datetime  # the holder's last sign of life
    machine_id: str = ""
    token: str = ""

    @property
    def on_this_machine(self) -> bool:
        return bool(self.machine_id) and self.machine_id == _machine_id()

    @property
    def mine(self) -> bool:
        """Held by this user on this computer: another window of the clerk's, or an earlier run."""
        return self.on_this_machine and self.user == user_name()

    def is_stale(self, now: datetime.datetime | None = None) -> bool:
        """The holder is certainly gone (this machine, process not running) or silent for a day."""
        if self.on_this_machine and not pid_alive(self.pid):
            return True
        return (now or _now()) - self.touched > STALE_AFTER

    @property
    def unreadable(self) -> bool:
        return self.machine == "?" and self.pid == 0

    @property
    def certainly_gone(self) -> bool:
        """Nobody can be writing through this lock.

        A process of this machine that no longer runs, or a lock file still empty or garbled
        seconds after it was made (its maker died between creating and filling it).
        """
        if self.unreadable:
            return _now() - self.since > UNREADABLE_GRACE
        return self.on_this_machine and not pid_alive(self.pid) and self.pid != os.getpid()

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        data["since"] = self.since.isoformat()
        data["touched"] = self.touched.isoformat()
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "LockInfo":
        data = json.loads(text)
        return cls(
            machine=str(data["machine"]), user=str(data["user"]), pid=int(data["pid"]),
            since=datetime.datetime.fromisoformat(data["since"]),
            touched=datetime.datetime.fromisoformat(data.get("touched") or data["since"]),
            machine_id=str(data.get("machine_id", "")), token=str(data.get("token", "")),
        )


def _local(moment: datetime.datetime) -> str:
    return moment.astimezone().strftime("%H:%M ngày %d/%m/%Y")


def read_lock(db_path: os.PathLike[str] | str) -> LockInfo | None:
    """The lock on ``db_path``, or None when nobody holds one.

    An unreadable lock (empty: its writer died between creating and filling it) is given as
    an unknown holder, dated by the file's time, so it goes stale like any other.
    """
    path = lock_path(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        log.warning("cannot read lock %s: %s", path, error)
        text = ""
    try:
        return LockInfo.from_json(text)
    except (ValueError, KeyError, TypeError):
        try:
            moment = datetime.datetime.fromtimestamp(path.stat().st_mtime, datetime.timezone.utc)
        except OSError:
            return None
        return LockInfo(machine="?", user="?", pid=0, since=moment, touched=moment)


def _locked_message(db_path: Path, holder: LockInfo) -> str:
    """Who holds ``db_path``, said plainly when it is the clerk herself on this very computer
    (another papi-desktop window, or an earlier run that ended abruptly) rather than naming
    her own machine and account as if they were someone else's."""
    names = f"máy “{holder.machine}”, người dùng “{holder.user}”"
    since = _local(holder.since)
    if holder.mine and holder.pid == os.getpid():
        return f"Tệp “{db_path}” đang được mở để sửa trong chính cửa sổ papi-desktop này (từ {since})."
    if holder.mine and pid_alive(holder.pid):
        return (
            f"Tệp “{db_path}” đang được mở để sửa trong một cửa sổ papi-desktop khác của chính bạn trên máy "
            f"này ({names}), từ {since}. Hãy chuyển sang cửa sổ đó trên thanh tác vụ; ở đây bạn có thể mở "
            "tệp ở chế độ chỉ đọc."
        )
    if holder.mine:
        return (
            f"Tệp “{db_path}” còn khóa của một lần chạy papi-desktop trước của chính bạn trên máy này "
            f"({names}), từ {since}; lần chạy đó đã tắt đột ngột và không còn ai đang sửa tệp. "
            "Bạn có thể bỏ khóa và mở để sửa, hoặc mở ở chế độ chỉ đọc."
        )
    if holder.machine == "?":
        who = "một máy khác (không rõ tên)"
    elif holder.on_this_machine:
        who = f"chính máy này nhưng bởi một tài khoản khác (người dùng “{holder.user}”)"
    else:
        who = f"máy “{holder.machine}” (người dùng “{holder.user}”)"
    return f"Tệp “{db_path}” đang được mở để sửa trên {who} từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc."


class LockedError(UserError):
    """The file is open for writing elsewhere. The window may offer to open it read-only.

    ``holder`` says who (``machine``, ``user``, ``pid``, ``since``); ``stale`` is True when the
    holder looks gone (silent for a day), so the window may offer to take the lock over after
    the clerk confirms: ``DraftStore.open(path, take_over_stale=True)`` or :func:`break_lock`.
    """

    def __init__(self, db_path: Path, holder: LockInfo, *, stale: bool) -> None:
        self.path = db_path
        self.lock_path = lock_path(db_path)
        self.holder = holder
        self.stale = stale
        self.machine, self.user, self.pid, self.since = holder.machine, holder.user, holder.pid, holder.since
        message = _locked_message(db_path, holder)
        if stale and not holder.mine:
            message += (
                f" Lần cuối máy đó dùng tệp là {_local(holder.touched)}; có thể chương trình ở đó đã tắt "
                "đột ngột. Nếu chắc chắn không ai đang sửa tệp, bạn có thể bỏ khóa và mở để sửa."
            )
        super().__init__(
            message,
            f"{db_path} locked by {holder.user}@{holder.machine} pid {holder.pid} since "
            f"{holder.since.isoformat()} (touched {holder.touched.isoformat()}, stale={stale})",
        )


class LostLockError(UserError):
    """Our lock was removed or taken over while the file was open: stop writing."""


def _hide_on_windows(path: Path) -> None:
    if sys.platform == "win32":
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # type: ignore[attr-defined]


def _key(db_path: Path) -> str:
    return os.path.normcase(os.path.abspath(db_path))


class Lock:
    """A held lock; :meth:`release` (from ``DraftStore.close``) removes the file.

    Within one process the lock is shared: a second store on the same file (the window
    checking what it saved, say) uses the same lock, which goes when the last one closes.
    """

    def __init__(self, db_path: Path, info: LockInfo) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.info = info
        self.released = False
        self.users = 1

    def __repr__(self) -> str:
        return f"Lock({str(self.path)!r})"

    def check(self, now: datetime.datetime | None = None) -> None:
        """Before a write: raise :class:`LostLockError` if the lock is no longer ours; refresh it hourly."""
        try:
            self.path.stat()
        except FileNotFoundError:
            pass
        except OSError as error:  # the share or the stick went away, rights were taken back
            raise UserError(
                f"Không truy cập được thư mục “{self.db_path.parent}” ({error.strerror or error}). "
                "Hãy kiểm tra ổ đĩa (USB) còn cắm hoặc quyền của thư mục; chương trình sẽ thử lưu lại.",
                f"cannot check lock {self.path}: {error}",
            ) from error
        current = read_lock(self.db_path)
        if current is None:
            current = self._retake()
        if current is None or current.token != self.info.token:
            if current is None:
                holder = ""
            elif current.mine:
                holder = " (nay do một cửa sổ papi-desktop khác của chính bạn trên máy này giữ)"
            else:
                holder = f" (nay do máy “{current.machine}”, người dùng “{current.user}” giữ)"
            raise LostLockError(
                f"Không lưu được vào tệp “{self.db_path}”: quyền sửa tệp đã bị chuyển đi{holder}. "
                "Hãy đóng tệp rồi mở lại.",
                f"lock of {self.db_path} lost: now {current}",
            )
        now = now or _now()
        if now - self.info.touched > TOUCH_EVERY:
            self.info = dataclasses.replace(self.info, touched=now)
            try:
                _rewrite(self.path, self.info)
            except OSError as error:  # the write that follows says what is wrong
                log.warning("cannot refresh lock %s: %s", self.path, error)

    def _retake(self) -> LockInfo | None:
        """Our lock file is gone (the stick was pulled out and put back, a cleaner removed it): make it again."""
        if not self.db_path.exists():
            raise UserError(
                f"Không tìm thấy tệp “{self.db_path}”. Hãy kiểm tra ổ đĩa (USB) còn cắm hoặc thư mục còn đó; "
                "chương trình sẽ thử lưu lại.",
                f"database file vanished: {self.db_path}",
            )
        try:
            handle = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return read_lock(self.db_path)
        except OSError as error:
            raise UserError(
                f"Không ghi được vào thư mục “{self.db_path.parent}”: {error.strerror or error}.",
                f"cannot recreate lock {self.path}: {error}",
            ) from error
        try:
            os.write(handle, self.info.to_json().encode("utf-8"))
        finally:
            os.close(handle)
        log.warning("lock %s had vanished: made again", self.path)
        return self.info

    def release(self) -> None:
        if self.released:
            return
        self.users -= 1
        if self.users > 0:
            return
        self.released = True
        if _HELD.get(_key(self.db_path)) is self:
            del _HELD[_key(self.db_path)]
        current = read_lock(self.db_path)
        if current is not None and current.token == self.info.token:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        elif current is not None:
            log.warning("not removing lock %s: it is no longer ours (%s)", self.path, current)


# The locks this process holds, by file: shared by the stores of one process.
_HELD: dict[str, Lock] = {}


def _rewrite(path: Path, info: LockInfo) -> None:
    temporary = path.with_name(f"{path.name}.{info.token[:8]}.tmp")
    temporary.write_text(info.to_json(), encoding="utf-8")
    os.replace(temporary, path)


def _create(db_path: Path, now: datetime.datetime) -> Lock:
    """Make the lock file or raise FileExistsError (someone holds it) / another OSError."""
    path = lock_path(db_path)
    info = LockInfo(
        machine=machine_name(), user=user_name(), pid=os.getpid(), since=now, touched=now,
        machine_id=_machine_id(), token=uuid.uuid4().hex,
    )
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(handle, info.to_json().encode("utf-8"))
    except BaseException:
        os.close(handle)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(handle)
    _hide_on_windows(path)
    lock = Lock(db_path, info)
    _HELD[_key(db_path)] = lock
    return lock


def acquire(
    db_path: os.PathLike[str] | str, *, take_over_stale: bool = False, now: datetime.datetime | None = None,
    exclusive: bool = False,
) -> Lock:
    """Take the lock on ``db_path`` or raise :class:`LockedError`.

    OS errors (a read-only folder: ``PermissionError``, ``EROFS``) reach the caller, which
    decides to open read-only. A lock whose holder is certainly gone is taken over; one
    that is merely old only with ``take_over_stale``. A lock this process already holds is
    shared, unless ``exclusive`` (restoring a backup: nobody, this window included, may
    have the file open).
    """
    db_path = Path(db_path)
    now = now or _now()
    held = _HELD.get(_key(db_path))
    if held is not None and not held.released and held.info.pid == os.getpid():
        if exclusive:
            raise LockedError(db_path, held.info, stale=False)
        current = read_lock(db_path)
        if current is not None and current.token == held.info.token:
            held.users += 1
            return held
    for _attempt in range(5):
        try:
            return _create(db_path, now)
        except FileExistsError:
            pass
        holder = read_lock(db_path)
        if holder is None:
            continue  # released meanwhile: try again
        deadline = time.monotonic() + UNREADABLE_GRACE.total_seconds() + 0.5
        while holder is not None and holder.unreadable and not holder.certainly_gone:
            if time.monotonic() > deadline:
                break
            time.sleep(0.1)  # being written right now, or its maker died: wait and read it again
            holder = read_lock(db_path)
        if holder is None:
            continue
        stale = holder.is_stale(now)
        if holder.certainly_gone or (stale and take_over_stale):
            log.warning("taking over the stale lock of %s: %s", db_path, holder)
            with contextlib.suppress(FileNotFoundError):
                lock_path(db_path).unlink()
            continue
        raise LockedError(db_path, holder, stale=stale)
    holder = read_lock(db_path)
    if holder is None:
        raise UserError(f"Không khóa được tệp “{db_path}” để sửa. Hãy thử lại.", f"lock race on {db_path}")
    raise LockedError(db_path, holder, stale=holder.is_stale(now))


def break_lock(db_path: os.PathLike[str] | str) -> LockInfo | None:
    """Remove whatever lock ``db_path`` has (after the clerk confirmed nobody is editing); returns it."""
    holder = read_lock(db_path)
    with contextlib.suppress(FileNotFoundError):
        lock_path(db_path).unlink()
    if holder is not None:
        log.warning("lock of %s broken by the clerk: it was %s", db_path, holder)
    return holder


def _is_read_only_error(error: OSError) -> bool:
    return isinstance(error, PermissionError) or error.errno in (errno.EROFS, errno.EACCES, errno.EPERM)


def probe_writable(db_path: os.PathLike[str] | str) -> bool:
    """Whether the file and its folder can be written (the journal and the lock go in the folder).

    Permissions first (``os.access``), then the file itself is opened for writing (a
    write-protected stick or a CD answers only then). The folder is probed for real by
    creating the lock. Tests replace this function: root ignores permissions.
    """
    db_path = Path(db_path)
    if not os.access(db_path, os.W_OK) or not os.access(db_path.parent, os.W_OK):
        return False
    try:
        handle = os.open(db_path, os.O_RDWR)
    except OSError as error:
        if _is_read_only_error(error):
            return False
        raise
    os.close(handle)
    return True
