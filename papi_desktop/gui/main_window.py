"""The main window: it assembles the panels and connects them; the work is theirs.

- :class:`~papi_desktop.gui.report_list.ReportListPanel`: the list of reports, search, recycle bin;
- :class:`~papi_desktop.gui.editor_panel.EditorPanel`: the part tabs built from the report's catalogue;
- :class:`~papi_desktop.gui.preview_panel.PreviewPanel`: the pages, with the zoom controls;
- :class:`~papi_desktop.gui.database_controller.DatabaseController`: new, open, copy, restore, merge;
- :class:`~papi_desktop.gui.report_output.ReportOutput`: export and print;
- :mod:`~papi_desktop.gui.window_state`: which actions each state allows, as one table;
- :class:`~papi_desktop.gui.revision_tools.RevisionTools`: find and replace, carried-over marks,
  the new quarter's period review, compare with last quarter;
- :class:`~papi_desktop.gui.spell_tools.SpellTools`: spell checking and one tone-mark style;
- :class:`~papi_desktop.gui.report_menu.ReportMenu`: new report (which index), new quarter, Thêm
  phần, the province's scores, the compiling office's window;
- :func:`~papi_desktop.gui.store_notices.store_notices`: what the file says besides its reports.

The window itself keeps the open report's life: loading it, writing the clerk's edits into the
model (autosaved by :class:`~papi_desktop.gui.autosave.Autosaver`), new / duplicate / delete /
final, history, and closing. It holds no rules of its own: the composer composes, the store saves.
"""

from __future__ import annotations

import datetime
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from papi_desktop.errors import UserError
from papi_desktop.gui import settings as config
from papi_desktop.gui.autosave import Autosaver
from papi_desktop.gui.database_controller import DatabaseController
from papi_desktop.gui.editor_panel import EditorPanel
from papi_desktop.gui.first_paint import AfterFirstPaint
from papi_desktop.gui.forms.ui_main_window import Ui_MainWindow
from papi_desktop.gui.general_tab import GeneralTab
from papi_desktop.gui.preview_panel import PreviewPanel
from papi_desktop.gui.report_list import ReportListPanel
from papi_desktop.gui.report_menu import ReportMenu
from papi_desktop.gui.report_output import ReportOutput
from papi_desktop.gui.revision_tools import RevisionTools
from papi_desktop.gui.section_tab import SectionTab
from papi_desktop.gui.spell_tools import SpellTools
from papi_desktop.gui.store_notices import store_notices
from papi_desktop.gui.window_geometry import fit_to_screen, keep_frame_on_screen
from papi_desktop.gui.window_state import WindowState, apply_state
from papi_desktop.model import Report, Status, load_catalogue
from papi_desktop.model.catalogue import DEFAULT_CATALOGUE
from papi_desktop.model.serialize import duplicate_report
from papi_desktop.model.text import clean_text
from papi_desktop.store import DraftStore

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 120
# Splitter shares of the window's width: report list, editor, preview.
SPLITTER_SHARES = (0.31, 0.40, 0.29)


