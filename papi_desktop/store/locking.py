"""Who is editing a drafts file: a small lock file beside it, like LibreOffice's ``.~lock.<name>#``.

SQLite's own locks last one transaction and are unreliable on some shared folders, so two
clerks could each open the same file from a network share and autosave over each other's
edits. The lock file says which machine, user and process has the file open for writing
and since when; a second writer is refused with :class:`LockedError` naming the holder.

Two things are held while a file is open for writing: an operating-system lock on the
database file itself (``flock``; on Windows a byte of SQLite's unused lock page), which
follows the file whatever name reaches it (a symlink, a hard link in another folder) and
dies with its process, so exactly one process of a machine can win; and the lock file,
made with ``O_CREAT | O_EXCL`` beside the file's real path (symlinks resolved), which
tells other machines and the clerk who holds the file. Taking over a stale lock file
happens only under the OS lock, in one atomic ``os.replace``; where the file system has no
OS locks, the stale file is first renamed aside and checked to be the one judged stale.
The lock file is removed on close. A lock left by a process that is gone (power cut, crash) is stale: one from this
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
import stat
import sys
import time
import uuid

from papi_desktop.errors import (
    FOLDER_NOT_WRITABLE, FOLDER_UNREACHABLE, LOCK_IS_FOLDER, LOCK_LOST, LOCK_LOST_HERE, LOCK_LOST_TO, LOCK_RACE, LOCK_UNREADABLE,
    LOCKED, LOCKED_HERE, LOCKED_HERE_ENDED, LOCKED_OTHER_ACCOUNT, LOCKED_OTHER_NAME, LOCKED_THIS_PROGRAM, LOCKED_STALE, LOCKED_UNKNOWN, VANISHED, Text, UserError,
)
from papi_desktop.store.oslock import FileLock as _FileLock, os_lock as _os_lock

log = logging.getLogger(__name__)

# A holder that has not refreshed its lock for this long is presumed gone.
STALE_AFTER = datetime.timedelta(days=1)
# How often an open store refreshes ``touched`` (on a write).
TOUCH_EVERY = datetime.timedelta(hours=1)
# A lock file is filled microseconds after it is made: empty for longer, its maker died.
UNREADABLE_GRACE = datetime.timedelta(seconds=2)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def real_path(db_path: os.PathLike[str] | str) -> Path:
    """The file's path with every symlink resolved: the lock file goes beside the real file."""
    return Path(os.path.realpath(db_path))


def lock_path(db_path: os.PathLike[str] | str) -> Path:
    """``.~lock.<name>#`` beside the real file (the name LibreOffice uses, hidden on Linux)."""
    db_path = real_path(db_path)
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
    def by_this_user(self) -> bool:
        """Held on this machine by the user running this program (another window of theirs, say)."""
        return self.on_this_machine and self.user == user_name()

    @property
    def in_this_process(self) -> bool:
        return self.on_this_machine and self.pid == os.getpid()

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
        """The holder a lock file names; ValueError for anything but what :meth:`to_json` writes."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        pid = data.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool) or not 0 <= pid < 2**32:
            raise ValueError(f"pid {pid!r}")
        since = _moment(data.get("since"))
        touched = _moment(data.get("touched") or data.get("since"))
        return cls(
            machine=_field(data, "machine"), user=_field(data, "user"), pid=pid, since=since, touched=touched,
            machine_id=_field(data, "machine_id", ""), token=_field(data, "token", ""),
        )


def _field(data: dict, name: str, default: str | None = None) -> str:
    value = data.get(name, default)
    if not isinstance(value, str):
        raise ValueError(f"{name} {value!r}")
    return value


def _moment(value: object) -> datetime.datetime:
    """A lock's time; one written without a zone is taken as UTC (as every writer of ours uses)."""
    if not isinstance(value, str):
        raise ValueError(f"time {value!r}")
    moment = datetime.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment


def _local(moment: datetime.datetime) -> str:
    return moment.astimezone().strftime("%H:%M ngày %d/%m/%Y")


class LockFileInTheWay(UserError):
    """Something that is not a lock file sits where the lock file goes (a folder, an unreadable file)."""


