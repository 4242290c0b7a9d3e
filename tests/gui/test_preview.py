"""The preview pane: A4 pages drawn by the printer's page painter, scrolled to the section in hand."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from papi_desktop.compose import ComposedDocument, compose
from papi_desktop.gui.preview import BACKGROUND, PagePreview
from papi_desktop.render import qt


@pytest.fixture
def composed(sample_report) -> ComposedDocument:
    return compose(sample_report)


@pytest.fixture
def preview(qtbot, composed) -> PagePreview:
    widget = PagePreview()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_document(composed)
    return widget


def mean_gray(image: QImage) -> float:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    total = sum(sum(bytes(gray.constScanLine(y))[: gray.width()]) for y in range(gray.height()))
    return total / (gray.width() * gray.height())


def test_shows_every_page_of_the_report(preview, composed):
    expected = qt.page_count(qt.build_text_document(composed))
    assert preview.page_count() == expected >= 3
    assert "Nguyễn Hữu Thắng" in preview.plain_text()
    # the pages are stacked: the scroll range covers them all
    last = preview.page_rect(expected - 1)
    assert preview.verticalScrollBar().maximum() >= last.bottom() - preview.viewport().height()


def test_fits_the_width_by_default(preview):
    rect = preview.page_rect(0)
    assert preview.fits_width()
    assert rect.width() == pytest.approx(preview.viewport().width() - 32, abs=1)
    assert rect.height() / rect.width() == pytest.approx(297 / 210, rel=1e-3)


def test_scroll_to_anchor_brings_the_section_into_view(preview):
    bar = preview.verticalScrollBar()
    assert bar.value() == 0
    assert preview.scroll_to_anchor("egovernance")
    assert bar.value() > 0
    assert preview.current_page() >= 1
    lower = bar.value()
    assert preview.scroll_to_anchor("header")
    assert bar.value() < lower
    assert not preview.scroll_to_anchor("no-such-section")


def test_set_document_keeps_the_scroll_position(preview, composed):
    bar = preview.verticalScrollBar()
    bar.setValue(700)
    edited = dataclasses.replace(composed, blocks=composed.blocks[:-1])  # the signature removed
    preview.set_document(edited)
    assert bar.value() == 700
    assert "Nguyễn Hữu Thắng" not in preview.plain_text()


def test_page_image_has_ink_where_an_empty_page_has_none(preview, qtbot):
    image = preview.render_page_image(0, 50)
    assert not image.isNull()
    assert (image.width(), image.height()) == (round(210 / 25.4 * 50), round(297 / 25.4 * 50))
    blank = PagePreview()
    qtbot.addWidget(blank)
    blank.set_document(ComposedDocument(blocks=()))
    empty = blank.render_page_image(0, 50)
    assert mean_gray(empty) == 255
    quarter = (0, 0, image.width() // 2, image.height() // 2)
    assert mean_gray(image.copy(*quarter)) < mean_gray(empty.copy(*quarter)) - 3
    assert preview.render_page_image(99, 50).isNull()


def test_the_pane_shows_exactly_the_printed_page(preview):
    """Preview == print: the page on screen is pixel for pixel the page painter's image."""
    shown = preview.viewport().grab().toImage()
    rect = preview.page_rect(0)
    assert rect.left() == int(rect.left()) and rect.top() == int(rect.top())
    dpi = rect.width() / (210 / 25.4)
    printed = preview.render_page_image(0, dpi)
    assert printed.width() == round(rect.width())
    height = min(printed.height(), shown.height() - int(rect.top()))
    on_screen = shown.copy(int(rect.left()), int(rect.top()), printed.width(), height)
    a = on_screen.convertToFormat(QImage.Format.Format_Grayscale8)
    b = printed.copy(0, 0, printed.width(), height).convertToFormat(QImage.Format.Format_Grayscale8)
    diff = sum(
        abs(x - y)
        for row in range(height)
        for x, y in zip(bytes(a.constScanLine(row))[: a.width()], bytes(b.constScanLine(row))[: b.width()])
    )
    assert diff / (a.width() * height) < 1.0
    assert mean_gray(b) < 250  # there is text in what was compared


def test_grey_desk_around_the_pages(preview):
    shown = preview.viewport().grab().toImage()
    assert shown.pixelColor(4, 4) == BACKGROUND
    inside = preview.page_rect(0).center().toPoint()
    assert shown.pixelColor(inside.x(), 5 + int(preview.page_rect(0).top())).red() == 255


def test_zoom_and_ctrl_wheel(preview, qtbot):
    preview.zoom = 1.0
    assert not preview.fits_width()
    assert preview.page_rect(0).width() == pytest.approx(210 / 25.4 * preview.logicalDpiX(), abs=1)
    centre = QPointF(preview.viewport().rect().center())
    event = QWheelEvent(centre, preview.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    with qtbot.waitSignal(preview.zoomChanged):
        QApplication.sendEvent(preview.viewport(), event)
    assert preview.zoom == pytest.approx(1.1)
    preview.fit_width()
    assert preview.fits_width()
    assert preview.page_rect(0).width() == pytest.approx(preview.viewport().width() - 32, abs=1)


def test_resizing_refits_the_width(preview, qtbot):
    before = preview.page_rect(0).width()
    preview.resize(500, 900)
    qtbot.waitUntil(lambda: preview.page_rect(0).width() < before)
    assert preview.page_rect(0).width() == pytest.approx(preview.viewport().width() - 32, abs=1)
