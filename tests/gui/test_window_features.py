"""The window's working aids, driven through real widgets: zoom, page and word counts, the report
list's columns, undo steps, the "Nội dung khác" tab, the heading-case choice, the empty-parts
question before export and print, the title and the read-only banner, the enabled actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from papi_desktop.gui.section_editor import BASE_POINT_SIZE
from papi_desktop.gui.window_state import ENABLED_WHEN, WindowState
from papi_desktop.model import Period, Report
from papi_desktop.model.report import HeadingCase
from papi_desktop.store import DraftStore

from .conftest import type_text


def _draft(make_window):
    window = make_window()
    window.new_quarter()
    return window


def _go_to(window, key):
    tab = window.section_tabs[key]
    window.ui.editorTabs.setCurrentWidget(tab)
    tab.editor.setFocus()
    return tab


def _ctrl_key(widget, key):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.ControlModifier))


def _ctrl_wheel(widget, notches: int):
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


# -- zoom, page count, word count --------------------------------------------------------------

def test_zoom_buttons_show_the_level_and_fit_width_or_page(make_window, qtbot):
    window = make_window()
    panel, preview = window.preview_panel, window.preview
    qtbot.waitExposed(window)
    assert preview.fits_width() and panel.fitWidthButton.isChecked()
    before = preview.zoom
    qtbot.mouseClick(panel.zoomInButton, Qt.MouseButton.LeftButton)
    assert preview.zoom > before and not panel.fitWidthButton.isChecked()
    assert panel.zoomLabel.text() == f"{round(preview.zoom * 100)} %"
    qtbot.mouseClick(panel.zoomOutButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.zoomOutButton, Qt.MouseButton.LeftButton)
    assert preview.zoom < before
    qtbot.mouseClick(panel.fitPageButton, Qt.MouseButton.LeftButton)
    assert preview.fits_page() and panel.fitPageButton.isChecked()
    assert preview.page_rect(0).height() <= preview.viewport().height()  # a whole page in view
    preview.setFocus()
    _ctrl_key(preview, Qt.Key.Key_0)  # Ctrl+0: back to the width
    assert preview.fits_width() and panel.fitWidthButton.isChecked()
    _ctrl_key(preview, Qt.Key.Key_Plus)
    assert not preview.fits_width() and preview.zoom > before


def test_the_status_bar_shows_the_page_in_view_and_the_whole_reports_word_count(make_window, qtbot):
    window = _draft(make_window)
    qtbot.waitExposed(window)
    pages = window.preview.page_count()
    assert pages >= 3
    assert window.pageLabel.text() == f"Trang 1/{pages}"
    bar = window.preview.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert window.pageLabel.text() == f"Trang {pages}/{pages}"
    words = sum(len(window.report.section(key).split()) for key in window.report.section_keys())
    assert window.wordLabel.text() == f"{words} từ"
    tab = _go_to(window, "environment")
    type_text(tab.editor, "Trồng thêm cây xanh ")
    qtbot.waitUntil(lambda: window.wordLabel.text() == f"{words + 4} từ", timeout=3000)


def test_ctrl_wheel_and_ctrl_plus_minus_zero_size_the_editor_text_in_every_tab(make_window, settings_path):
    window = _draft(make_window)
    tab = _go_to(window, "environment")
    other = window.section_tabs["services"].editor
    start = tab.editor.font().pointSizeF()
    _ctrl_wheel(tab.editor.viewport(), 1)
    assert tab.editor.font().pointSizeF() == start + 1 == other.font().pointSizeF()
    _ctrl_key(tab.editor, Qt.Key.Key_Plus)
    assert tab.editor.font().pointSizeF() == start + 2
    _ctrl_key(tab.editor, Qt.Key.Key_Minus)
    assert other.font().pointSizeF() == start + 1
    window.close()
    again = make_window()  # the size is remembered
    assert again.section_tabs["services"].editor.font().pointSizeF() == start + 1
    editor = again.section_tabs["services"].editor
    _ctrl_key(editor, Qt.Key.Key_0)
    assert editor.font().pointSizeF() == BASE_POINT_SIZE


# -- undo -----------------------------------------------------------------------------------------

def test_undo_takes_back_a_word_a_line_or_a_paste_at_a_time(make_window):
    window = _draft(make_window)
    tab = _go_to(window, "environment")
    editor = tab.editor
    editor.selectAll()
    editor.textCursor().removeSelectedText()
    type_text(editor, "Trồng cây xanh\nVệ sinh đường phố")
    pasted = QMimeData()
    pasted.setText(" và kênh mương\nNạo vét cống")
    editor.insertFromMimeData(pasted)
    steps = []
    while editor.document().isUndoAvailable() and tab.text():
        window.ui.actionUndo.trigger()
        steps.append(tab.text())
    assert steps[:6] == [
        "Trồng cây xanh\nVệ sinh đường phố",  # the paste, as one step
        "Trồng cây xanh\nVệ sinh đường ",
        "Trồng cây xanh\nVệ sinh ",
        "Trồng cây xanh\nVệ ",
        "Trồng cây xanh\n",
        "Trồng cây xanh",  # the new line
    ]
    assert window.report.section("environment") == tab.text().strip("\n")
    assert steps[-1] == ""  # back to the empty section, one step at a time
    window.ui.actionRedo.trigger()
    assert tab.text() == "Trồng "  # redo brings back the first word only


# -- "Nội dung khác" --------------------------------------------------------------------------------

def test_other_content_has_its_own_tab_when_the_report_has_some_and_it_is_editable(make_window, database):
    report = Report(period=Period(2023, 3))
    report.set_section("other", "Đoạn chưa xếp được khi nhập.")
    with DraftStore.open(database) as store:
        store.add(report)
    window = make_window()
    window.refresh_list(select_id=report.id)
    assert window.report.id == report.id
    tabs = window.ui.editorTabs
    other = window.section_tabs["other"]
    assert window.editor.other_tab_visible()
    assert tabs.tabText(tabs.indexOf(other)) == "IV. Nội dung khác"  # numbered as it prints
    assert other.text() == "Đoạn chưa xếp được khi nhập."
    tabs.setCurrentWidget(other)
    other.editor.setFocus()
    other.editor.moveCursor(other.editor.textCursor().MoveOperation.End)
    type_text(other.editor, " Đã sửa.")
    window.save_now()
    assert window.store.load(report.id).section("other") == "Đoạn chưa xếp được khi nhập. Đã sửa."
    window.refresh_preview()
    assert "Đã sửa." in window.preview.plain_text()  # printed as the last part
    # a report with nothing there: no tab, and Ctrl+Tab does not stop on it
    window.ui.reportList.setCurrentItem(next(
        window.ui.reportList.topLevelItem(i) for i in range(window.ui.reportList.topLevelItemCount())
        if window.ui.reportList.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) != report.id))
    assert not window.editor.other_tab_visible()
    tabs.setCurrentWidget(window.section_tabs["next_tasks"])
    window.editor.step_tab(1)
    assert tabs.currentIndex() == 0


# -- the heading-case choice ------------------------------------------------------------------------

def test_the_heading_case_checkbox_is_bound_to_the_report(make_window):
    window = _draft(make_window)
    check = window.general_tab.ui.headingCaseCheck
    assert check.isChecked() == (window.report.heading_case == HeadingCase.AS_TYPED)
    for _ in range(2):
        check.setChecked(not check.isChecked())
        expected = HeadingCase.AS_TYPED if check.isChecked() else HeadingCase.UPPER
        assert window.report.heading_case == expected
        assert window.autosaver.has_pending  # the header is saved with it
    report = Report(period=Period(2023, 1), heading_case=HeadingCase.AS_TYPED)
    window.general_tab.bind(report)
    assert check.isChecked()
    report.heading_case = HeadingCase.UPPER
    window.general_tab.bind(report)
    assert not check.isChecked()
    window.general_tab.set_read_only(True)
    assert not check.isEnabled()


# -- empty parts before export and print ---------------------------------------------------------

def _answer_empty_parts(button_text: str, seen: list[str]) -> None:
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)


def test_exporting_a_report_with_empty_parts_asks_first_naming_them(make_window, tmp_path, monkeypatch):
    window = make_window()
    window.new_report()  # nothing written yet
    target = tmp_path / "trong.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []
    _answer_empty_parts("Quay lại soạn tiếp", seen)
    window.ui.actionExportWord.trigger()
    assert not target.exists()
    assert "II.3. " in seen[0] and "III. " in seen[0] and "I. " in seen[0]
    tab = _go_to(window, "transparency")
    type_text(tab.editor, "Đã công khai.")
    _answer_empty_parts("Vẫn xuất", seen)
    window.ui.actionExportWord.trigger()
    assert target.exists()
    assert "II.2. " not in seen[1] and "II.3. " in seen[1]  # "2. Công khai, minh bạch" is written now


def test_printing_a_report_with_empty_parts_asks_first(make_window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    window = make_window()
    window.new_report()
    opened = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    seen: list[str] = []
    _answer_empty_parts("Quay lại soạn tiếp", seen)
    window.ui.actionPrint.trigger()
    assert seen and not opened
    _answer_empty_parts("Vẫn in", seen)
    window.ui.actionPrint.trigger()
    assert len(opened) == 1


def test_a_complete_report_is_exported_without_a_question(make_window, tmp_path, monkeypatch):
    window = make_window()  # the sample: every part written
    target = tmp_path / "mau.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ui.actionExportPdf.trigger()
    assert target.read_bytes().startswith(b"%PDF")


# -- title, banner, actions -----------------------------------------------------------------------

def test_the_title_names_the_file_once_and_the_read_only_banner_reads_as_sentences(qtbot, database, settings_path,
                                                                                     monkeypatch):
    from PySide6.QtCore import QSettings

    from papi_desktop.errors import READ_ONLY_REASON, Text
    from papi_desktop.gui.main_window import MainWindow

    store = DraftStore.open(database, read_only=True)
    # As a write-protected stick makes the store say (root cannot be refused a write here).
    monkeypatch.setattr(type(store), "read_only_reason_text", property(lambda _self: Text(READ_ONLY_REASON)))
    window = MainWindow(store, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == f"{database.name} (chỉ đọc)"
    assert "papi-desktop" not in window.windowTitle()  # Qt adds the application's name once
    text = window.ui.bannerLabel.text()
    assert text.startswith("Chỉ đọc: Tệp hoặc thư mục")
    assert "không có quyền ghi). Không sửa được" in text
    for name in ("actionNewReport", "actionMerge", "actionImport", "actionDelete", "newButton", "deleteButton"):
        assert not getattr(window.ui, name).isEnabled(), name
    assert window.ui.actionExportWord.isEnabled() and window.ui.actionPrint.isEnabled()
    window.close()
    monkeypatch.undo()
    plain = MainWindow(DraftStore.open(database, read_only=True), QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(plain)
    assert plain.ui.bannerLabel.text().startswith("Tệp này được mở ở chế độ chỉ đọc. Không sửa được")
    plain.close()


def test_the_state_table_allows_what_each_state_should():
    nothing = WindowState()
    draft = WindowState(has_report=True, writable=True, selected=True)
    binned = WindowState(has_report=True, writable=True, selected=True, selected_deleted=True, report_deleted=True)
    locked = WindowState(has_report=True, writable=False, selected=True)
    allowed = {name: [rule(s) for s in (nothing, draft, binned, locked)] for name, rule in ENABLED_WHEN.items()}
    assert allowed["actionExportWord"] == [False, True, True, True]
    assert allowed["actionDelete"] == [False, True, False, False]
    assert allowed["restoreButton"] == [False, False, True, False]
    assert allowed["actionToggleFinal"] == [False, True, False, False]
    assert allowed["actionNewReport"] == [False, True, True, False]
    assert allowed["duplicateButton"] == [False, True, True, False]


def test_the_recent_files_menu_survives_a_single_entry(make_window, database):
    """An INI file gives a one-entry list back as a plain string: the menu must not show it letter by letter."""
    make_window().close()
    again = make_window()
    entries = [action.text() for action in again.ui.menuRecent.actions()]
    assert entries == [str(database)]


def test_the_part_tabs_follow_the_reports_own_catalogue(qtbot, monkeypatch, settings_path):
    """A report of another catalogue gets that catalogue's tabs, not PAPI's (and back again)."""
    from PySide6.QtCore import QSettings

    from papi_desktop.gui.editor_panel import EditorPanel
    from papi_desktop.gui.part_tabs import PartTabs
    from papi_desktop.model import load_catalogue
    from papi_desktop.model import report as report_module
    from papi_desktop.model.catalogue import parse_catalogue

    papi = load_catalogue()
    small = parse_catalogue({
        "key": "thu", "name": "Chỉ số thử", "document_type": "BÁO CÁO", "title_template": "Báo cáo {period}",
        "parts": [
            {"key": "preamble", "numbering": "none", "tab_label": "Mở đầu"},
            {"key": "implementation", "heading": "Triển khai", "tab_label": "Triển khai"},
            {"key": "results", "kind": "group", "heading": "Kết quả"},
            {"key": "next_tasks", "kind": "tasks", "heading": "Nhiệm vụ {next_period}", "tab_label": "Nhiệm vụ quý tới"},
            {"key": "other", "heading": "Nội dung khác", "optional": True},
        ],
        "dimensions": [
            {"key": "ketqua", "heading": "Về kết quả", "name": "Kết quả", "hint": "Gợi ý"},
            {"key": "hanche", "heading": "Về hạn chế", "name": "Hạn chế"},
        ],
    })
    monkeypatch.setattr(report_module, "load_catalogue", lambda key="papi": small if key == "thu" else papi)
    tabs = PartTabs()
    qtbot.addWidget(tabs)
    panel = EditorPanel(tabs, QSettings(str(settings_path), QSettings.Format.IniFormat))
    panel.build(papi, papi.key)
    assert len(panel.section_tabs) == len(papi.section_keys) == 2 + len(papi.dimensions) + 3  # + "Kiến nghị"
    other = Report(period=Period(2024, 1), catalogue_key="thu")
    other.set_section("hanche", "Còn chậm.")
    panel.bind(other)
    names = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert names == ["Thông tin chung", "Mở đầu và phần I", "1. Kết quả", "2. Hạn chế", "III. Nhiệm vụ quý tới"]
    assert panel.section_tabs["hanche"].text() == "Còn chậm."
    assert "participation" not in panel.section_tabs
    panel.bind(Report(period=Period(2024, 1)))
    assert "participation" in panel.section_tabs and "hanche" not in panel.section_tabs


def test_reports_left_out_of_the_list_and_the_files_notes_are_named(make_window, database):
    import sqlite3

    with DraftStore.open(database) as store:
        from papi_desktop.model.serialize import duplicate_report

        broken = duplicate_report(store.load(store.list_reports()[0].id))
        broken.title_override = "Báo cáo hỏng để thử"
        store.add(broken)
    conn = sqlite3.connect(database)
    conn.execute("UPDATE reports SET recipients = 'not json' WHERE id = ?", [broken.id])
    conn.commit()
    conn.close()
    window = make_window()
    assert window.ui.noticeLabel.isVisible()
    assert "Báo cáo hỏng để thử" in window.ui.noticeLabel.text()
    assert window.ui.reportList.topLevelItemCount() == 1