def read_lock(db_path: os.PathLike[str] | str) -> LockInfo | None:
    """The lock on ``db_path``, or None when nobody holds one.

    An unreadable lock (empty: its writer died between creating and filling it; garbled; a
    dangling link) is given as an unknown holder, dated by the lock's own time, so it goes
    stale like any other. A folder in the lock's place raises :class:`LockFileInTheWay`.
    """
    path = lock_path(db_path)
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _in_the_way(db_path, path, error.strerror or str(error)) from error
    if stat.S_ISDIR(status.st_mode):
        raise LockFileInTheWay(Text(LOCK_IS_FOLDER, {"path": db_path, "lock": path}), f"lock {path} is a folder")
    moment = datetime.datetime.fromtimestamp(status.st_mtime, datetime.timezone.utc)
    unknown = LockInfo(machine="?", user="?", pid=0, since=moment, touched=moment)
    if stat.S_ISLNK(status.st_mode) or not stat.S_ISREG(status.st_mode):
        return unknown  # never made by us: taken over once its grace is over
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _in_the_way(db_path, path, error.strerror or str(error)) from error
    try:
        return LockInfo.from_json(raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError, OverflowError):
        return unknown


def _in_the_way(db_path: os.PathLike[str] | str, path: Path, reason: str) -> LockFileInTheWay:
    return LockFileInTheWay(
        Text(LOCK_UNREADABLE, {"path": db_path, "lock": path, "reason": reason}), f"cannot read lock {path}: {reason}"
    )


class LockedError(UserError):
    """The file is open for writing elsewhere. The window may offer to open it read-only.

    ``holder`` says who (``machine``, ``user``, ``pid``, ``since``; ``holder.on_this_machine``,
    ``holder.by_this_user`` and ``holder.in_this_process`` say whether it is this computer,
    this user, this very program); ``stale`` is True when the holder looks gone (silent for a
    day), so the window may offer to take the lock over after the clerk confirms:
    ``DraftStore.open(path, take_over_stale=True)`` or :func:`break_lock`. ``other_name``: the
    operating system says the file is held, through a name (a link) whose lock file is elsewhere.
    """

    def __init__(self, db_path: Path, holder: LockInfo, *, stale: bool, other_name: bool = False) -> None:
        self.path = db_path
        self.lock_path = lock_path(db_path)
        self.holder = holder
        self.stale = stale
        self.other_name = other_name
        self.machine, self.user, self.pid, self.since = holder.machine, holder.user, holder.pid, holder.since
        values = {"path": db_path, "machine": holder.machine, "user": holder.user, "since": _local(holder.since)}
        if other_name:
            parts = [Text(LOCKED_OTHER_NAME, values)]
        elif holder.in_this_process:
            parts = [Text(LOCKED_THIS_PROGRAM, values)]
        elif holder.by_this_user:
            # the clerk's own lock: another window of hers, or an earlier run that ended abruptly —
            # never her own machine and account named as if they were someone else's
            ended = not pid_alive(holder.pid)
            parts = [Text(LOCKED_HERE_ENDED if ended else LOCKED_HERE, values)]
            stale = stale and not ended
        elif holder.on_this_machine:
            parts = [Text(LOCKED_OTHER_ACCOUNT, values)]
        elif holder.machine == "?":
            parts = [Text(LOCKED_UNKNOWN, values)]
        else:
            parts = [Text(LOCKED, values)]
        if stale:
            parts.append(Text(LOCKED_STALE, {"touched": _local(holder.touched)}))
        super().__init__(
            parts,
            f"{db_path} locked by {holder.user}@{holder.machine} pid {holder.pid} since "
            f"{holder.since.isoformat()} (touched {holder.touched.isoformat()}, stale={stale}, other_name={other_name})",
        )


class LostLockError(UserError):
    """Our lock was removed or taken over while the file was open: stop writing."""


def _hide_on_windows(path: Path) -> None:
    if sys.platform == "win32":
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # type: ignore[attr-defined]


def _key(db_path: Path) -> object:
    """The file's identity: device and inode (Windows: volume serial and file index, as ``os.stat``
    gives them), so a symlink or a hard link is the same file; the resolved path when it is gone."""
    try:
        status = os.stat(db_path)
    except OSError:
        return os.path.normcase(str(real_path(db_path)))
    if status.st_ino:
        return (status.st_dev, status.st_ino)
    return os.path.normcase(str(real_path(db_path)))


