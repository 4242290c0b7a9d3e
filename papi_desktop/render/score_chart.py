"""The score chart: grouped bars of the dimensions for the chosen years, painted with Qt.

Qt's own painter draws it (no plotting library: the program already ships Qt, and one
painter serves the preview, printing, the PDF and the picture placed in Word). It is made
for a monochrome office printer: each year has its own fill pattern (solid black, hatching,
white) as well as its own grey, values are printed above the bars, and the dimensions are
numbered on the axis with their short names in the legend below.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen

from papi_desktop.l10n.numbers import score
from papi_desktop.render.fonts import register_bundled_fonts
from papi_desktop.model.tables import BarChart

# Year styles, oldest to newest: (fill colour, pattern) — told apart in black and white too.
# The latest year is always solid black; a fourth or older year is cross-hatched.
_STYLES = (
    (QColor("#ffffff"), Qt.BrushStyle.SolidPattern),
    (QColor("#707070"), Qt.BrushStyle.BDiagPattern),
    (QColor("#000000"), Qt.BrushStyle.SolidPattern),
)
_OLDER = (QColor("#606060"), Qt.BrushStyle.DiagCrossPattern)


def _style(position: int, count: int) -> tuple[QColor, Qt.BrushStyle]:
    offset = position - (count - len(_STYLES))
    return _STYLES[offset] if offset >= 0 else _OLDER
SCALE_MAX = 10.0  # PAPI dimensions are scored out of 10
MM_PER_INCH = 25.4


def _font(points: float, bold: bool = False) -> QFont:
    families = register_bundled_fonts() or ["Liberation Serif"]
    font = QFont(families[0])
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def paint_chart(painter: QPainter, area: QRectF, chart: BarChart) -> None:
    """Paint the chart into ``area`` (device units; fonts follow the painter's device resolution)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(area, QColor("white"))
    unit = area.width() / 160.0  # one "mm" of a 160-mm-wide chart, whatever the device
    years = chart.series
    rows = chart.values
    short_names = chart.categories
    legend_height = unit * 6 * (1 + (len(rows) + 1) // 2)
    plot = QRectF(area.left() + unit * 10, area.top() + unit * 6, area.width() - unit * 13,
                  area.height() - unit * 16 - legend_height)
    # axis and grid lines every 2 points
    painter.setFont(_font(7))
    for step in range(0, int(SCALE_MAX) + 1, 2):
        y = plot.bottom() - plot.height() * step / SCALE_MAX
        painter.setPen(QPen(QColor("#c8c8c8"), unit * 0.15, Qt.PenStyle.DashLine if step else Qt.PenStyle.SolidLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(QColor("black")))
        painter.drawText(QRectF(area.left(), y - unit * 3, unit * 8.5, unit * 6),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(step))
    painter.setPen(QPen(QColor("black"), unit * 0.3))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    # bars
    group = plot.width() / max(1, len(rows))
    bar = group * 0.8 / max(1, len(years))
    value_font = _font(5.5)
    for index, row in enumerate(rows):
        left = plot.left() + group * index + group * 0.1
        for position, value in enumerate(row):
            if value is None:
                continue
            colour, pattern = _style(position, len(years))
            height = plot.height() * max(0.0, min(value, SCALE_MAX)) / SCALE_MAX
            rect = QRectF(left + bar * position, plot.bottom() - height, bar, height)
            painter.fillRect(rect, QColor("white"))
            painter.fillRect(rect, QBrush(colour, pattern))
            painter.setPen(QPen(QColor("black"), unit * 0.2))
            painter.drawRect(rect)
            painter.setFont(value_font)
            painter.drawText(QRectF(rect.left() - bar, rect.top() - unit * 4, bar * 3, unit * 3.6),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, score(value))
        painter.setFont(_font(7, bold=True))
        painter.drawText(QRectF(plot.left() + group * index, plot.bottom() + unit, group, unit * 5),
                         Qt.AlignmentFlag.AlignCenter, str(index + 1))
    # legend: the years' swatches, then the numbered dimensions in two columns
    top = plot.bottom() + unit * 8
    painter.setFont(_font(7))
    x = plot.left()
    for position, year in enumerate(years):
        colour, pattern = _style(position, len(years))
        swatch = QRectF(x, top + unit, unit * 6, unit * 3.5)
        painter.fillRect(swatch, QBrush(colour, pattern))
        painter.setPen(QPen(QColor("black"), unit * 0.2))
        painter.drawRect(swatch)
        painter.drawText(QRectF(x + unit * 7, top, unit * 20, unit * 5.5), Qt.AlignmentFlag.AlignVCenter, str(year))
        x += unit * 24
    column_width = plot.width() / 2
    for index, name in enumerate(short_names[: len(rows)]):
        column, line = index % 2, index // 2
        painter.drawText(QRectF(plot.left() + column * column_width, top + unit * 6 * (line + 1), column_width, unit * 5.5),
                         Qt.AlignmentFlag.AlignVCenter, f"{index + 1}. {name}")
    painter.restore()


def chart_image(chart: BarChart, width_mm: float = 160.0, height_mm: float = 100.0,
                dpi: int = 300) -> QImage:
    """The chart as a picture at print resolution (what goes into the Word file)."""
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image = QImage(round(width_mm / MM_PER_INCH * dpi), round(height_mm / MM_PER_INCH * dpi), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, image.width(), image.height()), chart)
    finally:
        painter.end()
    return image


def chart_png(chart: BarChart, **size: float) -> bytes:
    """The chart as PNG bytes (for python-docx's ``add_picture``)."""
    image = chart_image(chart, **size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
