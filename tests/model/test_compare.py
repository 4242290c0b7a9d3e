"""Word-level comparison of a part with another report's (model/compare.py)."""

from __future__ import annotations

from papi_desktop.model.compare import Change, compare_part, compare_text, restore_paragraph, word_diff
from papi_desktop.model.serialize import next_quarter_report


def test_unchanged_part_is_all_same(sample_report):
    draft = next_quarter_report(sample_report)
    diffs = compare_part(draft, sample_report, "accountability")
    assert [d.change for d in diffs] == [Change.SAME] * 3


def test_words_added_and_removed_in_a_reworded_paragraph():
    segments = word_diff("Sở đã ban hành Kế hoạch số 14/KH-SKHCHN trong quý I.",
                         "Sở đã ban hành Kế hoạch số 20/KH-SKHCHN trong quý II.")
    removed = [s.text for s in segments if s.change is Change.REMOVED]
    added = [s.text for s in segments if s.change is Change.ADDED]
    assert removed == ["14", "I"] and added == ["20", "II"]


def test_paragraphs_are_matched_and_a_removed_one_can_come_back(sample_report):
    old = sample_report.section("participation")
    lines = old.split("\n")
    new_lines = [lines[0], lines[1].replace("Tiếp tục triển khai", "Đã triển khai"), "- Một đoạn mới hoàn toàn.", lines[3]]
    new = "\n".join(new_lines)
    diffs = compare_text(new, old)
    assert [d.change for d in diffs] == [Change.SAME, Change.CHANGED, Change.ADDED, Change.REMOVED, Change.SAME]
    changed = diffs[1]
    assert changed.old_text == lines[1] and changed.new_text == new_lines[1]
    assert {s.text for s in changed.segments if s.change is Change.ADDED} == {"Đã"}
    removed = diffs[3]
    assert removed.old_text == lines[2] and removed.line == 3
    assert restore_paragraph(new, removed).split("\n") == [*new_lines[:3], lines[2], lines[3]]


def test_a_removed_last_paragraph_goes_back_at_the_end():
    diffs = compare_text("Một.\nHai.", "Một.\nHai.\nBa hẳn khác.")
    assert diffs[-1].change is Change.REMOVED and diffs[-1].line == 2
    assert restore_paragraph("Một.\nHai.", diffs[-1]) == "Một.\nHai.\nBa hẳn khác."
    assert restore_paragraph("", compare_text("", "Ba.")[0]) == "Ba."
