"""The print preview pane: the report as A4 sheets, drawn by the same page painter as the printer.

The widget holds one laid-out document (rebuilt only when the composed report changes)
and paints only the pages in view, so it can follow the clerk's typing. The window
debounces keystrokes and calls :meth:`PagePreview.set_document`; it calls
:meth:`PagePreview.scroll_to_anchor` with the key of the section being edited.

The first document is laid out after the pane's first paint (:meth:`PagePreview.when_painted`),
so the window appears without waiting for the pages; the Qt renderer is loaded then too. Every
method that reports on the pages lays out first what is still waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from papi_desktop.gui.first_paint import AfterFirstPaint

if TYPE_CHECKING:
    from papi_desktop.compose.blocks import ComposedDocument
    from papi_desktop.render.qt import ReportTextDocument

BACKGROUND = QColor(0x8A, 0x8D, 0x91)
SHADOW = QColor(0, 0, 0, 70)
PAPER = QColor(255, 255, 255)
GAP = 16  # screen pixels between pages and around them
SHADOW_OFFSET = 3
MIN_ZOOM = 0.2
MAX_ZOOM = 4.0
WHEEL_STEP = 1.1
# The steps of the − and + buttons, as a word processor has them.
ZOOM_LEVELS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
FIT_WIDTH, FIT_PAGE, FIXED = "width", "page", "fixed"
# render.qt's MM_PER_INCH: the page's size on screen is needed before the first paint, when
# that package (the whole renderer) is not loaded yet.
MM_PER_INCH = 25.4


class PagePreview(QAbstractScrollArea):
    """A4 pages of the report on a grey desk, fitted to the width until the clerk zooms.

    ``zoom`` is the scale against the page's real size on this screen (1.0 = 100 %).
    Ctrl + wheel and Ctrl + plus/minus zoom; :meth:`fit_width` (Ctrl+0) goes back to fitting
    the width, :meth:`fit_page` shows a whole page. ``currentPageChanged(index)`` follows the
    scrolling, for the status bar's "Trang 3/6".
    """

    zoomChanged = Signal(float)
    fitChanged = Signal()  # fitting the width, a whole page, or neither (a zoom of the clerk's)
    pagesChanged = Signal(int)
    currentPageChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here rather than Qt's own: PySide6 wraps the first QWidget it did not
        # create by trying every widget class it knows, about 10 ms of the start.
        self.setViewport(QWidget(self))
        self._composed: ComposedDocument | None = None
        self._text: ReportTextDocument | None = None
        self._notice = ""  # said on the desk instead of pages (a report too long to lay out)
        self._pages = 0
        self._zoom = 1.0
        self._fit = FIT_WIDTH
        self._shown_page = -1
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAutoFillBackground(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Xem trước bản in")
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setSingleStep(40)
        self._later = AfterFirstPaint(self.viewport())

    # ------------------------------------------------------------------ content

    def when_painted(self, job: Callable[[], None]) -> None:
        """Run ``job`` (which calls :meth:`set_document`) after the pane's first paint, or at once
        once it has been painted; a later job replaces one still waiting."""
        self._later.defer("document", job)

    def show_notice(self, notice: str) -> None:
        """No pages: ``notice`` on the desk instead (why there is nothing to show)."""
        self._lay_out_waiting()
        self._composed, self._text, self._notice = None, None, notice
        changed = self._pages != 0
        self._pages = 0
        self._update_geometry()
        self.viewport().update()
        if changed:
            self.pagesChanged.emit(0)
        self._announce_page()

    def notice(self) -> str:
        return self._notice

    def waiting(self) -> bool:
        """Whether a document waits for the pane's first paint to be laid out."""
        return self._later.pending()

    def _lay_out_waiting(self) -> None:
        self._later.run_now()

    def set_document(self, composed: ComposedDocument) -> None:
        """Show ``composed``; the scroll position stays where it was."""
        self._lay_out_waiting()
        if composed == self._composed and self._text is not None:
            return
        from papi_desktop.render.qt import build_text_document, page_count

        self._notice = ""
        self._composed = composed
        self._text = build_text_document(composed)
        pages = page_count(self._text)
        changed = pages != self._pages
        self._pages = pages
        self._update_geometry()
        # Painted on the next turn of the event loop: laying the report out and painting its
        # pages are then two slices of work, and a keystroke between them waits for one only.
        QTimer.singleShot(0, self.viewport(), self.viewport().update)
        if changed:
            self.pagesChanged.emit(pages)
        self._announce_page()

    def document(self) -> ReportTextDocument | None:
        """The laid-out document on show (the one the printer would get), or None."""
        self._lay_out_waiting()
        return self._text

    def plain_text(self) -> str:
        """The text on the pages, paragraph by paragraph (what a test or screen reader wants)."""
        self._lay_out_waiting()
        return self._text.toPlainText() if self._text is not None else ""

    def page_count(self) -> int:
        self._lay_out_waiting()
        return self._pages_shown()

    def _pages_shown(self) -> int:
        """The pages laid out so far (geometry and painting never force a layout)."""
        return self._pages if self._text is not None else 0

    # ------------------------------------------------------------------ zoom

    @property
    def zoom(self) -> float:
        return self._zoom

    @zoom.setter
    def zoom(self, value: float) -> None:
        self.set_zoom(value)

    def set_zoom(self, value: float) -> None:
        """Zoom to ``value`` × real size and stop fitting the width."""
        self._set_fit(FIXED)
        self._apply_zoom(value)

    def zoom_in(self) -> None:
        """The next step up of :data:`ZOOM_LEVELS` (the − and + buttons, Ctrl+plus)."""
        self.set_zoom(next((level for level in ZOOM_LEVELS if level > self._zoom + 0.005), MAX_ZOOM))

    def zoom_out(self) -> None:
        self.set_zoom(next((level for level in reversed(ZOOM_LEVELS) if level < self._zoom - 0.005), MIN_ZOOM))

    def fit_width(self) -> None:
        """Scale the pages to the width of the pane (the default), also after resizing."""
        self._set_fit(FIT_WIDTH)
        self._apply_zoom(self._fitted_zoom())

    def fit_page(self) -> None:
        """Scale so that one whole page is in view, also after resizing."""
        self._set_fit(FIT_PAGE)
        self._apply_zoom(self._fitted_zoom())

    def _set_fit(self, mode: str) -> None:
        if mode != self._fit:
            self._fit = mode
            self.fitChanged.emit()

    def fits_width(self) -> bool:
        return self._fit == FIT_WIDTH

    def fits_page(self) -> bool:
        return self._fit == FIT_PAGE

    def _fitted_zoom(self) -> float:
        zoom = self._width_zoom()
        if self._fit == FIT_PAGE:
            available = self.viewport().height() - 2 * GAP
            zoom = min(zoom, max(MIN_ZOOM, available / max(1, self._real_size_px().height())))
        return min(MAX_ZOOM, zoom)

    def _apply_zoom(self, value: float, anchor: QPointF | None = None) -> None:
        value = min(MAX_ZOOM, max(MIN_ZOOM, value))
        if abs(value - self._zoom) < 1e-6:
            return
        bar = self.verticalScrollBar()
        focus_y = anchor.y() if anchor is not None else 0.0
        relative = (bar.value() + focus_y) / max(1.0, self._content_height())
        self._zoom = value
        self._update_geometry()
        bar.setValue(round(relative * self._content_height() - focus_y))
        self.viewport().update()
        self.zoomChanged.emit(value)

    def _real_size_px(self) -> QSize:
        """The A4 sheet at 100 % on this screen, in device-independent pixels."""
        page = self._composed.page if self._composed is not None else None
        width_mm = page.width_mm if page else 210.0
        height_mm = page.height_mm if page else 297.0
        dpi_x = self.logicalDpiX() or 96
        dpi_y = self.logicalDpiY() or 96
        return QSize(round(width_mm / MM_PER_INCH * dpi_x), round(height_mm / MM_PER_INCH * dpi_y))

    def _width_zoom(self) -> float:
        available = self.viewport().width() - 2 * GAP
        return max(MIN_ZOOM, available / max(1, self._real_size_px().width()))

    # ------------------------------------------------------------------ geometry

    def _page_size(self) -> tuple[float, float]:
        width = self._real_size_px().width() * self._zoom
        page = self._composed.page if self._composed is not None else None
        ratio = page.height_mm / page.width_mm if page else 297.0 / 210.0
        return width, width * ratio

    def _content_height(self) -> float:
        _, height = self._page_size()
        pages = max(1, self._pages_shown())
        return GAP + pages * (height + GAP)

    def _content_width(self) -> float:
        width, _ = self._page_size()
        return width + 2 * GAP

    def _update_geometry(self) -> None:
        if self._fit != FIXED:
            self._zoom = self._fitted_zoom()
        viewport = self.viewport().size()
        vertical = self.verticalScrollBar()
        horizontal = self.horizontalScrollBar()
        vertical.setPageStep(viewport.height())
        vertical.setRange(0, max(0, round(self._content_height()) - viewport.height()))
        horizontal.setPageStep(viewport.width())
        horizontal.setRange(0, max(0, round(self._content_width()) - viewport.width()))

    def page_rect(self, index: int) -> QRectF:
        """Where page ``index`` is, in viewport coordinates (at the current scroll position)."""
        width, height = self._page_size()
        left = max(GAP, (self.viewport().width() - width) / 2) - self.horizontalScrollBar().value()
        top = GAP + index * (height + GAP) - self.verticalScrollBar().value()
        return QRectF(left, top, width, height)

    def current_page(self) -> int:
        """Index of the page at the middle of the view."""
        _, height = self._page_size()
        middle = self.verticalScrollBar().value() + self.viewport().height() / 2
        return max(0, min(self._pages_shown() - 1, int((middle - GAP / 2) // (height + GAP))))

    def _announce_page(self) -> None:
        page = self.current_page() if self._pages_shown() else -1
        if page != self._shown_page:
            self._shown_page = page
            self.currentPageChanged.emit(page)

    def scroll_to_anchor(self, anchor: str) -> bool:
        """Bring the start of section ``anchor`` into view; False if the report has no such section.

        Nothing moves when that start is already comfortably in view, so the pane stays
        still while the clerk types in one section. While a document waits for the first paint,
        nothing happens: the window scrolls to the part the clerk is in once it is laid out.
        """
        if self._text is None or self.waiting():
            return False
        from papi_desktop.render.qt import anchor_y

        y = anchor_y(self._text, anchor)
        if y is None:
            return False
        text = self._text
        page = int(y // text.text_height_px)
        within = (text.top_px + y - page * text.text_height_px) / text.page_height_px
        _, height = self._page_size()
        content_y = GAP + page * (height + GAP) + within * height
        bar = self.verticalScrollBar()
        view = self.viewport().height()
        if bar.value() + 0.05 * view <= content_y <= bar.value() + 0.7 * view:
            return True
        bar.setValue(round(content_y - 0.15 * view))
        return True

    # ------------------------------------------------------------------ images

    def render_page_image(self, index: int, dpi: float = 96.0) -> QImage:
        """Page ``index`` as a white A4 image at ``dpi``, drawn exactly as printed."""
        if not 0 <= index < self.page_count() or self._text is None:
            return QImage()
        from papi_desktop.render.qt import render_page_image

        return render_page_image(self._text, index, dpi)

    # ------------------------------------------------------------------ Qt events

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        before = self._zoom
        self._update_geometry()
        if self._fit != FIXED and abs(before - self._zoom) > 1e-6:
            self.zoomChanged.emit(self._zoom)
        self._announce_page()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt name)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self._set_fit(FIXED)
                self._apply_zoom(self._zoom * WHEEL_STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Ctrl+plus / Ctrl+minus zoom, Ctrl+0 fits the width again."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            action = {Qt.Key.Key_Plus: self.zoom_in, Qt.Key.Key_Equal: self.zoom_in,
                      Qt.Key.Key_Minus: self.zoom_out, Qt.Key.Key_0: self.fit_width}.get(Qt.Key(event.key()))
            if action is not None:
                action()
                event.accept()
                return
        super().keyPressEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt name)
        self.viewport().update()
        self._announce_page()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self.viewport())
        area = QRectF(event.rect())
        painter.fillRect(area, BACKGROUND)
        if self._text is None:
            if self._notice:
                painter.setPen(PAPER)
                margin = 2 * GAP
                box = QRectF(self.viewport().rect()).adjusted(margin, margin, -margin, -margin)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                          | Qt.TextFlag.TextWordWrap), self._notice)
            painter.end()
            return
        from papi_desktop.render.qt import paint_page

        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        for index in range(self._pages_shown()):
            rect = self.page_rect(index)
            if rect.top() > area.bottom():
                break
            if rect.bottom() + SHADOW_OFFSET < area.top():
                continue
            painter.fillRect(rect.translated(SHADOW_OFFSET, SHADOW_OFFSET), SHADOW)
            painter.fillRect(rect, PAPER)
            paint_page(painter, self._text, index, rect)
        painter.end()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(520, 700)

