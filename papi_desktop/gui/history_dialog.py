""""Lịch sử": the saved versions of one section, and restoring one of them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from papi_desktop.model.tables import readable_text


class HistoryDialog(QDialog):
    """Lists the revisions of ``key`` newest first; "Khôi phục" puts the chosen text back.

    Restoring goes through the store, where it is itself a save, so the text it replaces
    becomes a revision too and nothing is lost by restoring the wrong one.
    """

    def __init__(self, store, report_id: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lịch sử của phần đang sửa"))
        self.resize(820, 520)
        self.store, self.restored = store, False
        self.revisions = store.revisions(report_id, key)

        self.list = QListWidget(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        for revision in self.revisions:
            when = revision.saved_at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
            words = len(readable_text(revision.text).split())
            item = QListWidgetItem(self.tr("%1 — %2 từ").replace("%1", when).replace("%2", str(words)))
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(self.tr("Khôi phục bản này"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(self.list, 1)
        columns.addWidget(self.text, 2)
        layout = QVBoxLayout(self)
        empty = QLabel(self.tr("Phần này chưa có bản lưu trước nào."), self)
        empty.setVisible(not self.revisions)
        layout.addWidget(empty)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        if self.revisions:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        valid = 0 <= row < len(self.revisions)
        self.text.setPlainText(readable_text(self.revisions[row].text) if valid else "")
        self.restore_button.setEnabled(valid)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.revisions):
            self.store.restore_revision(self.revisions[row].id)
            self.restored = True
            self.accept()
