"""The report list on the left: period, trích yếu, status and last change, with search.

The panel only shows the store's summaries and says which report the clerk picked
(``reportChosen``); loading it is the window's job. Trích yếu of one office's reports all begin
alike ("Báo cáo kết quả thực hiện … quý II và nhiệm vụ quý III/2022"), so the column is elided in
the middle: the start and the period at the end stay visible, and the tooltip has the whole text.

While the clerk searches, each report found has a row under it for each place the words were
found (model/find.py ``search_snippets``): the part's name and the words around the match.
Choosing such a row opens the report at that place (``placeChosen``).
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication, QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem,
)

from papi_desktop.errors import UserError
from papi_desktop.model import Period, Report, Status

REPORT_ID_ROLE = Qt.ItemDataRole.UserRole
DELETED_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2  # (field key, start, end) of a search result's row
MATCH_HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # that row's text with the matching words in bold
# Reports whose matches are listed under them: loading each one costs a read, and a clerk reads
# only the first few results anyway.
SNIPPET_REPORTS, SNIPPETS_PER_REPORT = 20, 3
PERIOD, TITLE, STATUS, CHANGED = range(4)
# The last change: day, month and time this year, the full date for older ones (the time of a
# change made last year says little), so that the column stays narrow.
THIS_YEAR_FORMAT, OLDER_FORMAT = "%d/%m %H:%M", "%d/%m/%Y"


LEAD = 24  # characters shown before a match: in a narrow column the match stays in sight


def _tail(text: str) -> str:
    """The last words of ``text`` (about LEAD characters), "…" where cut."""
    if len(text) <= LEAD:
        return text
    cut = text[-LEAD:]
    space = cut.find(" ")
    return "…" + (cut[space + 1:] if 0 <= space < LEAD - 4 else cut)


class PlaceDelegate(QStyledItemDelegate):
    """Draws a search result's row with the matching words in bold; other rows as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        marked = index.data(MATCH_HTML_ROLE)
        if not marked:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(f"<span style='color:{colour.name()}'>{marked}</span>")
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        painter.save()
        painter.setClipRect(text_rect)
        painter.translate(text_rect.left(), text_rect.top() + (text_rect.height() - document.size().height()) / 2)
        document.drawContents(painter)
        painter.restore()


def changed_text(moment: datetime.datetime, today: datetime.date | None = None) -> str:
    local = moment.astimezone()
    this_year = (today or datetime.date.today()).year
    return local.strftime(THIS_YEAR_FORMAT if local.year == this_year else OLDER_FORMAT)


