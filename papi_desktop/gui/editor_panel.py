"""The editor: the column of part tabs built from a report's catalogue, bound to one report.

The panel shows a report's header and sections and says what the clerk changed
(``sectionEdited(key)``, ``headerEdited()``); writing into the model, saving and previewing are
the window's. It knows nothing of the store.

"Nội dung khác" (what an import could not place) has its own tab, shown when the report has
something there: a report typed in the window never needs it, an imported one may. Once shown it
stays while that report is open, even if the clerk empties it, so a tab never vanishes under
the cursor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSplitter

from papi_desktop.gui import settings as config
from papi_desktop.gui.first_paint import AfterFirstPaint
from papi_desktop.gui.general_tab import GeneralTab
from papi_desktop.gui.part_tabs import PartTabs
from papi_desktop.gui.section_tab import SectionTab
from papi_desktop.model import OTHER, Report
from papi_desktop.model.outline import Numbering, PartKind, numbered_parts, part_names
from papi_desktop.model.catalogue import Catalogue

if TYPE_CHECKING:  # the editors' module loads with the first part shown (gui/section_tab.py)
    from papi_desktop.gui.section_editor import SectionEditor

HEADER_KEY = "header"
MIN_POINTS, MAX_POINTS = 8.0, 28.0


def _dot_icon(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class EditorPanel(QObject):
    """Fills ``tabs`` (the form's PartTabs) with one tab per part and binds them to a report."""

    sectionEdited = Signal(str)
    headerEdited = Signal()
    historyRequested = Signal(str)
    sectionFocused = Signal(str)  # the clerk is working in this section (or HEADER_KEY)
    built = Signal()  # the section tabs were made anew (another catalogue): editors to wire again
    bound = Signal(object)  # the editors now show this report (None: no report)

    def __init__(self, tabs: PartTabs, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.settings = settings
        self.section_tabs: dict[str, SectionTab] = {}
        self.catalogue_key: str | None = None
        # The tabs' forms are built after the panel's first paint, the one on top when shown
        # (gui/section_tab.py); ``complete`` then, and ``built`` emitted.
        self._later = AfterFirstPaint(tabs)
        self.complete = False
        self._empty_icon = _dot_icon("#e8912d")
        self._point_size = config.EDITOR_POINT_SIZE.read(settings) or None
        # In a scroll area: its sixteen rows need more height than a 1280×720 screen leaves.
        self.general_page = QScrollArea(tabs)
        self.general_page.setObjectName("generalPage")
        self.general_page.setWidgetResizable(True)
        self.general_page.setFrameShape(QFrame.Shape.NoFrame)
        self.general_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.general_tab = GeneralTab(self.general_page)
        self.general_tab.edited.connect(self.headerEdited)
        self.general_page.setWidget(self.general_tab)
        tabs.addTab(self.general_page, self.tr("Thông tin chung"))
        tabs.currentChanged.connect(lambda _index: self.sectionFocused.emit(self.current_section_key()))

    # -- building ---------------------------------------------------------------------------
    def build(self, catalogue: Catalogue, catalogue_key: str) -> None:
        """One tab per part of ``catalogue``'s outline after "Thông tin chung" (rebuilt only when
        the catalogue changes): the unnumbered opening shares a tab with a first part of prose
        after it; a group's dimensions get a tab each; optional parts start hidden."""
        if catalogue_key == self.catalogue_key:
            return
        tabs = self.tabs
        current = tabs.currentIndex()
        for tab in self.section_tabs.values():  # their text goes with them: not an edit
            tab.blockSignals(True)
            if tab.built:
                tab.editor.blockSignals(True)
        while tabs.count() > 1:
            page = tabs.widget(1)
            tabs.removeTab(1)
            page.deleteLater()
        self.section_tabs = {}
        self.optional_keys: list[str] = []
        self.catalogue_key = catalogue_key
        self.catalogue = catalogue
        parts = list(catalogue.parts)
        index = 0
        while index < len(parts):
            part = parts[index]
            if part.numbering is Numbering.NONE and part.has_body and index + 1 < len(parts) \
                    and parts[index + 1].kind is PartKind.PROSE and not parts[index + 1].optional:
                opening = QSplitter(Qt.Orientation.Vertical, tabs)
                opening.setObjectName("openingSplitter")
                self._add_section(opening, part.key, part.tab_label, part.hint)
                following = parts[index + 1]
                self._add_section(opening, following.key, following.heading, following.hint)
                tabs.addTab(opening, "")
                index += 2
                continue
            if part.kind is PartKind.GROUP:
                for child, dimension in zip(part.children, catalogue.dimensions):
                    tab = self._add_section(None, child.key, child.heading, child.hint)
                    position = tabs.addTab(tab, "")
                    tabs.setTabToolTip(position, f"{dimension.name} — {dimension.english_name}".rstrip(" —"))
            else:
                # Tasks are numbered when printed, not bulleted.
                tab = self._add_section(None, part.key, part.heading, part.hint, bullets=part.kind is not PartKind.TASKS)
                position = tabs.addTab(tab, part.tab_label)
                if part.optional:
                    self.optional_keys.append(part.key)
                    tabs.setTabVisible(position, False)
            index += 1
        if 0 <= current < tabs.count():
            tabs.setCurrentIndex(current)
        self.complete = False
        self._later.defer("tabs", self._build_all)

    def _build_all(self) -> None:
        """Every tab's form (the one on top was built when shown), then ``built``: the find bar,
        the carried-over marks and the spell checker wire themselves to the editors."""
        for tab in self.section_tabs.values():
            tab.ensure_built()
        self.complete = True
        self.built.emit()

    def _add_section(self, holder: QSplitter | None, key: str, heading: str, hint: str,
                     bullets: bool = True) -> SectionTab:
        tab = SectionTab(key, heading, hint, holder, bullets=bullets)
        tab.edited.connect(self._on_edited)
        tab.history_requested.connect(self.historyRequested)
        tab.focused.connect(self.sectionFocused)
        tab.zoom_requested.connect(self.zoom_text)
        if self._point_size:
            tab.set_point_size(self._point_size)
        if holder is not None:
            holder.addWidget(tab)
        self.section_tabs[key] = tab
        return tab

    # -- binding ----------------------------------------------------------------------------
    def bind(self, report: Report) -> None:
        """Show ``report`` (no edit signals); the tabs follow its catalogue. An optional part
        is shown when the report has something in it."""
        self.build(report.catalogue, report.catalogue_key)
        self.general_tab.bind(report)
        for key, tab in self.section_tabs.items():
            tab.set_text(report.section(key))
            self.mark_tab(key)
        for key in self.optional_keys:
            self.tabs.setTabVisible(self.tabs.indexOf(self.section_tabs[key]), bool(report.section(key).strip()))
        self.set_tasks_heading(report)
        self.bound.emit(report)

    def clear(self) -> None:
        """No report: every section empty (and the optional parts hidden)."""
        for key, tab in self.section_tabs.items():
            tab.set_text("")
            self.mark_tab(key)
        for key in self.optional_keys:
            self.tabs.setTabVisible(self.tabs.indexOf(self.section_tabs[key]), False)
        self.bound.emit(None)

    def show_part(self, key: str) -> None:
        """Show an optional part's tab (the clerk added it) and go to it."""
        self.tabs.setTabVisible(self.page_index(key), True)
        self.go_to(key)

    def page_index(self, key: str) -> int:
        """The tab holding part ``key`` (the opening and part I share one), or the General tab
        for a header field's key."""
        tab = self.section_tabs.get(key)
        if tab is None:
            return 0
        page = tab.parentWidget() if isinstance(tab.parentWidget(), QSplitter) else tab
        return self.tabs.indexOf(page)

    def go_to(self, key: str) -> None:
        """Bring the tab of ``key`` (a part, or a General tab field) forward."""
        self.tabs.setCurrentIndex(self.page_index(key))

    def shown_optional(self) -> set[str]:
        return {key for key in self.optional_keys if self.tabs.isTabVisible(self.tabs.indexOf(self.section_tabs[key]))}

    def set_tasks_heading(self, report: Report) -> None:
        """Headings and tab names with their numbers for this report ("III. Kế hoạch thực hiện
        quý II/2022"): numbers and periods follow the report and the optional parts shown."""
        shown = self.shown_optional()
        names = part_names(report, shown)
        for entry in numbered_parts(report, shown=shown):
            tab = self.section_tabs.get(entry.key)
            if tab is None:
                continue
            tab.set_heading(entry.numbered_heading if entry.heading else entry.part.tab_label)
            page = tab.parentWidget() if isinstance(tab.parentWidget(), QSplitter) else tab
            position = self.tabs.indexOf(page)
            if page is tab:  # a dimension's tab keeps to its number in the group: the column is narrow
                self.tabs.setTabText(position, f"{entry.number}. {entry.part.tab_label}" if entry.group else names[entry.key])
            elif tab is page.widget(0):
                second = page.widget(1)
                self.tabs.setTabText(position, self.tr("Mở đầu và phần %1").replace("%1", names[second.key].split(".")[0]))

    def set_read_only(self, read_only: bool) -> None:
        self.general_tab.set_read_only(read_only)
        for tab in self.section_tabs.values():
            tab.set_read_only(read_only)

    def mark_tab(self, key: str) -> None:
        """An orange dot on a part's tab while it is empty (the opening's tab holds two: none;
        "Nội dung khác" is optional: none)."""
        tab = self.section_tabs[key]
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        dot = tab.is_empty() and key not in self.optional_keys
        if dot != (not self.tabs.tabIcon(index).isNull()):  # the column is laid out again on every set
            self.tabs.setTabIcon(index, self._empty_icon if dot else QIcon())

    def other_tab_visible(self) -> bool:
        return OTHER in self.section_tabs and self.tabs.isTabVisible(self.tabs.indexOf(self.section_tabs[OTHER]))

    def _on_edited(self, key: str) -> None:
        self.mark_tab(key)
        self.sectionEdited.emit(key)

    # -- where the clerk is -----------------------------------------------------------------
    def current_section_key(self) -> str:
        """The section being edited: the current tab's (the focused half of the opening), or HEADER_KEY."""
        widget = self.tabs.currentWidget()
        if isinstance(widget, SectionTab):
            return widget.key
        if isinstance(widget, QSplitter):
            focused = QApplication.focusWidget()
            halves = [widget.widget(i) for i in range(widget.count())]
            for half in halves:
                if isinstance(half, SectionTab) and half.built and half.editor is focused:
                    return half.key
            return halves[0].key
        return HEADER_KEY

    def current_editor(self) -> SectionEditor | None:
        """The section editor the clerk is in: the focused one, else the one on the current tab."""
        focused = QApplication.focusWidget()
        for tab in self.section_tabs.values():
            if tab.editor is focused:
                return tab.editor
        key = self.current_section_key()
        return self.section_tabs[key].editor if key in self.section_tabs else None

    def step_tab(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next or previous part, skipping hidden tabs."""
        tabs = self.tabs
        index = tabs.currentIndex()
        for _ in range(tabs.count()):
            index = (index + step) % tabs.count()
            if tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                return

    def word_count(self) -> int:
        return sum(tab.words for tab in self.section_tabs.values())

    # -- text size --------------------------------------------------------------------------
    def point_size(self) -> float:
        editor = next(iter(self.section_tabs.values())).editor
        return editor.font().pointSizeF()

    def zoom_text(self, direction: int) -> None:
        """Larger, smaller or back to the normal size, for every section at once (remembered)."""
        from papi_desktop.gui.section_editor import BASE_POINT_SIZE, ZOOM_IN, ZOOM_OUT, ZOOM_RESET

        if direction == ZOOM_RESET:
            points = BASE_POINT_SIZE
        else:
            step = 1.0 if direction == ZOOM_IN else -1.0 if direction == ZOOM_OUT else 0.0
            points = min(MAX_POINTS, max(MIN_POINTS, self.point_size() + step))
        self._point_size = points
        for tab in self.section_tabs.values():
            tab.set_point_size(points)
        config.EDITOR_POINT_SIZE.write(self.settings, points)

