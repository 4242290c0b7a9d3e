"""Is a file safe to open as a drafts file? Answered without changing a single byte of it.

A ``.papi`` file travels between machines on USB sticks, so it may be anything: a photo
renamed by mistake, half a file from a stick pulled out mid-copy (or a 0-byte one when the
copy never began), a damaged page, a file from a newer papi-desktop, a SQLite file whose
schema someone else made (with triggers or views that would run code when we write), or a
sound file with somebody else's ``-journal`` beside it. Following SQLite's advice for
database files from untrusted sources (https://sqlite.org/security.html), the file is opened
read-only (``mode=ro``), with ``trusted_schema = OFF``, defensive mode where Python offers
it, no memory mapping, cell size checks on and no extension loading; its header and side
files are read by hand first (:mod:`.sidefiles`); then ``PRAGMA quick_check`` runs, every
object of ``sqlite_master`` is compared by type and name with the schema our own migrations
make, and (for ``papi-desktop check``) every row is read through :mod:`.codec`.

A file with a hot journal or a ``-wal`` beside it is in the middle of a transaction: only
playing the side file back gives its real content. That is done in a copy in a temporary
folder (:func:`recovered_copy`); the file itself is played back only by a writer
(:func:`ensure_sound` with ``recover``), after a copy of both is kept.
"""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass
import functools
import logging
import os
from pathlib import Path
import shutil
import sqlite3
import struct
import tempfile
from typing import Callable, Iterator
from urllib.parse import quote

from papi_desktop.errors import (
    BAD_REPORT, CANNOT_READ, DAMAGED, EMPTY_FILE, FOREIGN_JOURNAL, FOREIGN_SCHEMA, HOT_JOURNAL_NOTE, NEWER,
    NOT_A_FILE, NOT_FOUND, NOT_OURS, NOT_SQLITE, TRAILING_BYTES, TRUNCATED, WAL_NOTE, Text, UserError,
)
from papi_desktop.store import known_files
from papi_desktop.store.explain import explain_sqlite
from papi_desktop.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from papi_desktop.store.sidefiles import Sides, inspect_sides, is_wal_mode, page_size_of

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100

# Tables SQLite makes by itself (AUTOINCREMENT, ANALYZE): allowed under these names, as tables only.
_SQLITE_OWN_TABLES = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: ``text`` for the clerk (a template of :mod:`errors`), ``detail`` for the log."""

    text: Text
    detail: str

    @property
    def message(self) -> str:
        return self.text.render()

    def error(self) -> UserError:
        return UserError(self.text, self.detail)


def _problem(template: str, detail: str, **values: object) -> Problem:
    return Problem(Text(template, values), detail)


@dataclass(frozen=True)
class CheckResult:
    """What :func:`inspect` found.

    ``problems`` (empty: the file is sound), ``notes`` (harmless, for the clerk), and ``side``:
    the ``-journal`` or ``-wal`` whose content a reader must see through :func:`recovered_copy`
    (``wal_mode``: the file is in WAL mode and is read through a copy even without a log).
    """

    problems: tuple[Problem, ...]
    notes: tuple[Text, ...] = ()
    side: Path | None = None
    wal_mode: bool = False
    pages_checked: bool = True  # False: the fast path for a known file skipped the page check

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def needs_copy(self) -> bool:
        return self.side is not None or self.wal_mode


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


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A hardened read-only connection: SQLite will neither write to ``path`` nor create a file beside it.

    ``immutable`` also makes SQLite ignore any side file (used to read a file as it is without
    its journal, to tell whether that journal is what damages it).
    """
    conn = sqlite3.connect(uri(path, "ro") + ("&immutable=1" if immutable else ""), uri=True)
    try:
        harden(conn)
    except BaseException:
        conn.close()
        raise
    return conn


@functools.lru_cache(maxsize=None)
def expected_schema(version: int) -> frozenset[tuple[str, str, str, str]]:
    """``(type, name, table, sql)`` of every object a file at ``version`` holds, made by our migrations.

    The steps only ``execute`` SQL, so they run on the plain connection here: loading sqlite-utils
    to check a file being opened cost the window's start ~80 ms."""
    conn = sqlite3.connect(":memory:")
    try:
        for step in MIGRATIONS[:version]:
            step(conn)  # type: ignore[arg-type]  # the steps use Database.execute alone
        return frozenset(_schema_of(conn))
    finally:
        conn.close()


