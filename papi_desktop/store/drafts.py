"""The drafts file: any number of reports, their sections and every earlier text of a section.

One plain SQLite file (extension ``.papi``) that a clerk can copy to a USB stick as it is:
rollback journal, never WAL, so the file alone always holds the latest saved work. Every
write is one transaction, so a crash or a pulled-out stick leaves either the old or the new
state, never half of one.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
import datetime
import functools
import json
import logging
import os
from pathlib import Path
import re
import sqlite3
import threading
from typing import TYPE_CHECKING, Any, Callable, Iterator, TypeVar
import unicodedata

from papi_desktop.errors import UserError
from papi_desktop.model.catalogue import CatalogueError
from papi_desktop.model.period import Period
from papi_desktop.model.report import Header, Report, Status
from papi_desktop.model.serialize import report_from_dict, report_to_dict
from papi_desktop.model.text import clean_line, clean_text
from papi_desktop.store import check, known_files, locking
from papi_desktop.store.check import uri, uri_from_posix  # noqa: F401  (uri_from_posix: part of the store's API)
from papi_desktop.store.copying import copy_connection
from papi_desktop.store.locking import LockedError  # noqa: F401  (raised by open)
from papi_desktop.store.schema import (
    APPLICATION_ID, SCHEMA_VERSION, application_id, iso_utc, migrate, parse_utc, user_version,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"

_HEADER_COLUMNS = (
    "catalogue", "year", "quarter", "parent_agency", "agency", "agency_in_text", "number", "symbol",
    "place", "date", "title", "recipients", "archive", "sig_authority", "sig_head_title",
    "sig_signer_title", "sig_name", "status",
)

# Placeholders for the parts of a Report that a summary's title does not depend on.
_SOME_DAY = datetime.date(2000, 1, 1)
_SOME_MOMENT = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


@dataclass(frozen=True)
class ReportSummary:
    """One line of the report list: enough to show and sort it without loading the report."""

    id: str
    period: Period
    title: str  # the effective title: the clerk's override, else derived
    status: Status
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None


@dataclass(frozen=True)
class Revision:
    """An earlier text of a section, and when that text had been saved."""

    id: int
    report_id: str
    key: str
    text: str
    saved_at: datetime.datetime


# --- search folding -----------------------------------------------------------------------

_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def fold(text: str | None, strip_marks: bool) -> str:
    """Text for comparison: NFC, case-folded; with ``strip_marks`` also without diacritics (đ → d)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).casefold()
    if strip_marks:
        text = _COMBINING_MARKS.sub("", unicodedata.normalize("NFD", text)).replace("đ", "d")
        return unicodedata.normalize("NFC", text)
    return unicodedata.normalize("NFC", text)


def _sql_fold(text: Any, strip_marks: Any) -> str:
    return fold(None if text is None else str(text), bool(strip_marks))


def _has_marks(word: str) -> bool:
    return fold(word, strip_marks=True) != fold(word, strip_marks=False)


# --- errors ---------------------------------------------------------------------------------


def _not_ours(path: Path, detail: str) -> UserError:
    return UserError(
        f"Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop.",
        f"not a papi-desktop database: {path}: {detail}",
    )


def _vanished(path: Path) -> UserError:
    return UserError(
        f"Không tìm thấy tệp “{path}”. Hãy kiểm tra ổ đĩa (USB) còn cắm, tệp hay thư mục không bị đổi tên "
        "hoặc xóa; chương trình sẽ thử lưu lại.",
        f"database file vanished: {path}",
    )


