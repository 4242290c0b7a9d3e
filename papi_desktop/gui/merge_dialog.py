"""Choosing between two versions of a report changed on two machines.

The merge never overwrites: a report edited on both sides is kept twice (ours, and theirs
as a copy). This dialog shows each differing section side by side and lets the clerk
take the other machine's text where it is better; the texts replaced stay in the
section's history and the copy goes to the recycle bin, so nothing is lost either way.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit,
    QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from papi_desktop.gui.labels import section_names
from papi_desktop.model import Report


def _header_view(report: Report) -> tuple:
    header, signature = report.header, report.signature
    return (
        report.period, report.title_override, header.parent_agency, header.agency, header.agency_in_text,
        header.number, header.symbol, header.place, header.date, tuple(report.recipients), report.archive,
        signature.authority, signature.head_title, signature.signer_title, signature.signer_name,
    )


class ConflictDialog(QDialog):
    """One report changed on both machines: pick, per section, which text to keep."""

    def __init__(self, store, mine_id: str, theirs_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.mine_id, self.theirs_id = store, mine_id, theirs_id
        self.mine, self.theirs = store.load(mine_id), store.load(theirs_id)
        self.setWindowTitle(self.tr("Báo cáo được sửa ở cả hai máy"))
        self.resize(1100, 720)
        self.choices: dict[str, QButtonGroup] = {}

        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addWidget(QLabel(self.tr("<b>Bản trên máy này</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Bản từ tệp kia</b>")), 0, 2)
        row = 1
        names = section_names(self.mine)
        self.differing = [key for key in self.mine.section_keys() if self.mine.section(key) != self.theirs.section(key)]
        for key in self.differing:
            group = QButtonGroup(self)
            keep_mine = QRadioButton(self.tr("Giữ bản này"))
            take_theirs = QRadioButton(self.tr("Lấy bản kia"))
            keep_mine.setChecked(True)
            group.addButton(keep_mine, 0)
            group.addButton(take_theirs, 1)
            self.choices[key] = group
            label = QLabel(f"<b>{names.get(key, key)}</b>")
            grid.addWidget(label, row, 0, 1, 3)
            row += 1
            for column, (report, button) in enumerate(((self.mine, keep_mine), (self.theirs, take_theirs)), start=1):
                text = QPlainTextEdit(report.section(key))
                text.setReadOnly(True)
                text.setMinimumHeight(140)
                holder = QVBoxLayout()
                holder.addWidget(button)
                holder.addWidget(text)
                grid.addLayout(holder, row, column)
            row += 1
        self.take_header = QCheckBox(self.tr("Lấy cả thông tin chung của bản kia (kỳ, số, ngày, người ký, nơi nhận)"))
        self.take_header.setVisible(_header_view(self.mine) != _header_view(self.theirs))
        grid.addWidget(self.take_header, row, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        intro = QLabel(self.tr(
            "“%1” đã được sửa trên cả hai máy. Chọn bản muốn giữ cho từng phần khác nhau. "
            "Văn bản bị thay vẫn nằm trong Lịch sử của phần đó; bản từ tệp kia được chuyển vào thùng rác."
        ).replace("%1", self.mine.title))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Để sau (giữ cả hai bản)"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choose_theirs(self, key: str) -> None:
        self.choices[key].button(1).setChecked(True)

    def apply(self) -> None:
        """Write the chosen texts into our report; the other version goes to the recycle bin."""
        for key, group in self.choices.items():
            if group.checkedId() == 1:
                self.store.save_section(self.mine_id, key, self.theirs.section(key))
        if self.take_header.isVisible() and self.take_header.isChecked():
            mine = self.store.load(self.mine_id)
            theirs = self.theirs
            mine.period, mine.header, mine.signature = theirs.period, theirs.header, theirs.signature
            mine.recipients, mine.archive = list(theirs.recipients), theirs.archive
            mine.title_override = None
            self.store.save_report(mine)
        self.store.delete(self.theirs_id)
        self.accept()
