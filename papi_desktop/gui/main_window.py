"""The main window: report list, one tab per part of the report, live page preview.

The window holds no rules of its own: it binds widgets to the model, composes through
the composer, saves through the store and prints through the Qt renderer.
"""

from __future__ import annotations

import datetime
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QColor, QDesktopServices, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QHeaderView, QMainWindow, QMessageBox, QSplitter, QTreeWidgetItem, QWidget,
)

from papi_desktop import __version__
from papi_desktop.compose import compose
from papi_desktop.errors import UserError
from papi_desktop.gui.autosave import Autosaver
from papi_desktop.gui.forms.ui_main_window import Ui_MainWindow
from papi_desktop.gui.general_tab import GeneralTab
from papi_desktop.gui.preview import PagePreview
from papi_desktop.gui.section_tab import SectionTab
from papi_desktop.model import IMPLEMENTATION, NEXT_TASKS, PREAMBLE, Period, Report, Status
from papi_desktop.model.serialize import duplicate_report, next_quarter_report
from papi_desktop.model.text import clean_text
from papi_desktop.store import DraftStore

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 120
MAX_RECENT = 8
REPORT_ID_ROLE = Qt.ItemDataRole.UserRole
DELETED_ROLE = Qt.ItemDataRole.UserRole + 1


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


