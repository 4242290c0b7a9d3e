"""The life of one ``.papi`` file: create, open, lock, check, play back, copy, close.

One plain SQLite file that a clerk can copy to a USB stick as it is: rollback journal, never
WAL, so the file alone always holds the latest saved work. Every write is one transaction
(:meth:`DatabaseFile.transaction`), so a crash or a pulled-out stick leaves either the old or
the new state, never half of one. What is *in* the file (reports, sections, revisions, the
agency's words) is :mod:`.drafts`' business; this module only keeps the file safe:

* nothing is written before the file passed :mod:`.check` (header, side files, version,
  pages, schema), so a refused file is left byte for byte as it was;
* a file opened only to read is opened ``mode=ro`` (and through a played-back copy in a
  temporary folder when a hot journal or a ``-wal`` lies beside it), so SQLite can change
  nothing; a writer plays such a side file back only after keeping a copy of both;
* a file this machine closed cleanly skips the page check on opening, which then runs before
  the first write instead (on the window's worker thread, see :meth:`prepare_for_writing`).
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import logging
import os
from pathlib import Path
import sqlite3
import threading
from typing import TYPE_CHECKING, Any, Callable, Iterator, TypeVar

from papi_desktop.errors import (
    ALREADY_EXISTS, BACKUP_PROBLEM, BACKUP_SAME_FILE, JOURNAL_MODE, NEWER, NOT_OURS, OLDER_READ_ONLY,
    PAGES_DAMAGED_BEFORE_WRITE, READ_ONLY_BECAUSE, READ_ONLY_OPEN, READ_ONLY_REASON, Text, UserError,
)
from papi_desktop.model.report import Report
from papi_desktop.store import check, known_files, locking
from papi_desktop.store.copying import copy_connection
from papi_desktop.store.explain import explain_os, explain_sqlite
from papi_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION, application_id, migrate, user_version

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


@contextlib.contextmanager
def sqlite_errors(path: Path, action: str, conn: sqlite3.Connection | None = None) -> Iterator[None]:
    """Turn SQLite failures the clerk can act on (locked, read-only, full, corrupt) into UserError.

    Constraint and programming errors are bugs and pass through unchanged.
    """
    try:
        yield
    except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
        if type(error) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
            raise
        log.error("%s failed on %s: %s", action, path, error)
        raise explain_sqlite(error, path, conn) from error


_F = TypeVar("_F", bound=Callable[..., Any])


def clerk_errors(method: _F) -> _F:
    """Run a store method under :func:`sqlite_errors`, one thread at a time.

    One connection serves the window and its autosave thread; the mutex keeps their
    statements and transactions from interleaving.
    """

    @functools.wraps(method)
    def wrapper(self: "DatabaseFile", *args: Any, **kwargs: Any) -> Any:
        with self._mutex, sqlite_errors(self.path, method.__name__, self.conn):
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _read_only_error(path: Path, reason: Text | None) -> UserError:
    text = Text(READ_ONLY_BECAUSE, {"reason": reason}) if reason is not None else Text(READ_ONLY_OPEN)
    return UserError(text, f"write refused: {path} is open read-only ({reason or 'asked for'})")


def _connect(source: Path, mode: str) -> sqlite3.Connection:
    """Open an existing file; ``mode=rw`` never creates a missing one (URI: :func:`check.uri`)."""
    # The window's autosave writes from a worker thread; every use of the connection is
    # serialised by the store's own mutex (see clerk_errors), as sqlite3 allows then.
    return sqlite3.connect(check.uri(source, mode), uri=True, check_same_thread=False)


class DatabaseFile:
    """One open ``.papi`` file. :class:`papi_desktop.store.DraftStore` adds the reports."""

    # What "now" is for saves; a test may replace it on an instance.
    clock: Callable[[], datetime.datetime] = staticmethod(_now)

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self.conn = conn
        self.path = path
        self._closed = False
        self._mutex = threading.RLock()
        # Opened with ``mode=ro``: reading, export and backup_to work, every write raises UserError.
        self.read_only = read_only
        # Why (a Text of errors) the file could not be opened for writing (None: asked for).
        self._read_only_text: Text | None = None
        # Harmless things found on opening (a save cut off and played back in a copy), for the clerk.
        self.notes: tuple[Text, ...] = ()
        self._lock: locking.Lock | None = None
        self._data_version: int | None = None
        self._backup_day: datetime.date | None = None
        # Whether the pages are known sound; a file opened by the fast path owes the check.
        self._pages_checked = True
        # A temporary folder holding the played-back copy a read-only store reads.
        self._scratch: contextlib.ExitStack | None = None
        # The last failure of the daily backup (Vietnamese), None when it worked or was not due.
        self.backup_problem: str | None = None
        # The file's schema: this program's, except in a file of an older one opened only to read.
        self.schema_version = SCHEMA_VERSION

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    @property
    def read_only_reason(self) -> str | None:
        """Why, in Vietnamese, the file could not be opened for writing (None: asked for)."""
        return None if self._read_only_text is None else self._read_only_text.render()

    @property
    def read_only_reason_text(self) -> Text | None:
        """:attr:`read_only_reason` as a template of :mod:`papi_desktop.errors`, for the window to
        translate (``text.render(QCoreApplication.translate)``)."""
        return self._read_only_text

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
        """True once :attr:`db` exists and the pages are known sound, so a write waits for neither."""
        return "db" in self.__dict__ and self._pages_checked

    def prepare_for_writing(self) -> None:
        """Load sqlite-utils, make :attr:`db` and run any owed page check now (the window's worker thread).

        Never fails: a problem here is met again, and reported, by the write that follows.
        """
        try:
            import sqlite_utils  # noqa: F401  (the slow part, outside the mutex: reads go on meanwhile)

            with self._mutex:
                if not self._closed and not self.read_only:
                    self.db  # noqa: B018
                    self._check_pages()
        except Exception as error:  # noqa: BLE001
            log.info("could not prepare %s for writing: %s", self.path, error)

    def _check_pages(self) -> None:
        """The page check the fast path skipped on opening: before the first write, never after it."""
        if self._pages_checked:
            return
        found = check.pages_sound(self.conn)
        if found is not None:
            raise UserError(Text(PAGES_DAMAGED_BEFORE_WRITE, {"path": self.path}), f"damaged pages in {self.path}: {found}")
        self._pages_checked = True

    # -- opening and closing -----------------------------------------------------------------

    @classmethod
    def create(cls, path: os.PathLike[str] | str, *, sample: bool = False) -> Any:
        """A new file at ``path`` (which must not exist), optionally holding the sample report."""
        path = Path(path)
        from papi_desktop.fileio import check_file_name

        check_file_name(path.name)  # before anything is written
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            raise UserError(Text(ALREADY_EXISTS, {"path": path}), f"refusing to overwrite {path}") from None
        except OSError as error:
            raise explain_os(error, path) from error
        os.close(handle)
        try:
            try:
                lock = locking.acquire(path)
            except OSError as error:
                raise explain_os(error, path) from error
            try:
                store = cls._attach(path)
            except BaseException:
                lock.release()
                raise
            store._lock = lock
            store._backup_day = store._today()  # nothing worth copying yet
            try:
                with sqlite_errors(path, "create"):
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
        """Tables in one transaction: a new file is complete or empty (:mod:`.drafts` adds the sample)."""
        with self.transaction():
            migrate(self.db)

    @classmethod
    def open(cls, path: os.PathLike[str] | str, *, read_only: bool = False, take_over_stale: bool = False) -> Any:
        """An existing file; an older schema is brought up to date, a newer one is refused untouched.

        For writing, the file's lock is taken (:mod:`.locking`): a file open for writing elsewhere
        raises :class:`~papi_desktop.store.locking.LockedError`, whose ``stale`` says whether the
        holder looks gone; ``take_over_stale=True`` (after the clerk confirms) takes such a lock
        over. A lock left by a process of this machine that no longer runs is taken over anyway.

        With ``read_only`` — or by itself when the file or its folder cannot be written
        (write-protected stick, CD, folder without rights; ``read_only_reason`` says so) — the file
        is opened so that SQLite can change nothing, no lock is taken and every write raises
        :class:`UserError`.

        The first writable open of a day keeps a copy in the backups folder (:mod:`.backup`).
        """
        path = Path(path)
        # Existence, kind, emptiness, header and version: refused before any lock or connection.
        early = check.precheck(path)
        if early is not None:
            raise early.error()
        reason = None
        lock = None
        if not read_only:
            try:
                writable = locking.probe_writable(path)
            except OSError as error:
                raise explain_os(error, path) from error
            if writable:
                try:
                    lock = locking.acquire(path, take_over_stale=take_over_stale)
                except OSError as error:  # the folder refuses the lock file: it refuses a journal too
                    if not locking._is_read_only_error(error):
                        raise explain_os(error, path) from error
                    writable = False
            if not writable:
                read_only = True
                reason = Text(READ_ONLY_REASON)
                log.warning("%s cannot be written: opening it read-only", path)
        try:
            if read_only:
                store = cls._open_read_only(path)
                store._read_only_text = reason
                log.info("opened database %s read-only", path)
                return store
            # Pages, schema, side files, read-only: a file refused here is left untouched.
            found = check.ensure_sound(path, allow_empty=True, recover=True, keep=cls._keep_before_playback)
            store = cls._attach(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        store._lock = lock
        store._pages_checked = found.pages_checked
        store.notes = found.notes
        try:
            store._daily_backup()  # before migrating: the copy is the file as it was
            with sqlite_errors(path, "migrate"):
                old = store._migrate()
        except BaseException:
            store.close()
            raise
        if old != SCHEMA_VERSION:
            log.info("migrated %s from schema %d to %d", path, old, SCHEMA_VERSION)
        log.info("opened database %s", path)
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> Any:
        """Open for reading only: ``mode=ro``, or a played-back copy when a side file lies beside ``path``."""
        found = check.inspect(path, allow_empty=True, deep=not known_files.is_known_clean(path), rows=False)
        if found.problems:
            raise found.problems[0].error()
        scratch = contextlib.ExitStack()
        try:
            source = path
            if found.needs_copy:
                try:
                    source = scratch.enter_context(check.recovered_copy(path, found.side))
                except (OSError, sqlite3.Error) as error:
                    raise explain_sqlite(error, path) if isinstance(error, sqlite3.Error) else explain_os(error, path)
            store = cls._attach(path, read_only=True, source=source)
        except BaseException:
            scratch.close()
            raise
        store._scratch = scratch
        store.notes = found.notes
        try:
            with sqlite_errors(path, "open"):
                version = user_version(store.conn)
        except BaseException:
            store.close()
            raise
        store.schema_version = version
        if version < 1:  # a SQLite file without our tables yet: only a writer makes them
            store.close()
            raise UserError(Text(OLDER_READ_ONLY, {"path": path}), f"{path} has schema {version}, cannot migrate read-only")
        return store  # an older schema is read as it is: the codec gives missing columns their defaults

    @staticmethod
    def _keep_before_playback(path: Path, side: Path) -> None:
        """Keep the file and its hot journal (or log) as they are, before a writer plays the side file back."""
        from papi_desktop.store import backup

        kept = backup.keep_with_side_file(path, side)
        log.warning("kept %s and %s as %s before playing it back", path, side.name, kept)

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
            self.backup_problem = Text(BACKUP_PROBLEM, {"path": self.path, "reason": str(error)}).render()
            log.warning("daily backup of %s failed: %s", self.path, error)

    @classmethod
    def _attach(cls, path: Path, *, read_only: bool = False, source: Path | None = None) -> Any:
        """Connect (to ``source``, a played-back copy, if given), check the file is ours and not newer,
        then set the connection up.

        Nothing is written before the checks pass, so a refused file is left byte-for-byte as it was.
        """
        try:
            conn = _connect(source or path, "ro" if read_only else "rw")
        except sqlite3.Error as error:
            raise explain_sqlite(error, path) from error
        store = cls(conn, path, read_only=read_only)
        try:
            store._check_identity()
            # No transaction is open yet, so these settings take effect at once.
            conn.execute("PRAGMA foreign_keys = ON")
            if read_only:
                conn.execute("PRAGMA query_only = ON")
            mode = conn.execute("PRAGMA journal_mode" if read_only else "PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise UserError(Text(JOURNAL_MODE, {"path": path}), f"could not set journal_mode=DELETE on {path} ({mode})")
            store._set_up_connection()
            # Changes only when another connection commits to the file (see _close).
            store._data_version = conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as error:
            store.close()
            raise explain_sqlite(error, path) from error
        except BaseException:
            store.close()
            raise
        return store

    def _set_up_connection(self) -> None:
        """What the contents need of the connection (SQL functions); :mod:`.drafts` adds its own."""

    def _check_identity(self) -> None:
        conn, path = self.conn, self.path
        try:
            # A connection setting (it writes nothing), first: the schema of a file that may
            # not be ours must not be trusted even while it is only being read.
            check.harden(conn)
            version = user_version(conn)
            app = application_id(conn)
            objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.OperationalError:
            raise  # locked, unreadable: said as such by the caller
        except sqlite3.DatabaseError as error:  # "file is not a database"
            raise UserError(Text(NOT_OURS, {"path": path}), f"not a papi-desktop database: {path}: {error}") from error
        if app == APPLICATION_ID:
            if version > SCHEMA_VERSION:
                raise UserError(Text(NEWER, {"path": path}), f"{path} has schema {version}, this program knows {SCHEMA_VERSION}")
        elif app != 0 or version != 0 or objects:
            raise UserError(
                Text(NOT_OURS, {"path": path}),
                f"not a papi-desktop database: {path}: application_id={app:#x} user_version={version} objects={objects}",
            )

    @clerk_errors
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
            raise UserError(Text(BACKUP_SAME_FILE), f"backup target is the open file {target}")
        from papi_desktop.fileio import atomic_target

        with atomic_target(target) as temporary:
            copy_connection(self.conn, temporary)
            if unsaved is not None:
                self._put_report_into(temporary, unsaved)
        log.info("backed up %s to %s%s", self.path, target, " with the unsaved report" if unsaved else "")
        return target

    @classmethod
    def _put_report_into(cls, path: Path, report: Report) -> None:
        raise NotImplementedError  # the reports are drafts.py's

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
                if untouched and self._pages_checked:  # the next open here can skip the page and schema checks
                    known_files.remember_clean(self.path)
            finally:
                if self._lock is not None:
                    self._lock.release()
                if self._scratch is not None:
                    self._scratch.close()

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

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: everything inside is written, or (on any exception) nothing.

        Every write comes through here: a read-only store refuses, a store whose lock was
        taken over stops, the pages of a file opened by the fast path are checked, and the
        day's first write keeps the day's copy first.
        """
        with self._mutex:
            if self.read_only:
                raise _read_only_error(self.path, self._read_only_text)
            if not self.path.exists():
                from papi_desktop.errors import VANISHED

                raise UserError(Text(VANISHED, {"path": self.path}), f"database file vanished: {self.path}")
            if self._lock is not None:
                self._lock.check(self.clock())
            self._check_pages()
            if self._lock is not None:
                self._daily_backup()
            with self.db.atomic():
                yield

    _transaction = transaction

