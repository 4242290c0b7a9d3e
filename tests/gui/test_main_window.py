"""The window, driven through its real widgets (offscreen or under Xvfb)."""

import datetime

import docx
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog

from papi_desktop.model import Period, Status
from papi_desktop.store import DraftStore

from .conftest import type_text

WORDS = "Đã khai trương Cổng dịch vụ công trực tuyến mới"


def _draft_window(make_window):
    window = make_window()
    window.new_quarter()
    assert window.report.status is Status.DRAFT
    return window


def _go_to(window, key):
    tab = window.section_tabs[key]
    window.ui.editorTabs.setCurrentWidget(tab)
    tab.editor.setFocus()
    return tab


def test_sample_opens_read_only_with_every_tab(make_window):
    window = make_window()
    tabs = window.ui.editorTabs
    names = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert names[0] == "Thông tin chung" and len(names) == 1 + 1 + 8 + 1
    assert not window.editor.other_tab_visible()  # the sample has nothing in "Nội dung khác"
    assert names[2] == "1. Tham gia" and "Quản trị điện tử" in names[9]
    assert "Tham gia của người dân ở cấp cơ sở" in tabs.tabToolTip(2)
    assert window.report.is_final
    assert window.section_tabs["egovernance"].editor.isReadOnly()
    assert window.ui.bannerLabel.isVisible()
    hint = window.section_tabs["environment"].ui.hintLabel.text()
    assert "chất lượng không khí" in hint.lower()


def test_typing_reaches_preview_database_and_a_new_window(qtbot, make_window, database):
    window = _draft_window(make_window)
    tab = _go_to(window, "egovernance")
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    type_text(tab.editor, "\n" + WORDS)
    assert WORDS in window.report.section("egovernance")
    qtbot.waitUntil(lambda: WORDS in window.preview.plain_text(), timeout=3000)
    report_id = window.report.id
    qtbot.waitUntil(lambda: not window.autosaver.has_pending, timeout=3000)
    with DraftStore.open(database) as store:
        assert WORDS in store.load(report_id).section("egovernance")
    assert window.statusBar().currentMessage().startswith("Đã lưu lúc")
    window.close()

    again = make_window()
    assert again.report.id == report_id  # the last report reopens
    assert WORDS in again.section_tabs["egovernance"].text()


def test_closing_right_after_typing_loses_nothing(make_window, database):
    window = _draft_window(make_window)
    tab = _go_to(window, "environment")
    type_text(tab.editor, "Trồng 200 cây xanh.")
    report_id = window.report.id
    window.close()  # before the autosave timer fires
    with DraftStore.open(database) as store:
        assert "Trồng 200 cây xanh." in store.load(report_id).section("environment")


def test_new_quarter_from_the_sample(make_window):
    window = make_window()
    window.ui.actionNewQuarter.trigger()
    report = window.report
    assert report.period == Period(2022, 2)
    assert report.header.number == "" and report.header.date == datetime.date.today()
    assert "quý II và nhiệm vụ quý III/2022" in window.general_tab.ui.titleEdit.toPlainText()
    assert window.ui.reportList.topLevelItemCount() == 2
    assert not window.section_tabs["participation"].editor.isReadOnly()
    assert window.section_tabs["participation"].text().startswith("- Sở đã tăng cường")


def test_header_edit_updates_title_and_preview(qtbot, make_window):
    window = _draft_window(make_window)
    general = window.general_tab.ui
    general.quarterCombo.setCurrentIndex(3)
    assert window.report.period == Period(2022, 4)
    assert "quý IV/2022 và nhiệm vụ quý I/2023" in general.titleEdit.toPlainText()
    # the part heading, in whichever case the report prints its headings
    qtbot.waitUntil(lambda: "kế hoạch thực hiện quý i/2023" in window.preview.plain_text().lower(), timeout=3000)
    qtbot.waitUntil(lambda: not window.autosaver.has_pending, timeout=3000)
    row = window.ui.reportList.currentItem()
    assert row.text(0) == "quý IV/2022" and "quý IV/2022 và nhiệm vụ quý I/2023" in row.text(1)


def test_empty_dimension_tab_is_marked(make_window):
    window = _draft_window(make_window)
    tab = window.section_tabs["environment"]
    index = window.ui.editorTabs.indexOf(tab)
    assert window.ui.editorTabs.tabIcon(index).isNull()
    tab.editor.selectAll()
    tab.editor.textCursor().removeSelectedText()
    assert not window.ui.editorTabs.tabIcon(index).isNull()
    assert window.report.section("environment") == ""


def test_history_restores_an_earlier_text(qtbot, make_window, monkeypatch):
    from papi_desktop.gui import history_dialog

    window = _draft_window(make_window)
    original = window.report.section("services")
    tab = _go_to(window, "services")
    tab.editor.selectAll()
    type_text(tab.editor, "Nội dung thay thế")
    window.save_now()

    def choose_oldest(dialog):
        assert dialog.list.count() >= 1
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        dialog._restore()
        return 1

    monkeypatch.setattr(history_dialog.HistoryDialog, "exec", choose_oldest)
    window.ui.actionHistory.trigger()
    assert window.section_tabs["services"].text() == original
    assert window.store.load(window.report.id).section("services") == original


