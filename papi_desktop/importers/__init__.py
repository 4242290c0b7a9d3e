"""Importing an existing report (Word ``.docx`` or plain text) as a new draft.

Entry point: :func:`import_report`. The result keeps, besides the draft, where each
paragraph went (:attr:`ImportResult.placements`) so the window can show the clerk a
review list and move a paragraph to another section (:meth:`ImportResult.move`), and
notices in Vietnamese about what was converted, guessed or not found.

Nothing here touches the store: the caller saves ``result.report`` when the clerk accepts.
python-docx is imported only when a Word file is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
import os
from typing import TYPE_CHECKING, Any

from papi_desktop.model.catalogue import DEFAULT_CATALOGUE, load_catalogue
from papi_desktop.model.report import OTHER, Report

if TYPE_CHECKING:
    from papi_desktop.importers.recognise import Placement, Recognised


def __getattr__(name: str) -> Any:
    """``Placement`` and ``Recognised`` on first use: the recogniser (and the readers behind it)
    loads when a file is imported, not when another module needs only ``importers.legacy``
    (the spell checker, which the window loads at start)."""
    if name in ("Placement", "Recognised"):
        from papi_desktop.importers import recognise

        return getattr(recognise, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["IMPORT_SUFFIXES", "ImportResult", "Placement", "Recognised", "import_report"]

# What the open-file dialog offers; other names are sniffed by content all the same.
IMPORT_SUFFIXES = (".docx", ".txt")


@dataclass
class ImportResult:
    """A new draft made from a file, and how it was made.

    ``placements``: the paragraphs that became section text, in document order, each with
    its section key. ``recognised``: the lines taken as structure (header, headings,
    signature …). ``notices``: Vietnamese sentences for the clerk.
    """

    report: Report
    placements: list[Placement]
    notices: list[str] = field(default_factory=list)
    recognised: list[Recognised] = field(default_factory=list)
    # The file names no valid date. The model has no "no date" (every printed report has
    # one), so ``report.header.date`` holds the new draft's default, today, and this flag
    # says it is a placeholder: the review shows "chưa có ngày" and nothing was guessed.
    date_found: bool = True
    document_type: str = ""  # the type line as written ("KẾ HOẠCH"), "" when none was seen

    def review_reasons(self, index: int) -> list[str]:
        """Why paragraph ``index`` should be looked at (empty when it need not): ``other``
        (placed in "Nội dung khác"), ``repaired`` (diacritics mended), ``unmended`` (loose
        marks left as they were)."""
        placement = self.placements[index]
        reasons = []
        if placement.key == OTHER:
            reasons.append("other")
        if placement.original:
            reasons.append("repaired")
        if placement.uncertain:
            reasons.append("unmended")
        return reasons

    def move(self, index: int, new_key: str) -> None:
        """Put paragraph ``index`` of :attr:`placements` into section ``new_key`` and
        rebuild the report's sections (the paragraph keeps its place in document order)."""
        if new_key not in self.report.section_keys():
            raise KeyError(f"unknown section {new_key!r}")
        self.placements[index] = replace(self.placements[index], key=new_key)
        self.rebuild_sections()

    def rebuild_sections(self) -> None:
        """``report.sections`` from :attr:`placements`: empty sections are left out."""
        from papi_desktop.importers.recognise import section_body

        sections: dict[str, str] = {}
        for key in self.report.section_keys():
            body = section_body(key, [p.text for p in self.placements if p.key == key], self.report.catalogue)
            if body:
                sections[key] = body
        self.report.sections = {}
        for key, body in sections.items():
            self.report.set_section(key, body)


def import_report(path: os.PathLike[str] | str, catalogue_key: str = DEFAULT_CATALOGUE) -> ImportResult:
    """Read the report at ``path`` (``.docx`` or text) into a new draft.

    Raises :class:`~papi_desktop.errors.UserError` with a Vietnamese message for a file
    that cannot be imported (empty, old ``.doc``, password-protected, damaged, a zip
    bomb …); nothing is half-imported, as nothing is stored here.
    """
    from papi_desktop.importers.recognise import Recogniser
    from papi_desktop.importers.sources import read_source

    catalogue = load_catalogue(catalogue_key)
    source = read_source(path)
    recogniser = Recogniser(catalogue)
    for line in source.lines:
        recogniser.feed(line)
    report, placements, recognised, notices = recogniser.finish(source, catalogue_key)
    result = ImportResult(report, placements, notices, recognised, recogniser.date_found, recogniser.document_type)
    result.rebuild_sections()
    report.normalise()
    return result
