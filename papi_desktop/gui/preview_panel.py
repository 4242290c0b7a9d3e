"""The preview pane with its zoom controls: −, the zoom level, +, fit width, fit page.

Ctrl+wheel alone was not found by clerks, and nothing said how far the pages were zoomed or how
to get back; the buttons sit right above the pages they act on.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from papi_desktop.gui.preview import PagePreview


class PreviewPanel(QWidget):
    """``preview`` (the pages) under a row of zoom buttons kept in step with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = PagePreview(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.setSpacing(2)
        self.zoomOutButton = self._button("−", self.tr("Thu nhỏ trang (Ctrl+-)"), self.preview.zoom_out)
        self.zoomLabel = QLabel(self)
        self.zoomLabel.setObjectName("zoomLabel")
        self.zoomLabel.setMinimumWidth(self.zoomLabel.fontMetrics().horizontalAdvance("400 %") + 8)
        self.zoomLabel.setToolTip(self.tr("Mức phóng to của bản xem trước"))
        self.zoomInButton = self._button("+", self.tr("Phóng to trang (Ctrl++)"), self.preview.zoom_in)
        self.fitWidthButton = self._button(self.tr("Vừa chiều rộng"), self.tr("Trang vừa chiều rộng khung (Ctrl+0)"),
                                           self.preview.fit_width, checkable=True)
        self.fitPageButton = self._button(self.tr("Cả trang"), self.tr("Thấy trọn một trang"),
                                          self.preview.fit_page, checkable=True)
        for widget in (self.zoomOutButton, self.zoomLabel, self.zoomInButton):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.fitWidthButton)
        bar.addWidget(self.fitPageButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        self.preview.zoomChanged.connect(lambda _zoom: self._show_zoom())
        self.preview.fitChanged.connect(self._show_zoom)
        self._show_zoom()

    def _button(self, text: str, tip: str, slot, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(checkable)
        button.clicked.connect(lambda _checked=False: (slot(), self._show_zoom()))  # a checked fit stays checked
        return button

    def _show_zoom(self) -> None:
        preview = self.preview
        self.zoomLabel.setText(f"{round(preview.zoom * 100)} %")
        self.fitWidthButton.setChecked(preview.fits_width())
        self.fitPageButton.setChecked(preview.fits_page())
