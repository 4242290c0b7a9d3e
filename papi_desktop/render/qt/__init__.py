"""The Qt renderer of the layout description: preview pages, printing and PDF.

- :mod:`.units` — the 1200 dpi layout device, units, and the Qt formats of each role;
- :mod:`.document` — the report written into one QTextDocument galley;
- :mod:`.pagination` — the galley cut into pages by the blocks' pagination fields;
- :mod:`.tables` — content tables and charts in the galley (widths, padding, row edges);
- :mod:`.painting` — the one page painter used by the preview, the printer and the PDF
  (:mod:`.table_painting`: table borders, repeated header rows, charts);
- :mod:`.output` — printing and the PDF/A file.

Importing this package needs no application object; building a document, painting and
printing need a :class:`QGuiApplication` (fonts live there) — :func:`ensure_gui_application`
makes one for the command line.
"""

from papi_desktop.render.qt.document import ReportTextDocument, RuleMark, build_text_document
from papi_desktop.render.qt.output import ensure_gui_application, print_document, write_pdf
from papi_desktop.render.qt.pagination import anchor_position, anchor_y, page_count, page_of_position
from papi_desktop.render.qt.painting import paint_page, render_page_image
from papi_desktop.render.qt.units import LAYOUT_DPI, MM_PER_INCH, mm_to_px, pt_to_px

__all__ = [
    "LAYOUT_DPI", "MM_PER_INCH", "ReportTextDocument", "RuleMark", "anchor_position", "anchor_y",
    "build_text_document", "ensure_gui_application", "mm_to_px", "page_count", "page_of_position",
    "paint_page", "print_document", "pt_to_px", "render_page_image", "write_pdf",
]
