"""When the last edits cannot be written (stick pulled out, disk full): what the clerk typed is rescued.

"Lưu bản sao thành…" writes a copy holding the report as the screen has it; if the open file
cannot even be read any more, a new file with that report alone; closing offers the copy first.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from papi_desktop.gui.main_window import MainWindow
from papi_desktop.store import DraftStore, database

from .conftest import type_text

TYPED = "Trồng cây xanh quanh trụ sở"
CLOSING_DIALOG = MainWindow._close_without_saving  # the real one (the window fixture stubs it)


def _failing_saves(window, monkeypatch, request):
    """Every write to the open file fails as on a full disk, until the test ends.

    Undone before the window fixture closes its windows, so that a failing test cannot leave a
    window that refuses to close.
    """
    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: None)
    faults = pytest.MonkeyPatch()
    faults.setattr(window.store, "save_section", disk_full)  # this file only: a copy still writes
    faults.setattr(window.store, "save_report", disk_full)
    request.addfinalizer(faults.undo)


def _type_unsaved(window):
    window.new_quarter()
    tab = window.section_tabs["environment"]
    window.ui.editorTabs.setCurrentWidget(tab)
    type_text(tab.editor, TYPED)
    assert not window.autosaver.flush()
    return window.report.id


def _answer(button, answered: list) -> None:
    """Click ``button`` (its text, or a standard button) in the message box about to open.

    A box without that button is closed all the same (and the test fails on ``answered``), so a
    wrong guess can never leave the suite waiting on a dialog.
    """
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        answered.append(box.text())
        if isinstance(button, QMessageBox.StandardButton):
            found = box.button(button)
        else:
            found = next((b for b in box.buttons() if b.text() == button), None)
        if found is None:
            answered.append(f"no button {button!r} in {[b.text() for b in box.buttons()]}")
            box.reject()
            return
        found.click()

    QTimer.singleShot(0, click)


def test_a_copy_when_the_file_cannot_be_read_holds_the_open_report_alone(make_window, monkeypatch, request, tmp_path):
    window = make_window()
    _failing_saves(window, monkeypatch, request)
    report_id = _type_unsaved(window)

    def dead_handle(*args, **kwargs):  # Windows, after the stick was pulled out and put back
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(database, "copy_connection", dead_handle)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    copy = tmp_path / "Nơi khác" / "cứu.papi"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))

    assert window.save_copy()
    assert shown and "chỉ gồm báo cáo đang soạn" in shown[0]
    with DraftStore.open(copy) as rescued:
        assert [summary.id for summary in rescued.list_reports()] == [report_id]
        assert rescued.load(report_id).section("environment").startswith(TYPED)
    assert sorted(path.name for path in copy.parent.iterdir()) == ["cứu.papi"]  # no temporary left


def test_closing_with_unsaved_edits_offers_the_copy_and_then_closes(make_window, monkeypatch, request, tmp_path):
    window = make_window()
    monkeypatch.setattr(MainWindow, "_close_without_saving", CLOSING_DIALOG)
    _failing_saves(window, monkeypatch, request)
    report_id = _type_unsaved(window)
    copy = tmp_path / "bản sao khi đóng.papi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    answered = []
    _answer("Lưu bản sao rồi đóng…", answered)
    assert window.close()
    assert len(answered) == 1 and "chưa ghi được" in answered[0]
    with DraftStore.open(copy, read_only=True) as rescued:
        assert rescued.load(report_id).section("environment").startswith(TYPED)


def test_closing_with_unsaved_edits_stays_open_on_cancel_and_when_the_copy_is_given_up(make_window, monkeypatch, request):
    window = make_window()
    monkeypatch.setattr(MainWindow, "_close_without_saving", CLOSING_DIALOG)
    _failing_saves(window, monkeypatch, request)
    _type_unsaved(window)
    answered = []
    _answer(QMessageBox.StandardButton.Cancel, answered)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # the clerk backs out
    _answer("Lưu bản sao rồi đóng…", answered)
    assert not window.close()
    assert window.isVisible() and window.report.section("environment").startswith(TYPED)
    _answer("Đóng, bỏ các thay đổi", answered)
    assert window.close()
    assert len(answered) == 3
