"""Printing and PDF: the pages of :mod:`papi_desktop.render.qt.painting` on a QPrinter.

The PDF is PDF/A-1b (what an office's digital-signing and archiving tools accept): Qt's
writer then embeds every font and writes the XMP metadata; the title (the trích yếu),
the author (the agency) and the subject (the document type and the period) go in it.
"""

from __future__ import annotations

import datetime
import logging
import os
from pathlib import Path
import sys
from typing import TYPE_CHECKING
import uuid
from html import escape  # xml.sax.saxutils would load urllib.request (~20 ms) with the window

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUuid
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter

from papi_desktop.compose.blocks import ComposedDocument, PageSetup, Role
from papi_desktop.errors import UserError
from papi_desktop.fileio import atomic_target, verify_pdf
from papi_desktop.render.qt import painting
from papi_desktop.render.qt.document import build_text_document
from papi_desktop.render.qt.pagination import page_count
from papi_desktop.render.styles import style_for

if TYPE_CHECKING:  # QtPrintSupport loads when a report is printed or written as PDF, not at start-up
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)


def _configure_printer(printer: QPrinter, page: PageSetup) -> None:
    margins = QMarginsF(page.left_mm, page.top_mm, page.right_mm, page.bottom_mm)
    size = QPageSize(QSizeF(page.width_mm, page.height_mm), QPageSize.Unit.Millimeter, "A4",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, margins,
                                      QPageLayout.Unit.Millimeter))
    # the painter's origin is the sheet's corner; the margins are drawn by paint_page
    printer.setFullPage(True)


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """Page indexes to print: all, or those of the range chosen in the print dialog."""
    from PySide6.QtPrintSupport import QPrinter

    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [index for index in range(count) if ranges.contains(index + 1)]
    return list(range(count))


def print_document(document: ComposedDocument, printer: QPrinter) -> None:
    """Print the report on ``printer``, page for page as the preview shows it.

    Sets A4 portrait with the report's margins and paints each page with
    :func:`~papi_desktop.render.qt.painting.paint_page` (not ``QTextDocument.print_``,
    which paginates by its own rules and adds margins and page numbers of its own).
    Honours a page range chosen in the print dialog. Connect it to
    ``QPrintPreviewDialog.paintRequested`` to preview through Qt. Needs a QGuiApplication.
    """
    text = build_text_document(document)
    _configure_printer(printer, document.page)
    pages = _pages_to_print(printer, page_count(text))
    painter = QPainter()
    if not painter.begin(printer):
        target = printer.outputFileName() or printer.printerName()
        raise UserError(
            f"Không in được tới “{target}”: máy in hoặc tệp không mở được.",
            f"QPainter.begin failed on printer {target!r}",
        )
    from PySide6.QtPrintSupport import QPrinter

    try:
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        sheet = QRectF(0, 0, sheet.width(), sheet.height())
        for number, index in enumerate(pages):
            if number:
                printer.newPage()
            painting.paint_page(painter, text, index, sheet)
    finally:
        finished = painter.end()
    if not finished:  # the PDF engine could not finish the file (it reports no more than this)
        target = printer.outputFileName() or printer.printerName()
        raise UserError(f"Không in hoặc ghi trọn được tới “{target}”.", f"QPainter.end failed on {target!r}")


def _pdf_writer(path: Path, document: ComposedDocument):
    """A PDF/A-1b writer with the report's metadata."""
    from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(1200)
    title = document.title or style_for(Role.DOC_TYPE).word_name
    writer.setTitle(title)
    writer.setAuthor(document.author)
    writer.setCreator(CREATOR)
    document_id = uuid.uuid4()
    writer.setDocumentId(QUuid(str(document_id)))
    writer.setDocumentXmpMetadata(_xmp(title, document.author, document.subject, document_id))
    return writer


CREATOR = "papi-desktop"


def _xmp(title: str, author: str, subject: str, document_id: uuid.UUID) -> bytes:
    """The XMP packet Qt writes for PDF/A-1b, with the subject (``dc:description``) added.

    Qt has no setter for a subject and writes its own XMP only when none is given, so the
    whole packet is written here, field for field as Qt's (same dates, producer, document
    id and PDF/A identification) so that it agrees with the document information Qt writes.
    """
    from PySide6 import __version_info__ as qt_version

    now = datetime.datetime.now().astimezone().replace(microsecond=0).isoformat()
    producer = "Qt " + ".".join(str(part) for part in qt_version[:3])

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    description = f"<dc:description>{alt(subject)}</dc:description>" if subject else ""
    packet = (
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{alt(title)}</dc:title>"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
        f"{description}</rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        f'pdf:Producer="{escape(producer)}" pdf:Trapped="False"/>'
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        f'xmp:CreatorTool="{CREATOR}" xmp:CreateDate="{now}" xmp:ModifyDate="{now}" xmp:MetadataDate="{now}"/>'
        '<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" '
        f'xmpMM:DocumentID="uuid:{document_id}" xmpMM:VersionID="1" xmpMM:RenditionClass="default"/>'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" '
        'pdfaid:part="1" pdfaid:conformance="B"/>'
        "</rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    )
    return packet.encode("utf-8")


def write_pdf(document: ComposedDocument, path: os.PathLike[str] | str) -> Path:
    """Write the report as an A4 PDF/A-1b file at ``path``, all or nothing; returns the path.

    The PDF is the printed report (same pages, same page painter). It is written to a
    temporary file beside ``path`` that replaces ``path`` only once complete, so a failed
    export leaves no half file and the previous file intact. Creates a QGuiApplication
    (offscreen where there is no display) if there is none yet.
    """
    ensure_gui_application()
    target = Path(path)
    with atomic_target(target, verify=verify_pdf) as temporary:
        writer = _pdf_writer(temporary, document)
        page = document.page
        writer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(page.width_mm, page.height_mm), QPageSize.Unit.Millimeter, "A4",
                      QPageSize.SizeMatchPolicy.FuzzyMatch),
            QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter,
        ))
        text = build_text_document(document)
        painter = QPainter()
        if not painter.begin(writer):
            raise UserError(f"Không ghi được tệp PDF “{target}”.", f"QPainter.begin failed on {temporary}")
        try:
            sheet = QRectF(0, 0, writer.width(), writer.height())
            for index in range(page_count(text)):
                if index:
                    writer.newPage()
                painting.paint_page(painter, text, index, sheet)
        finally:
            finished = painter.end()
        del writer
        if not finished:  # Qt's PDF engine says no more than this when the disk fills up
            raise UserError(f"Không ghi trọn được tệp PDF “{target}”.", f"QPainter.end failed on {temporary}")
        if temporary.stat().st_size == 0:
            raise UserError(f"Không ghi được tệp PDF “{target}”.", f"empty PDF written for {target}")
    log.info("wrote %s", target)
    return target


_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """Return the running QGuiApplication, creating one if there is none.

    Without a display (a terminal on a server, CI) and with no ``QT_QPA_PLATFORM`` chosen,
    the offscreen platform is used, so exporting a PDF works anywhere.
    """
    global _application
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("a QCoreApplication without a GUI is running; Qt rendering needs a QGuiApplication")
        return existing
    arguments = [sys.argv[0] if sys.argv and sys.argv[0] else "papi-desktop"]
    headless = (
        sys.platform not in ("win32", "darwin")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )
    if headless:
        arguments += ["-platform", "offscreen"]
    _application = QGuiApplication(arguments)
    # The bundled Liberation Serif: Times New Roman's metrics where Times is missing.
    from papi_desktop.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    return _application
