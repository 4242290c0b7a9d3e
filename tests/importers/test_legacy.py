"""The TCVN3 and VNI tables, checked on known words, and telling the encodings apart."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from papi_desktop.importers.legacy import (
    TCVN3, VNI, font_encoding, guess_encoding, tcvn3_to_unicode, to_unicode, vni_to_unicode,
)
from papi_desktop.importers.sources import decode_text


@pytest.mark.parametrize(
    ("tcvn3", "unicode"),
    [
        ("Qu¶ng TrÞ", "Quảng Trị"),
        ("B¸o c¸o", "Báo cáo"),
        ("Së Khoa häc vµ C«ng nghÖ", "Sở Khoa học và Công nghệ"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("ng­êi d©n ë cÊp c¬ së", "người dân ở cấp cơ sở"),
        ("Tr¸ch nhiÖm gi¶i tr×nh", "Trách nhiệm giải trình"),
        ("KiÓm so¸t tham nhòng", "Kiểm soát tham nhũng"),
        ("ThÓ chÕ, ®Êt ®ai, ­u tiªn", "Thể chế, đất đai, ưu tiên"),
        ("kû luËt, Mü, lò, ®ång, tæ, ®ç, ­ít", "kỷ luật, Mỹ, lũ, đồng, tổ, đỗ, ướt"),
        ("¨n, ¾t, ½, ¼, »", "ăn, ắt, ẵ, ẳ, ằ"),
    ],
)
def test_tcvn3_words(tcvn3, unicode):
    assert tcvn3_to_unicode(tcvn3) == unicode
    assert guess_encoding(tcvn3) == TCVN3


def test_tcvn3_capitals_font_draws_lower_case_codes_as_capitals():
    assert tcvn3_to_unicode("b¸o c¸o", capitals=True) == "BÁO CÁO"
    assert tcvn3_to_unicode("së khoa häc vµ c«ng nghÖ", capitals=True) == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    # the seven capitals VN3 has codes for
    assert tcvn3_to_unicode("¡¢§£¤¥¦") == "ĂÂĐÊÔƠƯ"


@pytest.mark.parametrize(
    ("vni", "unicode"),
    [
        ("Baùo caùo", "Báo cáo"),
        ("BAÙO CAÙO", "BÁO CÁO"),
        ("Quaûng Trò", "Quảng Trị"),
        ("Sôû Khoa hoïc vaø Coâng ngheä", "Sở Khoa học và Công nghệ"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("ngöôøi daân ôû caáp cô sôû", "người dân ở cấp cơ sở"),
        ("Ñaêk Laêk, quyù, tröôøng, thaéng, aên, ñaëc, kyû, Myõ, lyù", "Đăk Lăk, quý, trường, thắng, ăn, đặc, kỷ, Mỹ, lý"),
        ("Nguyeãn Höõu Thaéng", "Nguyễn Hữu Thắng"),
    ],
)
def test_vni_words(vni, unicode):
    assert vni_to_unicode(vni) == unicode
    assert guess_encoding(vni) == VNI


@pytest.mark.parametrize(
    "text",
    ["Quảng Trị", "Hoà bình, xoã tóc, mùa xuân", "Hello world", "Số: 23/BC", "", "2022"],
)
def test_unicode_and_plain_text_are_left_alone(text):
    assert guess_encoding(text) is None
    assert to_unicode(text, None) == text


def test_decomposed_text_is_normalised():
    decomposed = "Qua\u0309ng Tri\u0323"
    assert to_unicode(decomposed, None) == "Quảng Trị"


def test_font_names():
    assert font_encoding(".VnTime") == (TCVN3, False)
    assert font_encoding(".VnTimeH") == (TCVN3, True)
    assert font_encoding(".VnArialH") == (TCVN3, True)
    assert font_encoding("VNI-Times") == (VNI, False)
    assert font_encoding("Times New Roman") == (None, False)
    assert font_encoding(None) == (None, False)


@pytest.mark.parametrize(
    ("data", "expected", "encoding"),
    [
        ("Quảng Trị".encode("utf-8"), "Quảng Trị", None),
        (codecs.BOM_UTF8 + "Quảng Trị".encode("utf-8"), "Quảng Trị", None),
        ("Quảng Trị".encode("utf-16"), "Quảng Trị", None),  # with its BOM
        (codecs.BOM_UTF16_BE + "Quảng Trị".encode("utf-16-be"), "Quảng Trị", None),
        ("Qu¶ng TrÞ, B¸o c¸o".encode("latin-1"), "Quảng Trị, Báo cáo", TCVN3),
        ("Quaûng Trò, Baùo caùo".encode("latin-1"), "Quảng Trị, Báo cáo", VNI),
        # Windows-1258 writes tones as combining marks after the letter
        ("Qua\u0309ng Tri\u0323, Ba\u0301o ca\u0301o, \u0111\u01a1n".encode("cp1258"), "Quảng Trị, Báo cáo, đơn", None),
    ],
)
def test_decoding_text_files(data, expected, encoding):
    text, found = decode_text(data)
    assert unicodedata.normalize("NFC", text) == expected
    assert found == encoding


class TestBrokenDiacritics:
    """Tone marks torn off by PDF-to-Word conversion are mended; correct text is left alone."""

    def test_a_mark_pushed_after_a_space_rejoins_its_letter(self):
        from papi_desktop.importers.legacy import repair_diacritics

        broken = "Qua \u0309ng Tri \u0323"
        assert repair_diacritics(broken) == ("Quảng Trị", 2, False)

    def test_spacing_accents_after_a_vowel_become_tone_marks(self):
        from papi_desktop.importers.legacy import repair_diacritics

        assert repair_diacritics("ba\u02cbn ca\u00b4c ngu\u02dcng") == ("bàn các ngũng", 3, False)

    def test_eth_from_pdf_fonts_is_the_vietnamese_d(self):
        from papi_desktop.importers.legacy import repair_diacritics

        assert repair_diacritics("ðiện tử, Ðồng Hới") == ("điện tử, Đồng Hới", 2, False)

    def test_correct_text_is_unchanged(self, sample_report):
        from papi_desktop.importers.legacy import repair_diacritics

        for text in sample_report.sections.values():
            assert repair_diacritics(text) == (text, 0, False)
        assert repair_diacritics("dài 5´ và 3˜") == ("dài 5´ và 3˜", 0, False)  # not after a vowel: not a tone


def test_an_imported_text_file_with_torn_marks_is_mended_and_the_clerk_told(tmp_path):
    from papi_desktop.importers import import_report
    from papi_desktop.export import export_docx
    from papi_desktop.model import load_sample

    sample = load_sample()
    source = tmp_path / "tu-pdf.txt"
    export_docx(sample, tmp_path / "a.docx")
    import docx

    lines = [p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs]
    torn = "\n".join(lines).replace("Quản trị", "Qua \u0309n tri \u0323")
    source.write_text(torn, encoding="utf-8")
    result = import_report(source)
    assert result.report.section("egovernance") == sample.section("egovernance")
    assert any("dấu thanh" in notice for notice in result.notices)
