"""Work the window's first frame need not wait for, done on the event-loop turn after it.

A clerk who starts the program wants the window, the list and the open report's text at once;
the preview's pages and the spelling underlines can follow a frame later (about 50 ms on an
office laptop). Laying out the pages and checking every word of thirteen parts before the first
paint made the start a third slower than the window itself needs.

:class:`AfterFirstPaint` watches one widget's paint events. Work deferred before that widget's
first paint runs on the turn after it; work deferred later runs at once. Anything that needs the
result earlier (a test reading the page count, a print asked for before the window was ever
painted) calls :meth:`AfterFirstPaint.run_now`, so the deferral never changes an answer, only
when the work is done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Jobs run once ``widget`` has been painted for the first time (or when asked for)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._painted = False
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
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, lambda: self.run_now())
        return False
