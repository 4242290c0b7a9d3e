"""Writing a file so that it is either wholly the new one or still the old one.

Exports go to folders clerks care about (the report they sent last quarter may be there).
A crash, a full disk or a file held open by Word must never leave half a file or destroy
the previous one: write a temporary file in the same folder, flush it to disk, check that
it is complete, then replace the target in one step (``os.replace`` is atomic on the same
volume, Windows too).

Temporaries are named ``.~papi-tmp.<name>.<random><suffix>`` so that one left by a process
that was killed can be recognised and removed by the next write to the same folder. A
writer holds an OS lock on its temporary (``flock`` on POSIX; on Windows an open file cannot
be deleted at all), so a temporary still being written by another process is never taken.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from pathlib import Path
import re
import sys
from typing import Callable, Iterator

from papi_desktop.errors import UserError

log = logging.getLogger(__name__)

# Characters Windows forbids in a file name.
_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
# Names Windows treats as devices whatever the extension (Win32 path rules; the superscript
# digits are accepted by Windows as COM/LPT numbers too, and COM0/LPT0 are reserved names).
_DIGITS = "0123456789\u00b9\u00b2\u00b3"
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{port}{digit}" for port in ("COM", "LPT") for digit in _DIGITS}
)

TEMPORARY_PREFIX = ".~papi-tmp."
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Side files SQLite may leave beside a temporary database copy.
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


def is_device_name(name: str) -> bool:
    """True when Windows would open a device, not a file, for ``name``.

    Windows looks at the part before the first dot with trailing spaces and dots removed,
    case-insensitively: ``CON .docx``, ``nul.tar.gz`` and ``COM¹.pdf`` are all devices.
    """
    stem = name.split(".", 1)[0].rstrip(" .")
    return stem.upper() in _RESERVED


def check_file_name(name: str) -> None:
    """Refuse a file name Windows would refuse, before anything is written."""
    bad = sorted({c for c in name if c in _FORBIDDEN})
    if not name.strip() or bad or is_device_name(name) or name.endswith((" ", ".")):
        shown = " ".join(repr(c) for c in bad)
        if bad:
            reason = f" (có ký tự không được phép: {shown})."
        elif is_device_name(name):
            reason = " (Windows dành tên này cho thiết bị như CON, NUL, COM1, LPT1)."
        else:
            reason = "."
        raise UserError(
            f"Tên tệp “{name}” không hợp lệ trên Windows" + reason,
            f"invalid file name for Windows: {name!r}",
        )


def _explain(error: OSError, target: Path) -> UserError:
    # First: Windows reports a folder in the way as "access denied", like a file held open.
    if error.errno == errno.EISDIR or target.is_dir():
        return UserError(
            f"Không ghi được tệp “{target}”: đó là một thư mục. Hãy chọn tên tệp khác.",
            f"target is a folder: {target}: {error}",
        )
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            f"Không ghi được tệp “{target}”: tệp đang được mở trong chương trình khác (ví dụ Word) "
            "hoặc thư mục chỉ cho phép đọc. Hãy đóng tệp hoặc chọn nơi lưu khác.",
            f"permission denied writing {target}: {error}",
        )
    if error.errno in _DISK_FULL:
        return UserError(
            f"Ổ đĩa đã đầy, không ghi được tệp “{target}”. Tệp cũ (nếu có) vẫn còn nguyên; "
            "hãy giải phóng chỗ trống hoặc chọn ổ đĩa khác.",
            f"disk full writing {target}: {error}",
        )
    if error.errno == errno.EFBIG:
        return UserError(
            f"Không ghi được tệp “{target}”: tệp lớn hơn mức ổ đĩa này cho phép. Tệp cũ (nếu có) "
            "vẫn còn nguyên; hãy chọn ổ đĩa khác.",
            f"file too large writing {target}: {error}",
        )
    if error.errno == errno.ENOENT:
        return UserError(
            f"Thư mục “{target.parent}” không tồn tại.", f"folder missing for {target}: {error}"
        )
    return UserError(f"Không ghi được tệp “{target}”: {error.strerror or error}.", f"cannot write {target}: {error}")


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    current = os.umask(0o022)  # elsewhere the only way to read it is to set it for an instant
    os.umask(current)
    return current


def give_usual_permissions(path: Path) -> None:
    """Give a finished temporary file the mode a plainly created file would get (0666 less the umask).

    ``tempfile.mkstemp`` makes files readable by their owner alone (0600); an export kept in a
    shared folder must be readable by colleagues, as a file saved by any other program is.
    Windows has no such modes, so nothing is done there.
    """
    if os.name != "nt":
        os.chmod(path, 0o666 & ~_umask())


def incomplete(target: Path, detail: str) -> UserError:
    """The message for a written file that turned out not to be whole."""
    return UserError(
        f"Tệp “{target}” không được ghi trọn vẹn (ổ đĩa có thể đã đầy hoặc bị rút ra), nên chưa xuất. "
        "Tệp cũ (nếu có) vẫn còn nguyên.",
        f"incomplete output for {target}: {detail}",
    )


# --- checks that a written file is whole -------------------------------------------------


def verify_docx(path: Path) -> str | None:
    """None when ``path`` is a readable Word package; otherwise what is wrong (English)."""
    import zipfile  # here: the window imports this module at start and needs no zip then

    try:
        with zipfile.ZipFile(path) as package:
            if "word/document.xml" not in package.namelist():
                return "no word/document.xml in the package"
            broken = package.testzip()
            if broken is not None:
                return f"bad CRC for {broken}"
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        return f"not a readable zip: {error}"
    return None


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def verify_pdf(path: Path) -> str | None:
    """None when ``path`` is a complete PDF: header, a final ``%%EOF`` and a cross-reference
    table where ``startxref`` says (so a file with a hole in the middle is caught too)."""
    try:
        with open(path, "rb") as pdf:
            if not pdf.read(5) == b"%PDF-":
                return "no %PDF- header"
            size = pdf.seek(0, os.SEEK_END)
            pdf.seek(max(0, size - 1024))
            tail = pdf.read()
            found = _STARTXREF.search(tail)
            if found is None:
                return "no startxref / %%EOF at the end"
            offset = int(found.group(1))
            if offset >= size:
                return f"startxref {offset} beyond the end ({size})"
            pdf.seek(offset)
            head = pdf.read(64)
    except OSError as error:
        return f"cannot read back: {error}"
    if not (head.startswith(b"xref") or re.match(rb"\d+\s+\d+\s+obj", head)):
        return f"no cross-reference table at {offset}"
    return None


def verify_papi(path: Path) -> str | None:
    """None when ``path`` starts as an SQLite database does (a copy of a ``.papi`` file)."""
    try:
        with open(path, "rb") as database:
            header = database.read(16)
    except OSError as error:
        return f"cannot read back: {error}"
    return None if header == b"SQLite format 3\x00" else "no SQLite header"


VERIFIERS: dict[str, Callable[[Path], str | None]] = {
    ".docx": verify_docx, ".pdf": verify_pdf, ".papi": verify_papi,
}


# --- temporaries -------------------------------------------------------------------------


def _lock_temporary(handle: int) -> None:
    """Mark a temporary as being written (POSIX). On Windows the open handle already keeps
    the file from being deleted by anyone else."""
    if sys.platform != "win32":
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _is_abandoned(path: Path) -> bool:
    """True when no live process holds ``path`` (one of our temporaries)."""
    if sys.platform == "win32":
        return True  # unlink itself fails on a file another process has open
    import fcntl

    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(handle)  # closing releases the probe's own lock
    return True


def remove_stale_temporaries(folder: os.PathLike[str] | str) -> list[Path]:
    """Remove the temporaries of writes in ``folder`` that were cut off (process killed,
    machine switched off); returns what was removed. Never raises."""
    removed: list[Path] = []
    try:
        entries = [entry for entry in os.scandir(folder) if entry.name.startswith(TEMPORARY_PREFIX)]
    except OSError:
        return removed
    names = {entry.name for entry in entries}
    side_files = []
    for entry in entries:
        if entry.name.endswith(_SIDE_SUFFIXES):
            side_files.append(entry)
            continue
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and _is_abandoned(path):
                path.unlink()
                names.discard(entry.name)
                removed.append(path)
    for entry in side_files:  # a side file goes with its temporary, never before it
        owner = next((entry.name[: -len(s)] for s in _SIDE_SUFFIXES if entry.name.endswith(s)), entry.name)
        if owner not in names:
            with contextlib.suppress(OSError):
                Path(entry.path).unlink()
                removed.append(Path(entry.path))
    for path in removed:
        log.info("removed the temporary %s left by an earlier write that did not finish", path)
    return removed


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


@contextlib.contextmanager
def atomic_target(
    target: os.PathLike[str] | str, suffix: str | None = None,
    verify: Callable[[Path], str | None] | None = None,
) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    After the writer returns, the temporary is flushed to disk and checked: it must not be
    empty, and ``verify`` (default: by the target's suffix, see :data:`VERIFIERS`) must find
    it whole. Whatever fails, the temporary file is removed and ``target`` is untouched.
    OS errors become a :class:`UserError` that says what the clerk can do.
    """
    target = Path(target)
    check_file_name(target.name)
    folder = target.parent
    remove_stale_temporaries(folder)
    if verify is None:
        verify = VERIFIERS.get(target.suffix.lower())
    import tempfile  # here: not needed to start the window

    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f"{TEMPORARY_PREFIX}{target.stem[:40]}.", suffix=suffix or target.suffix, dir=folder
        )
    except OSError as error:
        raise _explain(error, target) from error
    temporary = Path(temporary_name)
    try:
        with contextlib.suppress(OSError):
            _lock_temporary(handle)
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        give_usual_permissions(temporary)


        os.fsync(handle)  # the writer's data, whichever descriptor it used
        size = temporary.stat().st_size
        if size == 0:
            raise incomplete(target, "0 bytes written")
        problem = verify(temporary) if verify is not None else None
        if problem is not None:
            raise incomplete(target, problem)
        if sys.platform == "win32":  # an open file cannot be renamed there
            os.close(handle)
            handle = -1
        os.replace(temporary, target)
        _sync_folder(folder)
    except OSError as error:
        raise _explain(error, target) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if handle >= 0:
            with contextlib.suppress(OSError):
                os.close(handle)


def write_atomically(target: os.PathLike[str] | str, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result onto ``target`` in one step."""
    with atomic_target(target) as temporary:
        write(temporary)
    log.info("wrote %s", target)
    return Path(target)


def write_bytes_atomically(
    target: os.PathLike[str] | str, data: bytes,
    verify: Callable[[Path], str | None] | None = None,
) -> Path:
    """Write ``data`` as the whole of ``target`` in one step (see :func:`atomic_target`).

    The bytes go out in one loop of ``os.write`` calls on a descriptor of our own, so a
    full disk is an ``OSError`` here, with nothing left half-open for the garbage collector
    to trip over later (a ``zipfile`` left open by a failed save prints a traceback).
    """
    with atomic_target(target, verify=verify) as temporary:
        handle = os.open(temporary, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
        try:
            view = memoryview(data)
            while view:
                written = os.write(handle, view[: 1 << 20])
                view = view[written:]
        finally:
            os.close(handle)
    log.info("wrote %s", target)
    return Path(target)
