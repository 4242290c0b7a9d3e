"""Bringing in a colleague's file from the window, and choosing between two versions."""

import shutil

from PySide6.QtWidgets import QFileDialog, QMessageBox

from papi_desktop.gui import merge_dialog
from papi_desktop.store import DraftStore


def test_merge_from_the_menu_lets_the_clerk_take_the_other_text(make_window, database, tmp_path, monkeypatch):
    theirs = tmp_path / "Của đồng nghiệp.papi"
    shutil.copy(database, theirs)
    with DraftStore.open(database) as store:
        [summary] = store.list_reports()
        report_id = summary.id
        store.save_section(report_id, "egovernance", "Bản của máy này.")
    with DraftStore.open(theirs) as store:
        store.save_section(report_id, "egovernance", "Bản của máy kia.")
        store.save_section(report_id, "environment", "Môi trường, sửa ở máy kia.")

    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    shown = {}
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.setdefault("text", text))

    def choose(dialog):
        assert set(dialog.differing) == {"egovernance", "environment"}
        dialog.choose_theirs("egovernance")
        dialog.apply()
        return 1

    monkeypatch.setattr(merge_dialog.ConflictDialog, "exec", choose)
    window.ui.actionMerge.trigger()

    report = window.store.load(report_id)
    assert report.section("egovernance") == "Bản của máy kia."
    assert report.section("environment") != "Môi trường, sửa ở máy kia."  # kept ours there
    assert "Bản của máy này." in [r.text for r in window.store.revisions(report_id, "egovernance")]
    live = window.store.list_reports()
    assert [s.id for s in live] == [report_id]  # the other version went to the recycle bin
    assert len(window.store.list_reports(include_deleted=True)) == 2
    assert "cả hai máy" in shown["text"]
    assert window.report.section("egovernance") == "Bản của máy kia."