def _schema_of(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    """Every object of ``sqlite_master`` but SQLite's own tables; a reserved name of another kind stays in."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (kind, name, table, " ".join((sql or "").split()))
        for kind, name, table, sql in rows
        if not (kind == "table" and name in _SQLITE_OWN_TABLES and table == name)
    }


# --- the checks -----------------------------------------------------------------------------


def _header_problem(path: Path, header: bytes, size: int, journal: bool) -> tuple[Problem | None, Text | None]:
    """What the first 100 bytes and the size alone show, before SQLite sees the file; (problem, note).

    Beside a journal the file may be half-way through a commit (page 1 already says the new
    size, the pages are not all written yet): its size is then left for SQLite to judge,
    after the journal has been played back. Bytes after the last page do not make a file
    truncated: SQLite never reads them (a note says so).
    """
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        return _problem(NOT_SQLITE, f"not a SQLite file: {path}", path=path), None
    if size < _HEADER_SIZE:
        return _problem(TRUNCATED, f"truncated database {path}: {size} bytes", path=path), None
    if journal:
        return None, None
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = page_size_of(header)
    if page_size < 512 or page_size & (page_size - 1):
        return _problem(DAMAGED, f"corrupt database {path}: page size {raw_page_size}", path=path), None
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if valid_for == change_counter and page_count:
        expected = page_count * page_size
        if size < expected:
            return _problem(
                TRUNCATED, f"truncated database {path}: size {size}, header says {page_count} pages", path=path
            ), None
        if size > expected and not is_wal_mode(header):
            return None, Text(TRAILING_BYTES, {"count": size - expected})
        return None, None
    if size % page_size:
        return _problem(TRUNCATED, f"truncated database {path}: size {size} not a multiple of {page_size}", path=path), None
    return None, None


def header_application_id(header: bytes) -> int:
    return struct.unpack(">I", header[68:72])[0] if len(header) >= 72 else 0


def header_user_version(header: bytes) -> int:
    return struct.unpack(">I", header[60:64])[0] if len(header) >= 64 else 0


def _read_header(path: Path) -> tuple[bytes, int]:
    with path.open("rb") as handle:
        header = handle.read(_HEADER_SIZE)
        size = os.fstat(handle.fileno()).st_size
    return header, size


def _rows_problems(path: Path, conn: sqlite3.Connection) -> list[Problem]:
    """Every report whose values the model cannot take, named (see :mod:`.codec`)."""
    from papi_desktop.store import codec

    found = []
    sections: dict[object, list[tuple]] = {}
    for report_id, key, body, stamp in codec.fetch(conn, "SELECT report_id, key, body, updated_at FROM sections")[1]:
        sections.setdefault(report_id, []).append((key, body, stamp))
    revisions: dict[object, list[tuple]] = {}
    for report_id, key, body, stamp in codec.fetch(conn, "SELECT report_id, key, body, saved_at FROM revisions")[1]:
        revisions.setdefault(report_id, []).append((key, body, stamp))
    for row in codec.fetch_dicts(conn, "SELECT * FROM reports ORDER BY created_at, id"):
        try:
            codec.stored_from_rows(row, sections.get(row.get("id"), []), revisions.get(row.get("id"), []))
        except codec.BadRow as bad:
            found.append(Problem(
                Text(BAD_REPORT, {"name": bad.name, "path": path, "reason": bad.reason}), f"bad row in {path}: {bad}"
            ))
    return found


def _check_connection(path: Path, conn: sqlite3.Connection, *, allow_empty: bool, deep: bool = True) -> list[Problem]:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app = int(conn.execute("PRAGMA application_id").fetchone()[0])
    objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app != APPLICATION_ID:
        if app == 0 and version == 0 and objects == 0 and allow_empty:
            return []  # a new, empty SQLite file (with its header): opening makes our tables in it
        return [_problem(
            NOT_OURS, f"not a papi-desktop database: {path}: application_id={app:#x} user_version={version} "
            f"objects={objects}", path=path,
        )]
    if version > SCHEMA_VERSION:
        return [_problem(NEWER, f"{path} has schema version {version}, this program knows {SCHEMA_VERSION}", path=path)]
    if version < 1:
        return [_problem(FOREIGN_SCHEMA, f"foreign schema in {path}: user_version {version}", path=path)]
    if not deep:
        return []
    verdict = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if verdict != ["ok"]:
        return [_problem(DAMAGED, f"corrupt database {path}: quick_check: {'; '.join(map(str, verdict[:5]))}", path=path)]
    found, wanted = _schema_of(conn), expected_schema(version)
    if found != wanted:
        extra = sorted(f"{kind} {name}" for kind, name, _table, _sql in found - wanted)
        missing = sorted(f"{kind} {name}" for kind, name, _table, _sql in wanted - found)
        return [_problem(
            FOREIGN_SCHEMA, f"foreign schema in {path}: unexpected {extra}, missing or different {missing}", path=path
        )]
    broken_links = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken_links:
        return [_problem(
            DAMAGED, f"corrupt database {path}: {len(broken_links)} rows break a foreign key, e.g. {broken_links[0]}",
            path=path,
        )]
    return []


def pages_sound(conn: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA quick_check`` finds every page sound, else what it found (for the log)."""
    verdict = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    return None if verdict == ["ok"] else "; ".join(map(str, verdict[:5]))


def _connection_problems(
    path: Path, shown: Path, *, allow_empty: bool, deep: bool, rows: bool, immutable: bool = False
) -> tuple[list[Problem], bool]:
    """(problems, hot journal met) of the file at ``path`` as SQLite reads it; messages name ``shown``."""
    try:
        conn = connect_read_only(path, immutable=immutable)
    except sqlite3.Error as error:
        return [_from_error(explain_sqlite(error, shown))], False
    try:
        found = _check_connection(shown, conn, allow_empty=allow_empty, deep=deep)
        if not found and rows and deep and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            found = _rows_problems(shown, conn)
        return found, False
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY_ROLLBACK:
            return [], True
        return [_from_error(explain_sqlite(error, shown))], False
    finally:
        conn.close()


def _from_error(error: UserError) -> Problem:
    return Problem(error.parts[0] if error.parts else Text("{message}", {"message": error.message}), error.detail)


def _missing(path: Path) -> Problem | None:
    if not path.exists():
        return _problem(NOT_FOUND, f"no such file: {path}", path=path)
    if not path.is_file():
        return _problem(NOT_A_FILE, f"not a regular file: {path}", path=path)
    return None


@contextlib.contextmanager
def recovered_copy(path: Path, side: Path | None = None) -> Iterator[Path]:
    """A copy of ``path`` (and its ``-journal`` or ``-wal`` ``side``) in a temporary folder, played back there.

    ``path`` and ``side`` are only read. The copy ends as one file in rollback-journal mode.
    """
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="papi-check-") as folder:
        copy = Path(folder) / "copy.papi"
        shutil.copyfile(path, copy)
        if side is not None:
            shutil.copyfile(side, Path(f"{copy}{str(side)[len(str(path)):]}"))
        conn = sqlite3.connect(uri(copy, "rw"), uri=True)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA user_version").fetchone()  # taking the read lock plays a journal back
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()  # a log is written into the copy
        finally:
            conn.close()
        yield copy


