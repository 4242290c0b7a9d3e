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


def export_docx(report: Report, path: os.PathLike[str] | str) -> Path:
    """Write ``report`` as a Word document at ``path``, replacing any file there atomically.

    Raises :class:`~papi_desktop.errors.UserError` (Vietnamese message) when the file
    cannot be written.
    """
    from papi_desktop.compose import compose
    from papi_desktop.render.docx import write_docx

    return write_docx(compose(report), path)


def export_pdf(report: Report, path: os.PathLike[str] | str) -> Path:
    """Write ``report`` as PDF through Qt's own PDF writer: the very pages the preview shows.

    Works without a window too (the command line): a headless Qt GUI application is
    created when none is running.
    """
    from papi_desktop.compose import compose
    from papi_desktop.render.qt import ensure_gui_application, write_pdf

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