def test_search_finds_a_word_in_another_report(qtbot, make_window):
    window = _draft_window(make_window)
    tab = _go_to(window, "participation")
    type_text(tab.editor, "Hội nghị ở xã Vĩnh Linh ")
    window.save_now()
    window.ui.searchEdit.setText("vĩnh linh")
    assert window.ui.reportList.topLevelItemCount() == 1
    assert window.ui.reportList.topLevelItem(0).text(0) == "quý II/2022"
    window.ui.searchEdit.setText("Nguyễn Hữu Thắng")
    assert window.ui.reportList.topLevelItemCount() == 2


def test_delete_goes_to_the_recycle_bin_and_comes_back(make_window):
    window = _draft_window(make_window)
    draft_id = window.report.id
    window.ui.actionDelete.trigger()
    ids = [window.ui.reportList.topLevelItem(i).data(0, 256) for i in range(window.ui.reportList.topLevelItemCount())]
    assert draft_id not in ids
    window.ui.showDeletedCheck.setChecked(True)
    for i in range(window.ui.reportList.topLevelItemCount()):
        if window.ui.reportList.topLevelItem(i).data(0, 256) == draft_id:
            window.ui.reportList.setCurrentItem(window.ui.reportList.topLevelItem(i))
    window.ui.restoreButton.click()
    window.ui.showDeletedCheck.setChecked(False)
    assert draft_id in [s.id for s in window.store.list_reports()]


def test_export_word_and_pdf_from_the_menu(make_window, tmp_path, monkeypatch):
    window = make_window()
    targets = iter([tmp_path / "Xuất" / "bao-cao", tmp_path / "Xuất" / "bao-cao.pdf"])
    (tmp_path / "Xuất").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    window.ui.actionExportWord.trigger()
    produced = tmp_path / "Xuất" / "bao-cao.docx"  # the suffix is added when the clerk leaves it out
    text = "\n".join(p.text for p in docx.Document(str(produced)).paragraphs)
    assert "kế hoạch thực hiện quý ii/2022" in text.lower()  # in whichever case headings print
    window.ui.actionExportPdf.trigger()
    pdf = tmp_path / "Xuất" / "bao-cao.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")


def test_print_preview_shows_the_same_pages_as_the_pane(qtbot, make_window):
    window = make_window()
    seen = {}

    def inspect():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog) and w.isVisible())
        preview = dialog.findChild(QPrintPreviewWidget)
        seen["pages"] = preview.pageCount()
        dialog.reject()

    QTimer.singleShot(300, inspect)
    window.ui.actionPrint.trigger()
    assert seen["pages"] == window.preview.page_count() >= 3


def test_final_report_can_be_reopened_for_editing(make_window):
    window = make_window()
    assert window.report.is_final
    window.ui.actionToggleFinal.trigger()
    assert not window.report.is_final
    assert not window.section_tabs["participation"].editor.isReadOnly()
    assert window.store.load(window.report.id).status is Status.DRAFT
    window.ui.actionToggleFinal.trigger()
    assert window.section_tabs["participation"].editor.isReadOnly()


def test_paste_strips_formatting_and_control_characters(make_window):
    from PySide6.QtCore import QMimeData

    window = _draft_window(make_window)
    tab = _go_to(window, "environment")
    tab.editor.selectAll()
    data = QMimeData()
    data.setHtml("<b style='color:red'>Xanh</b>")
    data.setText("Xanh\x07 sạch\x00 đẹp")
    tab.editor.insertFromMimeData(data)
    assert tab.text() == "Xanh sạch đẹp"


def test_bullet_helper_and_enter_continue_the_list(make_window):
    window = _draft_window(make_window)
    tab = _go_to(window, "environment")
    tab.editor.setPlainText("Một\nHai")
    tab.editor.selectAll()
    window.ui.actionBullet.trigger()
    assert tab.text() == "- Một\n- Hai"
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    type_text(tab.editor, "\nBa")
    assert tab.text() == "- Một\n- Hai\n- Ba"


def test_input_method_composition_as_from_unikey_or_windows_vietnamese(make_window):
    """Vietnamese keyboards commit composed syllables through the input method, not key events."""
    from PySide6.QtGui import QInputMethodEvent

    window = _draft_window(make_window)
    tab = _go_to(window, "environment")
    tab.editor.selectAll()
    tab.editor.textCursor().removeSelectedText()
    for syllable in ("Bảo ", "vệ ", "môi ", "trường"):
        preedit = QInputMethodEvent(syllable[:-1], [])  # the syllable while it is being composed
        QApplication.sendEvent(tab.editor, preedit)
        commit = QInputMethodEvent()
        commit.setCommitString(syllable)
        QApplication.sendEvent(tab.editor, commit)
    assert tab.text() == "Bảo vệ môi trường"
    assert window.report.section("environment") == "Bảo vệ môi trường"
