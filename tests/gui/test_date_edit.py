"""The date field takes a whole date as clerks type it, day first, and refuses what is no date.

Each input is typed with real key events after a click and after a double-click on the
day, as the clerk in issue #13 did; the value is checked after Tab leaves the field.
"""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from papi_desktop.gui.date_edit import DateEdit, DateInputError, parse_day_month_year

START = QDate(2026, 11, 15)


@pytest.fixture
def field(qtbot):
    """A DateEdit showing 15/11/2026 in a window, with a second field to Tab to."""
    host = QWidget()
    layout = QVBoxLayout(host)
    edit = DateEdit(host)
    after = QLineEdit(host)
    after.setObjectName("after")
    layout.addWidget(edit)
    layout.addWidget(after)
    qtbot.addWidget(host)
    edit.setDate(START)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    after.setFocus()
    qtbot.waitUntil(after.hasFocus)
    yield edit  # (a generator keeps ``host`` alive while the test runs)


def _day_position(edit: DateEdit) -> QPoint:
    """The middle of the day digits ("15" of "15/11/2026")."""
    metrics = edit.line.fontMetrics()
    rect = edit.line.cursorRect()
    return QPoint(metrics.horizontalAdvance("1") + 4, rect.center().y())


def _click(edit: DateEdit, qtbot) -> None:
    QTest.mouseClick(edit.line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _day_position(edit))
    qtbot.waitUntil(edit.line.hasFocus)


def _double_click(edit: DateEdit, qtbot) -> None:
    _click(edit, qtbot)  # a double-click is preceded by its first click, as with a real mouse
    QTest.mouseDClick(edit.line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _day_position(edit))


def _leave(edit: DateEdit) -> None:
    QTest.keyClick(edit.line, Qt.Key.Key_Tab)


TYPED = {
    "15/7/2022": QDate(2022, 7, 15),
    "15072022": QDate(2022, 7, 15),
    "15-07-2022": QDate(2022, 7, 15),
    "15.07.2022": QDate(2022, 7, 15),
    "1/1/2023": QDate(2023, 1, 1),
    "29/02/2024": QDate(2024, 2, 29),
    "15/7/22": QDate(2022, 7, 15),
    "05 08 2021": QDate(2021, 8, 5),
}


@pytest.mark.parametrize("typed", list(TYPED))
@pytest.mark.parametrize("how", ["click", "double-click"])
def test_a_typed_date_is_taken_whole(field, qtbot, typed, how):
    (_click if how == "click" else _double_click)(field, qtbot)
    assert field.line.selectedText() == "15/11/2026"  # the whole date is selected, typing replaces it
    with qtbot.waitSignal(field.dateChanged) as changed:
        QTest.keyClicks(field.line, typed)
        _leave(field)
    assert field.date() == TYPED[typed] == changed.args[0]
    assert field.text() == TYPED[typed].toString("dd/MM/yyyy")
    assert field.last_refusal == ""


IMPOSSIBLE = {
    "31/02/2022": "tháng 2 năm 2022 chỉ có 28 ngày",
    "29/02/2023": "tháng 2 năm 2023 chỉ có 28 ngày",
    "31/04/2022": "tháng 4 năm 2022 chỉ có 30 ngày",
    "15132022": "Không có tháng 13",
    "15/13/2022": "Không có tháng 13",
    "00/07/2022": "Không có ngày 0/7/2022",
    "2022-07-15": "ngày trước, rồi tháng, rồi năm",
    "1572022": "8 chữ số",
    "15/07": "đủ ngày, tháng, năm",
    "15/07/202": "4 chữ số",
}


