"""One part at a time: every department's paragraphs for it, and taking them into the
province's draft with a note of whom each came from."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from papi_desktop.consolidate.overview import department_key
from papi_desktop.model import Period, paragraphs
from papi_desktop.store import DraftStore
from papi_desktop.store import consolidation as tables
from papi_desktop.store.consolidation import Taken


@dataclass(frozen=True)
class Contribution:
    department: str
    department_key: str
    paragraphs: tuple[str, ...]
    taken: tuple[bool, ...]  # per paragraph: already inserted into the province's draft


def _province(store: DraftStore, period: Period) -> str:
    report_id = tables.consolidation_for(store, period)
    if report_id is None:
        raise LookupError(period)
    return report_id


def contributions(store: DraftStore, period: Period, key: str) -> list[Contribution]:
    """Each gathered department's paragraphs of part ``key``, in the grid's order (the expected
    list's order, then the others by name)."""
    province_id = _province(store, period)
    done = Counter((t.department_key, t.paragraph) for t in tables.taken(store, province_id, key))
    order = {department_key(name): index for index, name in enumerate(tables.expected_departments(store))}
    gathered = sorted(tables.load_gathered(store, province_id)[0],
                      key=lambda item: (order.get(item.department_key, len(order)), item.department_key))
    result = []
    for item in gathered:
        texts = tuple(p.text for p in paragraphs(item.report.section(key))) if key in item.report.section_keys() else ()
        if not texts:
            continue
        seen: Counter[str] = Counter()
        flags = []
        for text in texts:
            seen[text] += 1
            flags.append(seen[text] <= done[(item.department_key, text)])
        result.append(Contribution(item.department, item.department_key, texts, tuple(flags)))
    return result


def take(store: DraftStore, period: Period, department_key: str, key: str, indexes: list[int] | None = None) -> int:
    """Append the department's paragraphs (all, or those at ``indexes``) to part ``key`` of the
    province's draft, noting where each came from; returns how many were inserted."""
    province_id = _province(store, period)
    chosen = next((c for c in contributions(store, period, key) if c.department_key == department_key), None)
    if chosen is None:
        return 0
    picked = [chosen.paragraphs[i] for i in (indexes if indexes is not None else range(len(chosen.paragraphs)))]
    if not picked:
        return 0
    province = store.load(province_id)
    body = "\n".join(filter(None, [province.section(key), *picked]))
    with store.transaction():
        store.save_section(province_id, key, body)
        tables.record_taken(store, province_id, [Taken(department_key, key, text) for text in picked])
    return len(picked)


def attribution(store: DraftStore, period: Period, key: str) -> list[tuple[str, str | None]]:
    """Each paragraph of the province's part ``key`` with the department it was taken from
    (None: written by the compiling office itself)."""
    province_id = _province(store, period)
    names = {item.department_key: item.department for item in tables.load_gathered(store, province_id)[0]}
    pending: dict[str, list[str]] = {}
    for t in tables.taken(store, province_id, key):
        pending.setdefault(t.paragraph, []).append(t.department_key)
    result = []
    for paragraph in paragraphs(store.load(province_id).section(key)):
        owners = pending.get(paragraph.text)
        owner = owners.pop(0) if owners else None
        result.append((paragraph.text, names.get(owner, owner) if owner else None))
    return result
