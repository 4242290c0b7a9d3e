"""What the open database file has to tell the clerk besides its reports.

The store says it in translatable sentences (:mod:`papi_desktop.errors` templates): the harmless
things found on opening (``store.notes``: a save that was cut off and played back) and the reports
the list had to leave out because their data is damaged (``store.unreadable``, each named by its
trích yếu or period). Left unsaid, a clerk would look for a missing report in vain; said, they
can ask for the file's check or a backup. The window shows these lines in a bar under the menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from papi_desktop.store import DraftStore


def store_notices(store: DraftStore) -> list[str]:
    """The sentences for the clerk, in the window's language (empty: nothing to say)."""
    translate = QCoreApplication.translate
    lines = [note.render(translate) for note in getattr(store, "notes", ())]
    lines += [report.message(store.path).render(translate) for report in getattr(store, "unreadable", [])]
    return lines