def _explain_sqlite(error: sqlite3.Error, path: Path) -> UserError:
    text = str(error).lower()
    if ("readonly" in text or "unable to open" in text or "disk i/o" in text) and not path.exists():
        return _vanished(path)  # SQLite says "read-only" of a file moved or deleted while open
    if "locked" in text or "busy" in text:
        return UserError(
            f"Tệp “{path}” đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.",
            f"database locked: {path}: {error}",
        )
    if "readonly" in text or "read-only" in text:
        return UserError(
            f"Không ghi được vào tệp “{path}”: tệp hoặc thư mục chứa nó chỉ cho phép đọc.",
            f"read-only database: {path}: {error}",
        )
    if "full" in text:
        return UserError(
            f"Ổ đĩa đã đầy, không lưu được vào tệp “{path}”.", f"disk full: {path}: {error}"
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return UserError(
            f"Tệp “{path}” bị hỏng, không đọc được.", f"corrupt database: {path}: {error}"
        )
    return UserError(
        f"Không đọc hoặc ghi được tệp “{path}” ({error}). Hãy kiểm tra ổ đĩa (USB) còn cắm và thử lại.",
        f"sqlite error on {path}: {error}",
    )


def _explain_os(error: OSError, path: Path) -> UserError:
    if isinstance(error, PermissionError):
        return UserError(
            f"Không có quyền ghi vào “{path}”. Hãy chọn thư mục khác.", f"permission denied: {path}: {error}"
        )
    if isinstance(error, FileNotFoundError):
        return UserError(f"Thư mục “{path.parent}” không tồn tại.", f"folder missing: {path}: {error}")
    return UserError(
        f"Không tạo được tệp “{path}”: {error.strerror or error}.", f"cannot create {path}: {error}"
    )


_F = TypeVar("_F", bound=Callable[..., Any])


@contextlib.contextmanager
def _sqlite_errors(path: Path, action: str) -> Iterator[None]:
    """Turn SQLite failures the clerk can act on (locked, read-only, disk full, corrupt) into UserError.

    Constraint and programming errors are bugs and pass through unchanged.
    """
    try:
        yield
    except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
        if type(error) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
            raise
        log.error("%s failed on %s: %s", action, path, error)
        raise _explain_sqlite(error, path) from error


def _clerk_errors(method: _F) -> _F:
    """Run a DraftStore method under :func:`_sqlite_errors`, one thread at a time.

    One connection serves the window and its autosave thread; the mutex keeps their
    statements and transactions from interleaving.
    """

    @functools.wraps(method)
    def wrapper(self: "DraftStore", *args: Any, **kwargs: Any) -> Any:
        with self._mutex, _sqlite_errors(self.path, method.__name__):
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


# --- the store ------------------------------------------------------------------------------


def _read_only_error(path: Path, reason: str | None) -> UserError:
    return UserError(
        "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi"
        + (f": {reason}" if reason else ".")
        + " Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, "
        "hoặc đóng tệp ở máy đang sửa rồi mở lại.",
        f"write refused: {path} is open read-only ({reason or 'asked for'})",
    )


def _connect(path: Path, mode: str = "rw") -> sqlite3.Connection:
    """Open an existing file read-write; ``mode=rw`` never creates a missing one (URI: :func:`check.uri`)."""
    # The window's autosave writes from a worker thread; every use of the connection is
    # serialised by the store's own mutex (see _clerk_errors), as sqlite3 allows then.
    return sqlite3.connect(uri(path, mode), uri=True, check_same_thread=False)


class DraftStore:
    """The reports in one ``.papi`` file. Make one with :meth:`create` or :meth:`open`."""

    # What "now" is for saves; a test may replace it on an instance.
    clock: Callable[[], datetime.datetime] = staticmethod(_now)

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self.conn = conn
        self.path = path
        self._closed = False
        self._mutex = threading.RLock()
        # Opened with ``mode=ro``: reading, export and backup_to work, every write raises UserError.
        self.read_only = read_only
        # Why, in Vietnamese, when the file could not be opened for writing (None: asked for).
        self.read_only_reason: str | None = None
        self._lock: locking.Lock | None = None
        self._data_version: int | None = None
        self._backup_day: datetime.date | None = None
        # The last failure of the daily backup (Vietnamese), None when it worked or was not due.
        self.backup_problem: str | None = None

    def __repr__(self) -> str:
        return f"DraftStore({str(self.path)!r})"

    @functools.cached_property
    def db(self) -> "Database":
        """sqlite-utils over the same connection: every write and every migration goes through it.

        Made on first use rather than on opening: importing sqlite-utils (with click, dateutil
        and pluggy behind it) is a quarter of the window's cold start, and opening, listing and
        reading a file need only the plain connection. The first write, an autosave on the
        window's worker thread, pays for the import instead.
        """
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    @property
    def ready_for_writing(self) -> bool:
        """True once :attr:`db` exists, so a write no longer waits for sqlite-utils to load."""
        return "db" in self.__dict__

    def prepare_for_writing(self) -> None:
        """Load sqlite-utils and make :attr:`db` now; the window calls this on its worker thread.

        Never fails: a problem here is met again, and reported, by the write that follows.
        """
        try:
            import sqlite_utils  # noqa: F401  (the slow part, outside the mutex: reads go on meanwhile)

            with self._mutex:
                if not self._closed and not self.read_only:
                    self.db  # noqa: B018
        except Exception as error:  # noqa: BLE001
            log.info("could not prepare %s for writing: %s", self.path, error)

    # -- opening and closing -----------------------------------------------------------------

    @classmethod
    def create(cls, path: os.PathLike[str] | str, *, sample: bool = False) -> "DraftStore":
        """A new file at ``path`` (which must not exist), optionally holding the sample report."""
        path = Path(path)
        from papi_desktop.fileio import check_file_name

        check_file_name(path.name)  # before anything is written
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            raise UserError(
                f"Tệp “{path}” đã có. Hãy chọn tên khác hoặc mở tệp đó.", f"refusing to overwrite {path}"
            ) from None
        except OSError as error:
            raise _explain_os(error, path) from error
        os.close(handle)
        try:
            try:
                lock = locking.acquire(path)
            except OSError as error:
                raise _explain_os(error, path) from error
            try:
                store = cls._attach(path)
            except BaseException:
                lock.release()
                raise
            store._lock = lock
            store._backup_day = store._today()  # nothing worth copying yet
            try:
                with _sqlite_errors(path, "create"):
                    store._initialise(sample)
            except BaseException:
                store.close()
                raise
        except BaseException:
            for leftover in (path, Path(f"{path}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        log.info("created database %s (schema %d, sample=%s)", path, SCHEMA_VERSION, sample)
        return store

    def _initialise(self, sample: bool) -> None:
        """Tables and (optionally) the sample report in one transaction: a new file is complete or empty."""
        with self._transaction():
            migrate(self.db)
            if sample:
                from papi_desktop.model.sample import load_sample

                self._insert(load_sample())

    @classmethod
    def open(
        cls, path: os.PathLike[str] | str, *, read_only: bool = False, take_over_stale: bool = False
    ) -> "DraftStore":
        """An existing file; an older schema is brought up to date, a newer one is refused untouched.

        For writing, the file's lock is taken (:mod:`papi_desktop.store.locking`): a file open for
        writing elsewhere raises :class:`LockedError`, whose ``stale`` says whether the holder looks
        gone; ``take_over_stale=True`` (after the clerk confirms) takes such a lock over. A lock left
        by a process of this machine that no longer runs is taken over anyway.

        With ``read_only`` — or by itself when the file or its folder cannot be written
        (write-protected stick, CD, folder without rights; ``read_only_reason`` says so) — the file
        is opened with ``mode=ro``, no lock is taken and every write raises :class:`UserError`.

        The first writable open of a day keeps a copy in the backups folder (:mod:`.backup`).
        """
        path = Path(path)
        if not path.exists():
            raise UserError(f"Không tìm thấy tệp “{path}”.", f"no such file: {path}")
        if not path.is_file():
            raise UserError(f"“{path}” không phải là một tệp.", f"not a regular file: {path}")
        try:
            with path.open("rb") as handle:
                head = handle.read(len(_SQLITE_MAGIC))
        except OSError as error:
            raise UserError(f"Không đọc được tệp “{path}”.", f"cannot read {path}: {error}") from error
        if head and head != _SQLITE_MAGIC:
            raise _not_ours(path, "no SQLite header")
        reason = None
        lock = None
        if not read_only:
            try:
                writable = locking.probe_writable(path)
            except OSError as error:
                raise UserError(f"Không đọc được tệp “{path}”.", f"cannot probe {path}: {error}") from error
            if writable:
                try:
                    lock = locking.acquire(path, take_over_stale=take_over_stale)
                except OSError as error:  # the folder refuses the lock file: it refuses a journal too
                    if not locking._is_read_only_error(error):
                        raise _explain_os(error, path) from error
                    writable = False
            if not writable:
                read_only = True
                reason = (
                    "tệp hoặc thư mục chứa nó chỉ cho phép đọc (ổ USB bị khóa ghi, đĩa CD, "
                    "hoặc thư mục không có quyền ghi)"
                )
                log.warning("%s cannot be written: opening it read-only", path)
        try:
            if read_only:
                store = cls._open_read_only(path)
                store.read_only_reason = reason
                log.info("opened database %s read-only", path)
                return store
            # Header, quick_check, version and schema, read-only: a file refused here is left untouched.
            check.ensure_sound(path, allow_empty=True, recover=True)
            store = cls._attach(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        store._lock = lock
        try:
            if path.stat().st_size:
                store._daily_backup()  # before migrating: the copy is the file as it was
            with _sqlite_errors(path, "migrate"):
                old = store._migrate()
        except BaseException:
            store.close()
            raise
        if old != SCHEMA_VERSION:
            log.info("migrated %s from schema %d to %d", path, old, SCHEMA_VERSION)
        log.info("opened database %s", path)
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> "DraftStore":
        found = check.inspect(path)
        if found.problems:
            raise UserError(found.problems[0].message, found.problems[0].detail)
        if found.notes:  # a hot journal: only a writer can play it back
            raise UserError(
                f"Tệp “{path}” có một lần lưu bị ngắt giữa chừng (tệp “-journal” bên cạnh) nên không mở "
                "được ở chế độ chỉ đọc. Hãy thử lại sau giây lát; nếu vẫn vậy, chép cả tệp và tệp “-journal” "
                "vào máy rồi mở bản chép để papi-desktop tự khôi phục.",
                f"hot journal beside {path}: cannot roll back read-only",
            )
        store = cls._attach(path, read_only=True)
        try:
            with _sqlite_errors(path, "open"):
                version = user_version(store.conn)
        except BaseException:
            store.close()
            raise
        if version != SCHEMA_VERSION:
            store.close()
            raise UserError(
                f"Tệp “{path}” được tạo bằng phiên bản papi-desktop cũ hơn và cần được cập nhật, "
                "nhưng đang mở ở chế độ chỉ đọc. Hãy chép tệp vào máy rồi mở bản chép.",
                f"{path} has schema {version}, cannot migrate read-only",
            )
        return store

    # -- locks and daily copies ------------------------------------------------------------------

    def _today(self) -> datetime.date:
        return self.clock().astimezone().date()

    def _daily_backup(self) -> None:
        """The day's copy in the backups folder, once a day; a failure is logged, never in the way."""
        today = self._today()
        if self._backup_day == today:
            return
        self._backup_day = today
        from papi_desktop.store import backup

        try:
            backup.daily_backup(self, today)
            self.backup_problem = None
        except (UserError, OSError, sqlite3.Error) as error:
            self.backup_problem = (
                f"Không tạo được bản sao lưu tự động của tệp “{self.path}”: {error}"
            )
            log.warning("daily backup of %s failed: %s", self.path, error)

    @classmethod
    def _attach(cls, path: Path, *, read_only: bool = False) -> "DraftStore":
        """Connect, check the file is ours and not newer, then set the connection up.

        Nothing is written before the checks pass, so a refused file is left byte-for-byte as it was.
        """
        try:
            conn = _connect(path, "ro" if read_only else "rw")
        except sqlite3.Error as error:
            raise _explain_sqlite(error, path) from error
        store = cls(conn, path, read_only=read_only)
        try:
            store._check_identity()
            # No transaction is open yet, so these settings take effect at once.
            conn.execute("PRAGMA foreign_keys = ON")
            if read_only:
                conn.execute("PRAGMA query_only = ON")
            mode = conn.execute("PRAGMA journal_mode" if read_only else "PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise UserError(
                    f"Không mở được tệp “{path}”: tệp đang được mở ở chương trình khác.",
                    f"could not set journal_mode=DELETE on {path} (still {mode})",
                )
            conn.create_function("papi_fold", 2, _sql_fold, deterministic=True)
            # Changes only when another connection commits to the file (see _close).
            store._data_version = conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as error:
            store.close()
            raise _explain_sqlite(error, path) from error
        except BaseException:
            store.close()
            raise
        return store

    def _check_identity(self) -> None:
        conn, path = self.conn, self.path
        try:
            # A connection setting (it writes nothing), first: the schema of a file that may
            # not be ours must not be trusted even while it is only being read.
            conn.execute("PRAGMA trusted_schema = OFF")
            version = user_version(conn)
            app = application_id(conn)
            objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.OperationalError:
            raise  # locked, unreadable: said as such by the caller
        except sqlite3.DatabaseError as error:  # "file is not a database"
            raise _not_ours(path, str(error)) from error
        if app == APPLICATION_ID:
            if version > SCHEMA_VERSION:
                raise UserError(
                    f"Tệp “{path}” được tạo bằng phiên bản papi-desktop mới hơn. "
                    "Hãy cập nhật papi-desktop để mở tệp này.",
                    f"{path} has schema version {version}, this program knows up to {SCHEMA_VERSION}",
                )
        elif app != 0 or version != 0 or objects:
            raise _not_ours(path, f"application_id={app:#x} user_version={version} objects={objects}")

    @_clerk_errors
    def backup_to(self, target: os.PathLike[str] | str, *, unsaved: Report | None = None) -> Path:
        """Write a complete copy of this file to ``target`` ("Lưu bản sao"), replacing it in one step.

        SQLite's online backup copies a consistent state even while this store stays open; the
        copy is written beside ``target`` first, so a failure never leaves half a file there.

        ``unsaved`` is the report on the clerk's screen when its last edits could not be written
        here (stick pulled out, disk full): the copy then holds that report as the screen has it,
        so saving a copy elsewhere rescues exactly what was typed, not the file's older state.
        """
        target = Path(target)
        if target.exists() and target.resolve() == self.path.resolve():
            raise UserError(
                "Bản sao phải khác tệp đang mở; hãy chọn tên khác.", f"backup target is the open file {target}"
            )
        from papi_desktop.fileio import atomic_target

        with atomic_target(target) as temporary:
            copy_connection(self.conn, temporary)
            if unsaved is not None:
                _put_report(temporary, unsaved)
        log.info("backed up %s to %s%s", self.path, target, " with the unsaved report" if unsaved else "")
        return target

    @classmethod
    def rescue(cls, target: os.PathLike[str] | str, report: Report) -> Path:
        """A new file at ``target`` holding only ``report``, written in one step.

        For when the open file cannot even be read any more (on Windows a USB stick pulled out
        and put back leaves SQLite's handle dead): the report on the screen is what matters, and
        this file can be merged into the real one later (Tệp → Nhập từ cơ sở dữ liệu khác…).
        """
        from papi_desktop.fileio import atomic_target

        target = Path(target)
        with atomic_target(target) as temporary:
            _put_report(temporary, report)
        log.info("wrote the report %s alone to %s", report.id, target)
        return target

    def close(self) -> None:
        """Close the connection, then remove the lock: nothing is left beside the file."""
        with self._mutex:
            self._close()

    def _close(self) -> None:
        if not self._closed:
            self._closed = True
            try:
                untouched = self._untouched_by_others()
                self.conn.close()
                if untouched:  # the next open here can skip the page and schema checks
                    known_files.remember_clean(self.path)
            finally:
                if self._lock is not None:
                    self._lock.release()

    def _migrate(self) -> int:
        """Bring the file to this program's schema (all steps or none); returns its version before.

        The version is asked through the plain connection first: an up-to-date file, the usual
        case, then needs no sqlite-utils (see :attr:`db`).
        """
        old = user_version(self.conn)
        if old != SCHEMA_VERSION:
            migrate(self.db)
        return old

    def _untouched_by_others(self) -> bool:
        """True when no other program committed to the file while it was open here.

        A file some other tool changed meanwhile (a trigger added with DB Browser, say) must not be
        remembered as this program left it, or its next opening would skip the checks that refuse it.
        """
        if self.read_only or self._data_version is None:
            return False
        try:
            return self.conn.execute("PRAGMA data_version").fetchone()[0] == self._data_version
        except sqlite3.Error:
            return False

    def __enter__(self) -> "DraftStore":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction: everything inside is written, or (on any exception) nothing.

        Every write comes through here: a read-only store refuses, a store whose lock was
        taken over stops, and the day's first write keeps the day's copy first.
        """
        with self._mutex:
            if self.read_only:
                raise _read_only_error(self.path, self.read_only_reason)
            if not self.path.exists():
                raise _vanished(self.path)
            if self._lock is not None:
                self._lock.check(self.clock())
                self._daily_backup()
            with self.db.atomic():
                yield

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """:meth:`_transaction` for the store's other modules (the compiling office's tables)."""
        return self._transaction()

    def _report_row(self, report_id: str) -> dict[str, Any]:
        cursor = self.conn.execute("SELECT * FROM reports WHERE id = ?", [report_id])
        values = cursor.fetchone()
        cursor.close()
        if values is None:
            raise UserError(
                f"Không tìm thấy báo cáo trong tệp “{self.path}”.", f"no report {report_id!r} in {self.path}"
            )
        return dict(zip((column[0] for column in cursor.description), values))

    @staticmethod
    def _columns(report: Report) -> dict[str, Any]:
        header, signature = report.header, report.signature
        return {
            "id": report.id,
            "catalogue": report.catalogue_key,
            "year": report.period.year,
            "quarter": report.period.quarter,
            "parent_agency": header.parent_agency,
            "agency": header.agency,
            "agency_in_text": header.agency_in_text,
            "number": header.number,
            "symbol": header.symbol,
            "place": header.place,
            "date": header.date.isoformat(),
            "title": report.title_override,
            "recipients": json.dumps(list(report.recipients), ensure_ascii=False),
            "archive": report.archive,
            "sig_authority": signature.authority,
            "sig_head_title": signature.head_title,
            "sig_signer_title": signature.signer_title,
            "sig_name": signature.signer_name,
            "status": str(report.status),
            "created_at": iso_utc(report.created_at),
            "updated_at": iso_utc(report.updated_at),
        }

    @staticmethod
    def _check_sections(report: Report) -> None:
        unknown = set(report.sections) - set(report.section_keys())
        if unknown:
            raise KeyError(f"unknown sections {sorted(unknown)} for catalogue {report.catalogue_key!r}")

    def _insert(self, report: Report) -> None:
        columns = self._columns(report)
        names = ", ".join(columns)
        marks = ", ".join(f":{name}" for name in columns)
        self.db.execute(f"INSERT INTO reports ({names}) VALUES ({marks})", columns)
        for key, body in report.sections.items():
            self._put_section(report.id, key, body, columns["updated_at"], previous=None)

    def _put_section(
        self, report_id: str, key: str, body: str, stamp: str, *, previous: dict[str, Any] | None,
        keep_previous: bool = True,
    ) -> None:
        """Write one section; ``previous`` is its row as stored (None: a new section).

        With ``keep_previous`` a non-empty previous text is kept as a revision, stamped with
        the time that text had been saved.
        """
        if previous is None:
            self.db.execute(
                "INSERT INTO sections (report_id, key, body, updated_at) VALUES (?, ?, ?, ?)",
                [report_id, key, body, stamp],
            )
            return
        if keep_previous and previous["body"]:
            self.db.execute(
                "INSERT INTO revisions (report_id, key, body, saved_at) VALUES (?, ?, ?, ?)",
                [report_id, key, previous["body"], previous["updated_at"]],
            )
        self.db.execute(
            "UPDATE sections SET body = ?, updated_at = ? WHERE report_id = ? AND key = ?",
            [body, stamp, report_id, key],
        )

    def _stored_sections(self, report_id: str) -> dict[str, dict[str, Any]]:
        return {
            key: {"key": key, "body": body, "updated_at": updated_at}
            for key, body, updated_at in self.conn.execute(
                "SELECT key, body, updated_at FROM sections WHERE report_id = ?", [report_id]
            ).fetchall()
        }

    # -- reading -------------------------------------------------------------------------------

    @_clerk_errors
    def list_reports(self, *, include_deleted: bool = False) -> list[ReportSummary]:
        """Every report, most recently changed first, from one query (no report is loaded)."""
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        rows = self.conn.execute(
            "SELECT id, catalogue, year, quarter, agency, agency_in_text, title, status, updated_at, "
            f"deleted_at FROM reports {where} ORDER BY updated_at DESC, id"
        ).fetchall()
        summaries = []
        # A clerk's reports mostly share agency and catalogue: derive each distinct title once.
        derived: dict[tuple, str] = {}
        for report_id, catalogue, year, quarter, agency, agency_in_text, title, status, updated, deleted in rows:
            period = Period(year, quarter)
            if title and title.strip():
                effective = title
            else:
                key = (catalogue, year, quarter, agency, agency_in_text)
                effective = derived.get(key) or derived.setdefault(
                    key, _effective_title(catalogue, period, agency, agency_in_text, None)
                )
            summaries.append(
                ReportSummary(
                    id=report_id,
                    period=period,
                    title=effective,
                    status=Status(status),
                    updated_at=parse_utc(updated),
                    deleted_at=parse_utc(deleted) if deleted else None,
                )
            )
        return summaries

    @_clerk_errors
    def load(self, report_id: str) -> Report:
        row = self._report_row(report_id)
        sections = {
            key: body
            for key, body in self.conn.execute(
                "SELECT key, body FROM sections WHERE report_id = ?", [report_id]
            ).fetchall()
        }
        data = {
            "id": row["id"],
            "catalogue": row["catalogue"],
            "period": {"year": row["year"], "quarter": row["quarter"]},
            "header": {
                name: row[name]
                for name in ("parent_agency", "agency", "agency_in_text", "number", "symbol", "place", "date")
            },
            "title": row["title"],
            "sections": sections,
            "recipients": json.loads(row["recipients"]),
            "archive": row["archive"],
            "signature": {
                "authority": row["sig_authority"],
                "head_title": row["sig_head_title"],
                "signer_title": row["sig_signer_title"],
                "signer_name": row["sig_name"],
            },
            "status": row["status"],
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        }
        try:
            report = report_from_dict(data)
        except (ValueError, KeyError, TypeError) as error:  # CatalogueError is a ValueError
            raise UserError(
                f"Báo cáo “{row['title'] or row['id']}” trong tệp “{self.path}” có dữ liệu mà phiên bản "
                "papi-desktop này không đọc được.",
                f"cannot build report {report_id} from {self.path}: {error}",
            ) from error
        order = {key: index for index, key in enumerate(report.section_keys())}
        report.sections = dict(sorted(report.sections.items(), key=lambda item: order.get(item[0], len(order))))
        return report

    @_clerk_errors
    def revisions(self, report_id: str, key: str) -> list[Revision]:
        """The earlier texts of one section, newest first."""
        return [
            Revision(id=row[0], report_id=row[1], key=row[2], text=row[3], saved_at=parse_utc(row[4]))
            for row in self.conn.execute(
                "SELECT id, report_id, key, body, saved_at FROM revisions WHERE report_id = ? AND key = ? "
                "ORDER BY saved_at DESC, id DESC",
                [report_id, key],
            ).fetchall()
        ]

    @_clerk_errors
    def search(self, words: str) -> list[str]:
        """Ids of the reports (not in the recycle bin) holding every one of ``words``, newest first.

        Case never matters. A word typed without diacritics matches any diacritics ("quang tri"
        finds "Quảng Trị"); a word typed with them matches exactly those marks.
        """
        rows = self.conn.execute(
            "SELECT id, catalogue, year, quarter, parent_agency, agency, agency_in_text, number, symbol, "
            "place, title, recipients, archive, sig_authority, sig_head_title, sig_signer_title, sig_name "
            "FROM reports WHERE deleted_at IS NULL ORDER BY updated_at DESC, id"
        ).fetchall()
        ordered = [row[0] for row in rows]
        terms = clean_line(words).split()
        if not terms:
            return ordered
        headers: dict[str, str] = {}
        for row in rows:
            report_id, catalogue, year, quarter, _parent, agency, agency_in_text = row[:7]
            title = _effective_title(catalogue, Period(year, quarter), agency, agency_in_text, row[10])
            recipients = " ".join(json.loads(row[11]))
            headers[report_id] = "\n".join(
                str(value) for value in (*row[4:10], title, recipients, *row[12:]) if value
            )
        folded: dict[bool, dict[str, str]] = {}
        matches: set[str] | None = None
        for term in terms:
            strip = not _has_marks(term)
            needle = fold(term, strip)
            if strip not in folded:
                folded[strip] = {report_id: fold(text, strip) for report_id, text in headers.items()}
            hits = {report_id for report_id, text in folded[strip].items() if needle in text}
            hits.update(
                report_id
                for (report_id,) in self.conn.execute(
                    "SELECT DISTINCT s.report_id FROM sections s JOIN reports r ON r.id = s.report_id "
                    "WHERE r.deleted_at IS NULL AND instr(papi_fold(s.body, ?), ?) > 0",
                    [int(strip), needle],
                ).fetchall()
            )
            matches = hits if matches is None else matches & hits
            if not matches:
                return []
        return [report_id for report_id in ordered if report_id in (matches or set())]

    # -- writing -------------------------------------------------------------------------------

    @_clerk_errors
    def add(self, report: Report) -> str:
        """Insert the whole report, keeping its id and times; returns the id.

        The report is cleaned in place (NFC, no XML-illegal characters) first.
        """
        report.normalise()
        self._check_sections(report)
        with self._transaction():
            exists = self.db.execute("SELECT 1 FROM reports WHERE id = ?", [report.id]).fetchone()
            if exists:
                raise UserError(
                    f"Báo cáo này đã có trong tệp “{self.path}”.", f"report {report.id} already in {self.path}"
                )
            self._insert(report)
        log.info("added report %s to %s", report.id, self.path)
        return report.id

    @_clerk_errors
    def save_report(self, report: Report) -> None:
        """Save the header, title, recipients, signature, status and every section of ``report``.

        The report is cleaned in place first. A section whose text changed keeps its previous
        text as a revision; a section missing from ``report.sections`` is saved as empty. If
        anything changed, the report's ``updated_at`` (stored and on ``report``) becomes now;
        saving an unchanged report writes nothing.
        """
        report.normalise()
        self._check_sections(report)
        now = self.clock()
        stamp = iso_utc(now)
        with self._transaction():
            row = self._report_row(report.id)
            columns = self._columns(report)
            header = {name: columns[name] for name in _HEADER_COLUMNS}
            changed = any(row[name] != value for name, value in header.items())
            if changed:
                assignments = ", ".join(f"{name} = :{name}" for name in header)
                self.db.execute(f"UPDATE reports SET {assignments} WHERE id = :id", {**header, "id": report.id})
            stored = self._stored_sections(report.id)
            for key in [*report.sections, *(key for key in stored if key not in report.sections)]:
                body = report.section(key)
                previous = stored.get(key)
                if previous is not None and previous["body"] == body:
                    continue
                self._put_section(report.id, key, body, stamp, previous=previous)
                changed = True
            if changed:
                self.db.execute("UPDATE reports SET updated_at = ? WHERE id = ?", [stamp, report.id])
        if changed:
            report.updated_at = parse_utc(stamp)
            log.debug("saved report %s", report.id)

    @_clerk_errors
    def save_section(self, report_id: str, key: str, text: str, *, coalesce_seconds: float = 0.0) -> bool:
        """Save one section's text; False (nothing written) if it is unchanged.

        The previous text is kept as a revision unless it had itself been saved less than
        ``coalesce_seconds`` ago: autosave passes about two minutes, so a burst of typing keeps
        only the text from before the burst. A section without any revision yet always keeps
        its previous text, so the text a report was made with (last quarter's, copied by
        "new quarter") survives the first burst of typing. An empty previous text is not kept.
        """
        with self._transaction():
            return self._save_section(report_id, key, text, coalesce_seconds)

    def _save_section(self, report_id: str, key: str, text: str, coalesce_seconds: float) -> bool:
        text = clean_text(text).strip("\n")
        row = self._report_row(report_id)
        keys = _section_keys(row["catalogue"])
        if keys is not None and key not in keys:
            raise KeyError(f"unknown section {key!r} for catalogue {row['catalogue']!r}")
        previous = self._stored_sections(report_id).get(key)
        if previous is None and not text:
            return False
        if previous is not None and previous["body"] == text:
            return False
        now = self.clock()
        keep = True
        if previous is not None and coalesce_seconds > 0:
            age = (now - parse_utc(previous["updated_at"])).total_seconds()
            has_revision = self.db.execute(
                "SELECT 1 FROM revisions WHERE report_id = ? AND key = ? LIMIT 1", [report_id, key]
            ).fetchone()
            keep = not has_revision or not (0 <= age < coalesce_seconds)
        stamp = iso_utc(now)
        self._put_section(report_id, key, text, stamp, previous=previous, keep_previous=keep)
        self.db.execute("UPDATE reports SET updated_at = ? WHERE id = ?", [stamp, report_id])
        return True

    @_clerk_errors
    def restore_revision(self, revision_id: int) -> None:
        """Put an earlier text back; the text it replaces becomes a revision in its turn."""
        with self._transaction():
            row = self.db.execute(
                "SELECT report_id, key, body FROM revisions WHERE id = ?", [revision_id]
            ).fetchone()
            if row is None:
                raise UserError(
                    "Không tìm thấy bản lưu trước này trong tệp.", f"no revision {revision_id} in {self.path}"
                )
            self._save_section(row[0], row[1], row[2], 0.0)
        log.info("restored revision %s in %s", revision_id, self.path)

    @_clerk_errors
    def delete(self, report_id: str) -> None:
        """Move the report to the recycle bin (it stays in the file; :meth:`undelete` brings it back)."""
        self._set_deleted(report_id, deleted=True)

    @_clerk_errors
    def undelete(self, report_id: str) -> None:
        self._set_deleted(report_id, deleted=False)

    def _set_deleted(self, report_id: str, *, deleted: bool) -> None:
        with self._transaction():
            row = self._report_row(report_id)
            if (row["deleted_at"] is not None) == deleted:
                return
            stamp = iso_utc(self.clock())
            # updated_at moves too, so that when two copies are merged the later choice wins.
            self.db.execute(
                "UPDATE reports SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [stamp if deleted else None, stamp, report_id],
            )
        log.info("%s report %s in %s", "deleted" if deleted else "restored", report_id, self.path)


def _section_keys(catalogue_key: str) -> tuple[str, ...] | None:
    try:
        return Report(period=Period(2000, 1), catalogue_key=catalogue_key).section_keys()
    except CatalogueError:
        return None


def _effective_title(
    catalogue: str, period: Period, agency: str, agency_in_text: str, title: str | None
) -> str:
    """``Report.title`` from the few columns it depends on, without loading the report."""
    report = Report(
        period=period,
        header=Header(agency=agency, agency_in_text=agency_in_text, date=_SOME_DAY),
        title_override=title,
        catalogue_key=catalogue,
        id="",
        created_at=_SOME_MOMENT,
        updated_at=_SOME_MOMENT,
    )
    try:
        return report.title
    except CatalogueError:
        return title or period.long_label()


def _put_report(path: Path, report: Report) -> None:
    """Write ``report`` (a copy of it: the caller's object is not touched) into the file at ``path``.

    ``path`` is a temporary of this program's (a fresh copy, or an empty file): no lock, no daily
    copy, and not remembered as cleanly closed, since it is about to be renamed.
    """
    report = report_from_dict(report_to_dict(report))
    store = DraftStore._attach(path)
    try:
        with _sqlite_errors(path, "write a copy"):
            store._migrate()
            exists = store.conn.execute("SELECT 1 FROM reports WHERE id = ?", [report.id]).fetchone()
        if exists:
            store.save_report(report)
        else:
            store.add(report)
    finally:
        store.conn.close()
