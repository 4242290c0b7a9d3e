"""A drafts file shared between clerks: locked elsewhere, read-only, restored from a backup."""

import datetime
import json

from PySide6.QtWidgets import QFileDialog, QInputDialog

from papi_desktop.gui import open_database
from papi_desktop.store import DraftStore, list_backups
from papi_desktop.store.locking import lock_path


def _lock_elsewhere(path):
    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    lock_path(path).write_text(json.dumps({
        "machine": "MAY-VAN-THU", "user": "lan", "pid": 4242, "since": now, "touched": now,
        "machine_id": "MAY-VAN-THU/0a0b0c0d0e0f", "token": "other",
    }), encoding="utf-8")


def _colleague_file(tmp_path):
    path = tmp_path / "Thư mục chung" / "Báo cáo chung.papi"
    path.parent.mkdir()
    DraftStore.create(path, sample=True).close()
    _lock_elsewhere(path)
    return path


def test_a_file_locked_elsewhere_opens_read_only_when_the_clerk_says_so(make_window, tmp_path, monkeypatch):
    shared = _colleague_file(tmp_path)
    window = make_window()
    asked = []
    monkeypatch.setattr(open_database, "ask_about_lock", lambda error, parent: asked.append(error) or open_database.READ_ONLY)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shared), ""))
    window.ui.actionOpenDatabase.trigger()
    assert "MAY-VAN-THU" in asked[0].message
    assert window.store.path == shared and window.store.read_only
    assert window.ui.bannerLabel.isVisible() and "Lưu bản sao" in window.ui.bannerLabel.text()
    assert window.section_tabs["participation"].editor.isReadOnly()
    assert not window.ui.actionNewReport.isEnabled() and not window.ui.newButton.isEnabled()
    assert window.ui.actionExportWord.isEnabled()  # reading, export and copies still work
    assert "(chỉ đọc)" in window.windowTitle()
    assert json.loads(lock_path(shared).read_text(encoding="utf-8"))["machine"] == "MAY-VAN-THU"


def test_cancelling_leaves_the_current_database_open(make_window, tmp_path, monkeypatch, database):
    shared = _colleague_file(tmp_path)
    window = make_window()
    monkeypatch.setattr(open_database, "ask_about_lock", lambda error, parent: open_database.CANCEL)
    assert not window.open_database(shared)
    assert window.store.path == database and not window.store.read_only


def test_taking_the_lock_over_opens_it_for_editing(make_window, tmp_path, monkeypatch):
    shared = _colleague_file(tmp_path)
    window = make_window()
    monkeypatch.setattr(open_database, "ask_about_lock", lambda error, parent: open_database.TAKE_OVER)
    assert window.open_database(shared)
    assert not window.store.read_only
    assert json.loads(lock_path(shared).read_text(encoding="utf-8"))["machine"] != "MAY-VAN-THU"


def test_restore_a_daily_backup_from_the_file_menu(make_window, database, monkeypatch):
    window = make_window()
    report_id = window.report.id
    original = window.report.section("egovernance")
    assert list_backups(database), "opening the file kept today's copy"
    window.store.save_section(report_id, "egovernance", "Sửa nhầm cả phần này.")
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, current, editable: (items[0], True))
    window.ui.actionRestoreBackup.trigger()
    assert window.store.load(report_id).section("egovernance") == original
    assert window.report.section("egovernance") == original
    assert any(b.before_restore for b in list_backups(database))  # the replaced file was kept too


def test_a_failing_disk_keeps_the_edit_warns_once_and_saves_when_it_comes_back(make_window, monkeypatch, tmp_path):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from .conftest import type_text

    window = make_window()
    window.new_quarter()
    report_id = window.report.id
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args))
    real_save = type(window.store).save_section

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(type(window.store), "save_section", disk_full)
    tab = window.section_tabs["environment"]
    window.ui.editorTabs.setCurrentWidget(tab)
    type_text(tab.editor, "Trồng cây")
    assert not window.autosaver.flush()
    type_text(tab.editor, " xanh")
    assert not window.autosaver.flush()
    assert len(warnings) == 1  # one dialog, not one per attempt
    assert window.statusBar().currentMessage().startswith("Chưa lưu được")
    assert window.report.section("environment").startswith("Trồng cây xanh")
    copy = tmp_path / "bản sao.papi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.ui.actionSaveCopy.trigger()  # a copy elsewhere still works, and holds what is on the screen
    assert copy.exists()
    with DraftStore.open(copy, read_only=True) as rescued:
        assert rescued.load(report_id).section("environment").startswith("Trồng cây xanh")
    assert "chưa ghi được" in window.statusBar().currentMessage()

    monkeypatch.setattr(type(window.store), "save_section", real_save)
    assert window.autosaver.flush()
    assert window.store.load(report_id).section("environment").startswith("Trồng cây xanh")
    assert window.statusBar().currentMessage().startswith("Đã lưu lúc")
