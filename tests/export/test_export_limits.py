"""How much text an export takes: a 50 MB section is refused at once with a message naming
the part; a report just inside the limits exports whole in both formats (the page limit
keeps Qt's layout below the size at which it crashed the process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from papi_desktop.errors import UserError
from papi_desktop.export import (
    MAX_REPORT_PAGES, MAX_SECTION_CHARACTERS, check_export_size, estimated_pages, export_docx, export_pdf,
)
from papi_desktop.fileio import verify_docx, verify_pdf
from papi_desktop.model import load_sample
from papi_desktop.store import DraftStore

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "Công khai, minh bạch việc tiếp nhận và giải quyết phản ánh, kiến nghị của người dân. "


def test_fifty_megabytes_in_one_section_is_refused_by_the_command_line(tmp_path):
    db = tmp_path / "bao-cao.papi"
    report = load_sample()
    report.set_section("transparency", (SENTENCE * 10 + "\n") * 60_000)  # 50 MB of UTF-8
    assert len(report.section("transparency").encode("utf-8")) > 50_000_000
    with DraftStore.create(db) as store:
        copy_id = store.add(report)
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"last quarter")
    done = subprocess.run(
        [sys.executable, "-m", "papi_desktop", "export", "--db", str(db), "--report", copy_id, "-o", str(target)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "Phần “II.2. " in done.stderr and f"{MAX_SECTION_CHARACTERS:,}".replace(",", ".") in done.stderr
    assert target.read_bytes() == b"last quarter"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.docx", "bao-cao.papi"]


@pytest.mark.parametrize("text", [SENTENCE * 700_000, "a" * 50_000_000, "x\n" * 10_000_000])
def test_huge_sections_of_any_shape_are_refused_before_anything_is_written(tmp_path, text, qapp):
    report = load_sample()
    report.set_section("other", text)
    for export, name in ((export_docx, "bao-cao.docx"), (export_pdf, "bao-cao.pdf")):
        with pytest.raises(UserError) as caught:
            export(report, tmp_path / name)
        assert "Nội dung khác" in caught.value.message and "nên chưa xuất" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_many_short_parts_add_up_to_the_page_limit():
    report = load_sample()
    lines = (MAX_REPORT_PAGES + 20) * 30 // len(report.section_keys())
    for key in report.section_keys():
        report.set_section(key, "Dòng ngắn.\n" * lines)
    with pytest.raises(UserError) as caught:
        check_export_size(report)
    assert f"quá giới hạn {MAX_REPORT_PAGES} trang" in caught.value.message


def test_the_page_estimate_counts_lines_and_long_lines():
    assert estimated_pages("") == 0
    assert estimated_pages("x\n" * 300) == 10
    assert estimated_pages("y" * 80 * 30) == 1


def test_a_report_just_inside_the_limits_exports_whole(tmp_path, qapp):
    """Short paragraphs are the worst case for pages per character: 15,000 of them are about
    500 pages, the most Qt is asked to lay out (it crashed at about 800)."""
    report = load_sample()
    for key in report.section_keys():
        report.set_section(key, "")
    report.set_section("other", "Dòng ngắn.\n" * (MAX_REPORT_PAGES * 30 - 60))
    check_export_size(report)
    assert verify_pdf(export_pdf(report, tmp_path / "dai.pdf")) is None
    assert verify_docx(export_docx(report, tmp_path / "dai.docx")) is None
    # A megabyte pasted in one part is not refused either (tests/reliability/test_bad_text.py).
    report = load_sample()
    report.set_section("other", (SENTENCE * 12 + "\n") * 1_000)
    assert len(report.section("other")) > 1_000_000
    assert verify_docx(export_docx(report, tmp_path / "mot-megabyte.docx")) is None
