"""Draw the application icon: resources/icons/papi-desktop.png and packaging/papi-desktop.ico.

Run after changing the drawing (the results are committed):
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make-icon.py
The .ico holds PNG images of 16 to 256 pixels, which Windows (Vista and later) reads.
"""

from __future__ import annotations

from pathlib import Path
import struct
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    # a sheet of paper with a folded corner
    sheet = QPainterPath()
    sheet.moveTo(40, 12)
    sheet.lineTo(170, 12)
    sheet.lineTo(216, 58)
    sheet.lineTo(216, 244)
    sheet.lineTo(40, 244)
    sheet.closeSubpath()
    painter.setPen(QPen(QColor("#1f4e8c"), 10))
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(sheet)
    fold = QPainterPath()
    fold.moveTo(170, 12)
    fold.lineTo(170, 58)
    fold.lineTo(216, 58)
    painter.setBrush(QColor("#c9d8ee"))
    painter.drawPath(fold)
    # the national red band and the report's lines
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c8102e"))
    painter.drawRect(QRectF(64, 40, 92, 14))
    painter.setBrush(QColor("#1f4e8c"))
    for y in (150, 176, 202):
        painter.drawRect(QRectF(64, y, 128, 10))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(52)
    painter.setFont(font)
    painter.setPen(QColor("#1f4e8c"))
    painter.drawText(QRectF(40, 70, 176, 70), Qt.AlignmentFlag.AlignCenter, "PAPI")
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def write_ico(path: Path, images: list[bytes]) -> None:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(SIZES, images):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = [png_bytes(draw(size)) for size in SIZES]
    (ROOT / "resources" / "icons").mkdir(parents=True, exist_ok=True)
    (ROOT / "resources" / "icons" / "papi-desktop.png").write_bytes(images[-1])
    write_ico(ROOT / "packaging" / "papi-desktop.ico", images)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
