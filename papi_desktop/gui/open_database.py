"""Opening a drafts file from the window, with the questions a shared file can raise.

The store refuses a file another clerk has open for writing (``LockedError``); here the
clerk chooses: open it read-only, take the lock over (after a warning when the holder may
still be working), or leave it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from papi_desktop.errors import UserError
from papi_desktop.store import DraftStore, LockedError, break_lock

log = logging.getLogger(__name__)

READ_ONLY, TAKE_OVER, CANCEL = "read_only", "take_over", "cancel"


def ask_about_lock(error: LockedError, parent: QWidget | None) -> str:
    """READ_ONLY, TAKE_OVER or CANCEL, as the clerk answers."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("open_database", "Tệp đang được mở ở nơi khác"), error.translated(QCoreApplication.translate),
                      QMessageBox.StandardButton.Cancel, parent)
    read_only = box.addButton(QCoreApplication.translate("open_database", "Mở chỉ đọc"), QMessageBox.ButtonRole.AcceptRole)
    take_over = box.addButton(QCoreApplication.translate("open_database", "Bỏ khóa và mở để sửa"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return READ_ONLY
    if clicked is take_over:
        if error.stale:
            return TAKE_OVER
        sure = QMessageBox.warning(
            parent, QCoreApplication.translate("open_database", "Bỏ khóa?"), _break_lock_warning(error),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return TAKE_OVER if sure == QMessageBox.StandardButton.Yes else CANCEL
    return CANCEL


def _break_lock_warning(error: LockedError) -> str:
    """The risk of breaking a live lock, told to whoever holds it: the clerk's other window or someone else."""
    if error.holder.by_this_user:
        return QCoreApplication.translate("open_database",
            "Cửa sổ papi-desktop kia của bạn trên máy này vẫn đang mở tệp. Nếu bỏ khóa, những gì gõ ở cửa sổ "
            "đó sau này sẽ không được lưu vào tệp. Nên chuyển sang cửa sổ đó thay vì bỏ khóa. Vẫn bỏ khóa?")
    return QCoreApplication.translate("open_database",
        "Người kia có thể vẫn đang sửa tệp này. Nếu bỏ khóa, những gì họ gõ sau đó sẽ không được lưu "
        "vào tệp. Chỉ bỏ khóa khi chắc chắn không ai đang mở tệp. Vẫn bỏ khóa?")


def open_store(path: Path, parent: QWidget | None = None) -> DraftStore | None:
    """The store on ``path``, or None when the clerk gave up; problems are shown, not raised."""
    try:
        return DraftStore.open(path)
    except LockedError as error:
        log.info("%s", error.detail)
        answer = ask_about_lock(error, parent)
        try:
            if answer == READ_ONLY:
                return DraftStore.open(path, read_only=True)
            if answer == TAKE_OVER:
                if error.stale:
                    return DraftStore.open(path, take_over_stale=True)
                break_lock(path)
                return DraftStore.open(path)
        except UserError as again:
            log.warning("%s", again.detail)
            QMessageBox.warning(parent, QCoreApplication.translate("open_database", "Không mở được tệp"), again.translated(QCoreApplication.translate))
        return None
    except UserError as error:
        log.warning("%s", error.detail)
        QMessageBox.warning(parent, QCoreApplication.translate("open_database", "Không mở được tệp"), error.translated(QCoreApplication.translate))
        return None
