"""Work the window's first frame need not wait for, done on the event-loop turn after it.

A clerk who starts the program wants the window, the list and the open report's text at once;
the preview's pages and the spelling underlines can follow a frame later (about 50 ms on an
office laptop). Laying out the pages and checking every word of thirteen parts before the first
paint made the start a third slower than the window itself needs.

:class:`AfterFirstPaint` watches one widget's paint events. Work deferred before that widget's
first paint runs on the turn after it; work deferred later runs at once. Anything that needs the
result earlier (a test reading the page count, a print asked for before the window was ever
painted) calls :meth:`AfterFirstPaint.run_now`, so the deferral never changes an answer, only
when the work is done. Should a platform never paint the widget once shown (none known does, but
the spell checker and the find bar wait on it), the jobs run a second after it was shown.
"""

from __future__ import annotations

from collections.abc import Callable
import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

NO_PAINT_MS = 1000  # after the first show, the jobs run even if no paint has come


class AfterFirstPaint(QObject):
    """Jobs run once ``widget`` has been painted for the first time (or when asked for)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._painted = False
        self._shown = False
        self._jobs: dict[str, Callable[[], None]] = {}
        widget.installEventFilter(self)

    @property
    def painted(self) -> bool:
        return self._painted

    def pending(self, key: str | None = None) -> bool:
        """Whether a job (``key``'s, or any) is still waiting."""
        return bool(self._jobs) if key is None else key in self._jobs

    def defer(self, key: str, job: Callable[[], None]) -> None:
        """Run ``job`` after the first paint; once it is done, at once. A job deferred again under
        the same ``key`` replaces the one waiting (only the latest preview is worth laying out)."""
        if self._painted and not self._jobs:
            job()
            return
        self._jobs.pop(key, None)
        self._jobs[key] = job

    def run_now(self, key: str | None = None) -> None:
        """Run the waiting job of ``key`` (every waiting job when None) now, in the order deferred."""
        keys = list(self._jobs) if key is None else [key] if key in self._jobs else []
        for name in keys:
            job = self._jobs.pop(name, None)
            if job is not None:
                job()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._widget and not self._painted:
            if event.type() == QEvent.Type.Paint:
                self._first_paint_came()
            elif event.type() == QEvent.Type.Show and not self._shown:
                self._shown = True
                QTimer.singleShot(NO_PAINT_MS, self, self._no_paint_came)
        return False

    def _first_paint_came(self) -> None:
        self._painted = True
        self._widget.removeEventFilter(self)
        QTimer.singleShot(0, self, lambda: self.run_now())

    def _no_paint_came(self) -> None:
        if not self._painted:
            log.info("no paint of %s a second after it was shown: running what waited for it",
                     self._widget.objectName() or type(self._widget).__name__)
            self._first_paint_came()
