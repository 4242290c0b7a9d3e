"""A date field that takes a date the way a Vietnamese clerk types it.

``QDateEdit`` edits one section at a time: typing "15072022" after a click changed nothing,
and double-clicking the day then typing "15/07/2022" made "15/11/00007/2022". Clerks type a
whole date, day first, with whatever separator their hands know: "15/7/2022", "15072022",
"15-07-2022", "15.07.2022", "15/7/22". This field is a line edit that reads the whole text
when the clerk leaves it (Enter, Tab, a click elsewhere), plus a calendar button.

A text that is no date ("31/02/2022", "15132022", "2022-07-15") is refused with a message
that says why, and the field goes back to the date it had: a date is never changed silently.

The API follows ``QDateEdit`` (``date()``, ``setDate()``, ``dateChanged``, ``setDateRange``,
``setReadOnly``) so the general tab's field can be swapped for this one in one line. No
library offers this (Qt's own field is the problem), hence the small parser below.
"""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QMouseEvent, QPainter, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget, QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

DISPLAY_FORMAT = "dd/MM/yyyy"
_SEPARATORS = re.compile(r"[/\-. ]+")
_ALLOWED = QRegularExpression(r"[0-9/\-. ]{0,12}")


class DateInputError(ValueError):
    """What was typed is not a date; ``message`` says why, for the clerk."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _whole_year(year_text: str) -> int:
    year = int(year_text)
    if len(year_text) == 2:
        return 2000 + year  # "15/7/22": reports are dated this century
    if len(year_text) != 4:
        raise DateInputError(QCoreApplication.translate("DateEdit", "Năm phải có 4 chữ số (ví dụ 2022)."))
    return year


def parse_day_month_year(text: str) -> datetime.date:
    """The date in ``text``, typed day first: "15/7/2022", "15072022", "15-07-2022", "15.07.22".

    Raises :class:`DateInputError` with a Vietnamese message for anything else, including an
    impossible day ("31/02/2022") or month ("15132022"): nothing is ever rolled over.
    """
    text = text.strip()
    if not text:
        raise DateInputError(QCoreApplication.translate("DateEdit", "Chưa gõ ngày. Hãy gõ ngày/tháng/năm, ví dụ 15/07/2022."))
    if text.isdigit():
        if len(text) == 8:
            parts = [text[:2], text[2:4], text[4:]]
        elif len(text) == 6:
            parts = [text[:2], text[2:4], text[4:]]
        else:
            raise DateInputError(QCoreApplication.translate("DateEdit", 
                "Gõ liền thì cần đủ 8 chữ số ngày-tháng-năm, ví dụ 15072022; hoặc gõ có dấu /, ví dụ 15/7/2022."))
    else:
        parts = [part for part in _SEPARATORS.split(text) if part]
        if len(parts) != 3 or not all(part.isdigit() for part in parts):
            raise DateInputError(QCoreApplication.translate("DateEdit", "Hãy gõ đủ ngày, tháng, năm, ví dụ 15/07/2022."))
        if len(parts[0]) == 4:
            raise DateInputError(QCoreApplication.translate("DateEdit", "Hãy gõ ngày trước, rồi tháng, rồi năm, ví dụ 15/07/2022."))
        if len(parts[0]) > 2 or len(parts[1]) > 2:
            raise DateInputError(QCoreApplication.translate("DateEdit", "Hãy gõ đủ ngày, tháng, năm, ví dụ 15/07/2022."))
    day, month, year = int(parts[0]), int(parts[1]), _whole_year(parts[2])
    if not 1 <= month <= 12:
        raise DateInputError(QCoreApplication.translate("DateEdit", "Không có tháng %1 (tháng chỉ từ 1 đến 12).").replace("%1", str(month)))
    if year < 1:
        raise DateInputError(QCoreApplication.translate("DateEdit", "Năm phải có 4 chữ số (ví dụ 2022)."))
    import calendar  # (with locale): only when a date is typed

    last_day = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        raise DateInputError(QCoreApplication.translate("DateEdit", "Không có ngày %1/%2/%3 (tháng %2 năm %3 chỉ có %4 ngày).")
                             .replace("%1", str(day)).replace("%2", str(month)).replace("%3", str(year))
                             .replace("%4", str(last_day)))
    return datetime.date(year, month, day)


class _DateLine(QLineEdit):
    """The text part: the first click after the field gets focus (however it got it) and a
    double-click select the whole date, so what the clerk types replaces it; further clicks
    place the cursor, to fix one digit."""

    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_click = True
        self._select_all_on_release = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # (back from the calendar or a menu: no change)
            self._first_click = True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self._first_click and event.button() == Qt.MouseButton.LeftButton:
            self._first_click = False
            self._select_all_on_release = True
            self.selectAll()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._select_all_on_release:
            self._select_all_on_release = False
            self.selectAll()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # QLineEdit selects one "word" (the day alone) here; a date is one thing to retype.
        if event.button() == Qt.MouseButton.LeftButton:
            self.selectAll()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isModified():
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _calendar_icon() -> QIcon:
    """A small calendar drawn here: no standard icon theme has one on Windows."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#444444"))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#c0392b"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(4 + 3 * column, 8 + 3 * row, 2, 2, QColor("#444444"))
    painter.end()
    return QIcon(pixmap)


