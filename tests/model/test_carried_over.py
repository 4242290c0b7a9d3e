"""Paragraphs still identical to the report a draft was made from (model/carried_over.py)."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from papi_desktop.model import Period
from papi_desktop.model.carried_over import carried_over, carried_over_count, carried_over_lines, source_candidate
from papi_desktop.model.report import paragraphs
from papi_desktop.model.serialize import next_quarter_report


def test_a_fresh_copy_carries_every_paragraph(sample_report):
    draft = next_quarter_report(sample_report)
    total = sum(len(paragraphs(sample_report.section(key))) for key in sample_report.section_keys())
    assert carried_over_count(draft, sample_report) == total > 30


def test_an_edited_paragraph_is_no_longer_carried_over(sample_report):
    draft = next_quarter_report(sample_report)
    lines = draft.section("participation").split("\n")
    lines[1] = lines[1].replace("Tiếp tục", "Trong quý II, tiếp tục")
    draft.set_section("participation", "\n".join(lines))
    assert carried_over(draft, sample_report)["participation"] == [0, 2, 3]


def test_blank_lines_and_trailing_spaces():
    assert carried_over_lines("Một.\n\n  Hai.  \nBa.", "Hai.\nMột.\n\n") == [0, 2]


def test_source_candidate_is_the_latest_of_the_quarter_before(sample_report):
    draft = next_quarter_report(sample_report)
    moment = datetime.datetime(2022, 4, 1, tzinfo=datetime.timezone.utc)
    listed = [
        SimpleNamespace(id="old", period=Period(2022, 1), updated_at=moment),
        SimpleNamespace(id="newer", period=Period(2022, 1), updated_at=moment + datetime.timedelta(days=1)),
        SimpleNamespace(id="other", period=Period(2021, 4), updated_at=moment + datetime.timedelta(days=9)),
        SimpleNamespace(id=draft.id, period=draft.period, updated_at=moment),
    ]
    assert source_candidate(draft, listed) == "newer"
    assert source_candidate(draft, listed[2:]) is None