@pytest.mark.parametrize("typed", list(IMPOSSIBLE))
@pytest.mark.parametrize("how", ["click", "double-click"])
def test_an_impossible_date_is_refused_and_the_old_one_kept(field, qtbot, typed, how):
    changes = []
    field.dateChanged.connect(changes.append)
    (_click if how == "click" else _double_click)(field, qtbot)
    with qtbot.waitSignal(field.inputRefused) as refused:
        QTest.keyClicks(field.line, typed)
        _leave(field)
    message = refused.args[0]
    assert IMPOSSIBLE[typed] in message and f"“{typed}”" in message
    assert "Ngày vẫn là 15/11/2026" in message
    assert field.date() == START and field.text() == "15/11/2026" and changes == []
    assert field.message.isVisible() and field.message.text() == message  # said where the clerk looks
    field.line.setFocus()
    field.line.selectAll()
    QTest.keyClicks(field.line, "1")  # typing again clears it
    assert not field.message.isVisible()


def test_letters_cannot_be_typed(field, qtbot):
    _click(field, qtbot)
    QTest.keyClicks(field.line, "ngay15/7/2022")
    assert field.line.text() == "15/7/2022"  # "ngay" went nowhere, the date is what is left
    _leave(field)
    assert field.date() == QDate(2022, 7, 15)


def test_enter_commits_and_escape_brings_the_date_back(field, qtbot):
    _click(field, qtbot)
    QTest.keyClicks(field.line, "1/2/2021")
    QTest.keyClick(field.line, Qt.Key.Key_Escape)
    assert field.text() == "15/11/2026" and field.date() == START
    field.line.selectAll()
    QTest.keyClicks(field.line, "1/2/2021")
    QTest.keyClick(field.line, Qt.Key.Key_Return)
    assert field.date() == QDate(2021, 2, 1)


def test_a_second_click_places_the_cursor_to_fix_one_digit(field, qtbot):
    _click(field, qtbot)
    QTest.mouseClick(field.line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(2, 5))
    assert field.line.selectedText() == "" and field.line.cursorPosition() == 0
    QTest.keyClick(field.line, Qt.Key.Key_Delete)
    QTest.keyClicks(field.line, "2")
    _leave(field)
    assert field.date() == QDate(2026, 11, 25)


def test_a_click_after_coming_back_to_the_window_also_selects_the_whole_date(field, qtbot):
    """Switching back to the window (Alt+Tab) gives the field focus without a click; the click
    that follows is still the first one."""
    field.line.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    qtbot.waitUntil(field.line.hasFocus)
    field.line.setCursorPosition(3)
    QTest.mouseClick(field.line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _day_position(field))
    assert field.line.selectedText() == "15/11/2026"
    QTest.keyClicks(field.line, "15072022")
    _leave(field)
    assert field.date() == QDate(2022, 7, 15)


def test_the_calendar_button_sets_a_day_with_the_keyboard(field, qtbot):
    QTest.mouseClick(field.button, Qt.MouseButton.LeftButton)
    popup = field.findChild(QWidget, "calendarPopup")
    qtbot.waitUntil(popup.isVisible)
    assert field.calendar.selectedDate() == START
    assert field.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    view = field.calendar.findChild(QWidget, "qt_calendar_calendarview")
    with qtbot.waitSignal(field.dateChanged):
        QTest.keyClick(view, Qt.Key.Key_Right)
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 11, 16)
    assert not popup.isVisible()


def test_set_date_and_range_like_qdateedit(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    changes = []
    edit.dateChanged.connect(changes.append)
    edit.setDate(datetime.date(2022, 7, 15))
    edit.setDate(QDate(2022, 7, 15))  # unchanged: no second signal
    assert edit.date() == QDate(2022, 7, 15) and changes == [QDate(2022, 7, 15)]
    edit.setDateRange(QDate(2023, 1, 1), QDate(2023, 12, 31))
    assert edit.date() == QDate(2023, 1, 1)
    edit.setReadOnly(True)
    assert edit.line.isReadOnly() and not edit.button.isEnabled()


def test_parse_refuses_without_rolling_over():
    assert parse_day_month_year(" 15/7/2022 ") == datetime.date(2022, 7, 15)
    with pytest.raises(DateInputError):
        parse_day_month_year("")
    with pytest.raises(DateInputError):
        parse_day_month_year("32/1/2022")
