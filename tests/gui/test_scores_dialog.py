"""The scores grid: typed, checked, kept, read from a file and put into the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from papi_desktop.gui.scores_dialog import ScoresDialog
from papi_desktop.model import load_catalogue
from papi_desktop.model.tables import parse_chart, parse_table
from papi_desktop.store import DraftStore
from papi_desktop.store.scores import load_scores

PAPI = load_catalogue("papi")
SCORES_2024 = ["5,24", "5,43", "4,22", "6,64", "7,13", "7,72", "3,68", "3,42"]
SCORES_2023 = ["5", "5.5", "4,3", "6,5", "7", "7,8", "3,9", "3,1"]


@pytest.fixture
def dialog(qtbot, tmp_path: Path, monkeypatch):
    store = DraftStore.create(tmp_path / "diem.papi")
    warnings: list[str] = []
    monkeypatch.setattr("papi_desktop.gui.scores_dialog.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    window = ScoresDialog(store, PAPI, "Lai Châu")
    window.warnings = warnings
    qtbot.addWidget(window)
    window.show()
    yield window
    store.close()


def _type_year(dialog: ScoresDialog, year: int, values: list[str], rank: str = "") -> None:
    column = dialog.add_year(year)
    for row, value in enumerate(values):
        dialog.grid.item(row, column).setText(value)
    dialog.grid.item(len(values) + 1, column).setText(rank)


def test_typed_scores_are_kept_and_read_back(dialog) -> None:
    assert not dialog.table_button.isEnabled()
    _type_year(dialog, 2024, SCORES_2024, "31")
    _type_year(dialog, 2023, SCORES_2023)
    assert dialog.years() == [2023, 2024] and dialog.save()
    (old, new), bad = load_scores(dialog.store, "Lai Châu")
    assert not bad and new.rank == 31 and new.overall() == pytest.approx(43.48) and old.dimensions["services"] == 7.8
    dialog.province.setCurrentText("Sơn La")
    assert dialog.grid.columnCount() == 0
    dialog.province.setCurrentText("Lai Châu")
    assert dialog.grid.item(0, 1).text() == "5,24" and dialog.grid.item(9, 1).text() == "31"


def test_a_wrong_cell_is_named_and_nothing_is_saved(dialog) -> None:
    values = list(SCORES_2024)
    values[3] = "6,6,4"
    _type_year(dialog, 2024, values)
    assert not dialog.save()
    assert "Kiểm soát tham nhũng" in dialog.warnings[-1] and "6,6,4" in dialog.warnings[-1]
    dialog.grid.item(3, 0).setText("16,4")
    assert not dialog.save() and "ngoài" in dialog.warnings[-1]
    assert load_scores(dialog.store, "Lai Châu")[0] == []


def test_inserting_gives_a_bound_table_a_chart_and_a_sentence(dialog, qtbot) -> None:
    _type_year(dialog, 2023, SCORES_2023)
    _type_year(dialog, 2024, SCORES_2024, "31")
    with qtbot.waitSignal(dialog.insertLine) as table_line:
        dialog.table_button.click()
    table = parse_table(table_line.args[0])
    assert table.binding["province"] == "Lai Châu" and table.rows[1][-1] == "+0,24 ▲"
    with qtbot.waitSignal(dialog.insertLine) as chart_line:
        dialog.chart_button.click()
    assert parse_chart(chart_line.args[0]).series == ("2023", "2024")
    with qtbot.waitSignal(dialog.insertText) as sentence:
        dialog.sentence_button.click()
    assert sentence.args[0].startswith("Năm 2024, tỉnh đạt 43,48 điểm, xếp thứ 31")


def test_a_scores_file_fills_the_grid(dialog, tmp_path) -> None:
    source = tmp_path / "diem.csv"
    source.write_text("province,year,total,d1,d2,d3,d4,d5,d6,d7,d8,rank\n"
                      "Lai Châu,2024,," + ",".join(v.replace(",", ".") for v in SCORES_2024) + ",31\n", encoding="utf-8")
    assert dialog.import_file(source)
    assert dialog.years() == [2024] and dialog.grid.item(7, 0).text() == "3,42"
    bad = tmp_path / "hong.csv"
    bad.write_text("province,year\n", encoding="utf-8")
    assert not dialog.import_file(bad) and "thiếu cột" in dialog.warnings[-1]