def precheck(path: os.PathLike[str] | str) -> Problem | None:
    """What the file's presence, size and first bytes alone refuse, before any lock or connection:
    missing, not a file, unreadable, 0 bytes (a copy that did not finish), not SQLite, newer."""
    path = Path(path)
    missing = _missing(path)
    if missing is not None:
        return missing
    try:
        header, size = _read_header(path)
    except OSError as error:
        return _problem(CANNOT_READ, f"cannot read {path}: {error}", path=path, reason=error.strerror or str(error))
    if size == 0:
        return _problem(EMPTY_FILE, f"empty (0-byte) file {path}", path=path)
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        return _problem(NOT_SQLITE, f"not a SQLite file: {path}", path=path)
    if header_application_id(header) == APPLICATION_ID and header_user_version(header) > SCHEMA_VERSION:
        # Said from the header alone: nothing beside the file is read or played back for a newer file.
        return _problem(NEWER, f"{path}: header says schema {header_user_version(header)}", path=path)
    return None


def inspect(
    path: os.PathLike[str] | str, *, allow_empty: bool = False, deep: bool = True, rows: bool = True
) -> CheckResult:
    """Everything wrong with the file at ``path``; the file and its side files are only read.

    ``allow_empty``: a SQLite file without any table (made by another tool) is acceptable; a
    0-byte file never is. ``deep``: run the page, schema and row checks (``rows``: every report
    read through the codec, as ``papi-desktop check`` does).
    """
    path = Path(path)
    early = precheck(path)
    if early is not None:
        return CheckResult((early,))
    try:
        header, size = _read_header(path)
    except OSError as error:
        return CheckResult((_problem(CANNOT_READ, f"cannot read {path}: {error}", path=path,
                                     reason=error.strerror or str(error)),))
    sides: Sides = inspect_sides(path, header) if header[:16] == SQLITE_MAGIC else Sides()
    problem, note = _header_problem(path, header, size, journal=sides.journal is not None)
    if problem is not None:
        return CheckResult((problem,))
    if sides.problem is not None:
        return CheckResult((Problem(sides.problem.text, sides.problem.detail),))
    notes = (note,) if note is not None else ()
    wal_mode = is_wal_mode(header)
    if sides.wal is not None or wal_mode:
        return _inspect_copy(path, sides.wal, notes + ((Text(WAL_NOTE),) if sides.wal else ()),
                             allow_empty=allow_empty, deep=deep, rows=rows, wal_mode=wal_mode)
    found, hot = _connection_problems(path, path, allow_empty=allow_empty, deep=deep, rows=rows)
    if not hot:
        return CheckResult(tuple(found), notes)
    journal = sides.journal or Path(f"{path}-journal")
    if not journal.is_file():  # the writer of a live journal finished meanwhile: read the file again
        found, _hot = _connection_problems(path, path, allow_empty=allow_empty, deep=deep, rows=rows)
        return CheckResult(tuple(found), notes)
    result = _inspect_copy(path, journal, notes + (Text(HOT_JOURNAL_NOTE),), allow_empty=allow_empty, deep=True,
                           rows=rows)
    if result.problems and not _connection_problems(path, path, allow_empty=allow_empty, deep=True, rows=False,
                                                    immutable=True)[0]:
        # Sound alone, damaged by its journal: the journal is another file's.
        return CheckResult((_problem(
            FOREIGN_JOURNAL, f"{journal} damages {path} when played back: {result.problems[0].detail}",
            path=path, journal=journal,
        ),))
    return result


