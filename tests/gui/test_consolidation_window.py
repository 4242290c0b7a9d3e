"""The compiling office's window, driven as the clerk of the Văn phòng UBND would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from papi_desktop import consolidate
from papi_desktop.gui.consolidation_window import EMPTY, MISSING, ConsolidationWindow
from papi_desktop.store import DraftStore
from tests.helpers.departments import DEPARTMENTS, EMPTY_PART, PERIOD, write_department_files


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[Path]:
    return write_department_files(tmp_path_factory.mktemp("don-vi"), count=6)


@pytest.fixture
def window(qtbot, tmp_path):
    store = DraftStore.create(tmp_path / "tong-hop.papi")
    win = ConsolidationWindow(store)
    qtbot.addWidget(win)
    win.show()
    yield win
    store.close()


def test_a_new_quarter_gathered_shows_the_grid_and_the_missing(window, files) -> None:
    assert window.period is None and not window.gather_button.isEnabled()
    assert window.start_period("quý II/2026") and window.period == PERIOD
    window.set_departments([*DEPARTMENTS[:7], "  "])
    result = window.gather(files)
    window.last_result_box.close()
    assert len(result.taken) == 6 and any("31-hong.papi" in line for line in result.refused)
    grid = window.grid
    assert grid.rowCount() == 7 and grid.horizontalHeaderItem(1).text() == "I"
    rows = {grid.item(r, 0).text(): r for r in range(grid.rowCount())}
    missing = rows[DEPARTMENTS[6]]
    assert grid.item(missing, 1).text() == "chưa gửi" and grid.item(missing, 1).background().color() == MISSING
    empty_column = 1 + [c.key for c in window.view.columns].index(EMPTY_PART[1])
    cell = grid.item(rows[EMPTY_PART[0]], empty_column)
    assert cell.text() == "—" and cell.background().color() == EMPTY
    assert "6/7 đơn vị có báo cáo" in window.summary.text()


def test_clicking_a_part_and_inserting_paragraphs_attributes_them(window, files, qtbot) -> None:
    window.start_period("quý II/2026")
    window.gather(files[:3])
    window.last_result_box.close()
    column = 1 + [c.key for c in window.view.columns].index("services")
    window.grid.setCurrentCell(0, column)
    assert window.part_key == "services" and "Cung ứng dịch vụ công" in window.part_title.text()
    first = consolidate.contributions(window.store, PERIOD, "services")[0]
    assert first.department in window.part_view.toPlainText()
    with qtbot.waitSignal(window.reportChanged) as changed:
        window.part_view.anchorClicked.emit(QUrl(f"take:{first.department_key}:0"))
    province = changed.args[0]
    assert window.store.load(province).section("services") == first.paragraphs[0]
    assert "✓ đã chèn" in window.part_view.toPlainText()
    window.part_view.anchorClicked.emit(QUrl(f"take:{first.department_key}:all"))
    owners = consolidate.attribution(window.store, PERIOD, "services")
    assert [text for text, _ in owners] == [first.paragraphs[0], *first.paragraphs]
    assert {owner for _, owner in owners} == {first.department}
    with qtbot.waitSignal(window.openReport) as opened:
        window.open_button.click()
    assert opened.args == [province]


def test_a_period_typed_wrong_is_refused_with_a_message(window, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("papi_desktop.gui.consolidation_window.QMessageBox.warning", lambda *a: shown.append(a[2]))
    assert not window.start_period("quý 5 2026")
    assert shown and "quý II/2026" in shown[0] and window.period is None