class MainWindow(QMainWindow):
    def __init__(self, store: DraftStore, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings
        self.store: DraftStore = store
        self.report: Report | None = None
        self._report_deleted = False  # the open report is in the recycle bin: view only
        self._warned_save_failure = False
        self.first_paint = AfterFirstPaint(self)  # the spell checker starts after the first frame

        self.preview_panel = PreviewPanel(self)
        self.preview = self.preview_panel.preview
        self.ui.previewLayout.addWidget(self.preview_panel)
        self.reports = ReportListPanel(self.ui, self)
        self.editor = EditorPanel(self.ui.editorTabs, settings, self)
        self.files = DatabaseController(self, self, settings, self.ui.menuRecent)
        self.output = ReportOutput(self, settings, lambda: self.report, self.autosaver_flush)
        self.autosaver = Autosaver(self)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._build_status_bar()

        self.editor.build(load_catalogue(DEFAULT_CATALOGUE), DEFAULT_CATALOGUE)
        self.revision = RevisionTools(self)
        self.spell = SpellTools(self)
        self.report_menu = ReportMenu(self)
        self._connect()
        self._restore_layout()
        self.open_store(store)

    # -- the panels, for tests and the language switch ----------------------------------------
    @property
    def section_tabs(self) -> dict[str, SectionTab]:
        return self.editor.section_tabs

    @property
    def general_tab(self) -> GeneralTab:
        return self.editor.general_tab

    def start_finished(self) -> bool:
        """Whether what follows the first frame is done: every tab built, the pages laid out,
        the spell checker started (gui/first_paint.py)."""
        return (self.editor.complete and not self.first_paint.pending() and not self.preview.waiting()
                and self.spell.checker is not None)

    def autosaver_flush(self) -> bool:
        return self.autosaver.flush()

    # -- construction ----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        """Page and word counts stay at the right of the status bar; messages come and go at the left."""
        self.pageLabel = QLabel(self)
        self.pageLabel.setObjectName("pageLabel")
        self.wordLabel = QLabel(self)
        self.wordLabel.setObjectName("wordLabel")
        self.statusBar().addPermanentWidget(self.wordLabel)
        self.statusBar().addPermanentWidget(self.pageLabel)
        self.preview.pagesChanged.connect(lambda _pages: self._show_page())
        self.preview.currentPageChanged.connect(lambda _page: self._show_page())

    def _connect(self) -> None:
        ui = self.ui
        for action, slot in (
            (ui.actionNewDatabase, self.files.new_database),
            (ui.actionOpenDatabase, self.files.choose_database),
            (ui.actionSaveCopy, self.save_copy),
            (ui.actionMerge, self.files.merge_database),
            (ui.actionRestoreBackup, self.files.restore_backup),
            (ui.actionImport, self.import_file),
            (ui.actionSave, self.save_now),
            (ui.actionExportWord, lambda: self.export_report("docx")),
            (ui.actionExportPdf, lambda: self.export_report("pdf")),
            (ui.actionPrint, self.print_report),
            (ui.actionQuit, self.close),
            (ui.actionUndo, lambda: self._focused_editor_call("undo")),
            (ui.actionRedo, lambda: self._focused_editor_call("redo")),
            (ui.actionBullet, lambda: self._focused_editor_call("toggle_bullets")),
            (ui.actionFind, self.reports.focus_search),
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
        self.reports.reportChosen.connect(self.load_report)
        self.reports.placeChosen.connect(self.revision.go_to_place)
        self.reports.placeActivated.connect(lambda key, start, end: self.revision.go_to_place(key, start, end, True))
        self.reports.selectionChanged.connect(self._update_actions)
        self.editor.sectionEdited.connect(self._on_section_edited)
        self.editor.headerEdited.connect(self._on_header_edited)
        self.editor.historyRequested.connect(self.show_history)
        self.editor.sectionFocused.connect(self.preview.scroll_to_anchor)
        ui.editorTabs.currentChanged.connect(lambda index: config.LAST_TAB.write(self.settings, index))
        self.files.storeOpened.connect(self.open_store)
        self.files.reportsChanged.connect(self.reload_from_store)
        self.files.message.connect(self.statusBar().showMessage)
        self.output.message.connect(self.statusBar().showMessage)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        QShortcut(QKeySequence("Ctrl+Tab"), self).activated.connect(lambda: self.editor.step_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self).activated.connect(lambda: self.editor.step_tab(-1))

    def _restore_layout(self) -> None:
        """Geometry clamped to this screen; the splitter as left, or shared out by the width."""
        fit_to_screen(self, config.WINDOW_GEOMETRY.read(self.settings))
        splitter = self.ui.mainSplitter
        for index, share in enumerate(SPLITTER_SHARES):  # a larger window widens all three alike
            splitter.setStretchFactor(index, round(share * 100))
        state = config.WINDOW_SPLITTER.read(self.settings)
        self._share_out_splitter = state is None or not splitter.restoreState(state)
        self._first_show = True

    def _share_splitter(self) -> None:
        """The first start's splitter: shares of the width the window really has when shown."""
        width = self.ui.mainSplitter.width()
        self.ui.mainSplitter.setSizes([round(width * share) for share in SPLITTER_SHARES])

    # -- database ---------------------------------------------------------------------------
    def open_store(self, store: DraftStore) -> bool:
        """Show ``store``'s reports and reopen the report and tab last used with it.

        False (and ``store`` closed again) when the current database still has unsaved edits.
        """
        if self.store is not store:
            if not self.saved_or_warn():
                store.close()
                return False
            self.store.close()
        self.store = store
        self.spell.set_store(store)
        config.LAST_DATABASE.write(self.settings, str(store.path))
        self.files.remember_recent(store.path)
        # Qt adds " — papi-desktop" (the application's display name) itself.
        self.setWindowTitle(store.path.name + (self.tr(" (chỉ đọc)") if store.read_only else ""))
        if store.backup_problem:
            self.statusBar().showMessage(store.backup_problem, 15000)
        self.report = None
        self.reports.open_id = None
        self.autosaver.attach(store, None)
        self.reports.set_store(store)
        last_id = config.last_report(store.path).read(self.settings)
        self.refresh_list(select_id=last_id or None)
        if self.report is None:
            self.reports.select_first()
        if self.report is None:
            self._show_no_report()
        self._show_notices()
        tab = config.LAST_TAB.read(self.settings)
        tabs = self.ui.editorTabs
        if 0 <= tab < tabs.count() and tabs.isTabVisible(tab):
            tabs.setCurrentIndex(tab)
        return True

    def open_database(self, path: Path) -> bool:
        return self.files.open_database(path)

    def save_copy(self) -> bool:
        return self.files.save_copy()

    def detach(self) -> None:
        """Forget the open report before its database is closed (restoring a backup)."""
        self.autosaver.attach(None, None)
        self.report = None
        self.reports.open_id = None

    def flush(self) -> bool:
        return self.autosaver.flush()

    def _show_notices(self) -> None:
        """The file's notes and the reports left out of the list, named, above the panels."""
        lines = store_notices(self.store)
        self.ui.noticeLabel.setText("\n".join(lines))
        self.ui.noticeLabel.setVisible(bool(lines))

    def reload_from_store(self, current: str | None) -> None:
        """Read the list and ``current`` again from the store (after a merge or a consolidation wrote them)."""
        self.report = None
        self.reports.open_id = None
        self.autosaver.attach(self.store, None)
        self.refresh_list(select_id=current)
        if current is not None and self.report is None:
            self.load_report(current)
        self._show_notices()

    # -- report list ------------------------------------------------------------------------
    def refresh_list(self, select_id: str | None = None) -> None:
        self.reports.refresh(select_id)
        self._update_actions()

    def load_report(self, report_id: str) -> None:
        if not self.saved_or_warn():
            self.reports.select_row(self.report.id if self.report else None)
            return
        try:
            report = self.store.load(report_id)
        except UserError as error:
            self.show_error(error)
            return
        self.report = report
        self.reports.open_id = report.id
        self._report_deleted = self.reports.is_deleted(report.id)
        self.autosaver.attach(self.store, report)
        config.last_report(self.store.path).write(self.settings, report.id)
        self.editor.bind(report)
        self._apply_read_only()
        self.refresh_preview()
        self._update_actions()

    # -- editing ----------------------------------------------------------------------------
    def _editable(self) -> bool:
        return not (self.report is None or self.report.is_final or self._report_deleted or self.store.read_only)

    def _on_section_edited(self, key: str) -> None:
        if not self._editable():
            return
        self.report.set_section(key, self.section_tabs[key].text())
        self.autosaver.section_changed(key)
        self._preview_timer.start()

    def _on_header_edited(self) -> None:
        if not self._editable():
            return
        self.general_tab.apply_to(self.report)
        self.general_tab.refresh_derived_title(self.report)
        self.editor.set_tasks_heading(self.report)
        self.autosaver.header_changed()
        self._preview_timer.start()

    def _show_no_report(self) -> None:
        """No report selected (an empty database, or the last one deleted): nothing to edit."""
        self.editor.clear()
        self._apply_read_only()
        self._update_actions()
        self._show_page()

    def _apply_read_only(self) -> None:
        final = self.report is None or self.report.is_final or self._report_deleted
        locked = self.store.read_only
        self.editor.set_read_only(final or locked)
        banner = self.ui.bannerLabel
        banner.setVisible(final or locked)
        if locked:
            reason = self.store.read_only_reason_text
            banner.setText(self._read_only_text(reason.render(QCoreApplication.translate) if reason else None))
        elif self.report is None:
            banner.setText(self.tr("Chưa chọn báo cáo nào. Bấm “Mới” hoặc Báo cáo → Báo cáo quý mới để bắt đầu."))
        elif self._report_deleted:
            banner.setText(self.tr("Báo cáo này đang ở thùng rác nên chỉ xem được; bấm “Khôi phục” để sửa tiếp."))
        elif final:
            banner.setText(self.tr(
                "Báo cáo này đã được đánh dấu hoàn thành nên chỉ xem được. "
                "Chọn Báo cáo → Mở lại để sửa nếu cần chỉnh sửa, hoặc Báo cáo quý mới để soạn quý sau."))

    def _read_only_text(self, reason: str | None) -> str:
        """The banner of a file opened read-only: whole sentences, the store's reason (a clause in
        lower case) made the first of them."""
        after = self.tr("Không sửa được gì trong tệp này; vẫn xem, in và xuất được. "
                        "Muốn sửa, hãy dùng Tệp → Lưu bản sao thành… để có một bản sửa được ở nơi khác.")
        reason = (reason or "").strip().rstrip(".")
        if not reason:
            return self.tr("Tệp này được mở ở chế độ chỉ đọc.") + " " + after
        return self.tr("Chỉ đọc: %1.").replace("%1", reason[:1].upper() + reason[1:]) + " " + after

    def refresh_preview(self) -> None:
        """Lay the open report out in the preview: at once, or after the window's first paint if
        that has not come yet (the window appears without waiting for the pages)."""
        self._preview_timer.stop()
        if self.report is not None:
            self.preview.when_painted(self._lay_out_preview)

    def _lay_out_preview(self) -> None:
        if self.report is None:
            return
        from papi_desktop.compose import compose
        from papi_desktop.export import PREVIEWING, check_export_size

        try:  # Qt's layout crashes the program on a report of some 800 pages (export.py)
            check_export_size(self.report, PREVIEWING)
        except UserError as error:
            log.warning("no preview: %s", error.detail)
            self.preview.show_notice(error.message)
            self._show_page()
            return
        self.preview.set_document(compose(self.report))
        self.preview.scroll_to_anchor(self._current_section_key())
        self._show_page()

    def _show_page(self) -> None:
        """ "Trang 3/6" and the whole report's word count, at the right of the status bar."""
        if self.preview.waiting():
            return  # shown when the pages are laid out
        pages = self.preview.page_count() if self.report is not None else 0
        page = self.preview.current_page() + 1 if pages else 0
        self.pageLabel.setText(self.tr("Trang %1/%2").replace("%1", str(page)).replace("%2", str(pages)) if pages else "")
        words = self.editor.word_count() if self.report is not None else 0
        self.wordLabel.setText(self.tr("%n từ", "", words) if self.report is not None else "")

    def _current_section_key(self) -> str:
        return self.editor.current_section_key()

    def _focused_editor_call(self, method: str) -> None:
        editor = self.editor.current_editor()
        focused = QApplication.focusWidget()
        if method in ("undo", "redo") and focused is not None and focused is not editor and hasattr(focused, method):
            getattr(focused, method)()  # a header field
        elif editor is not None:
            getattr(editor, method)()

    # -- reports ----------------------------------------------------------------------------
    def add_and_show(self, report: Report) -> None:
        """Add ``report`` to the store and open it (after the open one is saved)."""
        if not self.saved_or_warn() or not self._attempt(lambda: self.store.add(report)):
            return
        self.ui.searchEdit.clear()
        self.refresh_list(select_id=report.id)
        self.load_report(report.id)

    def new_report(self) -> None:
        self.report_menu.new_report()

    def new_quarter(self) -> None:
        self.report_menu.new_quarter()

    def duplicate_current(self) -> None:
        if self.report is not None:
            self.add_and_show(duplicate_report(self.report))

    def delete_current(self) -> None:
        report_id = self.reports.selected_id()
        if report_id is None or not self.saved_or_warn():
            return
        if not self._attempt(lambda: self.store.delete(report_id)):
            return
        self.report = None
        self.reports.open_id = None
        self.autosaver.attach(self.store, None)
        self.refresh_list()
        self.reports.select_first()
        if self.report is None:
            self._show_no_report()
        self.statusBar().showMessage(self.tr("Đã chuyển báo cáo vào thùng rác; bật “Hiện cả báo cáo đã xóa” để khôi phục."), 8000)

    def restore_selected(self) -> None:
        report_id = self.reports.selected_id()
        if report_id is not None and self._attempt(lambda: self.store.undelete(report_id)):
            self.report = None  # reload it as a live report
            self.reports.open_id = None
            self.refresh_list(select_id=report_id)

    def toggle_final(self) -> None:
        if self.report is None or not self.saved_or_warn():
            return
        previous = self.report.status
        self.report.status = Status.DRAFT if self.report.is_final else Status.FINAL
        if not self._attempt(lambda: self.store.save_report(self.report)):
            self.report.status = previous
            return
        self._apply_read_only()
        self.refresh_list()

    def _state(self) -> WindowState:
        return WindowState(
            has_report=self.report is not None,
            writable=not self.store.read_only,
            selected=self.reports.selected_id() is not None,
            selected_deleted=self.reports.selected_is_deleted(),
            report_deleted=self._report_deleted,
            final=self.report is not None and self.report.is_final,
        )

    def _update_actions(self) -> None:
        state = self._state()
        apply_state(self.ui, state)
        self.ui.actionToggleFinal.setText(self.tr("Mở lại để sửa") if state.final else self.tr("Đánh dấu đã hoàn thành"))
        self.ui.restoreButton.setVisible(self.ui.showDeletedCheck.isChecked())

    def import_file(self) -> None:
        """Start from last quarter's Word file: import, let the clerk check where each
        paragraph went, then save it as a new draft."""
        from PySide6.QtWidgets import QFileDialog

        from papi_desktop.gui.import_dialog import ImportReviewDialog
        from papi_desktop.importers import import_report

        folder = config.IMPORT_FOLDER.read(self.settings)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập báo cáo từ tệp"), folder, self.tr("Báo cáo Word hoặc văn bản (*.docx *.txt)"))
        if not name:
            return
        try:
            result = import_report(Path(name))
        except UserError as error:
            self.show_error(error)
            return
        config.IMPORT_FOLDER.write(self.settings, str(Path(name).parent))
        if ImportReviewDialog(result, self).exec():
            self.add_and_show(result.report)
            self.statusBar().showMessage(self.tr("Đã nhập %1 thành bản nháp.").replace("%1", Path(name).name), 8000)

    # -- history ----------------------------------------------------------------------------
    def show_history(self, key: str) -> None:
        from papi_desktop.gui.history_dialog import HistoryDialog

        if self.report is None or key not in self.section_tabs or not self.saved_or_warn():
            return
        dialog = HistoryDialog(self.store, self.report.id, key, self)
        if dialog.exec() and dialog.restored:
            self.report = self.store.load(self.report.id)
            self.autosaver.attach(self.store, self.report)
            self.section_tabs[key].set_text(self.report.section(key))
            self.editor.mark_tab(key)
            self.refresh_preview()

    # -- saving, export, print --------------------------------------------------------------
    def save_now(self) -> None:
        self.autosaver.flush()

    def _on_saved(self, moment: datetime.datetime) -> None:
        self._warned_save_failure = False
        self.statusBar().showMessage(self.tr("Đã lưu lúc %1").replace("%1", moment.strftime("%H:%M")))
        if self.report is not None:
            self.reports.update_open_row(self.report)

    def _on_save_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(self.tr("Chưa lưu được — sẽ thử lại: %1").replace("%1", message))
        if not self._warned_save_failure:
            self._warned_save_failure = True
            QMessageBox.warning(self, self.tr("Chưa lưu được"), self.tr(
                "Không ghi được vào cơ sở dữ liệu:\n%1\n\nNội dung vẫn còn trong cửa sổ và chương trình sẽ tự thử lại. "
                "Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác: bản sao có cả những thay đổi chưa ghi được.").replace("%1", message))

    def export_report(self, kind: str) -> None:
        self.output.export(kind)

    def make_printer(self):
        return self.output.make_printer()

    def print_report(self) -> None:
        self.output.print_report()

    # -- help -------------------------------------------------------------------------------
    def show_help(self) -> None:
        from papi_desktop.gui.help_window import show_help

        show_help(self)

    def show_about(self) -> None:
        from papi_desktop.gui.help_window import show_about

        show_about(self)

    # -- failures ---------------------------------------------------------------------------
    def saved_or_warn(self) -> bool:
        """Write what is pending before an action that leaves the current report; if that
        fails, say so and keep everything as it is (the edit stays in the window)."""
        from PySide6.QtWidgets import QMessageBox

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
            self.show_error(error)
            return False
        return True

    def show_error(self, error: UserError) -> None:
        from PySide6.QtWidgets import QMessageBox

        log.warning("%s", error.detail)
        QMessageBox.warning(self, self.tr("Không thực hiện được"), error.translated(QCoreApplication.translate))

    # -- showing and closing ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """The frame's size is known only once shown: then the whole frame is put on the screen."""
        super().showEvent(event)
        if not self._first_show:
            return
        self._first_show = False
        if not self.isMaximized() and not self.isFullScreen():
            keep_frame_on_screen(self)
            # A window manager may add its frame a moment later.
            QTimer.singleShot(0, self, lambda: self.isVisible() and not self.isMaximized() and keep_frame_on_screen(self))
        if self._share_out_splitter:
            self._share_splitter()

    def _close_without_saving(self) -> bool:
        """The last edits cannot be written: save a copy elsewhere, close anyway, or stay. True: close."""
        from PySide6.QtWidgets import QMessageBox

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
        if self._editable():
            # Make sure the last keystrokes are in the model before the final flush.
            for key, tab in self.section_tabs.items():
                if clean_text(tab.text()).strip("\n") != self.report.section(key):
                    self._on_section_edited(key)
        if not self.autosaver.flush() and not self._close_without_saving():
            event.ignore()
            return
        config.WINDOW_GEOMETRY.write(self.settings, self.saveGeometry())
        config.WINDOW_SPLITTER.write(self.settings, self.ui.mainSplitter.saveState())
        config.LAST_TAB.write(self.settings, self.ui.editorTabs.currentIndex())
        self.settings.sync()
        self.store.close()
        super().closeEvent(event)