def _inspect_copy(
    path: Path, side: Path | None, notes: tuple[Text, ...], *, allow_empty: bool, deep: bool, rows: bool,
    wal_mode: bool = False,
) -> CheckResult:
    try:
        with recovered_copy(path, side) as copy:
            found, _hot = _connection_problems(copy, path, allow_empty=allow_empty, deep=deep, rows=rows)
    except (OSError, sqlite3.Error) as error:
        return CheckResult((_problem(DAMAGED, f"cannot play {side} back in a copy: {error}", path=path),), notes, side)
    return CheckResult(tuple(found), notes, side, wal_mode)


def problems(path: os.PathLike[str] | str, *, allow_empty: bool = False) -> list[Problem]:
    return list(inspect(path, allow_empty=allow_empty).problems)


def ensure_sound(
    path: os.PathLike[str] | str, *, allow_empty: bool = False, recover: bool = False,
    keep: Callable[[Path, Path], None] | None = None,
) -> CheckResult:
    """Raise :class:`UserError` for the first problem of the file at ``path``; else return what was found.

    With ``recover`` (the caller holds the file's lock and opens it for writing) a hot journal
    or a ``-wal`` found sound in a copy is played back into the file itself, after
    ``keep(path, side)`` has kept a copy of both; without it, nothing is ever written. For a
    file exactly as this machine last closed it (:mod:`.known_files`) only the header, side
    files, owner and version are checked here: the page check is then owed before the first
    write (``DraftStore`` runs it), and the schema comparison is skipped.
    """
    path = Path(path)
    known = known_files.is_known_clean(path)
    result = inspect(path, allow_empty=allow_empty, deep=not known, rows=False)
    if not result.problems and recover and result.side is not None:
        if keep is not None:
            keep(path, result.side)
        log.warning("playing back %s into %s (a copy was kept)", result.side, path)
        conn = sqlite3.connect(uri(path, "rw"), uri=True)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA user_version").fetchone()
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        except sqlite3.Error as error:
            result = CheckResult((_from_error(explain_sqlite(error, path)),))
        else:
            result = inspect(path, allow_empty=allow_empty, rows=False)
            known = False
        finally:
            conn.close()
    if result.problems:
        problem = result.problems[0]
        log.error("refusing %s: %s", path, problem.detail)
        raise problem.error()
    return dataclasses.replace(result, pages_checked=result.pages_checked and not known)