def _calendar_locale() -> QLocale:
    """Vietnamese month and day names in a Vietnamese window, whatever the system's locale."""
    from papi_desktop.gui.language import current_language

    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if current_language() == "vi" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class DateEdit(QWidget):
    """A day-month-year date field with a calendar button; see the module's docstring."""

    dateChanged = Signal(QDate)
    inputRefused = Signal(str)  # the Vietnamese message shown when typed text was not a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._minimum = QDate(1900, 1, 1)
        self._maximum = QDate(2100, 12, 31)
        self.last_refusal = ""
        self.line = _DateLine(self)
        self.line.setObjectName("dateLine")
        self.line.setValidator(QRegularExpressionValidator(_ALLOWED, self.line))
        self.line.setPlaceholderText(QCoreApplication.translate("DateEdit", "ngày/tháng/năm"))
        self.line.setToolTip(QCoreApplication.translate("DateEdit", "Gõ ngày/tháng/năm, ví dụ 15/07/2022 hoặc 15072022"))
        self.line.editingFinished.connect(self._commit_text)
        self.line.escaped.connect(self._show_date)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setIcon(_calendar_icon())
        self.button.setToolTip(QCoreApplication.translate("DateEdit", "Chọn ngày trên lịch"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        # The refusal is said under the field and stays until the next date is typed: a tooltip
        # would vanish at once, since the refusal comes when focus moves on (Tab, a click).
        self.message = QLabel(self)
        self.message.setObjectName("dateMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.line.textEdited.connect(self._clear_message)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.line)
        # As tall as its line (and the refusal, when shown): in the General tab's form a
        # widget that may grow took a share of the spare height and stood apart from its label.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._popup: QFrame | None = None
        self.calendar: QCalendarWidget | None = None
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self._show_date()

    # -- the QDateEdit-like API ----------------------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, date: QDate | datetime.date) -> None:
        if isinstance(date, datetime.date):
            date = QDate(date.year, date.month, date.day)
        if not date.isValid():
            return
        date = max(self._minimum, min(self._maximum, date))
        self._clear_message()
        changed = date != self._date
        self._date = QDate(date)
        self._show_date()
        if changed:
            self.dateChanged.emit(QDate(date))

    def setDateRange(self, minimum: QDate, maximum: QDate) -> None:
        self._minimum, self._maximum = QDate(minimum), QDate(maximum)
        self.setDate(self._date)

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def maximumDate(self) -> QDate:
        return QDate(self._maximum)

    def setReadOnly(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def isReadOnly(self) -> bool:
        return self.line.isReadOnly()

    def text(self) -> str:
        return self.line.text()

    def displayFormat(self) -> str:
        return DISPLAY_FORMAT

    # -- typing --------------------------------------------------------------------------------
    def _show_date(self) -> None:
        self.line.setText(self._date.toString(DISPLAY_FORMAT))
        self.line.setModified(False)

    def _commit_text(self) -> None:
        text = self.line.text()
        if text == self._date.toString(DISPLAY_FORMAT):
            return
        try:
            typed = parse_day_month_year(text)
        except DateInputError as error:
            self._refuse(text, error.message)
            return
        date = QDate(typed.year, typed.month, typed.day)
        if not self._minimum <= date <= self._maximum:
            self._refuse(text, QCoreApplication.translate("DateEdit", "Ngày phải từ %1 đến %2.").replace("%1", self._minimum.toString(DISPLAY_FORMAT))
                         .replace("%2", self._maximum.toString(DISPLAY_FORMAT)))
            return
        self.setDate(date)

    def _refuse(self, text: str, reason: str) -> None:
        """Say why ``text`` is not a date and show the date kept."""
        message = (QCoreApplication.translate("DateEdit", "Không nhận “%1”. %2 Ngày vẫn là %3.")
                   .replace("%1", text).replace("%2", reason).replace("%3", self._date.toString(DISPLAY_FORMAT)))
        self.last_refusal = message
        self._show_date()
        self.message.setText(message)
        self.message.show()
        self.inputRefused.emit(message)

    def _clear_message(self) -> None:
        self.last_refusal = ""
        self.message.hide()

    # -- the calendar --------------------------------------------------------------------------
    def show_calendar(self) -> None:
        """Open a month calendar under the field; a click or Enter on a day sets it."""
        self._commit_text()
        if self._popup is None:
            self._popup = QFrame(self, Qt.WindowType.Popup)
            self._popup.setObjectName("calendarPopup")
            self._popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = QCalendarWidget(self._popup)
            self.calendar.setObjectName("calendar")
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.setGridVisible(True)
            self.calendar.setLocale(_calendar_locale())
            self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            layout = QVBoxLayout(self._popup)
            layout.setContentsMargins(1, 1, 1, 1)
            layout.addWidget(self.calendar)
        self.calendar.setDateRange(self._minimum, self._maximum)
        self.calendar.setSelectedDate(self._date)
        self._popup.adjustSize()
        self._popup.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self._popup.show()
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(date)
        self.line.setFocus()

