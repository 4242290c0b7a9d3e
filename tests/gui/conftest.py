from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from papi_desktop.gui.main_window import MainWindow
from papi_desktop.gui import report_menu
from papi_desktop.gui.requarter_dialog import RequarterDialog
from papi_desktop.store import DraftStore


def type_text(widget, text: str) -> None:
    """Type like a keyboard (Unikey delivers composed characters as key events with text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


REAL_REVIEW_EXEC = RequarterDialog.exec
REAL_CHOOSE_CATALOGUE = report_menu.choose_catalogue


@pytest.fixture(autouse=True)
def no_period_review(monkeypatch):
    """"Báo cáo quý mới" shows its review list modal; unless a test drives it (by setting
    ``RequarterDialog.exec`` back to ``REAL_REVIEW_EXEC``), it is answered "Không sửa gì".
    Likewise the choice of index for a new report (``REAL_CHOOSE_CATALOGUE``)."""
    monkeypatch.setattr(RequarterDialog, "exec", lambda self: self.reject() or 0)
    # A new report asks which index when several are installed: PAPI, unless a test asks.
    monkeypatch.setattr(report_menu, "choose_catalogue", lambda parent: "papi")


@pytest.fixture
def settings_path(tmp_path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def database(tmp_path) -> Path:
    path = tmp_path / "Tài liệu" / "Báo cáo quý.papi"
    path.parent.mkdir()
    DraftStore.create(path, sample=True).close()
    return path


@pytest.fixture
def make_window(qtbot, database, settings_path, monkeypatch):
    """Open a real main window on a database; answers "no" to any offer to open a file.

    Closing a window whose last edits could not be saved keeps it open (as "Hủy" in the dialog
    would) unless a test asks for the real dialog (tests/gui/test_rescue.py).
    """
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(MainWindow, "_close_without_saving", lambda self: False)
    windows = []

    def make(path: Path | None = None) -> MainWindow:
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(DraftStore.open(path or database), settings)
        qtbot.addWidget(window)
        window.resize(1300, 850)
        window.show()
        windows.append(window)
        # As the clerk sees it: the first frame, then what follows it (the pages, the underlines).
        qtbot.waitUntil(window.start_finished)
        # A new QSyntaxHighlighter underlines on the next event-loop turn (and ignores edits until then).
        QApplication.processEvents()
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
