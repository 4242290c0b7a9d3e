"""Export a report to a file a clerk can send or print.

Kept small and cheap to import: the renderers (and python-docx behind the Word one) load
when a clerk first exports, not when the application starts.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from papi_desktop.errors import UserError

if TYPE_CHECKING:
    from papi_desktop.model.report import Report


# How much text an export takes. A quarterly report is 5–15 pages (the sample: 10,000
# characters, 5 pages). Qt's page layout, which paints the PDF and the print-out, crashes
# the process beyond about 700 pages (PySide6 6.11, measured: 661 pages fine, 800 not) and
# needs minutes for a 50 MB section; python-docx copes but makes a file no one can use.
# So an export is refused in well under a second when it would exceed:
# - 1,200,000 characters in one section (a megabyte pasted by mistake still exports);
# - about 500 pages in all, estimated from the text: every line of text is at least one
#   printed line and a printed line holds about 80 characters; a page about 30 lines.
#   At the limit: Word 1 s, PDF 1.5 s on the benchmark machine.
MAX_SECTION_CHARACTERS = 1_200_000
MAX_REPORT_PAGES = 500
_CHARACTERS_PER_LINE = 80
_LINES_PER_PAGE = 30

# As papi_desktop/gui/labels.py names them (that module needs Qt; the command line does not).
_PART_NAMES = {
    "preamble": "Mở đầu", "implementation": "I. Kế hoạch và triển khai",
    "next_tasks": "III. Nhiệm vụ quý tới", "other": "Nội dung khác",
}


def _section_name(report: Report, key: str) -> str:
    """The part's name as its tab shows it, for messages."""
    try:
        dimension = report.catalogue.dimension(key)
        return f"II.{dimension.number}. {dimension.short_name}"
    except KeyError:
        return _PART_NAMES.get(key, key)


def _number(value: int) -> str:
    """1200000 → "1.200.000", as Vietnamese writes numbers."""
    return f"{value:,}".replace(",", ".")


def estimated_pages(text: str) -> int:
    """Printed pages ``text`` needs at least, roughly (see the limits above)."""
    lines = sum(1 + len(line) // _CHARACTERS_PER_LINE for line in text.split("\n"))
    return lines // _LINES_PER_PAGE


# What a refusal says was not done, and what to do to get it: an export, a print, the preview.
EXPORTING = ("nên chưa xuất", "rồi xuất lại")
PRINTING = ("nên chưa in", "rồi in lại")
PREVIEWING = ("nên chưa hiện bản xem trước", "thì bản xem trước sẽ hiện lại")


def check_export_size(report: Report, doing: tuple[str, str] = EXPORTING) -> None:
    """Refuse, with a message naming the part, a report too long to lay out (see above): an
    export, a print (``PRINTING``) or the window's preview (``PREVIEWING``), which would crash
    at every start on such a report otherwise."""
    not_done, redo = doing
    pages = 0
    for key in report.section_keys():
        text = report.section(key)
        if len(text) > MAX_SECTION_CHARACTERS:
            raise UserError(
                f"Phần “{_section_name(report, key)}” dài {_number(len(text))} ký tự, quá giới hạn "
                f"{_number(MAX_SECTION_CHARACTERS)} ký tự cho một phần, {not_done}. Có lẽ văn bản "
                f"đã bị dán nhiều lần; hãy rút gọn phần này {redo}.",
                f"section {key} has {len(text)} characters, over {MAX_SECTION_CHARACTERS}",
            )
        pages += estimated_pages(text)
    if pages > MAX_REPORT_PAGES:
        raise UserError(
            f"Báo cáo dài khoảng {_number(pages)} trang, quá giới hạn {MAX_REPORT_PAGES} trang, {not_done}. "
            f"Hãy rút gọn các phần dài nhất {redo}.",
            f"report estimated at {pages} pages, over {MAX_REPORT_PAGES}",
        )


def docx_bytes(report: Report) -> bytes:
    """The Word file of ``report``, in memory (a report's .docx is tens of kilobytes)."""
    import io

    from papi_desktop.compose import compose
    from papi_desktop.render.docx import render_docx

    buffer = io.BytesIO()
    render_docx(compose(report)).save(buffer)
    return buffer.getvalue()


def export_docx(report: Report, path: os.PathLike[str] | str) -> Path:
    """Write ``report`` as a Word document at ``path``, replacing any file there atomically.

    The file is made in memory, written to a temporary beside ``path``, synced, checked to
    be a readable Word package and only then renamed over ``path``. Raises
    :class:`~papi_desktop.errors.UserError` (Vietnamese message) when the report is too
    long or the file cannot be written; the file at ``path`` is then as it was.
    """
    from papi_desktop.fileio import check_file_name, verify_docx, write_bytes_atomically

    check_file_name(Path(path).name)
    check_export_size(report)
    return write_bytes_atomically(path, docx_bytes(report), verify=verify_docx)


def export_pdf(report: Report, path: os.PathLike[str] | str) -> Path:
    """Write ``report`` as PDF through Qt's own PDF writer: the very pages the preview shows.

    Works without a window too (the command line): a headless Qt GUI application is
    created when none is running.
    """
    from papi_desktop.compose import compose
    from papi_desktop.fileio import check_file_name
    from papi_desktop.render.qt import ensure_gui_application, write_pdf

    check_file_name(Path(path).name)
    check_export_size(report)
    ensure_gui_application()
    return write_pdf(compose(report), path)


# File suffix → exporter; the window and the command line pick by the name the clerk chose.
EXPORTERS: dict[str, Callable[[Report, os.PathLike[str] | str], Path]] = {
    ".docx": export_docx,
    ".pdf": export_pdf,
}


def export(report: Report, path: os.PathLike[str] | str) -> Path:
    """Export ``report`` in the format its file name asks for."""
    suffix = Path(path).suffix.lower()
    exporter = EXPORTERS.get(suffix)
    if exporter is None:
        formats = ", ".join(sorted(EXPORTERS))
        raise UserError(
            f"Chưa xuất được tệp “{Path(path).name}”: định dạng xuất được là {formats}.",
            f"no exporter for {suffix!r}",
        )
    return exporter(report, path)
