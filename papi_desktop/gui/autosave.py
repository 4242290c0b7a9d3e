"""Autosave: every edit reaches the database about a second after the last keystroke.

The window never asks "save changes?" because nothing stays unsaved for long. The report
in memory is the truth while editing; this object remembers which parts changed and
writes them in one go when typing pauses. A failed write (disk full, stick pulled out,
permission lost) keeps the edit pending, tells the clerk once and retries.
"""

from __future__ import annotations

import datetime
import logging
import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from papi_desktop.errors import UserError
from papi_desktop.model import Report

log = logging.getLogger(__name__)

HEADER = "__header__"
IDLE_MS = 800
RETRY_MS = 5000
# A typing burst keeps one revision: the text from before it (see DraftStore.save_section).
REVISION_COALESCE_SECONDS = 120.0


class Autosaver(QObject):
    saved = Signal(object)  # datetime of the save
    failed = Signal(str)  # Vietnamese message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.report: Report | None = None
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)
        self._failing = False

    def attach(self, store, report: Report | None) -> None:
        """Follow another report (after flushing what the previous one had pending)."""
        self.flush()
        self.store, self.report = store, report
        self._pending.clear()

    def section_changed(self, key: str) -> None:
        self._pending.add(key)
        self._timer.start()

    def header_changed(self) -> None:
        self._pending.add(HEADER)
        self._timer.start()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write what is pending now; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending or self.store is None or self.report is None:
            return not self._pending
        report, pending = self.report, set(self._pending)
        try:
            for key in sorted(pending - {HEADER}):
                self.store.save_section(
                    report.id, key, report.section(key), coalesce_seconds=REVISION_COALESCE_SECONDS
                )
                self._pending.discard(key)
            if HEADER in pending:
                self.store.save_report(report)
                self._pending.discard(HEADER)
        except (UserError, sqlite3.Error, OSError) as error:
            message = error.message if isinstance(error, UserError) else str(error)
            log.warning("autosave failed, will retry: %s", error)
            self._timer.start(RETRY_MS)
            self._failing = True
            self.failed.emit(message)
            return False
        self._failing = False
        self.saved.emit(datetime.datetime.now())
        return True
