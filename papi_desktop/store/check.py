"""Is a file safe to open as a drafts file? Answered without changing a single byte of it.

A ``.papi`` file travels between machines on USB sticks, so it may be anything: a photo
renamed by mistake, half a file from a stick pulled out mid-copy, a damaged page, a file
from a newer papi-desktop, or a SQLite file whose schema someone else made (with triggers
or views that would run code when we write). Following SQLite's advice for database files
from untrusted sources (https://sqlite.org/security.html), the file is opened read-only
(``mode=ro``), with ``trusted_schema = OFF``, defensive mode where Python offers it, no
memory mapping, cell size checks on and no extension loading; its header is read by hand
first; then ``PRAGMA quick_check`` runs and the schema is compared with the one our own
migrations make.

:func:`problems` lists what is wrong (``papi-desktop check``); :func:`ensure_sound` raises
the first problem as a :class:`UserError` (``DraftStore.open``, merging).

A file with a hot journal beside it (a save cut off by a crash or a pulled-out stick) is
in the middle of a transaction: only rolling the journal back gives its real content.
:func:`problems` checks a rolled-back copy made in a temporary folder; :func:`ensure_sound`
with ``recover=True`` (opening for writing) lets SQLite roll the file itself back first,
but only for a file whose header says it is ours.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
import logging
import os
from pathlib import Path
import shutil
import sqlite3
import struct
import tempfile
from typing import Iterator
from urllib.parse import quote

from papi_desktop.errors import UserError
from papi_desktop.store import known_files
from papi_desktop.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100

# Tables SQLite makes by itself (AUTOINCREMENT, ANALYZE): not part of "our schema".
_SQLITE_OWN = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat4")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: ``message`` for the clerk (Vietnamese), ``detail`` for the log."""

    message: str
    detail: str


@dataclass(frozen=True)
class CheckResult:
    """What :func:`inspect` found: ``problems`` (empty: the file is sound) and ``notes`` (harmless)."""

    problems: tuple[Problem, ...]
    notes: tuple[str, ...] = ()

    @property
    def sound(self) -> bool:
        return not self.problems


def uri(path: Path, mode: str = "rw") -> str:
    """The ``file:`` URI SQLite is given for ``path``.

    Built by hand rather than with ``Path.as_uri``: a network path (``\\\\server\\share\\…``,
    or a mapped drive, which ``resolve`` turns into one) must become ``file:////server/share/…``,
    as SQLite refuses a URI naming a host.
    """
    return uri_from_posix(Path(path).absolute().as_posix(), mode)


def uri_from_posix(location: str, mode: str = "rw") -> str:
    """``file:`` URI of an absolute path in forward-slash form (``PureWindowsPath(...).as_posix()``)."""
    if not location.startswith("/"):
        location = "/" + location  # C:/Users/… → /C:/Users/…
    return f"file://{quote(location, safe='/:')}?mode={mode}"


