"""Autosave: every edit reaches the database about a second after the last keystroke.

The window never asks "save changes?" because nothing stays unsaved for long. The report
in memory is the truth while editing; this object remembers which parts changed and
writes them in one go when typing pauses. A failed write (disk full, stick pulled out,
permission lost) keeps the edit pending, tells the clerk once and retries.

The pause-triggered save runs on a worker thread: a rollback-journal commit syncs the disk
two or three times, which on a USB stick or a busy disk takes long enough to freeze the
window. The texts are copied on the GUI thread before the worker starts, so typing on
during the save is safe. Explicit saves (Ctrl+S, closing, switching report, exporting)
call :meth:`Autosaver.flush`, which waits for a save in flight and then writes at once.

Writes go through sqlite-utils, which the store loads only when first needed (opening a file
does not need it: it would add a fifth to the cold start). Shortly after a writable file is
attached the worker loads it, so that the import's Python work, which holds the interpreter
lock, is over before the clerk's first keystrokes rather than competing with them.
"""

from __future__ import annotations

import datetime
import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from papi_desktop.errors import UserError
from papi_desktop.model import Report
from papi_desktop.model.serialize import report_from_dict, report_to_dict

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)

HEADER = "__header__"
IDLE_MS = 800
RETRY_MS = 5000
# A typing burst keeps one revision: the text from before it (see DraftStore.save_section).
REVISION_COALESCE_SECONDS = 120.0
# After the window's first paint, before anyone can start typing.
PREPARE_DELAY_MS = 100
_FAILURES = (UserError, sqlite3.Error, OSError)


class Autosaver(QObject):
    saved = Signal(object)  # datetime of the save
    failed = Signal(str)  # Vietnamese message
    _finished = Signal(object, object, object)  # (store, keys written, error or None), from the worker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.report: Report | None = None
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self._save_in_background)
        self._worker: ThreadPoolExecutor | None = None
        self._in_flight: Future | None = None
        self._prepare_timer = QTimer(self)  # the warm-up after attaching a writable file
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.timeout.connect(lambda: self._prepare(self.store))
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(lambda *_: self._worker is not None and self._worker.shutdown(wait=True))

    def attach(self, store, report: Report | None) -> None:
        """Follow another report (after flushing what the previous one had pending)."""
        self.flush()
        self.store, self.report = store, report
        self._pending.clear()
        self._prepare_timer.stop()
        if store is not None and not store.read_only and not store.ready_for_writing:
            self._prepare_timer.start(PREPARE_DELAY_MS)

    @property
    def warm_up_scheduled(self) -> bool:
        """Whether the worker is due to make the attached file ready for writing (see the module)."""
        return self._prepare_timer.isActive()

    def _prepare(self, store) -> None:
        if store is not None and not store.ready_for_writing:
            self._executor().submit(store.prepare_for_writing)

    def _executor(self) -> ThreadPoolExecutor:
        if self._worker is None:  # made on first use: the thread pool is not on the start-up path
            from concurrent.futures import ThreadPoolExecutor

            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="papi-autosave")
        return self._worker

    def section_changed(self, key: str) -> None:
        self._pending.add(key)
        self._timer.start()

    def header_changed(self) -> None:
        self._pending.add(HEADER)
        self._timer.start()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending) or self._in_flight is not None

    # -- the save ----------------------------------------------------------------------------
    def _snapshot(self) -> tuple[dict[str, str], Report | None]:
        """What to write, copied now: the worker never reads the report the clerk is typing into."""
        report = self.report
        texts = {key: report.section(key) for key in self._pending - {HEADER}}
        header = report_from_dict(report_to_dict(report)) if HEADER in self._pending else None
        return texts, header

    @staticmethod
    def _write(store, report_id: str, texts: dict[str, str], header: Report | None) -> None:
        for key in sorted(texts):
            store.save_section(report_id, key, texts[key], coalesce_seconds=REVISION_COALESCE_SECONDS)
        if header is not None:
            store.save_report(header)

    def _save_in_background(self) -> None:
        if self._in_flight is not None or not self._pending or self.store is None or self.report is None:
            if self._in_flight is not None:
                self._timer.start()  # edits made during the save go in the next one
            return
        texts, header = self._snapshot()
        keys = set(texts) | ({HEADER} if header is not None else set())
        self._pending -= keys
        store, report_id = self.store, self.report.id

        def job() -> None:
            try:
                self._write(store, report_id, texts, header)
            except Exception as error:  # noqa: BLE001 - reported on the GUI thread, never lost here
                if not isinstance(error, _FAILURES):
                    log.exception("unexpected failure in the background save")
                self._finished.emit(store, keys, error)
            else:
                self._finished.emit(store, keys, None)

        self._in_flight = self._executor().submit(job)

    def _on_finished(self, store, keys: set[str], error: BaseException | None) -> None:
        self._in_flight = None
        if store is not self.store:
            return  # a save for a database that is no longer open here
        if error is None:
            self.saved.emit(datetime.datetime.now())
            if self._pending:
                self._timer.start()
            return
        self._pending |= keys
        self._report_failure(error)

    def _wait_for_background_save(self) -> None:
        if self._in_flight is not None:
            self._in_flight.result()
            # Its outcome arrives as a queued signal; deliver it now, before writing more.
            QCoreApplication.sendPostedEvents(self)

    def _report_failure(self, error: BaseException) -> None:
        message = error.translated(QCoreApplication.translate) if isinstance(error, UserError) else str(error)
        log.warning("autosave failed, will retry: %s", error)
        self._timer.start(RETRY_MS)
        self.failed.emit(message)

    def flush(self) -> bool:
        """Write what is pending now and wait for it; True when nothing is left unsaved."""
        self._timer.stop()
        self._wait_for_background_save()
        self._timer.stop()
        if not self._pending or self.store is None or self.report is None:
            return not self._pending
        texts, header = self._snapshot()
        try:
            self._write(self.store, self.report.id, texts, header)
        except _FAILURES as error:
            self._report_failure(error)
            return False
        self._pending.clear()
        self.saved.emit(datetime.datetime.now())
        return True
