"""The period references of a report copied into the next quarter (model/period_references.py)."""

from __future__ import annotations

import re

import pytest

from papi_desktop.model import NEXT_TASKS, PREAMBLE, Period
from papi_desktop.model.period_references import (
    apply_replacements, apply_to_text, find_in_text, period_references,
)
from papi_desktop.model.serialize import next_quarter_report
from papi_desktop.model.text_fields import report_fields

DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
DOCUMENT = re.compile(r"\bsố \d+/[^\s,;]+")


def _dates_and_documents(report) -> list[str]:
    found = []
    for _key, text in report_fields(report):
        found += DATE.findall(text) + DOCUMENT.findall(text)
    return found


def test_the_sample_made_into_quarter_two_keeps_no_quarter_one(sample_report):
    draft = next_quarter_report(sample_report)
    proposals = period_references(draft)
    assert [(p.part, p.old, p.new) for p in proposals] == [(PREAMBLE, "quý I/2022", "quý II/2022")]
    assert "trong lĩnh vực KH&CN quý I/2022 như sau:" in proposals[0].context
    context = proposals[0].context
    assert context[proposals[0].context_offset:].startswith("quý I/2022")
    updated = apply_replacements(draft, proposals)
    assert all("quý I/2022" not in text for _key, text in report_fields(updated))
    assert updated.section(PREAMBLE).endswith("trong lĩnh vực KH&CN quý II/2022 như sau:")
    assert _dates_and_documents(updated) == _dates_and_documents(sample_report)
    assert "Kế hoạch số 14/KH-SKHCHN ngày 26/01/2022" in updated.section("implementation")
    assert draft.section(PREAMBLE) == sample_report.section(PREAMBLE)  # the draft itself untouched


def test_old_next_quarter_and_bare_quarters_move_in_one_pass(sample_report):
    draft = next_quarter_report(sample_report)
    draft.set_section(NEXT_TASKS, "Trong quý I, Sở đã làm tốt.\nKế hoạch thực hiện quý II/2022: tiếp tục như quý I năm 2022.\n"
                                  "Tổng kết QUÝ II.")
    draft.title_override = "Kết quả quý I và nhiệm vụ quý II/2022 của Sở Khoa học và Công nghệ"
    updated = apply_replacements(draft, period_references(draft))
    assert updated.section(NEXT_TASKS) == (
        "Trong quý II, Sở đã làm tốt.\nKế hoạch thực hiện quý III/2022: tiếp tục như quý II năm 2022.\nTổng kết QUÝ III.")
    assert updated.title_override == "Kết quả quý II và nhiệm vụ quý III/2022 của Sở Khoa học và Công nghệ"


def _quarter_four(sample_report):
    previous = next_quarter_report(next_quarter_report(next_quarter_report(sample_report)))
    assert previous.period == Period(2022, 4)
    previous.set_section(PREAMBLE, sample_report.section(PREAMBLE).replace("quý I/2022", "quý IV/2022"))
    previous.set_section(
        "environment",
        "Sở tổ chức thực hiện nghiêm túc công tác bảo vệ môi trường trong năm 2022.\n"
        "Hưởng ứng phong trào Tết trồng cây theo Kế hoạch số 14/KH-SKHCHN ngày 26/01/2022, ban hành ngày 26 tháng 01 năm 2022.")
    previous.set_section(NEXT_TASKS, "Kế hoạch thực hiện quý I/2023: rà soát các nội dung Chỉ số PAPI.")
    return next_quarter_report(previous)


def test_a_quarter_four_report_moves_the_year(sample_report):
    draft = _quarter_four(sample_report)
    assert draft.period == Period(2023, 1)
    proposals = period_references(draft)
    pairs = [(p.part, p.old, p.new) for p in proposals]
    assert (PREAMBLE, "quý IV/2022", "quý I/2023") in pairs
    assert ("environment", "năm 2022", "năm 2023") in pairs
    assert (NEXT_TASKS, "quý I/2023", "quý II/2023") in pairs
    updated = apply_replacements(draft, proposals)
    assert "trong lĩnh vực KH&CN quý I/2023 như sau:" in updated.section(PREAMBLE)
    environment = updated.section("environment")
    assert "trong năm 2023." in environment
    # a past document's date, in figures or in words, is never touched
    assert "Kế hoạch số 14/KH-SKHCHN ngày 26/01/2022" in environment
    assert "ngày 26 tháng 01 năm 2022" in environment
    assert updated.section(NEXT_TASKS) == "Kế hoạch thực hiện quý II/2023: rà soát các nội dung Chỉ số PAPI."


@pytest.mark.parametrize(("old", "text", "expected"), [
    (Period(2022, 3), "nhiệm vụ quý IV", "nhiệm vụ quý I/2023"),  # the target is in another year: say which
    (Period(2022, 4), "trong quý IV", "trong quý I"),
    (Period(2022, 1), "so với quý IV/2021 và quý III", "so với quý IV/2021 và quý III"),  # other quarters stay
    (Period(2022, 1), "năm 2022 và quý In", "năm 2022 và quý In"),  # no year end crossed; not a numeral
    (Period(2022, 1), "Quyết định số 41/2019/QĐ-UBND ngày 22/10/2019", "Quyết định số 41/2019/QĐ-UBND ngày 22/10/2019"),
])
def test_rules(old, text, expected):
    assert apply_to_text(text, find_in_text("x", text, old)) == expected


def test_a_reference_naming_a_cited_document_is_doubtful():
    text = "Sở đã gửi Báo cáo số 23/BC-SKHCHN ngày 14/3/2022 về kết quả quý I/2022. Trong quý I, Sở đã làm tốt."
    first, second = find_in_text("x", text, Period(2022, 1))
    assert (first.old, first.doubtful) == ("quý I/2022", True)
    assert (second.old, second.doubtful) == ("quý I", False)


def test_a_stale_replacement_is_refused():
    text = "trong quý I/2022 như sau"
    proposals = find_in_text("x", text, Period(2022, 1))
    with pytest.raises(ValueError):
        apply_to_text("trong quý I/2021 như sau", proposals)
