"""Which of the window's actions and buttons can be used, as one table read from the window's state.

Enabling was once done here and there after each operation, and an action could stay enabled that
should not (Delete on a row already in the recycle bin). Now the window describes its state in a
:class:`WindowState` and :func:`apply_state` sets every entry of :data:`ENABLED_WHEN` from it, so
what each state allows is written once and read in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject


@dataclass(frozen=True)
class WindowState:
    has_report: bool = False  # a report is open in the editor
    writable: bool = False  # the database file can be written (not opened read-only)
    selected: bool = False  # a row is selected in the report list
    selected_deleted: bool = False  # that row is in the recycle bin
    report_deleted: bool = False  # the open report is in the recycle bin (view only)
    final: bool = False  # the open report is marked final (view only until reopened)


# Object name of an action or button (in the main window's form) → when it can be used.
# Anything not listed (open, save a copy, quit, help…) is always enabled.
ENABLED_WHEN: dict[str, Callable[[WindowState], bool]] = {
    "actionExportWord": lambda s: s.has_report,
    "actionExportPdf": lambda s: s.has_report,
    "actionPrint": lambda s: s.has_report,
    "actionHistory": lambda s: s.has_report,
    "actionCompare": lambda s: s.has_report,
    "actionUnifyTone": lambda s: s.writable and s.has_report and not s.final and not s.report_deleted,
    "menuAddPart": lambda s: s.writable and s.has_report and not s.final and not s.report_deleted,
    "actionScores": lambda s: s.has_report,
    "actionConsolidate": lambda s: s.writable,
    "actionNewReport": lambda s: s.writable,
    "actionNewQuarter": lambda s: s.writable,
    "actionMerge": lambda s: s.writable,
    "actionImport": lambda s: s.writable,
    "actionRestoreBackup": lambda s: s.writable,
    "actionDuplicate": lambda s: s.writable and s.has_report,
    "actionToggleFinal": lambda s: s.writable and s.has_report and not s.report_deleted,
    "actionDelete": lambda s: s.writable and s.selected and not s.selected_deleted,
    "newButton": lambda s: s.writable,
    "duplicateButton": lambda s: s.writable and s.has_report,
    "deleteButton": lambda s: s.writable and s.selected and not s.selected_deleted,
    "restoreButton": lambda s: s.writable and s.selected_deleted,
}


def apply_state(ui: object, state: WindowState) -> None:
    """Enable or disable every entry of :data:`ENABLED_WHEN` found on ``ui`` for ``state``."""
    for name, allowed in ENABLED_WHEN.items():
        target: QObject | None = getattr(ui, name, None)
        if target is not None:
            target.setEnabled(allowed(state))
