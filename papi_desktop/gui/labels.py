"""Short names of the report's sections, as the window's lists and combo boxes show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from papi_desktop.model import Report
from papi_desktop.model.report import IMPLEMENTATION, NEXT_TASKS, OTHER, PREAMBLE


def section_names(report: Report) -> dict[str, str]:
    """Section key → label, in printed order."""
    names = {
        PREAMBLE: QCoreApplication.translate("labels", "Mở đầu"),
        IMPLEMENTATION: QCoreApplication.translate("labels", "I. Kế hoạch và triển khai"),
    }
    names.update({d.key: f"II.{d.number}. {d.short_name}" for d in report.catalogue.dimensions})
    names[NEXT_TASKS] = QCoreApplication.translate("labels", "III. Nhiệm vụ quý tới")
    names[OTHER] = QCoreApplication.translate("labels", "Nội dung khác")
    return {key: names[key] for key in report.section_keys()}
