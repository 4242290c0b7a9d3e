"""The checker underlines what cannot be Vietnamese and nothing of a real report."""

from __future__ import annotations

from collections import Counter
import unicodedata

import pytest

from papi_desktop.model.sample import load_sample
from papi_desktop.spelling.checker import Flag, SpellChecker
from tests.spelling.slips import load_slips

AGENCY_WORDS = ["KH&CN", "SKH&CN", "SKHCHN", "PAPI", "PCI", "PAR INDEX", "TTHC", "Nguyễn Hữu Thắng", "Quảng Trị"]


def _flagged(checker: SpellChecker, slip) -> bool:
    if checker.check_word(slip.typed) is not None:
        return True
    if slip.line:  # old font codes: the line as a whole was pasted
        return any(issue.word == slip.typed for issue in checker.check_text(slip.line))
    return False


def test_the_slip_list_is_large_and_covers_every_kind():
    slips = load_slips()
    assert len(slips) >= 200
    kinds = Counter(slip.kind for slip in slips)
    for kind in ("onset", "rhyme", "tone", "placement", "telex", "vni", "nfd", "tcvn3", "vni-font"):
        assert kinds[kind] >= 10, kind
    assert all(slip.typed != slip.meant for slip in slips)


def test_at_least_99_percent_of_the_slips_are_flagged():
    checker = SpellChecker()
    slips = load_slips()
    missed = [slip.typed for slip in slips if not _flagged(checker, slip)]
    assert len(missed) <= len(slips) // 100, missed


@pytest.mark.parametrize("kind", ["onset", "rhyme", "tone", "placement", "telex", "vni", "nfd", "tcvn3"])
def test_every_slip_of_a_kind_is_flagged_alone_or_in_its_line(kind):
    checker = SpellChecker()
    missed = [slip.typed for slip in load_slips() if slip.kind == kind and not _flagged(checker, slip)]
    assert missed == []


def _report_texts(report) -> list[str]:
    header, signature = report.header, report.signature
    return [
        *report.sections.values(), header.parent_agency, header.agency, header.agency_in_text,
        header.number, header.symbol, header.place, report.derived_title(), report.title_override or "",
        *report.recipients, report.archive, signature.authority, signature.head_title,
        signature.signer_title, signature.signer_name,
    ]


def test_nothing_in_the_sample_report_is_flagged_once_its_agency_words_are_listed():
    report = load_sample()
    texts = _report_texts(report)
    assert sum(len(text) for text in texts) > 10_000  # every part is there
    checker = SpellChecker(AGENCY_WORDS)
    flagged = [issue.word for text in texts for issue in checker.check_text(text)]
    assert flagged == []


def test_the_sample_with_slips_typed_into_it_has_exactly_those_flagged():
    text = load_sample().sections["transparency"]
    slipped = text.replace("người", "nguời", 1).replace("thông tin", "thôg tin", 1).replace("công khai", "coong khai", 1)
    flagged = [issue.word for issue in SpellChecker(AGENCY_WORDS).check_text(slipped)]
    assert flagged == ["nguời", "thôg", "coong"] or sorted(flagged) == sorted(["nguời", "thôg", "coong"])


@pytest.mark.parametrize("word, flag", [
    ("truwowngf", Flag.TELEX), ("dduowcj", Flag.TELEX), ("ddaay", Flag.TELEX), ("Vieetj", Flag.TELEX), ("d9i", Flag.VNI),
    ("tru7o7ng2", Flag.VNI), ("hòang", Flag.PLACEMENT), ("hảc", Flag.TONE), ("ngê", Flag.SPELLING),
    ("Qu¶ng", Flag.LEGACY), ("TrÞ", Flag.LEGACY), ("thÈm", Flag.LEGACY), ("Baùo", Flag.LEGACY),
    (unicodedata.normalize("NFD", "người"), Flag.DECOMPOSED), ("hóả", Flag.TONES), ("facebok", Flag.LETTER),
])
def test_why_a_word_is_flagged(word, flag):
    assert SpellChecker().check_word(word) == flag


@pytest.mark.parametrize("text", [
    "PAPI", "UBND", "SKHCHN", "KH&CN", "QĐ-TTg", "NĐ-CP", "TCVN ISO 9001:2015", "A4", "COVID-19",
    "quý I/2022", "https://dichvucong.quangtri.gov.vn/thu-tuc?id=12", "www.papi.org.vn",
    "skhcn@quangtri.gov.vn", "dostquangtri.gov.vn", "online", "website", "Email", "Zalo",
    "a) b) c)", "hòa hoà thủy thuỷ khỏe khoẻ", "giữa giết gì gìn giếng quốc quyết khuỷu ngoài thuở",
    "xoong boong", "ĐẢNG CỘNG SẢN VIỆT NAM", "Ủy ban nhân dân tỉnh", "ý kiến, ở đâu",
])
def test_not_flagged(text):
    assert SpellChecker().check_text(text) == []


def test_vietnamese_in_capitals_is_checked_and_abbreviations_are_not():
    checker = SpellChecker()
    assert [issue.word for issue in checker.check_text("BÁO CÁO KẾT QỦA CÔNG TÁC")] == ["QỦA"]
    assert checker.check_text("PAPI SKHCHN UBND") == []


def test_an_ordinary_english_word_is_flagged_until_the_agency_lists_it():
    checker = SpellChecker()
    assert checker.check_word("smartcity") is not None
    assert checker.check_word("Papi") is not None  # a title-case word is checked
    seen = []
    checker.add_listener(lambda: seen.append(True))
    checker.add_word("smartcity")
    checker.add_word("PAPI")
    assert checker.check_word("smartcity") is None
    assert checker.check_word("Smartcity") is None
    assert checker.check_word("Papi") is None
    checker.remove_word("smartcity")
    assert checker.check_word("smartcity") is not None
    assert len(seen) == 3


def test_ignored_words_are_not_flagged_and_not_in_the_word_list():
    checker = SpellChecker(["PAPI"])
    checker.ignore("facebok")
    assert checker.check_word("facebok") is None
    assert checker.words == {"papi"}


def test_a_word_list_entry_of_several_words_covers_each():
    checker = SpellChecker(["Ksor Y Phun"])
    assert checker.check_text("ông Ksor Y Phun") == []


def test_a_whole_tcvn3_line_is_flagged_word_by_word_even_where_a_code_spells_another_word():
    checker = SpellChecker()
    line = "ho¹t ®éng cña bé m¸y nhµ n\u00adíc"  # "hoạt động của bộ máy nhà nước" in TCVN3
    flagged = [issue.word for issue in checker.check_text(line)]
    assert "bé" in flagged and "ho¹t" in flagged and "nhµ" in flagged
    assert checker.check_text("em bé ngủ") == []  # alone, "bé" is a word


def test_issue_offsets_point_at_the_word():
    text = "Thực hiện  nguời dân, ddaay."
    issues = SpellChecker().check_text(text)
    assert [(text[i.start:i.end], i.flag) for i in issues] == [("nguời", Flag.SPELLING), ("ddaay", Flag.TELEX)]


def test_a_word_list_given_as_a_generator_is_read_whole():
    checker = SpellChecker(word for word in ["Smartcity", "Ksor"])
    assert checker.check_text("Smartcity Ksor") == []


def test_place_names_and_small_abbreviations_outside_the_rules_are_not_flagged():
    checker = SpellChecker()
    assert checker.check_text("tỉnh Đắk Lắk, huyện Krông Pắc, xem tr. 5, đt 0233 3852 001, sđt, e-mail") == []
    assert [issue.word for issue in checker.check_text("mnh bạch")] == ["mnh"]
