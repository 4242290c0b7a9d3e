"""Departments' reports of quý II/2026, as the compiling office receives them (built, not shipped)."""

from __future__ import annotations

import datetime
from pathlib import Path

from papi_desktop.export import export
from papi_desktop.model import Period, Report, Status
from papi_desktop.model.sample import load_sample
from papi_desktop.store import DraftStore

PERIOD = Period(2026, 2)
DEPARTMENTS = [
    "SỞ NỘI VỤ", "SỞ TƯ PHÁP", "SỞ TÀI CHÍNH", "SỞ XÂY DỰNG", "SỞ Y TẾ", "SỞ CÔNG THƯƠNG",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SỞ DÂN TỘC VÀ TÔN GIÁO", "SỞ NGOẠI VỤ", "THANH TRA TỈNH",
    "VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH", "BAN QUẢN LÝ KHU KINH TẾ", "CÔNG AN TỈNH", "BỘ CHỈ HUY QUÂN SỰ TỈNH",
    "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG", "TRƯỜNG CAO ĐẲNG KỸ THUẬT",
    "BẢO HIỂM XÃ HỘI TỈNH", "KHO BẠC NHÀ NƯỚC KHU VỰC", "CỤC THUẾ TỈNH", "NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH",
    "UBND PHƯỜNG ĐÔNG HÀ", "UBND PHƯỜNG NAM ĐÔNG HÀ", "UBND XÃ CAM LỘ", "UBND XÃ GIO LINH",
    "UBND XÃ VĨNH LINH", "UBND XÃ HẢI LĂNG",
]
MISSING = DEPARTMENTS[-1]  # expected, never reports
AS_PAPI = DEPARTMENTS[:14]
AS_WORD = DEPARTMENTS[14:29]
TWICE = DEPARTMENTS[0]  # sends its database and, later, a Word copy
EMPTY_PART = (DEPARTMENTS[4], "environment")  # Sở Y tế wrote nothing on the environment


def department_report(name: str, number: int) -> Report:
    report = load_sample()
    report.period = PERIOD
    report.status = Status.DRAFT
    report.header.agency = name
    report.header.agency_in_text = name.capitalize()
    report.header.date = datetime.date(2026, 6, 20)
    report.set_section("participation", f"{name.capitalize()} tổ chức {number} hội nghị tiếp xúc người dân.\n"
                       + report.section("participation"))
    if (name, "environment") == EMPTY_PART:
        report.set_section("environment", "")
    return report


def _database(path: Path, report: Report) -> None:
    with DraftStore.create(path) as store:
        store.add(report)
        older = load_sample()  # last quarter's report beside it: only quý II/2026 is gathered
        older.header.agency = report.header.agency
        store.add(older)


def write_department_files(folder: Path, count: int = 29) -> list[Path]:
    """The first ``count`` departments' files (database or Word as listed above), then a later Word
    copy of the first department's report and a damaged database."""
    files = []
    for number, name in enumerate(DEPARTMENTS[:count], start=1):
        report = department_report(name, number)
        if name in AS_PAPI:
            path = folder / f"{number:02d}-bao-cao.papi"
            _database(path, report)
        else:
            path = folder / f"{number:02d}-bao-cao.docx"
            export(report, path)
        files.append(path)
    twice = folder / "01-ban-word-gui-sau.docx"
    export(department_report(TWICE, 99), twice)
    files.append(twice)
    damaged = folder / "31-hong.papi"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    files.append(damaged)
    return files
