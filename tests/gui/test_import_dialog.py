"""Importing last quarter's Word file from the window, with the review dialog."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from papi_desktop.export import export_docx
from papi_desktop.gui import import_dialog
from papi_desktop.model import OTHER, Status, load_sample


def test_import_review_move_and_save(make_window, tmp_path, monkeypatch):
    source = tmp_path / "Báo cáo quý I.docx"
    export_docx(load_sample(), source)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    moved = {}

    def review(dialog):
        rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        index = next(i for i, text in enumerate(rows) if text.startswith("Sở tăng cường công tác Quản trị"))
        assert dialog.part_of(index) == "egovernance"
        dialog.move(index, OTHER)
        moved["text"] = rows[index]
        return 1

    monkeypatch.setattr(import_dialog.ImportReviewDialog, "exec", review)
    window.ui.actionImport.trigger()
    report = window.report
    assert report.status is Status.DRAFT and report.period.quarter == 1
    assert report.section(OTHER) == moved["text"]
    assert report.section("egovernance") == ""
    assert report.section("participation") == load_sample().section("participation")
    assert window.store.load(report.id).section(OTHER) == moved["text"]
    assert window.ui.reportList.topLevelItemCount() == 2


def test_a_bad_file_is_explained_and_nothing_is_added(make_window, tmp_path, monkeypatch):
    bad = tmp_path / "hỏng.docx"
    bad.write_bytes(b"not a zip at all")
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    said = {}
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.setdefault("text", text))
    window.ui.actionImport.trigger()
    assert said["text"]
    assert len(window.store.list_reports()) == 1
