"""An exclusive operating-system lock on a drafts file itself, held while it is open for writing.

The lock file beside a drafts file (:mod:`.locking`) says who holds it, but two processes can
reach one file through different names (a symlink, a hard link in another folder) and find
two different lock files. A lock on the file's own handle follows the file whatever its name
and dies with its process: on POSIX ``flock`` (independent of SQLite's ``fcntl`` byte locks,
and not lost when another handle on the file is closed), on Windows one byte of SQLite's lock
page that SQLite itself never uses.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from pathlib import Path
import sys

log = logging.getLogger(__name__)

# On Windows, a byte of SQLite's lock page that SQLite itself never locks, reads or writes
# (its locks use the first 512 bytes of the page at 1 GiB; our files use 4096-byte pages).
_WINDOWS_LOCK_OFFSET = 0x40000000 + 2048


class FileLock:
    """An exclusive OS lock on the database file, held by an open handle until :meth:`release`."""

    def __init__(self, handle: int) -> None:
        self.handle = handle

    def release(self) -> None:
        if self.handle >= 0:
            with contextlib.suppress(OSError):
                os.close(self.handle)  # closing the handle ends the lock (flock / LockFile alike)
            self.handle = -1


def _open_for_locking(db_path: Path) -> int:
    """A read-only descriptor of the file. On Windows it is opened sharing delete as well, so that
    replacing the file in one step (restoring a backup, which holds this lock) is not refused
    because of this very handle."""
    if sys.platform == "win32":
        import _winapi
        import msvcrt

        share = 0x1 | 0x2 | 0x4  # FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE
        handle = _winapi.CreateFile(str(db_path), _winapi.GENERIC_READ, share, 0, _winapi.OPEN_EXISTING, 0, 0)
        return msvcrt.open_osfhandle(handle, os.O_RDONLY | os.O_NOINHERIT)  # type: ignore[attr-defined]
    return os.open(db_path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))


def os_lock(db_path: Path) -> FileLock | None:
    """Take the OS lock on the database file: the lock, None where the file system has none.

    Raises BlockingIOError when another process holds it; other OSErrors (a read-only file
    system, rights) reach the caller like those of the lock file.
    """
    handle = _open_for_locking(db_path)
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(handle, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            except PermissionError as error:  # Windows says "locked" as EACCES
                raise BlockingIOError(errno.EAGAIN, "locked") from error
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(handle)
        raise
    except OSError as error:
        os.close(handle)
        if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
            log.info("no OS locks for %s (%s): the lock file alone guards it", db_path, error)
            return None
        raise
    return FileLock(handle)


