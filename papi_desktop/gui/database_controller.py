"""The Tệp menu's work on whole database files: new, open, recent, save a copy, restore, merge.

The controller asks the questions (file dialogs, which backup) and calls the store; what the
window must do afterwards it is told by signal: ``storeOpened(store)`` to show another database,
``reportsChanged(report_id)`` after a merge changed the list, ``message(text, ms)`` for the
status bar. It reads the window's current store and report through ``host`` and leaves a
report only after ``host.saved_or_warn()`` agrees.
"""

from __future__ import annotations

import datetime
import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from papi_desktop.errors import UserError
from papi_desktop.gui import settings as config
from papi_desktop.model import Period, Report
from papi_desktop.store import DraftStore

log = logging.getLogger(__name__)


class Host(Protocol):
    """What the controller needs of the window."""

    store: DraftStore
    report: Report | None

    def saved_or_warn(self) -> bool: ...
    def flush(self) -> bool: ...
    def detach(self) -> None: ...
    def show_error(self, error: UserError) -> None: ...


class DatabaseController(QObject):
    storeOpened = Signal(object)  # a DraftStore the window should now show
    reportsChanged = Signal(object)  # the id of the report to keep open, or None
    message = Signal(str, int)

    def __init__(self, host: Host, window: QWidget, settings: QSettings, recent_menu: QMenu) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self.settings = settings
        self.recent_menu = recent_menu

    def database_filter(self) -> str:
        return self.tr("Cơ sở dữ liệu báo cáo (*.papi);;Mọi tệp (*)")

    # -- recent files -----------------------------------------------------------------------
    def remember_recent(self, path: Path) -> None:
        recent = config.remember_recent(self.settings, path)  # a list, whatever the file holds
        menu = self.recent_menu
        menu.clear()
        for entry in recent:
            action = QAction(entry, menu)
            action.triggered.connect(lambda _checked=False, entry=entry: self.open_database(Path(entry)))
            menu.addAction(action)
        menu.setEnabled(bool(recent))

    # -- open and create --------------------------------------------------------------------
    def open_database(self, path: Path) -> bool:
        """Show the database at ``path`` (asking about a lock held elsewhere); True when shown."""
        from papi_desktop.gui.open_database import open_store

        if path.exists() and path.resolve() == self.host.store.path.resolve():
            return True
        store = open_store(path, self.window)
        if store is None:
            return False
        return self._hand_over(store)

    def _hand_over(self, store: DraftStore) -> bool:
        self.storeOpened.emit(store)
        return self.host.store is store

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Mở cơ sở dữ liệu"), str(self.host.store.path.parent), self.database_filter())
        if name:
            self.open_database(Path(name))

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Cơ sở dữ liệu mới"), str(self.host.store.path.parent / "bao-cao.papi"), self.database_filter())
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".papi")
        if not self.host.saved_or_warn():
            return
        from papi_desktop.gui.report_menu import choose_catalogue

        catalogue_key = choose_catalogue(self.window)  # the new file's first, empty report follows it
        if catalogue_key is None:
            return
        try:
            store = DraftStore.create(path)
        except UserError as error:
            self.host.show_error(error)
            return
        try:
            store.add(Report(period=Period.containing(datetime.date.today()), catalogue_key=catalogue_key))
        except UserError as error:  # the file stays, empty; the clerk is told why it has no report
            self.host.show_error(error)
        self._hand_over(store)

    # -- copies -----------------------------------------------------------------------------
    def save_copy(self) -> bool:
        """Tệp → Lưu bản sao thành…; True when a copy was written.

        When the last edits could not be saved into the open file, the copy carries them (see
        ``DraftStore.backup_to``); when the open file cannot even be read any more, the copy is
        a new file with the open report alone, which can be merged back later.
        """
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        store, report = self.host.store, self.host.report
        flushed = self.host.flush()
        unsaved = None if flushed or report is None or store.read_only else report
        suggested = store.path.with_name(f"{store.path.stem}-ban-sao.papi")
        if not suggested.parent.is_dir():  # the stick is gone: suggest the documents folder
            suggested = Path.home() / suggested.name
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Lưu bản sao thành"), str(suggested), self.database_filter())
        if not name:
            return False
        target = Path(name)
        try:
            store.backup_to(target, unsaved=unsaved)
        except UserError as error:
            if unsaved is None:
                self.host.show_error(error)
                return False
            log.warning("copy of %s failed (%s); writing the open report alone", store.path, error.detail)
            try:
                DraftStore.rescue(target, unsaved)
            except UserError as second:
                self.host.show_error(second)
                return False
            QMessageBox.information(self.window, self.tr("Đã lưu bản sao"), self.tr(
                "Tệp đang mở không đọc được nữa, nên bản sao “%1” chỉ gồm báo cáo đang soạn, với mọi thay đổi "
                "trên màn hình. Khi tệp gốc dùng lại được, hãy mở tệp gốc rồi đưa bản sao vào bằng Tệp → Nhập từ cơ sở dữ liệu khác…").replace("%1", name))
            return True
        if unsaved is not None:
            self.message.emit(self.tr(
                "Đã lưu bản sao, gồm cả những thay đổi chưa ghi được vào tệp đang mở: %1").replace("%1", name), 12000)
        else:
            self.message.emit(self.tr("Đã lưu bản sao: %1").replace("%1", name), 8000)
        return True

    def restore_backup(self) -> None:
        """Put back one of the daily automatic copies of this database (the current file is kept as a copy first)."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from papi_desktop.gui.open_database import open_store
        from papi_desktop.store import list_backups, open_default_store, restore_backup

        path = self.host.store.path
        backups = list_backups(path)
        if not backups:
            QMessageBox.information(self.window, self.tr("Bản sao lưu tự động"), self.tr(
                "Chưa có bản sao lưu tự động nào của tệp này. Mỗi ngày mở tệp, chương trình tự giữ một bản (7 ngày gần nhất)."))
            return
        labels = []
        for backup in backups:
            label = f"{backup.day.strftime('%d/%m/%Y')} — {max(1, backup.size // 1024)} KB"
            if backup.before_restore:
                label += self.tr(" (trước lần khôi phục)")
            labels.append(label)
        chosen, ok = QInputDialog.getItem(self.window, self.tr("Khôi phục bản sao lưu"), self.tr(
            "Chọn bản muốn khôi phục. Tệp hiện tại được giữ lại thành một bản sao lưu trước khi thay."), labels, 0, False)
        if not ok:
            return
        backup = backups[labels.index(chosen)]
        if not self.host.saved_or_warn():
            return
        self.host.detach()
        self.host.store.close()
        try:
            restore_backup(backup, path)
        except UserError as error:
            self.host.show_error(error)
        except OSError as error:
            self.host.show_error(UserError(self.tr("Không khôi phục được: %1").replace("%1", error.strerror or str(error)),
                                           f"restore of {path} failed: {error}"))
        reopened = open_store(path, self.window)
        if reopened is None:
            reopened = open_default_store()
        self.host.store = reopened  # the window sees the same object and does not close it again
        self._hand_over(reopened)
        self.message.emit(self.tr("Đã khôi phục bản sao lưu ngày %1.").replace("%1", backup.day.strftime("%d/%m/%Y")), 10000)

    def merge_database(self) -> None:
        """Bring in a colleague's file: new reports are added, nothing is overwritten, and a
        report changed on both machines is shown side by side to choose from."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from papi_desktop.gui.merge_dialog import ConflictDialog
        from papi_desktop.store.merge import merge

        store = self.host.store
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Nhập từ cơ sở dữ liệu khác"), str(store.path.parent), self.database_filter())
        if not name or not self.host.saved_or_warn():
            return
        try:
            result = merge(store, Path(name))
        except UserError as error:
            self.host.show_error(error)
            return
        for conflict in result.conflicts:
            ConflictDialog(store, conflict.id, conflict.copy_id, self.window).exec()
        self.reportsChanged.emit(self.host.report.id if self.host.report else None)
        QMessageBox.information(self.window, self.tr("Đã nhập"), "\n".join(result.describe(QCoreApplication.translate)))
