"""The report model: plain Python, no Qt and no SQL."""

from papi_desktop.model.catalogue import Catalogue, Dimension, load_catalogue
from papi_desktop.model.period import Period
from papi_desktop.model.report import (
    AUTHORITY_PREFIXES, IMPLEMENTATION, NEXT_TASKS, OTHER, PREAMBLE,
    Header, Paragraph, ParagraphKind, Report, Signature, Status, paragraphs, task_items,
)
from papi_desktop.model.sample import load_sample

__all__ = [
    "AUTHORITY_PREFIXES", "IMPLEMENTATION", "NEXT_TASKS", "OTHER", "PREAMBLE",
    "Catalogue", "Dimension", "Header", "Paragraph", "ParagraphKind", "Period", "Report",
    "Signature", "Status", "load_catalogue", "load_sample", "paragraphs", "task_items",
]
