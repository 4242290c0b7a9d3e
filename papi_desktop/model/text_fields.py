"""Every piece of text a clerk types into a report, named by one key, in report order.

Find and replace, the new-quarter period update and the report list's search all walk the
same fields: the "Thông tin chung" fields first (as the tab shows them), then each part's body
in printed order. One list here keeps the three from disagreeing about what "the whole report"
is, and gives the window one key per editor ("header.place", "title", "participation"…).
"""

from __future__ import annotations

from papi_desktop.model.report import Report
from papi_desktop.model.text import clean_line, clean_text

HEADER_FIELDS = ("parent_agency", "agency", "agency_in_text", "number", "symbol", "place")
SIGNATURE_FIELDS = ("head_title", "signer_title", "signer_name")
TITLE = "title"
RECIPIENTS = "recipients"
ARCHIVE = "archive"

_HEADER_LABELS = {
    "parent_agency": "Cơ quan chủ quản", "agency": "Cơ quan ban hành",
    "agency_in_text": "Tên cơ quan trong câu", "number": "Số", "symbol": "Ký hiệu", "place": "Địa danh",
}
_SIGNATURE_LABELS = {"head_title": "Chức danh thủ trưởng", "signer_title": "Chức vụ người ký", "signer_name": "Người ký"}


def field_keys(report: Report) -> tuple[str, ...]:
    """Every text field's key in the order the window shows them (General tab, then the parts).

    The title is a field only while the clerk keeps their own wording: a derived title follows
    the period by itself and has nothing to find, replace or update.
    """
    keys = [f"header.{name}" for name in HEADER_FIELDS]
    if report.title_override is not None:
        keys.append(TITLE)
    keys += [f"signature.{name}" for name in SIGNATURE_FIELDS]
    keys += [RECIPIENTS, ARCHIVE]
    return (*keys, *report.section_keys())


def is_section(report: Report, key: str) -> bool:
    return key in report.section_keys()


def get_field(report: Report, key: str) -> str:
    """The text of field ``key``; recipients are one line each, as the General tab edits them."""
    if key.startswith("header."):
        return getattr(report.header, key.removeprefix("header."))
    if key.startswith("signature."):
        return getattr(report.signature, key.removeprefix("signature."))
    if key == TITLE:
        return report.title_override or ""
    if key == RECIPIENTS:
        return "\n".join(report.recipients)
    if key == ARCHIVE:
        return report.archive
    if key in report.section_keys():
        return report.section(key)
    raise KeyError(f"unknown field {key!r}")


def set_field(report: Report, key: str, text: str) -> None:
    """Write ``text`` into field ``key``, cleaned as every model input is."""
    if key.startswith("header."):
        name = key.removeprefix("header.")
        if name not in HEADER_FIELDS:
            raise KeyError(f"unknown field {key!r}")
        setattr(report.header, name, clean_line(text))
    elif key.startswith("signature."):
        name = key.removeprefix("signature.")
        if name not in SIGNATURE_FIELDS:
            raise KeyError(f"unknown field {key!r}")
        setattr(report.signature, name, clean_line(text))
    elif key == TITLE:
        report.title_override = clean_line(text) or None
    elif key == RECIPIENTS:
        report.recipients = [clean_line(line) for line in clean_text(text).split("\n") if line.strip()]
    elif key == ARCHIVE:
        report.archive = clean_line(text)
    else:
        report.set_section(key, text)


def report_fields(report: Report) -> list[tuple[str, str]]:
    """``(key, text)`` of every field, in report order."""
    return [(key, get_field(report, key)) for key in field_keys(report)]


def field_label(report: Report, key: str) -> str:
    """A short Vietnamese name of the field for lists (the review list, the search results)."""
    if key.startswith("header."):
        return _HEADER_LABELS[key.removeprefix("header.")]
    if key.startswith("signature."):
        return _SIGNATURE_LABELS[key.removeprefix("signature.")]
    labels = {TITLE: "Trích yếu", RECIPIENTS: "Nơi nhận", ARCHIVE: "Lưu"}
    if key in labels:
        return labels[key]
    from papi_desktop.model.outline import part_names

    return part_names(report)[key]
