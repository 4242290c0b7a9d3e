"""The review list of period updates shown after "Báo cáo quý mới", and their undoable application.

Nothing in the copied text is rewritten silently: every proposed change (model/period_references.py)
is listed with its sentence, the old words struck and the new ones marked, each with a tick box.
The clerk accepts all, accepts the ticked ones, or cancels. A proposal that names a cited past
document is listed unticked.

The chosen changes are then made through the editors (:func:`apply_to_editors`), each editor's
changes in one edit block: one Ctrl+Z in an editor takes its changes back, and
:meth:`AppliedReplacements.undo` takes back the whole step at once. The editors' own change
signals carry the new text to the report and the autosave, as typing would.

Hook-up in the window's ``new_quarter``, after the new report is loaded into the editors::

    chosen = RequarterDialog.review(self, period_references(report), lambda key: field_label(report, key))
    if chosen: self._requarter = apply_to_editors(self._find_editors, chosen)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFrame, QLabel, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from papi_desktop.gui.editor_text import editor_text, replace_spans
from papi_desktop.model.period_references import Replacement, group_by_part

OLD_STYLE = "color:#b00020;text-decoration:line-through"
NEW_STYLE = "color:#1b6e20;background:#e3f4e0;font-weight:bold"


def context_html(item: Replacement) -> str:
    """The sentence with the old words struck and the new ones marked (text escaped)."""
    before = item.context[:item.context_offset]
    after = item.context[item.context_offset + len(item.old):]
    return (f"{html.escape(before)}<span style='{OLD_STYLE}'>{html.escape(item.old)}</span>"
            f" <span style='{NEW_STYLE}'>{html.escape(item.new)}</span>{html.escape(after)}")


class RequarterDialog(QDialog):
    """Lists ``replacements``; :meth:`chosen` holds what the clerk accepted once it closes."""

    def __init__(self, replacements: Sequence[Replacement], label: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cập nhật kỳ báo cáo trong nội dung"))
        self._replacements = list(replacements)
        self._chosen: list[Replacement] = []
        intro = QLabel(self.tr(
            "Nội dung chép từ báo cáo quý trước còn nhắc đến kỳ cũ. Xem từng chỗ đề nghị sửa dưới đây "
            "(chữ gạch là chữ cũ, chữ tô xanh là chữ mới); bỏ dấu chọn ở chỗ không muốn sửa. "
            "Ngày tháng và số hiệu văn bản đã ban hành không bao giờ bị sửa."), self)
        intro.setWordWrap(True)

        rows = QWidget(self)
        column = QVBoxLayout(rows)
        self.checks: list[QCheckBox] = []
        for row, item in enumerate(self._replacements):
            if row:
                line = QFrame(rows)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                column.addWidget(line)
            check = QCheckBox(label(item.part), rows)
            check.setChecked(not item.doubtful)
            if item.doubtful:
                check.setToolTip(self.tr("Có thể là trích dẫn một văn bản đã ban hành: chưa chọn sẵn."))
            text = QLabel(context_html(item), rows)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setContentsMargins(check.sizeHint().height() + 4, 0, 0, 0)  # under the label, past the box
            column.addWidget(check)
            column.addWidget(text)
            self.checks.append(check)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)

        buttons = QDialogButtonBox(self)
        self.accept_all_button = QPushButton(self.tr("Sửa tất cả"), self)
        self.accept_checked_button = QPushButton(self.tr("Sửa các chỗ đã chọn"), self)
        self.cancel_button = QPushButton(self.tr("Không sửa gì"), self)
        self.accept_all_button.setDefault(True)
        buttons.addButton(self.accept_all_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.accept_checked_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_all_button.clicked.connect(lambda: self._finish(self._replacements))
        self.accept_checked_button.clicked.connect(
            lambda: self._finish([item for item, check in zip(self._replacements, self.checks) if check.isChecked()]))
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def _finish(self, chosen: list[Replacement]) -> None:
        self._chosen = list(chosen)
        self.accept()

    def chosen(self) -> list[Replacement]:
        """What the clerk accepted (nothing if they cancelled)."""
        return list(self._chosen) if self.result() == QDialog.DialogCode.Accepted else []

    @classmethod
    def review(cls, parent: QWidget | None, replacements: Sequence[Replacement],
               label: Callable[[str], str]) -> list[Replacement]:
        """Show the list (only if there is something to review) and return what was accepted."""
        if not replacements:
            return []
        dialog = cls(replacements, label, parent)
        dialog.exec()
        return dialog.chosen()


class AppliedReplacements:
    """The editors changed by :func:`apply_to_editors`, to take the whole step back at once."""

    def __init__(self) -> None:
        self._steps: list[tuple[QWidget, int]] = []  # editor, its undo steps right after the change
        self.count = 0

    def _add(self, editor: QWidget) -> None:
        document = getattr(editor, "document", None)
        self._steps.append((editor, document().availableUndoSteps() if document else -1))

    def undo(self) -> int:
        """Undo the step in every editor not edited since; returns how many editors were reverted."""
        reverted = 0
        for editor, steps in self._steps:
            document = getattr(editor, "document", None)
            if document is not None and document().availableUndoSteps() != steps:
                continue  # typed in since: the clerk's own Ctrl+Z decides
            editor.undo()
            reverted += 1
        self._steps.clear()
        return reverted


def apply_to_editors(editors: Mapping[str, QWidget], chosen: Sequence[Replacement]) -> AppliedReplacements:
    """Make ``chosen`` in the editors (part key → editor), one undo step per editor.

    A replacement whose words are no longer where it was found (the text changed since the
    review) is skipped, never forced in.
    """
    applied = AppliedReplacements()
    for part, items in group_by_part(list(chosen)).items():
        editor = editors.get(part)
        if editor is None:
            continue
        text = editor_text(editor)
        spans = [(item.start, item.end, item.new) for item in items if text[item.start:item.end] == item.old]
        if spans:
            applied.count += replace_spans(editor, spans)
            applied._add(editor)
    return applied
