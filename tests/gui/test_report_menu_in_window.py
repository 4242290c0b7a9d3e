"""The Báo cáo menu through the real main window: the province's scores into the part being
edited, the compiling office's window, Thêm phần, the choice of index, the export file name."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from papi_desktop import consolidate
from papi_desktop.gui import report_menu
from papi_desktop.gui.consolidation_window import ConsolidationWindow
from papi_desktop.gui.scores_dialog import ScoresDialog
from papi_desktop.model import catalogue as catalogue_module
from papi_desktop.model.tables import TABLE_MARK, parse_table
from papi_desktop.store import scores as kept
from tests.helpers.departments import PERIOD, write_department_files

from .conftest import REAL_CHOOSE_CATALOGUE

SCORES_2024 = ["5,24", "5,43", "4,22", "6,64", "7,13", "7,72", "3,68", "3,42"]
SCORES_2023 = ["5", "5.5", "4,3", "6,5", "7", "7,8", "3,9", "3,1"]


def _when_modal(act) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        act(dialog)
    QTimer.singleShot(0, run)


def _type_year(dialog: ScoresDialog, year: int, values: list[str]) -> None:
    column = dialog.add_year(year)
    for row, value in enumerate(values):
        dialog.grid.item(row, column).setText(value)


def test_scores_go_into_the_part_being_edited_and_bound_tables_follow_the_kept_scores(make_window):
    window = make_window()
    window.new_quarter()
    tab = window.section_tabs["egovernance"]
    window.ui.editorTabs.setCurrentWidget(tab)
    tab.editor.setFocus()
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    before = window.report.section("egovernance")

    def fill_and_insert(dialog) -> None:
        assert isinstance(dialog, ScoresDialog) and dialog.province.currentText() == "Quảng Trị"
        _type_year(dialog, 2023, SCORES_2023)
        _type_year(dialog, 2024, SCORES_2024)
        dialog.table_button.click()
        dialog.sentence_button.click()
        dialog.accept()

    _when_modal(fill_and_insert)
    window.ui.actionScores.trigger()
    lines = window.report.section("egovernance").split("\n")
    assert window.report.section("egovernance").startswith(before)
    table_line = next(line for line in lines if line.startswith(TABLE_MARK))
    assert lines.index(table_line) == len(before.split("\n"))  # its own line, after the cursor's
    assert "5,24" in table_line and "Năm 2024" in table_line
    assert lines[-1].startswith(TABLE_MARK) is False and "2024" in lines[-1]  # the sentence after it

    records, _bad = kept.load_scores(window.store, "Quảng Trị")
    newer = [replace(r, dimensions={**r.dimensions, "participation": 6.0}) if r.year == 2024 else r for r in records]
    kept.save_scores(window.store, newer)
    assert window.report_menu.refresh_bound_tables() == 1
    table = parse_table(next(line for line in window.report.section("egovernance").split("\n") if line.startswith(TABLE_MARK)))
    assert "6,00" in {cell for row in table.rows for cell in row}
    tab.editor.undo()  # the refresh is one step of the part's editor
    assert table_line in window.report.section("egovernance").split("\n")


def test_the_compiling_offices_window_opens_the_provinces_draft_in_the_main_window(make_window, tmp_path):
    (tmp_path / "don-vi").mkdir()
    files = write_department_files(tmp_path / "don-vi", count=3)
    window = make_window()
    taken = []

    def gather_and_open(dialog) -> None:
        assert isinstance(dialog, ConsolidationWindow)
        assert dialog.start_period(PERIOD.short_label())
        dialog.gather(files)
        dialog.last_result_box.close()
        column = 1 + [c.key for c in dialog.view.columns].index("services")
        dialog.grid.setCurrentCell(0, column)
        first = consolidate.contributions(dialog.store, PERIOD, "services")[0]
        taken.append(first.paragraphs)
        assert dialog.take(first.department_key, None) == len(first.paragraphs)
        dialog.open_button.click()

    _when_modal(gather_and_open)
    window.ui.actionConsolidate.trigger()
    assert window.report.period == PERIOD
    assert window.report.section("services") == "\n".join(taken[0])  # the department's paragraphs
    assert window.reports.open_id == window.report.id


def test_add_part_shows_an_optional_part_numbered(make_window):
    window = make_window()
    window.new_quarter()
    menu = window.ui.menuAddPart
    window.report_menu.fill_add_part()
    names = [action.text() for action in menu.actions()]
    assert "Kiến nghị, đề xuất" in names
    next(action for action in menu.actions() if action.text() == "Kiến nghị, đề xuất").trigger()
    tab = window.section_tabs["recommendations"]
    assert window.ui.editorTabs.currentWidget() is tab
    assert tab.ui.headingLabel.text().startswith("IV.")
    window.report_menu.fill_add_part()
    assert "Kiến nghị, đề xuất" not in [action.text() for action in menu.actions()]


def test_a_new_report_asks_which_index_and_names_a_broken_catalogue_file(make_window, monkeypatch, tmp_path):
    folder = tmp_path / "catalogues"
    folder.mkdir()
    (folder / "hong.toml").write_text("key = [this is not toml", encoding="utf-8")
    monkeypatch.setattr(catalogue_module, "user_catalogue_dir", lambda: folder)
    monkeypatch.setattr(report_menu, "choose_catalogue", REAL_CHOOSE_CATALOGUE)
    warned, offered = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))

    def pick(_parent, _title, _label, items, *_args, **_kwargs):
        offered.extend(items)
        return next(item for item in items if item.startswith("PAR INDEX")), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    window = make_window()
    window.ui.actionNewReport.trigger()
    assert warned and "hong.toml" in warned[0]
    assert any(item.startswith("PAPI") for item in offered)
    assert window.report.catalogue_key == "par_index"
    assert "assessment" in window.section_tabs and "participation" not in window.section_tabs
    assert window.output.suggested_name(window.report, "docx").startswith("Bao-cao-PAR-INDEX-quy-")


def test_a_new_database_asks_which_index_and_holds_one_empty_report_of_it(make_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "par.papi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(report_menu, "choose_catalogue", REAL_CHOOSE_CATALOGUE)
    monkeypatch.setattr(catalogue_module, "user_catalogue_dir", lambda: tmp_path / "none")
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda _p, _t, _l, items, *a, **k: (next(i for i in items if i.startswith("PAR INDEX")), True))
    window = make_window()
    window.ui.actionNewDatabase.trigger()
    assert window.store.path == target
    assert [s.id for s in window.store.list_reports()] == [window.report.id]
    assert window.report.catalogue_key == "par_index" and not any(window.report.sections.values())


def test_a_new_report_prints_its_part_headings_in_capitals_and_the_sample_keeps_its_case(qtbot, make_window):
    window = make_window()
    assert "I. Công tác xây dựng Kế hoạch" in window.preview.plain_text()  # the sample, as typed
    window.ui.actionNewReport.trigger()
    qtbot.waitUntil(lambda: "I. CÔNG TÁC XÂY DỰNG KẾ HOẠCH" in window.preview.plain_text(), timeout=3000)
    assert not window.general_tab.ui.headingCaseCheck.isChecked()
