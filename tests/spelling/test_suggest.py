"""The first suggestion for a common slip is the word meant."""

from __future__ import annotations

import unicodedata

import pytest

from papi_desktop.spelling.suggest import nearest, repairs, suggest
from papi_desktop.spelling.syllable import STYLE_NEW, check_syllable

COMMON_SLIPS = [
    # Telex and VNI keys left in the word
    ("truwowngf", "trường"), ("ddaay", "đây"), ("dduowcj", "được"), ("Vieetj", "Việt"),
    ("d9i", "đi"), ("tru7o7ng2", "trường"),
    # a tone mark on the wrong vowel
    ("hòang", "hoàng"), ("tóan", "toán"), ("qủa", "quả"), ("qúa", "quá"), ("cuả", "của"),
    ("đựoc", "được"), ("hịên", "hiện"), ("chúyển", "chuyển"), ("ngòai", "ngoài"), ("hòan", "hoàn"),
    ("tòan", "toàn"),
    # old font codes, NFD
    ("Qu¶ng", "Quảng"), ("TrÞ", "Trị"), ("Baùo", "Báo"), (unicodedata.normalize("NFD", "người"), "người"),
    # c/k, g/gh, ng/ngh, q, f/z/j
    ("nghành", "ngành"), ("ngiên", "nghiên"), ("kác", "các"), ("kông", "công"), ("cịp", "kịp"),
    ("ciểm", "kiểm"), ("ghà", "gà"), ("ghóp", "góp"), ("nghọ", "ngọ"), ("qan", "quan"),
    ("fát", "phát"), ("zân", "dân"), ("jải", "giải"),
    # a letter dropped, doubled or swapped
    ("trog", "trong"), ("khôg", "không"), ("nhưg", "nhưng"), ("thôg", "thông"), ("chíhn", "chính"),
    ("tỉhn", "tỉnh"), ("quyềnn", "quyền"), ("tronng", "trong"), ("thựcc", "thực"), ("nămm", "năm"),
    ("mnh", "minh"), ("nguời", "người"), ("Nguyẽn", "Nguyễn"),
    # a stop final with a tone it cannot take
    ("thưc", "thực"), ("phat", "phát"), ("hoàt", "hoạt"), ("sàch", "sách"), ("tôt", "tốt"), ("luât", "luật"),
]


@pytest.mark.parametrize("slip, meant", COMMON_SLIPS)
def test_the_word_meant_comes_first(slip, meant):
    assert suggest(slip)[0] == meant


def test_enough_common_slips_are_tested():
    assert len(COMMON_SLIPS) >= 40


def test_every_suggestion_is_a_valid_syllable_and_not_the_slip():
    for slip, _ in COMMON_SLIPS:
        for candidate in suggest(slip):
            assert candidate != slip
            assert check_syllable(unicodedata.normalize("NFC", candidate)).ok, (slip, candidate)


def test_case_is_kept():
    assert suggest("NGÒAI")[0] == "NGOÀI"
    assert suggest("Tóan")[0] == "Toán"


def test_the_chosen_style_places_the_moved_mark():
    assert repairs("hoaf") == ["hòa"]
    assert repairs("hoaf", STYLE_NEW) == ["hoà"]


def test_words_used_elsewhere_in_the_report_rank_higher():
    assert nearest("hiêm")[0] != "thiêm"
    assert nearest("hiêm", known={"thiêm"})[0] == "thiêm"


def test_few_suggestions_that_are_no_common_word():
    suggestions = suggest("nguời")
    assert suggestions[0] == "người" and len(suggestions) <= 2


def test_no_suggestion_for_a_word_with_no_vietnamese_neighbour():
    assert suggest("xyzzyq") == []
