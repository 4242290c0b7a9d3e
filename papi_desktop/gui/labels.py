"""Short names of the report's parts, as the window's lists and combo boxes show them."""

from __future__ import annotations

from papi_desktop.model import Report
from papi_desktop.model.outline import part_names


def section_names(report: Report) -> dict[str, str]:
    """Section key → label ("I. Kế hoạch và triển khai", "II.3. Trách nhiệm giải trình"), in
    printed order, from the report's own catalogue."""
    return part_names(report)
