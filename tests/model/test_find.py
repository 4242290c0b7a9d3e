"""Find and replace across the report (model/find.py)."""

from __future__ import annotations

from papi_desktop.model import PREAMBLE
from papi_desktop.model.find import (
    FindOptions, find_in_report, find_in_text, replace_all, replace_all_in_text, search_snippets, step,
)
from papi_desktop.model.text_fields import field_keys, report_fields


def test_case_and_whole_word():
    text = "Sở KH&CN; sở ban ngành; Cơ sở."
    assert find_in_text(text, "sở") == [(0, 2), (10, 12), (27, 29)]
    assert find_in_text(text, "sở", FindOptions(match_case=True)) == [(10, 12), (27, 29)]
    assert find_in_text("chỉ số PAPI, chỉ sốPAPI", "PAPI", FindOptions(whole_word=True)) == [(7, 11)]


def test_diacritics_matter_unless_ignored():
    text = "Quỹ phát triển KH&CN quý I; Quy chế dân chủ."
    assert find_in_text(text, "quy") == [(28, 31)]
    spans = find_in_text(text, "quy", FindOptions(ignore_diacritics=True))
    assert [text[a:b] for a, b in spans] == ["Quỹ", "quý", "Quy"]
    # positions are in the original text even where a decomposed character was typed
    decomposed = "Quy\u0301 I"
    assert find_in_text(decomposed, "quy", FindOptions(ignore_diacritics=True)) == [(0, 4)]
    assert find_in_text("Đôn đốc", "don doc", FindOptions(ignore_diacritics=True)) == [(0, 7)]


def test_report_order_and_wrapping(sample_report):
    matches = find_in_report(sample_report, "PAPI")
    keys = field_keys(sample_report)
    assert [m.order for m in matches] == sorted(m.order for m in matches)
    assert {m.part for m in matches} >= {PREAMBLE, "implementation", "next_tasks"}
    last = matches[-1]
    assert step(matches, last.order, last.start + 1) == matches[0]  # wraps to the first
    assert step(matches, 0, 0, backwards=True) == last
    first_in_implementation = next(m for m in matches if m.part == "implementation")
    assert step(matches, keys.index("implementation"), 0) == first_in_implementation


def test_replace_all_is_pure_and_counts(sample_report):
    texts = dict(report_fields(sample_report))
    changed = replace_all(texts, "KH&CN", "khoa học và công nghệ")
    assert set(changed) == {PREAMBLE, "egovernance", "next_tasks"}
    assert "KH&CN" not in "".join(changed.values())
    assert texts[PREAMBLE] == sample_report.section(PREAMBLE)
    assert replace_all_in_text("quý I, Quý I", "quý i", "quý II") == ("quý II, quý II", 2)


def test_search_snippets_say_where(sample_report):
    found = search_snippets(sample_report, "quang tri")
    assert [(s.label, s.text) for s in found[:2]] == [("Cơ quan chủ quản", "UBND TỈNH QUẢNG TRỊ"), ("Địa danh", "Quảng Trị")]
    assert len(search_snippets(sample_report, "quang tri", limit=100)) == 5  # the phrase, not each word
    site = search_snippets(sample_report, "dostquangtri")
    assert [(s.part, s.label) for s in site] == [("transparency", "II.2. Công khai, minh bạch"), ("next_tasks", "III. Nhiệm vụ quý tới")]
    first = search_snippets(sample_report, "1682")[0]
    assert first.label.startswith("I. ")
    assert first.text[first.match_start:first.match_end] == "1682"
    assert first.text.startswith("…") and len(first.text) < 100
