"""Writing a file so that it is either wholly the new one or still the old one.

Exports go to folders clerks care about (the report they sent last quarter may be there).
A crash, a full disk or a file held open by Word must never leave half a file or destroy
the previous one: write a temporary file in the same folder, flush it to disk, then
replace the target in one step (``os.replace`` is atomic on the same volume, Windows too).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from pathlib import Path
import tempfile
from typing import Callable, Iterator

from papi_desktop.errors import UserError

log = logging.getLogger(__name__)

# Characters Windows forbids in a file name, and names it reserves.
_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def check_file_name(name: str) -> None:
    """Refuse a file name Windows would refuse, before anything is written."""
    bad = sorted({c for c in name if c in _FORBIDDEN})
    stem = name.split(".")[0].upper()
    if not name.strip() or bad or stem in _RESERVED or name.endswith((" ", ".")):
        shown = " ".join(repr(c) for c in bad)
        raise UserError(
            f"Tên tệp “{name}” không hợp lệ trên Windows"
            + (f" (có ký tự không được phép: {shown})." if bad else "."),
            f"invalid file name for Windows: {name!r}",
        )


def _explain(error: OSError, target: Path) -> UserError:
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            f"Không ghi được tệp “{target}”: tệp đang được mở trong chương trình khác (ví dụ Word) "
            "hoặc thư mục chỉ cho phép đọc. Hãy đóng tệp hoặc chọn nơi lưu khác.",
            f"permission denied writing {target}: {error}",
        )
    if error.errno == errno.ENOSPC:
        return UserError(
            f"Ổ đĩa đã đầy, không ghi được tệp “{target}”.", f"disk full writing {target}: {error}"
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


@contextlib.contextmanager
def atomic_target(target: os.PathLike[str] | str, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    Whatever the writer raises, the temporary file is removed and ``target`` is untouched.
    OS errors become a :class:`UserError` that says what the clerk can do.
    """
    target = Path(target)
    check_file_name(target.name)
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".~{target.stem[:40]}.", suffix=suffix or target.suffix, dir=target.parent
        )
        os.close(handle)
    except OSError as error:
        raise _explain(error, target) from error
    temporary = Path(temporary_name)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        give_usual_permissions(temporary)
        os.replace(temporary, target)
    except OSError as error:
        raise _explain(error, target) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def write_atomically(target: os.PathLike[str] | str, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result onto ``target`` in one step."""
    with atomic_target(target) as temporary:
        write(temporary)
    log.info("wrote %s", target)
    return Path(target)
