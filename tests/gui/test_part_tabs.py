"""The eleven parts of the report in a column of tabs: all in sight on an office screen, names across."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget

from papi_desktop.gui.part_tabs import PartTabBar


def test_every_part_is_in_sight_on_a_1366_by_768_screen_without_scrolling(make_window, qtbot):
    window = make_window()
    window.resize(1366, 740)
    qtbot.waitExposed(window)
    tabs = window.ui.editorTabs
    bar = tabs.tabBar()
    assert isinstance(bar, PartTabBar) and tabs.tabPosition() == QTabWidget.TabPosition.West
    shown = [index for index in range(tabs.count()) if tabs.isTabVisible(index)]
    assert len(shown) == 11  # "Nội dung khác" is hidden while the report has none
    names = [tabs.tabText(index) for index in shown]
    assert names[0] == "Thông tin chung" and names[2] == "1. Tham gia" and names[-1] == "III. Nhiệm vụ quý tới"
    visible = bar.rect()
    for position, index in enumerate(shown):
        place = bar.tabRect(index)
        assert visible.contains(place), f"tab {names[position]!r} is out of sight: {place} not in {visible}"
        assert place.width() > 2 * place.height(), "the name is written across, not sideways"
        assert place.width() >= bar.fontMetrics().horizontalAdvance(names[position])  # never elided
    # one below the other, in report order
    tops = [bar.tabRect(index).top() for index in shown]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)


def test_clicking_a_part_shows_it_and_its_name_is_painted_across(make_window, qtbot):
    window = make_window()
    qtbot.waitExposed(window)
    tabs = window.ui.editorTabs
    bar = tabs.tabBar()
    target = 3  # "2. Công khai, minh bạch"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(target).center())
    assert tabs.currentIndex() == target
    assert window._current_section_key() == "transparency"

    image = bar.grab(bar.tabRect(target)).toImage()
    background = image.pixelColor(1, image.height() // 2)
    # Ink left of the middle and along the middle line: a label read across, starting at the left.
    row = image.height() // 2
    inked = [x for x in range(image.width()) if _differs(image.pixelColor(x, row), background)
             or _differs(image.pixelColor(x, row - 3), background)]
    assert inked, "no text painted in the tab"
    assert min(inked) < image.width() // 4  # left-aligned
    assert max(inked) - min(inked) > image.width() // 3  # runs across the tab


def test_ctrl_tab_still_steps_through_the_parts(make_window, qtbot):
    window = make_window()
    qtbot.waitExposed(window)
    tabs = window.ui.editorTabs
    tabs.setCurrentIndex(2)
    window.activateWindow()
    qtbot.waitActive(window)
    editor = window.section_tabs["participation"].editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 3
    qtbot.keyClick(window.section_tabs["transparency"].editor, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tabs.currentIndex() == 2


def _differs(color: QColor, other: QColor) -> bool:
    return abs(color.lightness() - other.lightness()) > 40


def test_the_tab_with_the_keyboard_shows_a_focus_frame(make_window, qtbot):
    window = make_window()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    bar = window.ui.editorTabs.tabBar()
    current = bar.tabRect(bar.currentIndex())
    without = bar.grab(current).toImage()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # what reaching it with Tab sets
    with_focus = bar.grab(current).toImage()
    assert with_focus != without
    qtbot.keyClick(bar, Qt.Key.Key_Down)  # the arrow keys move through the parts, as on any tab bar
    assert window.ui.editorTabs.currentIndex() == 1
    qtbot.keyClick(bar, Qt.Key.Key_Up)
    qtbot.keyClick(bar, Qt.Key.Key_Up)  # already at the first part: stays
    assert window.ui.editorTabs.currentIndex() == 0


def test_a_disabled_part_is_greyed_out_like_any_disabled_tab(make_window, qtbot):
    window = make_window()
    qtbot.waitExposed(window)
    bar = window.ui.editorTabs.tabBar()
    index = 5

    def darkest() -> int:
        image = bar.grab(bar.tabRect(index)).toImage()
        return min(image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height()))

    enabled = darkest()
    bar.setTabEnabled(index, False)
    assert darkest() > enabled + 60
