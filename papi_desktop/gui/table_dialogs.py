"""The two small dialogs of table editing: the size of a new table, and column widths."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from papi_desktop.model.tables import MAX_COLUMNS, MAX_ROWS


def _dialog(parent: QWidget, title: str) -> tuple[QDialog, QFormLayout]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    return dialog, form


def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


def size_dialog(parent: QWidget) -> tuple[QDialog, QSpinBox, QSpinBox]:
    dialog, form = _dialog(parent, QCoreApplication.translate("TableDialogs", "Chèn bảng"))
    rows = QSpinBox(dialog)
    rows.setRange(1, MAX_ROWS)
    rows.setValue(3)
    columns = QSpinBox(dialog)
    columns.setRange(1, MAX_COLUMNS)
    columns.setValue(3)
    form.addRow(QCoreApplication.translate("TableDialogs", "Số dòng (kể cả dòng tiêu đề):"), rows)
    form.addRow(QCoreApplication.translate("TableDialogs", "Số cột:"), columns)
    _buttons(dialog, form)
    return dialog, rows, columns


def ask_table_size(parent: QWidget) -> tuple[int, int] | None:
    dialog, rows, columns = size_dialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return rows.value(), columns.value()


def widths_dialog(parent: QWidget, shares: tuple[float, ...]) -> tuple[QDialog, list[QSpinBox]]:
    dialog, form = _dialog(parent, QCoreApplication.translate("TableDialogs", "Độ rộng các cột"))
    boxes = []
    for number, share in enumerate(shares, start=1):
        box = QSpinBox(dialog)
        box.setRange(1, 100)
        box.setSuffix(" %")
        box.setValue(max(1, round(share * 100)))
        form.addRow(QCoreApplication.translate("TableDialogs", "Cột %1:").replace("%1", str(number)), box)
        boxes.append(box)
    _buttons(dialog, form)
    return dialog, boxes


def ask_widths(parent: QWidget, shares: tuple[float, ...]) -> list[float] | None:
    """Column widths as percentages of the text width (they need not add up to 100: they are
    shares, made to fill the width)."""
    dialog, boxes = widths_dialog(parent, shares)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return [box.value() / 100 for box in boxes]
