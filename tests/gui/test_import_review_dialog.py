"""The import review dialog with real widgets: the paragraphs to look at are marked and can be
shown alone, a missing date is said, and the wheel over a closed drop-down scrolls the table."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from papi_desktop.export import export_docx
from papi_desktop.gui.import_dialog import PART, REVIEW_TINT, ImportReviewDialog, TableComboBox
from papi_desktop.importers import import_report
from papi_desktop.model import OTHER, load_sample


def _dialog(qtbot, result) -> ImportReviewDialog:
    dialog = ImportReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _wheel(widget, notches: int = -1) -> QWheelEvent:
    """Roll the wheel over the middle of ``widget`` (negative: towards the user, i.e. down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event


def test_the_wheel_over_a_closed_drop_down_scrolls_the_table(qtbot, tmp_path):
    result = import_report(export_docx(load_sample(), tmp_path / "mau.docx"))
    dialog = _dialog(qtbot, result)
    table = dialog.table
    bar = table.verticalScrollBar()
    assert bar.maximum() > 0  # the sample's paragraphs do not fit: the table scrolls
    row = 1
    before = dialog.part_of(row)
    # The clerk clicks the drop-down: a real combo box opens over the cell …
    cell = table.visualRect(table.model().index(row, PART)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    combo = table.indexWidget(table.model().index(row, PART))
    assert isinstance(combo, TableComboBox) and combo.currentData() == before
    assert combo.isVisible() and not combo.view().isVisible()  # open for choosing, its list closed
    # … and rolling the wheel over it, closed, scrolls the table: the choice stays.
    for _ in range(2):
        _wheel(combo)
    assert combo.currentData() == before
    assert result.placements[row].key == before and dialog.part_of(row) == before
    assert bar.value() > 0
    # Over a drop-down that is only painted (another row), the wheel scrolls too.
    value = bar.value()
    _wheel(table.viewport())
    assert bar.value() > value


def test_choosing_a_part_in_the_drop_down_moves_the_paragraph(qtbot, tmp_path):
    result = import_report(export_docx(load_sample(), tmp_path / "mau.docx"))
    dialog = _dialog(qtbot, result)
    table = dialog.table
    row = 1
    table.setCurrentCell(row, PART)  # opens the editor (as a click or Tab does)
    combo = table.indexWidget(table.model().index(row, PART))
    combo.setCurrentIndex(combo.findData(OTHER))
    combo.activated.emit(combo.currentIndex())
    assert result.placements[row].key == OTHER
    assert dialog.part_of(row) == OTHER
    assert table.item(row, 2).text() == "Chưa xếp được phần nào"
    assert result.report.section(OTHER) == result.placements[row].text


def test_a_hundred_thousand_paragraphs_open_without_a_widget_each(qtbot):
    from papi_desktop.importers import ImportResult, Placement
    from papi_desktop.model import Period, Report

    placements = [Placement(f"Đoạn {index}.", "implementation") for index in range(100_000)]
    result = ImportResult(Report(Period(2024, 1)), placements)
    dialog = _dialog(qtbot, result)
    assert dialog.table.rowCount() == 100_000
    assert len(dialog.table.viewport().findChildren(QComboBox)) == 0
    dialog.move(99_999, OTHER)
    assert result.placements[99_999].key == OTHER


def test_paragraphs_to_look_at_are_marked_and_can_be_shown_alone(qtbot, tmp_path):
    path = tmp_path / "pdf.txt"
    path.write_text("BÁO CÁO\nKết quả quý I/2024\nI. Công tác xây dựng Kế hoạch\nSở đa \u0303 tuyên truyền.\n"
                    "Đã tổ chức hội nghị.\nTrên đây là báo cáo của Sở.\n", encoding="utf-8")
    result = import_report(path)
    dialog = _dialog(qtbot, result)
    texts = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert texts == ["Sở đã tuyên truyền.", "Đã tổ chức hội nghị.", "Trên đây là báo cáo của Sở."]
    notes = [dialog.table.item(row, 2).text() for row in range(3)]
    assert notes == ["Đã sửa dấu thanh", "", "Chưa xếp được phần nào"]
    assert "Sở đa \u0303 tuyên truyền." in dialog.table.item(0, 0).toolTip()  # the text as the file had it
    assert dialog.table.item(0, 0).background().color() == REVIEW_TINT
    assert dialog.table.item(1, 0).background().style() == Qt.BrushStyle.NoBrush

    dialog.only_flagged.setChecked(True)
    assert [dialog.table.isRowHidden(row) for row in range(3)] == [False, True, False]
    dialog.move(2, "implementation")  # the clerk places it: no longer "other"
    assert dialog.table.item(2, 2).text() == ""
    assert result.report.section(OTHER) == ""
    dialog.only_flagged.setChecked(False)
    assert not any(dialog.table.isRowHidden(row) for row in range(3))


def test_a_missing_date_is_said(qtbot, tmp_path):
    path = tmp_path / "khong-ngay.txt"
    path.write_text("BÁO CÁO\nKết quả quý I/2024\nI. Công tác xây dựng Kế hoạch\nĐã làm.", encoding="utf-8")
    result = import_report(path)
    assert result.date_found is False
    dialog = _dialog(qtbot, result)
    assert "chưa có" in dialog.date_label.text()
    dated = import_report(export_docx(load_sample(), tmp_path / "mau.docx"))
    assert load_sample().header.date.strftime("%d/%m/%Y") in _dialog(qtbot, dated).date_label.text()