class ReportListPanel(QObject):
    """Drives the list widgets of the main window's form (``reportList``, ``searchEdit``,
    ``showDeletedCheck``); emits ``reportChosen(id)`` when the clerk selects a row and
    ``selectionChanged()`` whenever the selection (and so what can be done with it) changes."""

    reportChosen = Signal(str)
    selectionChanged = Signal()
    placeChosen = Signal(str, int, int)  # after reportChosen: the field key and the match's span
    placeActivated = Signal(str, int, int)  # the same, with Enter or a double click: to type there

    def __init__(self, ui: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tree: QTreeWidget = ui.reportList
        self.search = ui.searchEdit
        self.show_deleted = ui.showDeletedCheck
        self.store = None
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setItemDelegateForColumn(0, PlaceDelegate(self.tree))
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemActivated.connect(self._on_activated)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.show_deleted.toggled.connect(lambda _checked: self.refresh())
        self.open_id: str | None = None  # the report open in the editor, kept selected on refresh
        self.size_columns()

    def size_columns(self) -> None:
        """Fixed widths from the font, wide enough for the longest value and the column's title
        (measuring thousands of rows on every refresh would not scale). Trích yếu takes the rest."""
        tree = self.tree
        header = tree.header()
        metrics = tree.fontMetrics()
        header_metrics = header.fontMetrics()
        # The view's own item margins and the header's sort arrow and padding, as the style has them.
        margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1) + 10
        samples = {PERIOD: ["quý III/2022"], STATUS: [self.tr("Hoàn thành"), self.tr("Bản nháp"), self.tr("Đã xóa")],
                   CHANGED: ["28/11 23:58", "28/11/2025"]}
        for column, texts in samples.items():
            title = tree.headerItem().text(column)
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            width = max(widest, header_metrics.horizontalAdvance(title) + 8) + margin
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tree.setColumnWidth(column, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)

    def set_store(self, store) -> None:
        self.store = store

    # -- rows -------------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Rebuild the rows from the store (with the search applied); keep or move the selection."""
        if self.store is None:
            return
        tree = self.tree
        wanted = select_id or self.open_id
        words = self.search.text().strip()
        summaries = self.store.list_reports(include_deleted=self.show_deleted.isChecked())
        if words:
            found = set(self.store.search(words))
            summaries = [s for s in summaries if s.id in found]
        tree.blockSignals(True)
        tree.clear()
        chosen = None
        items = []
        for summary in summaries:
            item = QTreeWidgetItem()
            item.setData(0, REPORT_ID_ROLE, summary.id)
            item.setData(0, DELETED_ROLE, summary.deleted_at is not None)
            self._fill_row(item, summary.period, summary.title, summary.status, summary.updated_at, summary.deleted_at)
            items.append(item)
            if summary.id == wanted:
                chosen = item
            if words and len(items) <= SNIPPET_REPORTS:
                self._add_places(item, summary.id, words)
        tree.addTopLevelItems(items)
        for item in items:
            if not item.childCount():
                continue  # expanding a row without places costs the next clear(): 1.2 s for 10,000 rows
            item.setExpanded(True)
            for index in range(item.childCount()):
                item.child(index).setFirstColumnSpanned(True)
        tree.blockSignals(False)
        if chosen is not None:
            tree.setCurrentItem(chosen)  # emits reportChosen when it is not the open report
        self.selectionChanged.emit()

    def _add_places(self, item: QTreeWidgetItem, report_id: str, words: str) -> None:
        """One row under ``item`` for each place ``words`` are found: "1. Tham gia: …words…"."""
        try:
            report = self.store.load(report_id)
        except UserError:
            return  # the report's own row is enough; opening it says what is wrong
        import html  # (with its 2,000 entity names) and the search: only when searching, not at start

        from papi_desktop.model.find import search_snippets

        for found in search_snippets(report, words, limit=SNIPPETS_PER_REPORT):
            child = QTreeWidgetItem(item)
            child.setToolTip(0, f"{found.label}: «{found.text[found.match_start:found.match_end]}»\n{found.text}")
            child.setData(0, REPORT_ID_ROLE, report_id)
            child.setData(0, DELETED_ROLE, item.data(0, DELETED_ROLE))
            child.setData(0, PLACE_ROLE, (found.part, found.start, found.end))
            before, match, after = (found.text[:found.match_start], found.text[found.match_start:found.match_end],
                                    found.text[found.match_end:])
            before = _tail(before)
            child.setText(0, f"{found.label}: {before}{match}{after}")
            child.setData(0, MATCH_HTML_ROLE, f"{html.escape(found.label)}: {html.escape(before)}"
                                              f"<b>{html.escape(match)}</b>{html.escape(after)}")
            child.setForeground(0, QColor("#555"))

    def _fill_row(self, item: QTreeWidgetItem, period: Period, title: str, status: Status,
                  updated_at: datetime.datetime, deleted_at: datetime.datetime | None = None) -> None:
        label = self.tr("Hoàn thành") if status == Status.FINAL else self.tr("Bản nháp")
        if deleted_at is not None:
            label = self.tr("Đã xóa")
        changed = updated_at.astimezone()
        texts = (period.short_label(), " ".join(title.split()), label, changed_text(changed))
        for column, text in enumerate(texts):
            item.setText(column, text)
        item.setToolTip(TITLE, title)
        item.setToolTip(CHANGED, changed.strftime("%d/%m/%Y %H:%M"))
        if deleted_at is not None:
            for column in range(4):
                item.setForeground(column, QColor("#999"))

    def update_open_row(self, report: Report) -> None:
        """After an autosave only the open report's row changes: update it, not the whole list
        (rebuilding a list of thousands of reports after every pause in typing would stall)."""
        item = self.tree.currentItem()
        if item is not None and item.parent() is not None:
            item = item.parent()  # a search result's row: the report's own row is above it
        if item is None or item.data(0, REPORT_ID_ROLE) != report.id:
            return
        self._fill_row(item, report.period, report.title, report.status, datetime.datetime.now(datetime.timezone.utc))

    def select_row(self, report_id: str | None) -> None:
        """Put the selection back on ``report_id`` without announcing it (nothing is loaded)."""
        tree = self.tree
        tree.blockSignals(True)
        try:
            for index in range(tree.topLevelItemCount()):
                item = tree.topLevelItem(index)
                if item.data(0, REPORT_ID_ROLE) == report_id:
                    tree.setCurrentItem(item)
                    break
        finally:
            tree.blockSignals(False)

    def select_first(self) -> None:
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, REPORT_ID_ROLE) if item else None

    def selected_is_deleted(self) -> bool:
        item = self.tree.currentItem()
        return bool(item is not None and item.data(0, DELETED_ROLE))

    def is_deleted(self, report_id: str) -> bool:
        """Whether ``report_id`` is the selected row and that row is in the recycle bin."""
        return self.selected_id() == report_id and self.selected_is_deleted()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        place = item.data(0, PLACE_ROLE)
        if place and item.data(0, REPORT_ID_ROLE) == self.open_id:
            self.placeActivated.emit(*place)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        self.selectionChanged.emit()
        if current is None:
            return
        report_id = current.data(0, REPORT_ID_ROLE)
        if report_id != self.open_id:
            self.reportChosen.emit(report_id)
        place = current.data(0, PLACE_ROLE)
        if place and report_id == self.open_id:  # opened (or already open): go to the place
            self.placeChosen.emit(*place)
