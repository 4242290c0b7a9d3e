"""A report to and from plain dictionaries (JSON/TOML-friendly).

Used for the sample report shipped as data, for copying a report, and by anything that
moves reports between files without going through the store's tables.
"""

from __future__ import annotations

import copy
import datetime
from typing import Any

from papi_desktop.model.period import Period
from papi_desktop.model.report import Header, HeadingCase, Report, Signature, Status


def _as_date(value: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def _as_datetime(value: Any) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        moment = value
    else:
        moment = datetime.datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment


def report_to_dict(report: Report) -> dict[str, Any]:
    header, signature = report.header, report.signature
    return {
        "id": report.id,
        "catalogue": report.catalogue_key,
        "period": {"year": report.period.year, "quarter": report.period.quarter},
        "header": {
            "parent_agency": header.parent_agency,
            "agency": header.agency,
            "agency_in_text": header.agency_in_text,
            "number": header.number,
            "symbol": header.symbol,
            "place": header.place,
            "addressee": header.addressee,
            "date": header.date.isoformat(),
        },
        "title": report.title_override,
        "sections": dict(report.sections),
        "recipients": list(report.recipients),
        "archive": report.archive,
        "signature": {
            "authority": signature.authority,
            "head_title": signature.head_title,
            "signer_title": signature.signer_title,
            "signer_name": signature.signer_name,
        },
        "status": str(report.status),
        "heading_case": str(report.heading_case),
        "created_at": report.created_at.isoformat(),
        "updated_at": report.updated_at.isoformat(),
        "source_id": report.source_id,
    }


def report_from_dict(data: dict[str, Any]) -> Report:
    """Build a clean report from ``data``; missing optional parts take their defaults."""
    header_data = dict(data.get("header", {}))
    header = Header(
        **{k: str(v) for k, v in header_data.items() if k != "date"},
        **({"date": _as_date(header_data["date"])} if "date" in header_data else {}),
    )
    period = data["period"]
    extra: dict[str, Any] = {}
    for name in ("id", "archive", "source_id"):
        if data.get(name) is not None:
            extra[name] = str(data[name])
    if data.get("catalogue"):
        extra["catalogue_key"] = str(data["catalogue"])
    for name in ("created_at", "updated_at"):
        if data.get(name):
            extra[name] = _as_datetime(data[name])
    report = Report(
        period=Period(int(period["year"]), int(period["quarter"])),
        header=header,
        title_override=data.get("title") or None,
        sections={str(k): str(v) for k, v in data.get("sections", {}).items()},
        recipients=[str(line) for line in data.get("recipients", [])],
        signature=Signature(**{k: str(v) for k, v in data.get("signature", {}).items()}),
        status=Status(data.get("status", Status.DRAFT)),
        heading_case=HeadingCase(data.get("heading_case", HeadingCase.UPPER)),
        **extra,
    )
    unknown = set(report.sections) - set(report.section_keys())
    if unknown:
        raise ValueError(f"unknown sections: {sorted(unknown)}")
    report.normalise()
    return report


def next_quarter_report(previous: Report, today: datetime.date | None = None) -> Report:
    """The next quarter's draft made from ``previous``: the quarterly habit of starting from
    the last report. Period advanced, title re-derived, date today, number cleared, status
    draft, a new identity; the bodies are copied for the clerk to rework."""
    data = copy.deepcopy(report_to_dict(previous))
    for name in ("id", "created_at", "updated_at"):
        del data[name]
    following = previous.period.next()
    data["period"] = {"year": following.year, "quarter": following.quarter}
    data["title"] = None
    data["status"] = str(Status.DRAFT)
    data["header"]["number"] = ""
    data["header"]["date"] = (today or datetime.date.today()).isoformat()
    data["source_id"] = previous.id
    return report_from_dict(data)


def duplicate_report(original: Report) -> Report:
    """A copy with its own identity (same period and text), as a draft."""
    data = copy.deepcopy(report_to_dict(original))
    for name in ("id", "created_at", "updated_at"):
        del data[name]
    data["status"] = str(Status.DRAFT)
    data["source_id"] = original.id
    return report_from_dict(data)
