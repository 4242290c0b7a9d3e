"""The parts of the report as a column of tabs beside the editor, their names written across.

A report has eleven parts (general information, opening and I, the eight PAPI dimensions, III).
Across the top of the editor they need about 1,300 px, so on an office screen of 1,366 px a clerk
saw three or four tabs and scrolled for the rest. Down the side they all fit, in report order.
Qt can put tabs on the west side, but then turns their text on its side; this tab bar lays the
tabs out and paints their labels horizontally, left-aligned like a table of contents, and keeps
everything else (keyboard, the current tab, tooltips, icons) as QTabBar has it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QStyle, QStyleOptionFocusRect, QStyleOptionTab, QStylePainter, QTabBar, QTabWidget, QWidget,
)

LABEL_PADDING = 8  # px of space left of the icon or text, and right of the text
ICON_GAP = 6
EXTRA_HEIGHT = 6  # a little more air than a top tab: the column is read like a list


class PartTabBar(QTabBar):
    """A west-side tab bar whose tabs are as wide as their label and read left to right."""

    def tabSizeHint(self, index: int) -> QSize:
        # For a west-side bar QTabBar measures a tab as if its label were turned sideways.
        size = super().tabSizeHint(index).transposed()
        return QSize(size.width(), size.height() + EXTRA_HEIGHT)

    def minimumTabSizeHint(self, index: int) -> QSize:
        return self.tabSizeHint(index)  # never elide a part's name

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down move through a column (QTabBar itself only knows Left and Right)."""
        key = event.key()
        step = -1 if key == Qt.Key.Key_Up else 1 if key == Qt.Key.Key_Down else 0
        if not step or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        index = self.currentIndex() + step
        while 0 <= index < self.count() and not (self.isTabEnabled(index) and self.isTabVisible(index)):
            index += step
        if 0 <= index < self.count():
            self.setCurrentIndex(index)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 - the whole bar is cheap to paint
        painter = QStylePainter(self)
        option = QStyleOptionTab()
        for index in range(self.count()):
            if not self.isTabVisible(index):  # "Nội dung khác" while the report has none
                continue
            self.initStyleOption(option, index)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabShape, option)
            label = self.tabRect(index).adjusted(LABEL_PADDING, 0, -LABEL_PADDING, 0)
            icon = self.tabIcon(index)
            if not icon.isNull():
                side = self.iconSize()
                place = QRect(label.left(), label.center().y() - side.height() // 2, side.width(), side.height())
                icon.paint(painter, place)
                label.setLeft(place.right() + ICON_GAP)
            palette = QPalette(option.palette)
            enabled = self.isTabEnabled(index)
            if not enabled:  # QStyle.drawItemText leaves greying out to the palette
                palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
            text_color = self.tabTextColor(index)
            if text_color.isValid():
                palette.setColor(QPalette.ColorRole.WindowText, text_color)
            painter.drawItemText(
                label,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextShowMnemonic),
                palette, enabled, self.tabText(index), QPalette.ColorRole.WindowText,
            )
            if option.state & QStyle.StateFlag.State_HasFocus:  # the bar has the keyboard: show where
                focus = QStyleOptionFocusRect()
                focus.initFrom(self)
                focus.rect = self.tabRect(index).adjusted(3, 3, -3, -3)
                painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class PartTabs(QTabWidget):
    """The editor's tabs, one per part of the report, in a column on the left (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(PartTabBar(self))  # before any tab is added, as Qt requires
        self.setTabPosition(QTabWidget.TabPosition.West)