def harden(conn: sqlite3.Connection) -> None:
    """Connection settings for reading a file that may not be ours (they write nothing)."""
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if defensive is not None and hasattr(conn, "setconfig"):  # Python 3.12+
        conn.setconfig(defensive, True)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A hardened read-only connection: SQLite will neither write to ``path`` nor create a file beside it."""
    conn = sqlite3.connect(uri(path, "ro"), uri=True)
    try:
        harden(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def expected_schema(version: int) -> set[tuple[str, str, str, str]]:
    """``(type, name, table, sql)`` of every object a file at ``version`` holds, made by our migrations."""
    conn = sqlite3.connect(":memory:")
    try:
        from sqlite_utils import Database

        db = Database(conn)
        for step in MIGRATIONS[:version]:
            step(db)
        return _schema_of(conn)
    finally:
        conn.close()


def _schema_of(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (kind, name, table, " ".join((sql or "").split()))
        for kind, name, table, sql in rows
        if name not in _SQLITE_OWN
    }


# --- the messages ---------------------------------------------------------------------------


def _not_sqlite(path: Path) -> Problem:
    return Problem(
        f"Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop (không phải tệp SQLite).",
        f"not a SQLite file: {path}",
    )


def _truncated(path: Path, detail: str) -> Problem:
    return Problem(
        f"Tệp “{path}” bị cụt (thiếu phần cuối), có thể do rút USB khi đang chép. "
        "Hãy chép lại tệp từ máy gốc.",
        f"truncated database {path}: {detail}",
    )


def _damaged(path: Path, detail: str) -> Problem:
    return Problem(
        f"Tệp “{path}” bị hỏng, không đọc được. Hãy dùng một bản sao lưu hoặc chép lại tệp từ máy gốc.",
        f"corrupt database {path}: {detail}",
    )


def _not_ours(path: Path, detail: str) -> Problem:
    return Problem(
        f"Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop.", f"not a papi-desktop database: {path}: {detail}"
    )


def _foreign_schema(path: Path, detail: str) -> Problem:
    return Problem(
        f"Tệp “{path}” có cấu trúc khác với cơ sở dữ liệu của papi-desktop (thiếu bảng hoặc cột, "
        "hoặc có thêm trigger, view lạ). Để an toàn, chương trình không mở tệp này.",
        f"foreign schema in {path}: {detail}",
    )


def _newer(path: Path, version: int) -> Problem:
    return Problem(
        f"Tệp “{path}” được tạo bằng phiên bản papi-desktop mới hơn. Hãy cập nhật papi-desktop để mở tệp này.",
        f"{path} has schema version {version}, this program knows up to {SCHEMA_VERSION}",
    )


def _sqlite_problem(path: Path, error: sqlite3.Error) -> Problem:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return Problem(
            f"Tệp “{path}” đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.",
            f"database locked: {path}: {error}",
        )
    if "not a database" in text:
        return _not_sqlite(path)
    if "malformed" in text or "corrupt" in text:
        return _damaged(path, str(error))
    return Problem(
        f"Không đọc được tệp “{path}” ({error}). Hãy kiểm tra ổ đĩa (USB) còn cắm và thử lại.",
        f"sqlite error reading {path}: {error}",
    )


# --- the checks -----------------------------------------------------------------------------


def _header_problem(path: Path, header: bytes, size: int) -> Problem | None:
    """What the first 100 bytes and the file size alone show (before SQLite sees the file).

    Beside a journal the file may be half-way through a commit (page 1 already says the new
    size, the pages are not all written yet): its size is then left for SQLite to judge,
    after the journal has been played back.
    """
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        return _not_sqlite(path)
    if size < _HEADER_SIZE:
        return _truncated(path, f"{size} bytes, shorter than the header")
    if Path(f"{path}-journal").exists():
        return None
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        return _damaged(path, f"page size {raw_page_size} in the header")
    if size % page_size:
        return _truncated(path, f"size {size} is not a multiple of the page size {page_size}")
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if valid_for == change_counter and page_count and size < page_count * page_size:
        return _truncated(path, f"size {size}, header says {page_count} pages of {page_size}")
    return None


def header_application_id(header: bytes) -> int:
    return struct.unpack(">I", header[68:72])[0] if len(header) >= 72 else 0


def _read_header(path: Path) -> tuple[bytes, int]:
    with path.open("rb") as handle:
        header = handle.read(_HEADER_SIZE)
        size = os.fstat(handle.fileno()).st_size
    return header, size


def _check_connection(path: Path, conn: sqlite3.Connection, *, allow_empty: bool, deep: bool = True) -> list[Problem]:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app = int(conn.execute("PRAGMA application_id").fetchone()[0])
    objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app != APPLICATION_ID:
        if app == 0 and version == 0 and objects == 0 and allow_empty:
            return []  # a new, empty SQLite file: opening makes our tables in it
        return [_not_ours(path, f"application_id={app:#x} user_version={version} objects={objects}")]
    if version > SCHEMA_VERSION:
        return [_newer(path, version)]
    if version < 1:
        return [_foreign_schema(path, f"our application_id with user_version {version}")]
    if not deep:
        return []
    verdict = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if verdict != ["ok"]:
        return [_damaged(path, "quick_check: " + "; ".join(map(str, verdict[:5])))]
    found, wanted = _schema_of(conn), expected_schema(version)
    if found != wanted:
        extra = sorted(f"{kind} {name}" for kind, name, _table, _sql in found - wanted)
        missing = sorted(f"{kind} {name}" for kind, name, _table, _sql in wanted - found)
        return [_foreign_schema(path, f"unexpected {extra}, missing or different {missing}")]
    broken_links = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken_links:
        return [_damaged(path, f"{len(broken_links)} rows break a foreign key, e.g. {broken_links[0]}")]
    return []


def _check_file(path: Path, *, allow_empty: bool, deep: bool = True) -> tuple[list[Problem], bool]:
    """(problems, hot journal found) for the file as SQLite reads it now, without recovery."""
    try:
        header, size = _read_header(path)
    except OSError as error:
        return [Problem(f"Không đọc được tệp “{path}”.", f"cannot read {path}: {error}")], False
    if size == 0:
        if allow_empty:
            return [], False
        return [Problem(f"Tệp “{path}” trống (0 byte), chưa có báo cáo nào.", f"empty file {path}")], False
    problem = _header_problem(path, header, size)
    if problem is not None:
        return [problem], False
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as error:
        return [_sqlite_problem(path, error)], False
    try:
        return _check_connection(path, conn, allow_empty=allow_empty, deep=deep), False
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY_ROLLBACK:
            return [], True
        return [_sqlite_problem(path, error)], False
    finally:
        conn.close()


def _missing(path: Path) -> Problem | None:
    if not path.exists():
        return Problem(f"Không tìm thấy tệp “{path}”.", f"no such file: {path}")
    if not path.is_file():
        return Problem(f"“{path}” không phải là một tệp.", f"not a regular file: {path}")
    return None


@contextlib.contextmanager
def recovered_copy(path: Path) -> Iterator[Path]:
    """A copy of ``path`` and its hot journal in a temporary folder, rolled back by SQLite there.

    ``path`` and its journal are only read.
    """
    with tempfile.TemporaryDirectory(prefix="papi-check-") as folder:
        copy = Path(folder) / "copy.papi"
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-journal", f"{copy}-journal")
        conn = sqlite3.connect(uri(copy, "rw"), uri=True)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA user_version").fetchone()  # taking the read lock plays the journal back
        finally:
            conn.close()
        yield copy


def inspect(path: os.PathLike[str] | str, *, allow_empty: bool = False) -> CheckResult:
    """Everything wrong with the file at ``path``; the file (and any journal) is only read."""
    path = Path(path)
    missing = _missing(path)
    if missing is not None:
        return CheckResult((missing,))
    found, hot = _check_file(path, allow_empty=allow_empty)
    if not hot:
        return CheckResult(tuple(found))
    note = (
        "Tệp có một lần lưu bị ngắt giữa chừng (có tệp “-journal” bên cạnh); "
        "papi-desktop sẽ tự khôi phục lần lưu cuối cùng trọn vẹn khi mở tệp."
    )
    try:
        with recovered_copy(path) as copy:
            found, _hot = _check_file(copy, allow_empty=allow_empty)
    except (OSError, sqlite3.Error) as error:
        return CheckResult((_damaged(path, f"cannot roll back a copy with its journal: {error}"),), (note,))
    # Messages about the copy name the clerk's file.
    return CheckResult(tuple(Problem(p.message.replace(str(copy), str(path)), p.detail) for p in found), (note,))


def problems(path: os.PathLike[str] | str, *, allow_empty: bool = False) -> list[Problem]:
    return list(inspect(path, allow_empty=allow_empty).problems)


def ensure_sound(path: os.PathLike[str] | str, *, allow_empty: bool = False, recover: bool = False) -> None:
    """Raise :class:`UserError` for the first problem of the file at ``path``; nothing is written.

    With ``recover`` a hot journal of a file whose header says it is ours is first rolled
    back by SQLite (what any opening for writing does); a foreign file is never touched.
    For a file exactly as this machine last closed it (:mod:`papi_desktop.store.known_files`:
    same size, time and SQLite change counter, so not one page was written since) only the
    header, owner and version are checked; the page-by-page checks and the schema comparison
    (which replays the migrations through sqlite-utils) are for files from elsewhere.
    """
    path = Path(path)
    missing = _missing(path)
    if missing is not None:
        raise UserError(missing.message, missing.detail)
    found, hot = _check_file(path, allow_empty=allow_empty, deep=not known_files.is_known_clean(path))
    if hot and recover:
        header, _size = _read_header(path)
        if header_application_id(header) != APPLICATION_ID:
            found = [_not_ours(path, "hot journal beside a file that is not ours: not rolled back")]
        else:
            log.warning("rolling back the interrupted save left in %s-journal", path)
            conn = sqlite3.connect(uri(path, "rw"), uri=True)
            try:
                conn.execute("PRAGMA trusted_schema = OFF")
                conn.execute("PRAGMA user_version").fetchone()
            except sqlite3.Error as error:
                found = [_sqlite_problem(path, error)]
            else:
                found, hot = _check_file(path, allow_empty=allow_empty)
            finally:
                conn.close()
    elif hot:
        found = inspect(path, allow_empty=allow_empty).problems  # type: ignore[assignment]
    if found:
        problem = found[0]
        log.error("refusing %s: %s", path, problem.detail)
        raise UserError(problem.message, problem.detail)
