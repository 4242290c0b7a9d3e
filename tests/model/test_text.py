import unicodedata

from hypothesis import given, strategies as st

from papi_desktop.model.text import clean_line, clean_text


def test_decomposed_vietnamese_becomes_precomposed():
    decomposed = unicodedata.normalize("NFD", "Quản trị điện tử")
    assert decomposed != "Quản trị điện tử"
    assert clean_text(decomposed) == "Quản trị điện tử"


def test_control_characters_from_pdf_pastes_are_removed():
    assert clean_text("Sở\x00 Nội\x07 vụ\x1f") == "Sở Nội vụ"


def test_line_breaks_are_unified_and_page_breaks_keep_words_apart():
    assert clean_text("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert clean_text("cuối trang\x0cđầu trang") == "cuối trang\nđầu trang"


def test_clean_line_joins_lines():
    assert clean_line("  SỞ KHOA HỌC\nVÀ CÔNG NGHỆ ") == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"


_XML_OK = lambda c: c in "\t\n" or (0x20 <= ord(c) <= 0xD7FF) or (0xE000 <= ord(c) <= 0xFFFD) or ord(c) >= 0x10000  # noqa: E731


@given(st.text())
def test_any_text_comes_out_xml_safe_and_nfc(text):
    cleaned = clean_text(text)
    assert all(_XML_OK(c) for c in cleaned)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean_text(cleaned) == cleaned


def test_non_breaking_spaces_become_plain_spaces():
    assert clean_text("Số\u00a023") == "Số 23"
