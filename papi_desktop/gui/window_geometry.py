"""Where the main window opens: never larger than the screen's available area, never off it.

The form's own size (1360×860) is taller than a 1366×768 laptop once the task bar is taken off,
and a geometry remembered on a docked 1920×1080 monitor can leave the window half off a laptop
screen. Both are clamped here, from the available rectangle of the screen the window is on, so
the buttons at the bottom and the status bar are always in reach.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1360, 860)  # what the window asks for on a screen that has room
FRAME_ALLOWANCE = QSize(0, 30)  # a window manager's title bar, outside the client geometry


def clamp_rect(wanted: QRect, available: QRect, minimum: QSize | None = None) -> QRect:
    """``wanted`` made no larger than ``available`` (less room for a title bar) and moved inside it.

    ``minimum`` is honoured only as far as the screen allows: a window cannot be larger than the
    screen it is on, whatever its widgets would like.
    """
    room = available.size() - FRAME_ALLOWANCE
    width = min(wanted.width(), room.width())
    height = min(wanted.height(), room.height())
    if minimum is not None:
        width = min(max(width, minimum.width()), room.width())
        height = min(max(height, minimum.height()), room.height())
    left = min(max(wanted.left(), available.left()), available.right() + 1 - width)
    top_limit = available.top() + FRAME_ALLOWANCE.height()
    top = min(max(wanted.top(), top_limit), available.bottom() + 1 - height)
    return QRect(left, max(top, available.top()), width, height)


def first_rect(available: QRect) -> QRect:
    """The first start's geometry: the preferred size or the screen's, centred."""
    size = QSize(min(PREFERRED.width(), available.width()), min(PREFERRED.height(), available.height()))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return clamp_rect(rect, available)


def available_rect(window: QWidget) -> QRect:
    """The available area of the screen the window is on (the primary screen before it is shown)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, remembered: bytes | None) -> None:
    """Restore ``remembered`` geometry (from ``saveGeometry``) or the first start's, then clamp it."""
    available = available_rect(window)
    if remembered is None or not window.restoreGeometry(remembered):
        window.setGeometry(first_rect(available))
        return
    window.setGeometry(clamp_rect(window.geometry(), available))


def keep_frame_on_screen(window: QWidget) -> None:
    """Once shown, when the window manager's frame is known: the whole frame inside the
    available area (the client geometry made smaller and moved as needed)."""
    available = available_rect(window)
    frame, inner = window.frameGeometry(), window.geometry()
    left, top = inner.left() - frame.left(), inner.top() - frame.top()
    right, bottom = frame.right() - inner.right(), frame.bottom() - inner.bottom()
    width = min(inner.width(), available.width() - left - right)
    height = min(inner.height(), available.height() - top - bottom)
    x = min(max(frame.left(), available.left()), available.right() + 1 - (width + left + right))
    y = min(max(frame.top(), available.top()), available.bottom() + 1 - (height + top + bottom))
    wanted = QRect(x + left, y + top, width, height)
    if wanted != inner:
        window.setGeometry(wanted)
