"""Length variants of the sample report and how their pages begin, for comparing the app's
pages with a word processor's page for page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
import re

from papi_desktop.model import load_sample
from papi_desktop.model.report import IMPLEMENTATION, NEXT_TASKS, OTHER, HeadingCase, Report

from helpers.libreoffice import page_count, pdf_text

PART_I_SENTENCE = (
    "Sở tiếp tục theo dõi, đôn đốc các phòng, đơn vị trực thuộc thực hiện nghiêm túc "
    "các nhiệm vụ được giao, kịp thời báo cáo những khó khăn, vướng mắc."
)
PART_III_TASK = (
    "Tổ chức kiểm tra, đánh giá kết quả thực hiện nhiệm vụ duy trì và củng cố Chỉ số PAPI "
    "của các phòng, đơn vị theo Kế hoạch số 14/KH-SKHCHN."
)
SIGNATURE_WORDS = ("Nơi nhận:", "KT. GIÁM ĐỐC")


def variants(sentences: int = 12, tasks: int = 10, upper: tuple[int, ...] = (0, 4, 9)) -> dict[str, Report]:
    """The sample, then sentences added to part I one at a time, then tasks added to part III,
    then a few of those again with the part headings in upper case (new reports' default), and
    a few other shapes (empty dimensions, a long Nơi nhận, a part IV)."""
    result = {"sample": load_sample()}
    for count in range(1, sentences + 1):
        report = load_sample()
        lines = report.section(IMPLEMENTATION).split("\n")
        first = next(i for i, line in enumerate(lines) if line.strip())
        lines[first] = lines[first].rstrip() + (" " + PART_I_SENTENCE) * count
        report.set_section(IMPLEMENTATION, "\n".join(lines))
        result[f"part-i-plus-{count:02d}"] = report
    for count in range(1, tasks + 1):
        report = load_sample()
        report.set_section(NEXT_TASKS, report.section(NEXT_TASKS).rstrip() + ("\n" + PART_III_TASK) * count)
        result[f"part-iii-plus-{count:02d}"] = report
    for count in upper:
        report = _longer(count)
        report.heading_case = HeadingCase.UPPER
        result[f"upper-part-i-plus-{count:02d}"] = report
    if upper:
        result.update(_other_shapes())
        result.update(table_shapes())
    return result


TABLE_HEADER = ("STT", "Lĩnh vực", "Số hồ sơ", "Tỷ lệ đúng hạn")


def table_rows(count: int) -> tuple[tuple[str, ...], ...]:
    """A clerk's table of figures: every third row's text wraps to two lines."""
    rows = [TABLE_HEADER]
    for n in range(1, count + 1):
        field = (f"Lĩnh vực số {n} thuộc thẩm quyền giải quyết của Sở và các phòng chuyên môn"
                 if n % 3 == 0 else f"Lĩnh vực số {n}")
        rows.append((str(n), field, f"1.{n:03d}", f"98,{n}%"))
    return tuple(rows)


def table_shapes() -> dict[str, Report]:
    """A 25-row table with a caption in part I that crosses a page break at several places
    (filler words before it), a small table kept whole, and a chart with its caption."""
    from papi_desktop.model.tables import BarChart, Table

    words = PART_I_SENTENCE.split()
    long_table = Table(table_rows(25), 1, (0.1, 0.5, 0.2, 0.2), "Kết quả giải quyết thủ tục hành chính").to_line()
    result: dict[str, Report] = {}
    for filler in (0, 7, 13, 21, 30, 37):
        report = load_sample()
        lines = report.section(IMPLEMENTATION).split("\n")
        lines.insert(1, " ".join((words * 6)[: filler * 3 + 1]) + "\n" + long_table)
        report.set_section(IMPLEMENTATION, "\n".join(lines))
        result[f"table-{filler:02d}"] = report
    small = Table(table_rows(5), 1, (0.1, 0.5, 0.2, 0.2), "Bảng nhỏ").to_line()
    chart = BarChart(tuple(f"Nội dung {n}" for n in range(1, 9)), ("2023", "2024"),
                     tuple((5.0 + n * 0.3, 5.5 + n * 0.2) for n in range(8)), "Điểm PAPI các nội dung").to_line()
    for sentences in (4, 9):
        report = _longer(sentences)
        lines = report.section(IMPLEMENTATION).split("\n")
        lines[2:2] = [small, "Sau bảng nhỏ.", chart]
        report.set_section(IMPLEMENTATION, "\n".join(lines))
        result[f"small-table-chart-{sentences:02d}"] = report
    return result


def _longer(sentences: int) -> Report:
    report = load_sample()
    if sentences:
        report = variants(sentences, 0, ())[f"part-i-plus-{sentences:02d}"]
    return report


def _other_shapes() -> dict[str, Report]:
    """Empty dimensions (a heading right under a heading), a long Nơi nhận, a part IV."""
    result: dict[str, Report] = {}
    for name, sentences, empty in (("empty-dimensions", 0, ("environment", "e_governance")),
                                   ("empty-first-dimensions", 6, ("participation", "transparency"))):
        report = _longer(sentences)
        for key in empty:
            report.sections[key] = ""
        report.heading_case = HeadingCase.UPPER
        result[name] = report
    for sentences in (0, 5):
        report = _longer(sentences)
        report.recipients = report.recipients + [f"Phòng {n} thuộc Sở Khoa học và Công nghệ tỉnh Quảng Trị" for n in range(8)]
        result[f"long-recipients-plus-{sentences:02d}"] = report
    for paragraphs in (2, 4):
        report = load_sample()
        report.sections[OTHER] = "\n".join([PART_I_SENTENCE * 2] * paragraphs)
        result[f"part-iv-{paragraphs}"] = report
    return result


@dataclass(frozen=True)
class Pages:
    """What a clerk compares between two printouts: how each page begins, and what stands
    above the signature."""

    starts: tuple[str, ...]  # the first words of each page (page numbers left out)
    body_above_signature: bool  # the Nơi nhận/signature page holds body text above the block
    texts: tuple[str, ...] = ()  # each page's words (page numbers left out)


def _words(text: str, count: int = 5) -> str:
    return " ".join(text.split()[:count])


def read_pages(pdf: Path) -> Pages:
    starts = []
    texts = []
    above = False
    for number in range(1, page_count(pdf) + 1):
        text = pdf_text(pdf, number, number)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if number > 1 and lines and lines[0] == str(number):
            lines = lines[1:]
        body = " ".join(lines)
        starts.append(_words(body))
        texts.append(body)
        positions = [body.find(word) for word in SIGNATURE_WORDS if word in body]
        if positions:
            before = body[: min(positions)]
            above = bool(re.search(r"\w{2,}", before))
    return Pages(tuple(starts), above, tuple(texts))
