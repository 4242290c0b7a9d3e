"""Gather the departments' reports of one quarter from their files.

Every source is only read: a ``.papi`` file is opened read-only (no lock, no migration, no
journal), a Word or text file goes through the importer. A damaged, foreign or unreadable
file is refused and named with the reason; the others are still gathered. One report is
kept per department: gathering the same department again (the same file, or a newer one)
updates it instead of adding a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import datetime
import logging
from pathlib import Path

from papi_desktop.consolidate.overview import department_key
from papi_desktop.errors import UserError
from papi_desktop.model import Period, Report, Status
from papi_desktop.store import DraftStore
from papi_desktop.store import consolidation as tables
from papi_desktop.store.consolidation import Gathered

log = logging.getLogger(__name__)

WORD_SUFFIXES = (".docx", ".txt")


@dataclass
class GatherResult:
    """What one gathering did, in lines the clerk reads (Vietnamese)."""

    province_report_id: str
    taken: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def describe(self) -> list[str]:
        return [*(f"Đã gom: {line}" for line in self.taken), *(f"Cập nhật: {line}" for line in self.updated),
                *(f"Không gom: {line}" for line in self.refused)]


def _department(report: Report, path: Path) -> str:
    name = report.header.agency.strip() or report.header.agency_in_text.strip().upper()
    return " ".join(name.split()) or path.stem


def _better(a: Report, b: Report) -> Report:
    """Of two reports of one department and quarter, the one to compile: the final one, else the newer."""
    rank = lambda r: (r.status == Status.FINAL, r.updated_at)  # noqa: E731 — a sort key, read in place
    return a if rank(a) >= rank(b) else b


def _reports_in(path: Path, period: Period) -> tuple[list[Report], str]:
    """The reports of ``period`` in one source file, and its kind; UserError when it cannot be read."""
    suffix = path.suffix.lower()
    if suffix == ".papi":
        with DraftStore.open(path, read_only=True) as store:
            summaries = [s for s in store.list_reports() if s.period == period]
            reports = [store.load(s.id) for s in summaries]
            if not reports:
                found = sorted({s.period.short_label() for s in store.list_reports()})
                raise UserError(
                    f"không có báo cáo {period.short_label()}"
                    + (f" (trong tệp có: {', '.join(found)})" if found else " (tệp không có báo cáo nào)"),
                    f"no report of {period} in {path}",
                )
        return reports, "papi"
    if suffix in WORD_SUFFIXES:
        from papi_desktop.importers import import_report

        report = import_report(path).report
        if report.period != period:
            raise UserError(
                f"là báo cáo {report.period.short_label()}, không phải {period.short_label()}",
                f"{path}: period {report.period}, wanted {period}",
            )
        return [report], suffix[1:]
    raise UserError("không phải tệp .papi, .docx hay .txt", f"unsupported source {path}")


def _read(path: Path, period: Period, now: datetime.datetime) -> list[Gathered]:
    reports, kind = _reports_in(path, period)
    fingerprint = tables.fingerprint(path)
    modified = datetime.datetime.fromtimestamp(path.stat().st_mtime, datetime.timezone.utc)
    best: dict[str, Report] = {}
    for report in reports:
        key = department_key(_department(report, path))
        best[key] = _better(best[key], report) if key in best else report
    return [
        Gathered(
            department=_department(report, path), department_key=key, source_name=path.name,
            source_path=str(path.resolve()), source_kind=kind,
            source_report_id=report.id if kind == "papi" else None, fingerprint=fingerprint,
            source_updated_at=report.updated_at if kind == "papi" else modified, gathered_at=now, report=report,
        )
        for key, report in best.items()
    ]


def open_consolidation(store: DraftStore, period: Period) -> str:
    """The province's draft for ``period`` in ``store``, made on first use.

    A new one takes the header, recipients and signature of the office's latest earlier
    consolidation, as a clerk would start from last quarter's.
    """
    existing = tables.consolidation_for(store, period)
    if existing:
        return existing
    report = Report(period)
    earlier = [(p, rid) for p, rid in tables.periods(store) if p < period]
    if earlier:
        previous = store.load(earlier[-1][1])
        report.header, report.signature = previous.header, previous.signature
        report.header.number, report.header.date = "", datetime.date.today()
        report.recipients, report.archive = list(previous.recipients), previous.archive
    return tables.add_consolidation(store, report)


def gather(store: DraftStore, period: Period, sources: list[Path]) -> GatherResult:
    """Gather ``sources`` into the consolidation of ``period`` (made if needed)."""
    province_id = open_consolidation(store, period)
    result = GatherResult(province_id)
    now = store.clock()
    before = {item.department_key: item for item in tables.load_gathered(store, province_id)[0]}
    chosen: dict[str, Gathered] = {}
    for path in sources:
        try:
            if path.exists() and store.path.exists() and path.resolve() == store.path.resolve():
                raise UserError("đây là chính tệp tổng hợp", "source is the output file")
            found = _read(path, period, now)
        except UserError as error:
            log.info("consolidate: refused %s: %s", path, error.detail)
            result.refused.append(f"{path.name} — {error.message}")
            continue
        except OSError as error:
            log.info("consolidate: cannot read %s: %s", path, error)
            result.refused.append(f"{path.name} — không đọc được tệp ({error.strerror or error})")
            continue
        for item in found:
            rival = chosen.get(item.department_key)
            if rival is not None:
                keep, drop = (item, rival) if item.source_updated_at >= rival.source_updated_at else (rival, item)
                result.refused.append(
                    f"{drop.source_name} — {drop.department} đã có bản mới hơn ({keep.source_name})"
                )
                item = keep
            chosen[item.department_key] = item
    tables.save_gathered(store, province_id, list(chosen.values()))
    for key, item in chosen.items():
        line = f"{item.department} ({item.source_name})"
        (result.updated if key in before else result.taken).append(line)
    return result

