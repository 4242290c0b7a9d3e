"""The overview grid: departments × parts, with how much each wrote, who is missing and
whose file has changed since it was gathered.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
import re
import unicodedata

from papi_desktop.model import Period, Report
from papi_desktop.model.outline import Numbering, numbered_parts
from papi_desktop.store import DraftStore
from papi_desktop.store import consolidation as tables
from papi_desktop.store.consolidation import Gathered

_SPACES = re.compile(r"\s+")


def department_key(name: str) -> str:
    """One department however its name is typed: "Sở Nội vụ", "SỞ NỘI  VỤ" and "sở nội vụ" match."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name).casefold()).strip(" .;,")


class RowState(StrEnum):
    REPORTED = "reported"
    MISSING = "missing"  # expected, not gathered
    NEWER = "newer"  # its file changed since it was gathered
    UNEXPECTED = "unexpected"  # gathered, not on the expected list


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # "I", "II.3", "III"
    title: str  # the part's heading, for a tooltip


@dataclass(frozen=True)
class Row:
    department: str
    department_key: str
    state: RowState
    words: dict[str, int]  # part key → words written (absent when missing)
    source_name: str = ""


@dataclass(frozen=True)
class Overview:
    period: Period
    province_report_id: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    unreadable: tuple[str, ...] = ()

    @property
    def reported(self) -> int:
        return sum(1 for row in self.rows if row.state is not RowState.MISSING)

    def empty_cells(self) -> int:
        return sum(1 for row in self.rows if row.state is not RowState.MISSING for c in self.columns if not row.words[c.key])

    def as_text(self) -> str:
        """The grid as the command line prints it: fixed columns, "—" for an empty part."""
        width = min(34, max([len("Đơn vị"), *(len(r.department) for r in self.rows)]))
        def cell(value: str, size: int) -> str:
            return value[: size - 1] + "…" if len(value) > size else value.ljust(size)
        sizes = [max(5, len(c.label) + 1) for c in self.columns]
        lines = [
            f"Tổng hợp {self.period.short_label()}: {self.reported}/{len(self.rows)} đơn vị có báo cáo, "
            f"{self.empty_cells()} ô trống",
            cell("Đơn vị", width) + " " + "".join(c.label.rjust(s) for c, s in zip(self.columns, sizes)) + "  Ghi chú",
        ]
        notes = {RowState.MISSING: "chưa gửi", RowState.NEWER: "có bản mới hơn, hãy gom lại",
                 RowState.UNEXPECTED: "ngoài danh sách", RowState.REPORTED: ""}
        for row in self.rows:
            values = ["" if row.state is RowState.MISSING else (str(row.words[c.key]) if row.words[c.key] else "—")
                      for c in self.columns]
            lines.append((cell(row.department, width) + " " + "".join(v.rjust(s) for v, s in zip(values, sizes))
                          + "  " + notes[row.state]).rstrip())
        lines.extend(f"Không đọc được bản đã gom của {name}" for name in self.unreadable)
        return "\n".join(lines)


def columns_of(report: Report) -> tuple[Column, ...]:
    """The parts a department writes (I, each dimension, III …): numbered parts that hold text."""
    columns = []
    labels: dict[str, str] = {}
    for part in numbered_parts(report):
        labels[part.key] = part.label.rstrip(".")
        if not part.part.has_body or part.part.numbering is Numbering.NONE or part.part.optional:
            continue
        label = f"{labels[part.group]}.{part.number}" if part.group else labels[part.key]
        columns.append(Column(part.key, label, part.numbered_heading))
    return tuple(columns)


def _changed(item: Gathered) -> bool:
    try:
        return tables.fingerprint(Path(item.source_path)) != item.fingerprint
    except OSError:
        return False  # moved or unplugged: nothing newer to gather from here


def words(report: Report, key: str) -> int:
    return len(report.section(key).split()) if key in report.section_keys() else 0


def overview(store: DraftStore, period: Period) -> Overview:
    province_id = tables.consolidation_for(store, period)
    if province_id is None:
        raise LookupError(period)
    province = store.load(province_id)
    columns = columns_of(province)
    gathered, unreadable = tables.load_gathered(store, province_id)
    by_key = {item.department_key: item for item in gathered}
    rows: list[Row] = []
    expected = tables.expected_departments(store)
    for name in expected:
        key = department_key(name)
        item = by_key.pop(key, None)
        if item is None:
            rows.append(Row(name, key, RowState.MISSING, {}))
        else:
            state = RowState.NEWER if _changed(item) else RowState.REPORTED
            rows.append(Row(name, key, state, {c.key: words(item.report, c.key) for c in columns}, item.source_name))
    for key, item in sorted(by_key.items()):
        state = RowState.NEWER if _changed(item) else (RowState.UNEXPECTED if expected else RowState.REPORTED)
        rows.append(Row(item.department, key, state, {c.key: words(item.report, c.key) for c in columns}, item.source_name))
    return Overview(period, province_id, columns, tuple(rows), tuple(unreadable))
