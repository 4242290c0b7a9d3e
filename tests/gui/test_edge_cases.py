"""Edge cases found in review: nothing typed may be lost, nothing may be edited that is not saved."""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from papi_desktop.model import Status
from papi_desktop.store import DraftStore

from .conftest import type_text


def _silence(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: said.append(args) or QMessageBox.StandardButton.Ok)
    return said


def _pull_the_stick(path: Path) -> Path:
    away = path.with_name("away.papi")
    path.rename(away)
    return away


def test_switching_report_after_a_failed_save_keeps_the_edit(make_window, database, monkeypatch):
    said = _silence(monkeypatch)
    window = make_window()
    window.new_quarter()
    draft_id = window.report.id
    away = _pull_the_stick(database)
    tab = window.section_tabs["environment"]
    window.ui.editorTabs.setCurrentWidget(tab)
    type_text(tab.editor, "QUAN TRỌNG")
    listing = window.ui.reportList
    other = next(listing.topLevelItem(i) for i in range(listing.topLevelItemCount())
                 if listing.topLevelItem(i).data(0, 256) != draft_id)
    listing.setCurrentItem(other)  # the clerk clicks the other report
    assert window.report.id == draft_id  # still on the draft, edit still there
    assert listing.currentItem().data(0, 256) == draft_id
    assert "QUAN TRỌNG" in window.report.section("environment") and said
    away.rename(database)  # back in
    window.close()
    with DraftStore.open(database) as store:
        assert "QUAN TRỌNG" in store.load(draft_id).section("environment")


def test_deleting_the_last_report_leaves_nothing_editable(make_window):
    window = make_window()
    window.ui.actionDelete.trigger()
    assert window.report is None and window.ui.reportList.topLevelItemCount() == 0
    editor = window.section_tabs["participation"].editor
    assert editor.isReadOnly() and editor.toPlainText() == ""
    assert window.ui.bannerLabel.isVisible()
    assert window.ui.actionNewReport.isEnabled()


def test_an_empty_database_opens_with_nothing_editable(make_window, tmp_path):
    empty = tmp_path / "trống.papi"
    DraftStore.create(empty).close()
    window = make_window(empty)
    assert window.report is None
    assert all(tab.editor.isReadOnly() for tab in window.section_tabs.values())
    assert not window.ui.actionExportWord.isEnabled()


def test_a_failed_mark_as_final_changes_nothing(make_window, database, monkeypatch):
    said = _silence(monkeypatch)
    window = make_window()
    window.new_quarter()
    away = _pull_the_stick(database)
    window.ui.actionToggleFinal.trigger()
    assert window.report.status is Status.DRAFT
    assert not window.section_tabs["participation"].editor.isReadOnly()
    assert said
    away.rename(database)


def test_a_recycled_report_is_view_only_and_delete_is_offered_only_for_live_ones(make_window):
    window = make_window()
    window.new_quarter()
    draft_id = window.report.id
    window.ui.actionDelete.trigger()
    window.ui.showDeletedCheck.setChecked(True)
    listing = window.ui.reportList
    for i in range(listing.topLevelItemCount()):
        if listing.topLevelItem(i).data(0, 256) == draft_id:
            listing.setCurrentItem(listing.topLevelItem(i))
    assert window.report.id == draft_id
    assert window.section_tabs["participation"].editor.isReadOnly()
    assert not window.ui.deleteButton.isEnabled() and window.ui.restoreButton.isEnabled()
    window.ui.restoreButton.click()
    assert not window.section_tabs["participation"].editor.isReadOnly()


def test_closing_does_not_rewrite_a_section_only_looked_at(make_window, database):
    """A text the editor shows slightly differently (a non-breaking space written by an
    older file or another program) is not saved back just because the window closes."""
    import sqlite3

    window = make_window()
    window.new_quarter()
    report_id = window.report.id
    window.close()
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(
            "UPDATE sections SET body = ? WHERE report_id = ? AND key = 'environment'",
            ["Trồng\u00a0200 cây", report_id])
    stamp = connection.execute("SELECT updated_at FROM reports WHERE id = ?", [report_id]).fetchone()
    connection.close()

    again = make_window()
    assert again.report.id == report_id
    again.close()
    connection = sqlite3.connect(database)
    body = connection.execute(
        "SELECT body FROM sections WHERE report_id = ? AND key = 'environment'", [report_id]).fetchone()[0]
    assert connection.execute("SELECT updated_at FROM reports WHERE id = ?", [report_id]).fetchone() == stamp
    connection.close()
    assert body == "Trồng\u00a0200 cây"


def test_closing_a_read_only_file_asks_nothing(make_window, database):
    window = make_window(database)
    read_only = DraftStore.open(database.with_name(database.name), read_only=True)
    window.open_store(read_only)
    assert window.store.read_only
    assert window.close()


def test_tasks_tab_has_no_bullet_button(make_window):
    window = make_window()
    assert window.section_tabs["next_tasks"].ui.bulletButton.isHidden()


def test_a_report_too_long_to_lay_out_opens_says_why_and_is_not_printed(make_window, database, monkeypatch):
    """Qt's page layout crashes the program on some 800 pages: such a report (an import of a
    huge file, text pasted many times over) would stop the window at every start, since the
    window lays out the report it last had open. The preview says why it shows nothing instead."""
    from papi_desktop.model.serialize import duplicate_report

    with DraftStore.open(database) as store:
        long = duplicate_report(store.load(store.list_reports()[0].id))
        long.set_section("other", "\n".join(f"dòng {n}" for n in range(16_000)))  # ~530 pages
        store.add(long)
    window = make_window()
    window.load_report(long.id)
    assert window.preview.page_count() == 0
    assert "quá giới hạn 500 trang" in window.preview.notice()
    assert "bản xem trước sẽ hiện lại" in window.preview.notice()
    assert window.pageLabel.text() == ""
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    window.output.print_report()  # refused before Qt's print preview would lay it out
    assert warned and "nên chưa in" in warned[0]
    window.section_tabs["other"].set_text("Ngắn lại.")  # as after the clerk shortened it
    window.report.set_section("other", "Ngắn lại.")
    window.refresh_preview()
    assert window.preview.page_count() >= 2 and window.preview.notice() == ""
