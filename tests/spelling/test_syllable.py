"""The syllable rules: what Vietnamese allows, what it never writes, where the tone goes."""

from __future__ import annotations

import pytest

from papi_desktop.spelling.syllable import STYLE_NEW, STYLE_OLD, Problem, check_syllable, tone_positions

VALID = (
    "a à ạ ý ở ơi ông uống yên yêu ủy uỷ người được trường nghiêng nghĩ nghe ngoài ngoằn khuỷu khuya "
    "quốc quyết quyền quý quỳnh quả quà qua gì gìn giữa giết giếng gia già kỹ kỳ ký kịp kìa kiểm cũng "
    "ghi ghế ghét gà gõ thuở thuế huơ tuần khuấy xoáy hoạch thoát toàn luật chuyển khuyên tuyệt "
    "huỳnh huých uyển oái xoong boong phương hươu rượu cứu gửi mía mùa của cửa sữa hòa hoà khỏe khoẻ"
).split()


@pytest.mark.parametrize("word", VALID)
def test_valid(word):
    assert check_syllable(word).ok, check_syllable(word)


@pytest.mark.parametrize("word, problem", [
    ("nge", Problem.SPELLING), ("ngi", Problem.SPELLING), ("nghă", Problem.SPELLING),  # ng/ngh
    ("ka", Problem.SPELLING), ("ce", Problem.SPELLING), ("cy", Problem.SPELLING),  # c/k
    ("ge", Problem.SPELLING), ("gha", Problem.SPELLING),  # g/gh
    ("qa", Problem.SPELLING), ("quu", Problem.SPELLING),  # q is qu
    ("iên", Problem.SPELLING), ("tyên", Problem.SPELLING),  # iê/yê
    ("trog", Problem.SPELLING), ("ươg", Problem.SPELLING), ("aă", Problem.SPELLING), ("coong", Problem.SPELLING),
    ("fa", Problem.LETTER), ("zô", Problem.LETTER), ("wa", Problem.LETTER), ("ja", Problem.LETTER),
    ("hảc", Problem.TONE), ("thưc", Problem.TONE), ("kềt", Problem.TONE), ("lãp", Problem.TONE), ("sàch", Problem.TONE),
    ("hòang", Problem.PLACEMENT), ("qủa", Problem.PLACEMENT), ("múa", None), ("muá", Problem.PLACEMENT),
    ("ngừơi", Problem.PLACEMENT), ("tủyên", Problem.PLACEMENT), ("ngòai", Problem.PLACEMENT),
    ("hóả", Problem.TONES), ("Qu¶ng", Problem.LETTER),
])
def test_invalid(word, problem):
    assert check_syllable(word).problem == problem


def test_the_two_styles_differ_only_for_open_oa_oe_uy():
    assert check_syllable("hòa").syllable.style == STYLE_OLD
    assert check_syllable("hoà").syllable.style == STYLE_NEW
    assert check_syllable("thúy").syllable.style == STYLE_OLD
    assert check_syllable("thuý").syllable.style == STYLE_NEW
    assert check_syllable("khỏe").syllable.style == STYLE_OLD
    assert check_syllable("hoàng").syllable.style is None  # a final consonant: one placement only
    assert check_syllable("quý").syllable.style is None  # the u of qu is the onset's
    assert tone_positions("oa") == (0, 1)
    assert tone_positions("oan") == (1,)
    assert tone_positions("ươi") == (1,)
    assert tone_positions("uya") == (1,)