class MainWindow(QMainWindow):
    def __init__(self, store: DraftStore, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings
        self.store: DraftStore = store
        self.report: Report | None = None
        self._report_deleted = False  # the open report is in the recycle bin: view only
        self._empty_icon = _dot_icon("#e8912d")
        self._warned_save_failure = False

        self.preview = PagePreview(self)
        self.ui.previewLayout.addWidget(self.preview)
        self.autosaver = Autosaver(self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self._build_tabs()
        self._connect_actions()
        self._restore_layout()
        self.open_store(store)

    # -- construction ----------------------------------------------------------------------
    def _build_tabs(self) -> None:
        from papi_desktop.model import load_catalogue

        tabs = self.ui.editorTabs
        self.general_tab = GeneralTab(self)
        self.general_tab.edited.connect(self._on_header_edited)
        tabs.addTab(self.general_tab, self.tr("Thông tin chung"))
        self.section_tabs: dict[str, SectionTab] = {}

        catalogue = load_catalogue()
        opening = QSplitter(Qt.Orientation.Vertical, self)
        opening.setObjectName("openingSplitter")
        self._add_section(opening, PREAMBLE, self.tr("Mở đầu (căn cứ, lý do báo cáo)"), "")
        self._add_section(opening, IMPLEMENTATION, f"I. {catalogue.implementation_heading}", "")
        tabs.addTab(opening, self.tr("Mở đầu và phần I"))
        for dimension in catalogue.dimensions:
            tab = self._add_section(None, dimension.key, f"{dimension.number}. {dimension.heading}", dimension.hint)
            index = tabs.addTab(tab, f"{dimension.number}. {dimension.short_name}")
            tabs.setTabToolTip(index, f"{dimension.name} — {dimension.english_name}")
        tasks = self._add_section(None, NEXT_TASKS, "III.", self.tr("Mỗi dòng một nhiệm vụ; số thứ tự được đánh tự động."))
        tasks.ui.bulletButton.hide()  # tasks are numbered when printed, not bulleted
        tabs.addTab(tasks, self.tr("III. Nhiệm vụ quý tới"))
        tabs.currentChanged.connect(self._on_tab_changed)

    def _add_section(self, holder: QSplitter | None, key: str, heading: str, hint: str) -> SectionTab:
        tab = SectionTab(key, heading, hint, holder)
        tab.edited.connect(self._on_section_edited)
        tab.history_requested.connect(self.show_history)
        tab.editor.cursorPositionChanged.connect(lambda key=key: self.preview.scroll_to_anchor(key))
        if holder is not None:
            holder.addWidget(tab)
        self.section_tabs[key] = tab
        return tab

    def _connect_actions(self) -> None:
        ui = self.ui
        for action, slot in (
            (ui.actionNewDatabase, self.new_database),
            (ui.actionOpenDatabase, self.choose_database),
            (ui.actionSaveCopy, self.save_copy),
            (ui.actionMerge, self.merge_database),
            (ui.actionRestoreBackup, self.restore_backup),
            (ui.actionImport, self.import_file),
            (ui.actionSave, self.save_now),
            (ui.actionExportWord, lambda: self.export_report("docx")),
            (ui.actionExportPdf, lambda: self.export_report("pdf")),
            (ui.actionPrint, self.print_report),
            (ui.actionQuit, self.close),
            (ui.actionUndo, lambda: self._focused_editor_call("undo")),
            (ui.actionRedo, lambda: self._focused_editor_call("redo")),
            (ui.actionBullet, lambda: self._focused_editor_call("toggle_bullets")),
            (ui.actionFind, self._focus_search),
            (ui.actionNewReport, self.new_report),
            (ui.actionNewQuarter, self.new_quarter),
            (ui.actionDuplicate, self.duplicate_current),
            (ui.actionDelete, self.delete_current),
            (ui.actionToggleFinal, self.toggle_final),
            (ui.actionHistory, lambda: self.show_history(self._current_section_key())),
            (ui.actionHelp, self.show_help),
            (ui.actionAbout, self.show_about),
        ):
            action.triggered.connect(slot)
        ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        ui.newButton.clicked.connect(self.new_report)
        ui.duplicateButton.clicked.connect(self.duplicate_current)
        ui.deleteButton.clicked.connect(self.delete_current)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.showDeletedCheck.toggled.connect(lambda _checked: self.refresh_list())
        ui.searchEdit.textChanged.connect(lambda _text: self.refresh_list())
        ui.reportList.currentItemChanged.connect(self._on_list_selection)
        next_tab = QShortcut(QKeySequence("Ctrl+Tab"), self)
        next_tab.activated.connect(lambda: self._step_tab(1))
        previous_tab = QShortcut(QKeySequence("Ctrl+Shift+Tab"), self)
        previous_tab.activated.connect(lambda: self._step_tab(-1))

    def _size_list_columns(self) -> None:
        """Fixed widths from the font: measuring thousands of rows on every refresh would not scale."""
        header = self.ui.reportList.header()
        metrics = self.ui.reportList.fontMetrics()
        for column, sample in ((0, "quý III/2022"), (2, "Hoàn thành"), (3, "25/11/26 09:42")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.ui.reportList.setColumnWidth(column, metrics.horizontalAdvance(sample) + 12)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def _restore_layout(self) -> None:
        self._size_list_columns()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.ui.mainSplitter.restoreState(state)
        else:
            self.ui.mainSplitter.setSizes([320, 640, 480])

    # -- database ---------------------------------------------------------------------------
    def open_store(self, store: DraftStore) -> bool:
        """Show ``store``'s reports and reopen the report and tab last used with it.

        False (and ``store`` closed again) when the current database still has unsaved edits.
        """
        if self.store is not store:
            if not self._saved_or_warn():
                store.close()
                return False
            self.store.close()
        self.store = store
        self.settings.setValue("session/database", str(store.path))
        self._remember_recent(store.path)
        title = f"{store.path.name} — papi-desktop"
        self.setWindowTitle(title + (self.tr(" (chỉ đọc)") if store.read_only else ""))
        if store.backup_problem:
            self.statusBar().showMessage(store.backup_problem, 15000)
        self.report = None
        self.autosaver.attach(store, None)
        last_id = self.settings.value(f"session/report/{store.path}", "")
        self.refresh_list(select_id=last_id or None)
        if self.report is None and self.ui.reportList.topLevelItemCount():
            self.ui.reportList.setCurrentItem(self.ui.reportList.topLevelItem(0))
        if self.report is None:
            self._show_no_report()
        tab = int(self.settings.value("session/tab", 0) or 0)
        if 0 <= tab < self.ui.editorTabs.count():
            self.ui.editorTabs.setCurrentIndex(tab)
        return True

    def _database_filter(self) -> str:
        return self.tr("Cơ sở dữ liệu báo cáo (*.papi);;Mọi tệp (*)")

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in (self.settings.value("session/recent", []) or []) if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("session/recent", recent[:MAX_RECENT])
        menu = self.ui.menuRecent
        menu.clear()
        for entry in recent[:MAX_RECENT]:
            action = QAction(entry, menu)
            action.triggered.connect(lambda _checked=False, entry=entry: self.open_database(Path(entry)))
            menu.addAction(action)
        menu.setEnabled(bool(recent))

    def open_database(self, path: Path) -> bool:
        from papi_desktop.gui.open_database import open_store

        if path.exists() and path.resolve() == self.store.path.resolve():
            return True
        store = open_store(path, self)
        if store is None:
            return False
        return self.open_store(store)

    def choose_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Mở cơ sở dữ liệu"), str(self.store.path.parent), self._database_filter())
        if name:
            self.open_database(Path(name))

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Cơ sở dữ liệu mới"), str(self.store.path.parent / "bao-cao.papi"), self._database_filter())
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".papi")
        if not self._saved_or_warn():
            return
        try:
            store = DraftStore.create(path)
        except UserError as error:
            self._error(error)
            return
        self.open_store(store)

    def save_copy(self) -> bool:
        """Tệp → Lưu bản sao thành…; True when a copy was written.

        When the last edits could not be saved into the open file, the copy carries them (see
        ``DraftStore.backup_to``); when the open file cannot even be read any more, the copy is
        a new file with the open report alone, which can be merged back later.
        """
        flushed = self.autosaver.flush()
        unsaved = None if flushed or self.report is None or self.store.read_only else self.report
        suggested = self.store.path.with_name(f"{self.store.path.stem}-ban-sao.papi")
        if not suggested.parent.is_dir():  # the stick is gone: suggest the documents folder
            suggested = Path.home() / suggested.name
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bản sao thành"), str(suggested), self._database_filter())
        if not name:
            return False
        target = Path(name)
        try:
            self.store.backup_to(target, unsaved=unsaved)
        except UserError as error:
            if unsaved is None:
                self._error(error)
                return False
            log.warning("copy of %s failed (%s); writing the open report alone", self.store.path, error.detail)
            try:
                DraftStore.rescue(target, unsaved)
            except UserError as second:
                self._error(second)
                return False
            QMessageBox.information(self, self.tr("Đã lưu bản sao"), self.tr(
                "Tệp đang mở không đọc được nữa, nên bản sao “%1” chỉ gồm báo cáo đang soạn, với mọi thay đổi "
                "trên màn hình. Khi tệp gốc dùng lại được, hãy mở tệp gốc rồi đưa bản sao vào bằng Tệp → Nhập từ cơ sở dữ liệu khác…").replace("%1", name))
            return True
        if unsaved is not None:
            self.statusBar().showMessage(self.tr(
                "Đã lưu bản sao, gồm cả những thay đổi chưa ghi được vào tệp đang mở: %1").replace("%1", name), 12000)
        else:
            self.statusBar().showMessage(self.tr("Đã lưu bản sao: %1").replace("%1", name), 8000)
        return True

    def restore_backup(self) -> None:
        """Put back one of the daily automatic copies of this database (the current file is kept as a copy first)."""
        from PySide6.QtWidgets import QInputDialog

        from papi_desktop.store import list_backups, restore_backup

        backups = list_backups(self.store.path)
        if not backups:
            QMessageBox.information(self, self.tr("Bản sao lưu tự động"), self.tr(
                "Chưa có bản sao lưu tự động nào của tệp này. Mỗi ngày mở tệp, chương trình tự giữ một bản (7 ngày gần nhất)."))
            return
        labels = []
        for backup in backups:
            label = f"{backup.day.strftime('%d/%m/%Y')} — {max(1, backup.size // 1024)} KB"
            if backup.before_restore:
                label += self.tr(" (trước lần khôi phục)")
            labels.append(label)
        chosen, ok = QInputDialog.getItem(self, self.tr("Khôi phục bản sao lưu"), self.tr(
            "Chọn bản muốn khôi phục. Tệp hiện tại được giữ lại thành một bản sao lưu trước khi thay."), labels, 0, False)
        if not ok:
            return
        backup = backups[labels.index(chosen)]
        path = self.store.path
        if not self._saved_or_warn():
            return
        self.autosaver.attach(None, None)
        self.report = None
        self.store.close()
        try:
            restore_backup(backup, path)
        except UserError as error:
            self._error(error)
        except OSError as error:
            self._error(UserError(self.tr("Không khôi phục được: %1").replace("%1", error.strerror or str(error)),
                                  f"restore of {path} failed: {error}"))
        from papi_desktop.gui.open_database import open_store
        from papi_desktop.store import open_default_store

        reopened = open_store(path, self)
        if reopened is None:
            reopened = open_default_store()
        self.store = reopened  # open_store sees the same object and does not close it again
        self.open_store(reopened)
        self.statusBar().showMessage(self.tr("Đã khôi phục bản sao lưu ngày %1.").replace("%1", backup.day.strftime("%d/%m/%Y")), 10000)

    def merge_database(self) -> None:
        """Bring in a colleague's file: new reports are added, nothing is overwritten, and a
        report changed on both machines is shown side by side to choose from."""
        from papi_desktop.gui.merge_dialog import ConflictDialog
        from papi_desktop.store.merge import merge

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập từ cơ sở dữ liệu khác"), str(self.store.path.parent), self._database_filter())
        if not name or not self._saved_or_warn():
            return
        try:
            result = merge(self.store, Path(name))
        except UserError as error:
            self._error(error)
            return
        for conflict in result.conflicts:
            ConflictDialog(self.store, conflict.id, conflict.copy_id, self).exec()
        current = self.report.id if self.report else None
        self.report = None
        self.autosaver.attach(self.store, None)
        self.refresh_list(select_id=current)
        if current is not None and self.report is None:
            self.load_report(current)
        QMessageBox.information(self, self.tr("Đã nhập"), "\n".join(result.describe(QCoreApplication.translate)))

    # -- report list ------------------------------------------------------------------------
    def refresh_list(self, select_id: str | None = None) -> None:
        listing = self.ui.reportList
        wanted = select_id or (self.report.id if self.report else None)
        words = self.ui.searchEdit.text().strip()
        summaries = self.store.list_reports(include_deleted=self.ui.showDeletedCheck.isChecked())
        if words:
            found = set(self.store.search(words))
            summaries = [s for s in summaries if s.id in found]
        listing.blockSignals(True)
        listing.clear()
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
        listing.addTopLevelItems(items)
        listing.blockSignals(False)
        if chosen is not None:
            listing.setCurrentItem(chosen)
        self._update_actions()

    def _fill_row(self, item: QTreeWidgetItem, period: Period, title: str, status: Status,
                  updated_at: datetime.datetime, deleted_at: datetime.datetime | None = None) -> None:
        label = self.tr("Hoàn thành") if status == Status.FINAL else self.tr("Bản nháp")
        if deleted_at is not None:
            label = self.tr("Đã xóa")
        texts = (period.short_label(), " ".join(title.split()), label, updated_at.astimezone().strftime("%d/%m/%y %H:%M"))
        for column, text in enumerate(texts):
            item.setText(column, text)
        item.setToolTip(1, title)
        if deleted_at is not None:
            for column in range(4):
                item.setForeground(column, QColor("#999"))

    def _refresh_current_row(self) -> None:
        """After an autosave only the open report's row changes: update it, not the whole list
        (rebuilding a list of thousands of reports after every pause in typing would stall)."""
        item = self.ui.reportList.currentItem()
        if self.report is None or item is None or item.data(0, REPORT_ID_ROLE) != self.report.id:
            return
        self._fill_row(item, self.report.period, self.report.title, self.report.status,
                       datetime.datetime.now(datetime.timezone.utc))

    def _select_row(self, report_id: str | None) -> None:
        """Put the list's selection back on ``report_id`` without loading anything."""
        listing = self.ui.reportList
        listing.blockSignals(True)
        try:
            for index in range(listing.topLevelItemCount()):
                item = listing.topLevelItem(index)
                if item.data(0, REPORT_ID_ROLE) == report_id:
                    listing.setCurrentItem(item)
                    break
        finally:
            listing.blockSignals(False)

    def _selected_id(self) -> str | None:
        item = self.ui.reportList.currentItem()
        return item.data(0, REPORT_ID_ROLE) if item else None

    def _on_list_selection(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        report_id = current.data(0, REPORT_ID_ROLE)
        if self.report is not None and self.report.id == report_id:
            return
        self.load_report(report_id)

    def load_report(self, report_id: str) -> None:
        if not self._saved_or_warn():
            self._select_row(self.report.id if self.report else None)
            return
        try:
            report = self.store.load(report_id)
        except UserError as error:
            self._error(error)
            return
        self.report = report
        item = self.ui.reportList.currentItem()
        self._report_deleted = bool(item is not None and item.data(0, REPORT_ID_ROLE) == report.id
                                    and item.data(0, DELETED_ROLE))
        self.autosaver.attach(self.store, report)
        self.settings.setValue(f"session/report/{self.store.path}", report.id)
        self.general_tab.bind(report)
        for key, tab in self.section_tabs.items():
            tab.set_text(report.section(key))
            self._mark_tab(key)
        self.section_tabs[NEXT_TASKS].ui.headingLabel.setText(f"III. {report.next_tasks_heading()}")
        self._apply_read_only()
        self.refresh_preview()
        self._update_actions()

    # -- editing ----------------------------------------------------------------------------
    def _on_section_edited(self, key: str) -> None:
        if self.report is None or self.report.is_final or self._report_deleted or self.store.read_only:
            return
        self.report.set_section(key, self.section_tabs[key].text())
        self.autosaver.section_changed(key)
        self._mark_tab(key)
        self._preview_timer.start()

    def _on_header_edited(self) -> None:
        if self.report is None or self.report.is_final or self._report_deleted or self.store.read_only:
            return
        self.general_tab.apply_to(self.report)
        self.general_tab.refresh_derived_title(self.report)
        self.section_tabs[NEXT_TASKS].ui.headingLabel.setText(f"III. {self.report.next_tasks_heading()}")
        self.autosaver.header_changed()
        self._preview_timer.start()

    def _mark_tab(self, key: str) -> None:
        tab = self.section_tabs[key]
        tabs = self.ui.editorTabs
        index = tabs.indexOf(tab)
        if index < 0:  # inside the opening splitter
            return
        tabs.setTabIcon(index, self._empty_icon if tab.is_empty() else QIcon())

    def _show_no_report(self) -> None:
        """No report selected (an empty database, or the last one deleted): nothing to edit."""
        for key, tab in self.section_tabs.items():
            tab.set_text("")
            self._mark_tab(key)
        self._apply_read_only()
        self._update_actions()

    def _apply_read_only(self) -> None:
        final = self.report is None or self.report.is_final or self._report_deleted
        locked = self.store.read_only
        self.general_tab.set_read_only(final or locked)
        for tab in self.section_tabs.values():
            tab.set_read_only(final or locked)
        self.ui.bannerLabel.setVisible(final or locked)
        if locked:
            reason = self.store.read_only_reason or self.tr("Tệp được mở ở chế độ chỉ đọc.")
            self.ui.bannerLabel.setText(self.tr(
                "%1 Không sửa được gì trong tệp này; có thể xem, in, xuất, hoặc dùng Tệp → Lưu bản sao thành… "
                "để có một bản sửa được ở nơi khác.").replace("%1", reason))
        elif self.report is None:
            self.ui.bannerLabel.setText(self.tr("Chưa chọn báo cáo nào. Bấm “Mới” hoặc Báo cáo → Báo cáo quý mới để bắt đầu."))
        elif self._report_deleted:
            self.ui.bannerLabel.setText(self.tr("Báo cáo này đang ở thùng rác nên chỉ xem được; bấm “Khôi phục” để sửa tiếp."))
        elif final:
            self.ui.bannerLabel.setText(self.tr(
                "Báo cáo này đã được đánh dấu hoàn thành nên chỉ xem được. "
                "Chọn Báo cáo → Mở lại để sửa nếu cần chỉnh sửa, hoặc Báo cáo quý mới để soạn quý sau."))

    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        if self.report is None:
            return
        self.preview.set_document(compose(self.report))
        key = self._current_section_key()
        if key:
            self.preview.scroll_to_anchor(key)

    def _current_section_key(self) -> str:
        widget = self.ui.editorTabs.currentWidget()
        if isinstance(widget, SectionTab):
            return widget.key
        if isinstance(widget, QSplitter):
            focused = QApplication.focusWidget()
            for key in (PREAMBLE, IMPLEMENTATION):
                if self.section_tabs[key].editor is focused:
                    return key
            return PREAMBLE
        return "header"

    def _on_tab_changed(self, index: int) -> None:
        self.settings.setValue("session/tab", index)
        key = self._current_section_key()
        if key:
            self.preview.scroll_to_anchor(key)

    def _step_tab(self, step: int) -> None:
        tabs = self.ui.editorTabs
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def _current_editor(self):
        """The section editor the clerk is in: the focused one, else the one on the current tab."""
        focused = QApplication.focusWidget()
        for tab in self.section_tabs.values():
            if tab.editor is focused:
                return tab.editor
        key = self._current_section_key()
        return self.section_tabs[key].editor if key in self.section_tabs else None

    def _focused_editor_call(self, method: str) -> None:
        editor = self._current_editor()
        focused = QApplication.focusWidget()
        if method in ("undo", "redo") and focused is not None and focused is not editor and hasattr(focused, method):
            getattr(focused, method)()  # a header field
        elif editor is not None:
            getattr(editor, method)()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # -- reports ----------------------------------------------------------------------------
    def _latest_report(self) -> Report | None:
        summaries = self.store.list_reports()
        if not summaries:
            return None
        latest = max(summaries, key=lambda s: (s.period, s.updated_at))
        return self.store.load(latest.id)

    def _add_and_show(self, report: Report) -> None:
        if not self._saved_or_warn() or not self._attempt(lambda: self.store.add(report)):
            return
        self.ui.searchEdit.clear()
        self.refresh_list(select_id=report.id)
        self.load_report(report.id)

    def new_report(self) -> None:
        """A blank report for the current quarter, with the agency, signer and recipients of the latest one."""
        today = datetime.date.today()
        report = Report(period=Period.containing(today))
        latest = self._latest_report()
        if latest is not None:
            report.header = latest.header
            report.header.number = ""
            report.header.date = today
            report.signature = latest.signature
            report.recipients = list(latest.recipients)
            report.archive = latest.archive
        self._add_and_show(report)
        self.ui.editorTabs.setCurrentIndex(0)

    def new_quarter(self) -> None:
        latest = self._latest_report()
        if latest is None:
            self.new_report()
            return
        report = next_quarter_report(latest, datetime.date.today())
        self._add_and_show(report)
        self.statusBar().showMessage(
            self.tr("Đã tạo báo cáo %1 từ báo cáo %2.").replace("%1", report.period.short_label()).replace("%2", latest.period.short_label()), 8000)

    def duplicate_current(self) -> None:
        if self.report is not None:
            self._add_and_show(duplicate_report(self.report))

    def delete_current(self) -> None:
        report_id = self._selected_id()
        if report_id is None or not self._saved_or_warn():
            return
        if not self._attempt(lambda: self.store.delete(report_id)):
            return
        self.report = None
        self.autosaver.attach(self.store, None)
        self.refresh_list()
        listing = self.ui.reportList
        if listing.currentItem() is None and listing.topLevelItemCount():
            listing.setCurrentItem(listing.topLevelItem(0))
        if self.report is None:
            self._show_no_report()
        self.statusBar().showMessage(self.tr("Đã chuyển báo cáo vào thùng rác; bật “Hiện cả báo cáo đã xóa” để khôi phục."), 8000)

    def restore_selected(self) -> None:
        report_id = self._selected_id()
        if report_id is not None and self._attempt(lambda: self.store.undelete(report_id)):
            self.report = None  # reload it as a live report
            self.refresh_list(select_id=report_id)

    def toggle_final(self) -> None:
        if self.report is None or not self._saved_or_warn():
            return
        previous = self.report.status
        self.report.status = Status.DRAFT if self.report.is_final else Status.FINAL
        if not self._attempt(lambda: self.store.save_report(self.report)):
            self.report.status = previous
            return
        self._apply_read_only()
        self.refresh_list()

    def _update_actions(self) -> None:
        has_report = self.report is not None
        for action in (self.ui.actionExportWord, self.ui.actionExportPdf, self.ui.actionPrint,
                       self.ui.actionDuplicate, self.ui.actionDelete, self.ui.actionToggleFinal, self.ui.actionHistory):
            action.setEnabled(has_report)
        writable = not self.store.read_only
        for action in (self.ui.actionNewReport, self.ui.actionNewQuarter, self.ui.actionDuplicate,
                       self.ui.actionDelete, self.ui.actionToggleFinal, self.ui.actionMerge, self.ui.actionImport,
                       self.ui.actionRestoreBackup):
            action.setEnabled(writable and (has_report or action in (
                self.ui.actionNewReport, self.ui.actionNewQuarter, self.ui.actionMerge, self.ui.actionImport,
                self.ui.actionRestoreBackup)))
        for button in (self.ui.newButton, self.ui.duplicateButton):
            button.setEnabled(writable)
        item = self.ui.reportList.currentItem()
        selected_deleted = bool(item is not None and item.data(0, DELETED_ROLE))
        self.ui.deleteButton.setEnabled(writable and item is not None and not selected_deleted)
        self.ui.actionDelete.setEnabled(writable and item is not None and not selected_deleted)
        self.ui.restoreButton.setEnabled(writable and selected_deleted)
        if self._report_deleted:
            self.ui.actionToggleFinal.setEnabled(False)
        final = has_report and self.report.is_final
        self.ui.actionToggleFinal.setText(self.tr("Mở lại để sửa") if final else self.tr("Đánh dấu đã hoàn thành"))
        self.ui.restoreButton.setVisible(self.ui.showDeletedCheck.isChecked())

    def import_file(self) -> None:
        """Start from last quarter's Word file: import, let the clerk check where each
        paragraph went, then save it as a new draft."""
        from papi_desktop.gui.import_dialog import ImportReviewDialog
        from papi_desktop.importers import import_report

        folder = self.settings.value("import/folder", str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập báo cáo từ tệp"), folder, self.tr("Báo cáo Word hoặc văn bản (*.docx *.txt)"))
        if not name:
            return
        try:
            result = import_report(Path(name))
        except UserError as error:
            self._error(error)
            return
        self.settings.setValue("import/folder", str(Path(name).parent))
        if ImportReviewDialog(result, self).exec():
            self._add_and_show(result.report)
            self.statusBar().showMessage(self.tr("Đã nhập %1 thành bản nháp.").replace("%1", Path(name).name), 8000)

    # -- history ----------------------------------------------------------------------------
    def show_history(self, key: str) -> None:
        from papi_desktop.gui.history_dialog import HistoryDialog

        if self.report is None or key not in self.section_tabs or not self._saved_or_warn():
            return
        dialog = HistoryDialog(self.store, self.report.id, key, self)
        if dialog.exec() and dialog.restored:
            self.report = self.store.load(self.report.id)
            self.autosaver.attach(self.store, self.report)
            self.section_tabs[key].set_text(self.report.section(key))
            self._mark_tab(key)
            self.refresh_preview()

    # -- saving, export, print --------------------------------------------------------------
    def save_now(self) -> None:
        self.autosaver.flush()

    def _on_saved(self, moment: datetime.datetime) -> None:
        self._warned_save_failure = False
        self.statusBar().showMessage(self.tr("Đã lưu lúc %1").replace("%1", moment.strftime("%H:%M")))
        self._refresh_current_row()

    def _on_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Chưa lưu được — sẽ thử lại: %1").replace("%1", message))
        if not self._warned_save_failure:
            self._warned_save_failure = True
            QMessageBox.warning(self, self.tr("Chưa lưu được"), self.tr(
                "Không ghi được vào cơ sở dữ liệu:\n%1\n\nNội dung vẫn còn trong cửa sổ và chương trình sẽ tự thử lại. "
                "Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác: bản sao có cả những thay đổi chưa ghi được.").replace("%1", message))

    def _suggested_name(self, suffix: str) -> str:
        period = self.report.period
        return f"Bao-cao-PAPI-quy-{period.roman}-{period.year}.{suffix}"

    def export_report(self, kind: str) -> None:
        from papi_desktop import export as exporter

        if self.report is None:
            return
        self.autosaver.flush()
        folder = self.settings.value("export/folder", str(Path.home()))
        file_filter = self.tr("Tài liệu Word (*.docx)") if kind == "docx" else self.tr("Tài liệu PDF (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất báo cáo"), str(Path(folder) / self._suggested_name(kind)), file_filter)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            written = exporter.export(self.report, path)
        except UserError as error:
            self._error(error)
            return
        self.settings.setValue("export/folder", str(written.parent))
        self.statusBar().showMessage(self.tr("Đã xuất %1").replace("%1", str(written)), 8000)
        answer = QMessageBox.question(
            self, self.tr("Đã xuất"), self.tr("Đã xuất báo cáo ra:\n%1\n\nMở tệp này ngay?").replace("%1", str(written)))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def make_printer(self):
        from PySide6.QtPrintSupport import QPrinter

        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from papi_desktop.render.qt import print_document

        if self.report is None:
            return
        composed = compose(self.report)
        printer = self.make_printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Xem trước khi in"))
        dialog.paintRequested.connect(lambda target: print_document(composed, target))
        dialog.exec()

    # -- help -------------------------------------------------------------------------------
    def show_help(self) -> None:
        from papi_desktop.resources import resources_dir

        guide = resources_dir().parent / "docs" / "huong-dan.md"
        if guide.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide)))
        else:
            QMessageBox.information(self, self.tr("Hướng dẫn"), self.tr(
                "Chọn báo cáo ở danh sách bên trái, gõ nội dung vào từng thẻ; bản xem trước bên phải là trang in.\n"
                "Mọi thay đổi được tự động lưu. Ctrl+E xuất ra Word, Ctrl+P in."))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "papi-desktop %1\nSoạn, lưu và in báo cáo quý về Chỉ số PAPI theo Nghị định 30/2020/NĐ-CP.").replace("%1", __version__))

    def _saved_or_warn(self) -> bool:
        """Write what is pending before an action that leaves the current report; if that
        fails, say so and keep everything as it is (the edit stays in the window)."""
        if self.autosaver.flush():
            return True
        QMessageBox.warning(self, self.tr("Chưa lưu được"), self.tr(
            "Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu, nên chưa thể làm việc này. "
            "Nội dung vẫn còn trong cửa sổ; chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… "
            "để lưu sang nơi khác."))
        return False

    def _attempt(self, action) -> bool:
        """Run a store write; a clerk-facing failure is shown, never raised out of a slot."""
        try:
            action()
        except UserError as error:
            self._error(error)
            return False
        return True

    def _error(self, error: UserError) -> None:
        log.warning("%s", error.detail)
        QMessageBox.warning(self, self.tr("Không thực hiện được"), error.translated(QCoreApplication.translate))

    # -- closing ----------------------------------------------------------------------------
    def _close_without_saving(self) -> bool:
        """The last edits cannot be written: save a copy elsewhere, close anyway, or stay. True: close."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Chưa lưu được"), self.tr(
            "Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu (ổ USB đã rút, ổ đĩa đầy…). "
            "Hãy lưu một bản sao sang nơi khác (ví dụ thư mục Tài liệu) trước khi đóng."), parent=self)
        rescue = box.addButton(self.tr("Lưu bản sao rồi đóng…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Đóng, bỏ các thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(rescue)
        box.exec()
        if box.clickedButton() is rescue:
            return self.save_copy()
        return box.clickedButton() is discard

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing to ask: everything is saved. Only a failed save keeps the window open."""
        if self.report is not None and not self.report.is_final and not self.store.read_only:
            # Make sure the last keystrokes are in the model before the final flush.
            for key, tab in self.section_tabs.items():
                if clean_text(tab.text()).strip("\n") != self.report.section(key):
                    self._on_section_edited(key)
        if not self.autosaver.flush() and not self._close_without_saving():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.ui.mainSplitter.saveState())
        self.settings.setValue("session/tab", self.ui.editorTabs.currentIndex())
        self.settings.sync()
        self.store.close()
        super().closeEvent(event)
