"""Synthetic data for the benchmarks, built from the sample report's own sentences.

Nothing generated here is committed: the 100-page report and the 10,000-report database are
made afresh (deterministically, from a seed) in a temporary folder by each benchmark run.
"""

from __future__ import annotations

import copy
import datetime
from functools import lru_cache
from pathlib import Path
import random
import re

from papi_desktop.model import NEXT_TASKS, Period, Report, Status
from papi_desktop.model.sample import load_sample
from papi_desktop.model.serialize import report_from_dict, report_to_dict
from papi_desktop.store import DraftStore

_SENTENCE_END = re.compile(r"(?<=[.;:])\s+")
_BULLET = re.compile(r"^-\s+")

AGENCIES = (
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ", "BC-SKHCN"),
    ("SỞ NỘI VỤ", "Sở Nội vụ", "BC-SNV"),
    ("SỞ TƯ PHÁP", "Sở Tư pháp", "BC-STP"),
    ("SỞ TÀI CHÍNH", "Sở Tài chính", "BC-STC"),
    ("SỞ Y TẾ", "Sở Y tế", "BC-SYT"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo", "BC-SGDĐT"),
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Sở Tài nguyên và Môi trường", "BC-STNMT"),
    ("SỞ XÂY DỰNG", "Sở Xây dựng", "BC-SXD"),
)
PROVINCES = ("QUẢNG TRỊ", "THỪA THIÊN HUẾ", "QUẢNG BÌNH", "HÀ TĨNH", "NGHỆ AN", "ĐÀ NẴNG")


@lru_cache(maxsize=1)
def _sample_dict() -> dict:
    return report_to_dict(load_sample())


@lru_cache(maxsize=1)
def sample_sentences() -> tuple[str, ...]:
    """Every sentence of the sample report's sections (bullet dashes and task numbers removed)."""
    sentences = []
    for body in _sample_dict()["sections"].values():
        for line in body.split("\n"):
            line = _BULLET.sub("", line.strip())
            line = re.sub(r"^\d{1,3}\s*[.)]\s+", "", line)
            sentences.extend(part for part in _SENTENCE_END.split(line) if len(part) > 3)
    return tuple(sentences)


def _remix(body: str, rng: random.Random, repeat: int) -> str:
    """``body`` with the same shape (lines, bullets, sentences per line) ``repeat`` times over,
    each line made of random sentences of the sample."""
    pool = sample_sentences()
    lines = []
    for _ in range(repeat):
        for line in body.split("\n"):
            stripped = line.strip()
            if not stripped:
                continue
            count = max(1, len(_SENTENCE_END.split(stripped)))
            text = " ".join(rng.choice(pool) for _ in range(count))
            lines.append(("- " + text) if _BULLET.match(stripped) else text)
    return "\n".join(lines)


def varied_report(rng: random.Random, index: int = 0, repeat: int = 1) -> Report:
    """A draft like the sample: another agency and quarter, sections remixed from its sentences."""
    data = copy.deepcopy(_sample_dict())
    for name in ("id", "created_at", "updated_at"):
        data.pop(name, None)
    agency, in_text, symbol = AGENCIES[index % len(AGENCIES)]
    province = PROVINCES[(index // len(AGENCIES)) % len(PROVINCES)]
    data["header"].update(
        parent_agency=f"UBND TỈNH {province}", agency=agency, agency_in_text=in_text, symbol=symbol,
        number=str(1 + index % 97),
    )
    period = Period(2015 + (index // 4) % 12, 1 + index % 4)
    data["period"] = {"year": period.year, "quarter": period.quarter}
    data["header"]["date"] = datetime.date(period.year, 3 * period.quarter, 14).isoformat()
    data["title"] = None
    data["status"] = str(Status.FINAL if index % 3 else Status.DRAFT)
    moment = datetime.datetime(2015, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(minutes=37 * index)
    data["created_at"] = data["updated_at"] = moment.isoformat()
    data["sections"] = {key: _remix(body, rng, repeat) for key, body in data["sections"].items()}
    return report_from_dict(data)


def draft_sample() -> Report:
    """The sample report as a draft (the shipped sample is marked final, so it is read-only)."""
    report = load_sample()
    report.status = Status.DRAFT
    return report


def tables_report(tables: int = 10, rows: int = 20) -> Report:
    """The sample as a draft with ``tables`` tables of ``rows`` rows (and a header row) spread
    over its parts, each after the part's first paragraph: a report of figures."""
    from papi_desktop.model.tables import Table

    report = draft_sample()
    keys = [key for key in report.section_keys() if report.section(key).strip()]
    for number in range(tables):
        key = keys[number % len(keys)]
        body = tuple((str(n), f"Lĩnh vực thủ tục hành chính số {n} của bảng {number + 1}", f"1.{n:03d}", f"9{n % 10},5%")
                     for n in range(1, rows + 1))
        table = Table((("STT", "Lĩnh vực", "Số hồ sơ", "Tỷ lệ"),) + body, 1, (0.1, 0.5, 0.2, 0.2),
                      f"Kết quả giải quyết hồ sơ {number + 1}")
        lines = report.section(key).split("\n")
        lines.insert(1, table.to_line())
        report.set_section(key, "\n".join(lines))
    return report


def synthetic_report(repeat: int, seed: int = 100) -> Report:
    """A long draft: every section of the sample ``repeat`` times over, remixed (about
    4 pages per repeat; :func:`calibrate_repeat` finds the repeat for a page count)."""
    report = varied_report(random.Random(seed), 0, repeat)
    report.status = Status.DRAFT
    return report


def calibrate_repeat(pages: int) -> tuple[int, int]:
    """The smallest repeat whose synthetic report lays out to at least ``pages`` pages, and
    that page count. Needs a QGuiApplication (uses the preview's own layout)."""
    from papi_desktop.compose import compose
    from papi_desktop.render.qt import build_text_document, page_count

    def count(repeat: int) -> int:
        return page_count(build_text_document(compose(synthetic_report(repeat))))

    repeat = 1
    found = count(repeat)
    while found < pages:
        repeat = max(repeat + 1, int(repeat * pages / found))
        found = count(repeat)
    while repeat > 1:
        smaller = count(repeat - 1)
        if smaller < pages:
            break
        repeat, found = repeat - 1, smaller
    return repeat, found


def database_with(path: Path, reports: list[Report]) -> Path:
    with DraftStore.create(path) as store:
        for report in reports:
            store.add(report)
    return path


def big_database(path: Path, count: int = 10_000, seed: int = 10_000) -> Path:
    """``count`` reports like the sample (about its size each), added through the store's own
    ``add`` inside one transaction so that generating does not wait on 10,000 disk syncs."""
    rng = random.Random(seed)
    with DraftStore.create(path) as store:
        with store.db.atomic():
            for index in range(count):
                store.add(varied_report(rng, index))
    return path


if __name__ == "__main__":  # python -m benchmarks.generate OUT.papi [COUNT]
    import sys
    import time

    started = time.perf_counter()
    big_database(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
    print(f"{sys.argv[1]}: {time.perf_counter() - started:.1f} s")