class Lock:
    """A held lock; :meth:`release` (from ``DraftStore.close``) removes the file.

    Within one process the lock is shared: a second store on the same file (the window
    checking what it saved, say) uses the same lock, which goes when the last one closes.
    """

    def __init__(self, db_path: Path, info: LockInfo, file_lock: _FileLock | None = None) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.info = info
        self.released = False
        self.users = 1
        self.key = _key(db_path)
        self._file_lock = file_lock

    def __repr__(self) -> str:
        return f"Lock({str(self.path)!r})"

    def check(self, now: datetime.datetime | None = None) -> None:
        """Before a write: raise :class:`LostLockError` if the lock is no longer ours; refresh it hourly."""
        try:
            self.path.lstat()
        except FileNotFoundError:
            pass
        except OSError as error:  # the share or the stick went away, rights were taken back
            raise UserError(
                Text(FOLDER_UNREACHABLE, {"folder": self.db_path.parent, "reason": error.strerror or str(error)}),
                f"cannot check lock {self.path}: {error}",
            ) from error
        try:
            current = read_lock(self.db_path)
        except LockFileInTheWay as error:
            raise LostLockError(Text(LOCK_LOST, {"path": self.db_path}), f"lock of {self.db_path}: {error.detail}") from error
        if current is None:
            current = self._retake()
        if current is None or current.token != self.info.token:
            if current is None:
                text = Text(LOCK_LOST, {"path": self.db_path})
            elif current.by_this_user:
                text = Text(LOCK_LOST_HERE, {"path": self.db_path})
            else:
                text = Text(LOCK_LOST_TO, {"path": self.db_path, "machine": current.machine, "user": current.user})
            raise LostLockError(text, f"lock of {self.db_path} lost: now {current}")
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
            raise UserError(Text(VANISHED, {"path": self.db_path}), f"database file vanished: {self.db_path}")
        try:
            handle = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return read_lock(self.db_path)
        except OSError as error:
            raise UserError(
                Text(FOLDER_NOT_WRITABLE, {"folder": self.db_path.parent, "reason": error.strerror or str(error)}),
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
        if _HELD.get(self.key) is self:
            del _HELD[self.key]
        try:
            current = read_lock(self.db_path)
        except LockFileInTheWay:
            current = None
        if current is not None and current.token == self.info.token:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        elif current is not None:
            log.warning("not removing lock %s: it is no longer ours (%s)", self.path, current)
        if self._file_lock is not None:
            self._file_lock.release()


# The locks this process holds, by file identity: shared by the stores of one process.
_HELD: dict[object, Lock] = {}


def _rewrite(path: Path, info: LockInfo) -> None:
    temporary = path.with_name(f"{path.name}.{info.token[:8]}.tmp")
    temporary.write_text(info.to_json(), encoding="utf-8")
    os.replace(temporary, path)


def _new_info(now: datetime.datetime) -> LockInfo:
    return LockInfo(
        machine=machine_name(), user=user_name(), pid=os.getpid(), since=now, touched=now,
        machine_id=_machine_id(), token=uuid.uuid4().hex,
    )


def _create(db_path: Path, info: LockInfo) -> None:
    """Make the lock file or raise FileExistsError (someone holds it) / another OSError."""
    path = lock_path(db_path)
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


def _take_over(db_path: Path, stale: LockInfo, info: LockInfo, *, under_os_lock: bool) -> bool:
    """Replace the lock file judged stale by ours in one atomic step; False if someone else was quicker.

    Under the OS lock nobody else can be doing this (on this machine): ``os.replace`` is the
    step. Without it, the stale file is renamed aside (only one renamer can win), checked to be
    the very one judged stale (else it is put back), and ours is then created exclusively.
    """
    path = lock_path(db_path)
    if under_os_lock:
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                path.unlink()  # a link is replaced, never written through
                _create(db_path, info)
            else:
                _rewrite(path, info)
        except (FileNotFoundError, FileExistsError):
            return False
        _hide_on_windows(path)
        return True
    aside = path.with_name(f"{path.name}.{info.token[:8]}.stale")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return False
    try:
        moved = read_lock_file(aside)
    except OSError:
        moved = None
    if moved is not None and moved.token != stale.token:
        with contextlib.suppress(OSError):
            os.link(aside, path)  # someone's fresh lock: put it back (never over another)
        with contextlib.suppress(OSError):
            aside.unlink()
        return False
    with contextlib.suppress(OSError):
        aside.unlink()
    try:
        _create(db_path, info)
    except FileExistsError:
        return False
    return True


def read_lock_file(path: Path) -> LockInfo | None:
    """What the lock file at ``path`` itself says (None: not a readable lock)."""
    try:
        return LockInfo.from_json(path.read_bytes().decode("utf-8"))
    except (ValueError, KeyError, TypeError, OverflowError):
        return None


def acquire(
    db_path: os.PathLike[str] | str, *, take_over_stale: bool = False, now: datetime.datetime | None = None,
    exclusive: bool = False,
) -> Lock:
    """Take the lock on ``db_path`` or raise :class:`LockedError`.

    OS errors (a read-only folder: ``PermissionError``, ``EROFS``) reach the caller, which
    decides to open read-only. A lock whose holder is certainly gone is taken over; one
    that is merely old only with ``take_over_stale``. A lock this process already holds is
    shared, unless ``exclusive`` (restoring a backup: nobody, this window included, may
    have the file open). Something in the lock file's place that is not a lock (a folder,
    an unreadable file) raises :class:`LockFileInTheWay`, naming it.
    """
    db_path = Path(db_path)
    now = now or _now()
    held = _HELD.get(_key(db_path))
    if held is not None and not held.released and held.info.pid == os.getpid():
        if exclusive:
            raise LockedError(db_path, held.info, stale=False)
        current = read_lock(held.db_path)
        if current is not None and current.token == held.info.token:
            held.users += 1
            return held
    file_lock = None
    if db_path.exists():
        try:
            file_lock = _os_lock(db_path)
        except BlockingIOError:
            holder = read_lock(db_path)
            if holder is None or holder.unreadable:
                raise LockedError(db_path, holder or _unknown_here(now), stale=False, other_name=holder is None) from None
            raise LockedError(db_path, holder, stale=False) from None
    try:
        lock = _acquire_file(db_path, now, take_over_stale=take_over_stale, under_os_lock=file_lock is not None)
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
    lock._file_lock = file_lock
    _HELD[lock.key] = lock
    return lock


def _unknown_here(now: datetime.datetime) -> LockInfo:
    return LockInfo(machine=machine_name(), user="?", pid=0, since=now, touched=now)


def _acquire_file(db_path: Path, now: datetime.datetime, *, take_over_stale: bool, under_os_lock: bool) -> Lock:
    info = _new_info(now)
    for _attempt in range(5):
        try:
            _create(db_path, info)
            return Lock(db_path, info)
        except FileExistsError:
            pass
        holder = read_lock(db_path)
        if holder is None:
            continue  # released meanwhile: try again
        deadline = time.monotonic() + UNREADABLE_GRACE.total_seconds() + 0.5
        while holder is not None and holder.unreadable and not holder.certainly_gone:
            if under_os_lock and _left_on_this_machine(db_path):
                break  # we hold the file: whoever began this lock file here is gone
            if time.monotonic() > deadline:
                break
            time.sleep(0.1)  # being written right now, or its maker died: wait and read it again
            holder = read_lock(db_path)
        if holder is None:
            continue
        stale = holder.is_stale(now)
        # Under the OS lock, a lock file of this machine's is certainly left by a process that is gone.
        gone = holder.certainly_gone or (under_os_lock and holder.on_this_machine and not holder.in_this_process)
        if gone or (stale and take_over_stale) or (under_os_lock and holder.unreadable and _left_on_this_machine(db_path)):
            log.warning("taking over the stale lock of %s: %s", db_path, holder)
            if _take_over(db_path, holder, info, under_os_lock=under_os_lock):
                return Lock(db_path, info)
            continue
        raise LockedError(db_path, holder, stale=stale)
    holder = read_lock(db_path)
    if holder is None:
        raise UserError(Text(LOCK_RACE, {"path": db_path}), f"lock race on {db_path}")
    raise LockedError(db_path, holder, stale=holder.is_stale(now))


def _left_on_this_machine(db_path: Path) -> bool:
    """An unreadable lock file that is not a plain file (a dangling link): nobody writes through it."""
    try:
        return not stat.S_ISREG(os.lstat(lock_path(db_path)).st_mode)
    except OSError:
        return False


def break_lock(db_path: os.PathLike[str] | str) -> LockInfo | None:
    """Remove whatever lock ``db_path`` has (after the clerk confirmed nobody is editing); returns it.

    A process of this machine that still holds the file keeps its OS lock: breaking the lock
    file lets in only a writer from elsewhere, and the holder stops at its next write.
    """
    try:
        holder = read_lock(db_path)
    except LockFileInTheWay:
        holder = None
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
