"""Mixed tone-mark placement in one report is found and made consistent."""

from __future__ import annotations

import pytest

from papi_desktop.model.sample import load_sample
from papi_desktop.spelling.syllable import STYLE_NEW, STYLE_OLD
from papi_desktop.spelling.tone_style import Replacement, apply, restyle, style_report, unify, unify_all


def test_mixed_placement_is_reported_with_the_style_used_most():
    report = style_report(["Hòa giải, hoà bình, thuý và Thúy", "khỏe mạnh, hóa đơn, hòa nhập"])
    assert report.mixed
    assert report.counts == {STYLE_OLD: 5, STYLE_NEW: 2}
    assert report.majority == STYLE_OLD
    assert report.minority_count == 2
    assert report.examples[STYLE_NEW] == ["hoà", "thuý"]


def test_unify_returns_the_replacements_that_make_one_style():
    text = "Hòa giải, HOÀ bình, thuý và Thúy, khoẻ mạnh"
    replacements = unify(text, STYLE_OLD)
    assert replacements == [Replacement(10, "HOÀ", "HÒA"), Replacement(20, "thuý", "thúy"), Replacement(34, "khoẻ", "khỏe")]
    assert apply(text, replacements) == "Hòa giải, HÒA bình, thúy và Thúy, khỏe mạnh"
    assert style_report([apply(text, replacements)]).mixed is False
    assert apply(text, unify(text, STYLE_NEW)) == "Hoà giải, HOÀ bình, thuý và Thuý, khoẻ mạnh"


def test_words_with_one_placement_are_never_touched():
    text = "hoàng hoạt thuyền quý ngoài người"
    assert unify(text, STYLE_NEW) == [] and unify(text, STYLE_OLD) == []
    assert restyle("hoàng", STYLE_NEW) == "hoàng"


def test_unify_all_follows_the_majority_across_parts():
    parts = {"a": "hòa hòa hòa", "b": "hoà", "c": "không có"}
    result = unify_all(parts)
    assert list(result) == ["b"]
    assert apply(parts["b"], result["b"]) == "hòa"


def test_the_sample_is_consistent():
    sample = load_sample()
    report = style_report(sample.sections.values())
    assert not report.mixed and report.majority == STYLE_OLD


def test_apply_refuses_a_text_that_changed():
    with pytest.raises(ValueError):
        apply("hoà", [Replacement(0, "hòa", "hoà")])
