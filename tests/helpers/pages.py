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


def _words(text: str, count: int = 5) -> str:
    return " ".join(text.split()[:count])


def read_pages(pdf: Path) -> Pages:
    starts = []
    above = False
    for number in range(1, page_count(pdf) + 1):
        text = pdf_text(pdf, number, number)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if number > 1 and lines and lines[0] == str(number):
            lines = lines[1:]
        body = " ".join(lines)
        starts.append(_words(body))
        positions = [body.find(word) for word in SIGNATURE_WORDS if word in body]
        if positions:
            before = body[: min(positions)]
            above = bool(re.search(r"\w{2,}", before))
    return Pages(tuple(starts), above)
