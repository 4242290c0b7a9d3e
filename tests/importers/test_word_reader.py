"""The Word body read as the clerk sees it: every text-bearing element, once, in order."""

from __future__ import annotations

import unicodedata

import pytest

from papi_desktop.importers.legacy import repair_diacritics
from papi_desktop.importers.sources import read_source
from papi_desktop.importers.word import format_number, roman, symbol_text
from .builders import WordFile, add_raw, run, text_box


def lines_of(tmp_path, *paragraphs_xml: str) -> list[str]:
    word = WordFile()
    for xml in paragraphs_xml:
        add_raw(word, xml)
    return [line.text for line in read_source(word.save(tmp_path / "t.docx")).lines]


def test_a_tab_after_a_dash_leaves_one_space(tmp_path):
    assert lines_of(tmp_path, "<w:p>" + run("-", inner="<w:tab/>") + run("Nội dung") + "</w:p>",
                    "<w:p>" + run("- ", inner="<w:tab/>") + run(" Ý hai") + "</w:p>") == ["- Nội dung", "- Ý hai"]


def test_a_soft_hyphen_in_unicode_text_is_an_optional_hyphen(tmp_path):
    assert lines_of(tmp_path, "<w:p>" + run("tuyên", inner="<w:softHyphen/>") + run("truyền") + "</w:p>") == ["tuyêntruyền"]


def test_tcvn3_soft_hyphen_is_the_letter_u_horn(tmp_path):
    xml = "<w:p>" + run("®", ".VnTime", "<w:softHyphen/>") + run("îc", ".VnTime") + "</w:p>"
    assert lines_of(tmp_path, xml) == ["được"]


def test_a_field_shows_its_result_not_its_instruction(tmp_path):
    xml = ("<w:p>" + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
           + '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
           + '<w:r><w:t>lệnh</w:t></w:r>'  # text before "separate" belongs to the instruction
           + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("3")
           + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run(" trang") + "</w:p>")
    assert lines_of(tmp_path, xml) == ["3 trang"]


def test_a_text_box_is_read_once_before_its_paragraph(tmp_path):
    xml = "<w:p>" + run("Đoạn.") + text_box("<w:p>" + run("Trong hộp.") + "</w:p>") + "</w:p>"
    assert lines_of(tmp_path, xml) == ["Trong hộp.", "Đoạn."]


def test_alternate_content_in_a_run_is_read_once(tmp_path):
    choice = ("<w:p><mc:AlternateContent><mc:Choice Requires=\"w14\">" + run("Mới") + "</mc:Choice>"
              "<mc:Fallback>" + run("Mới") + "</mc:Fallback></mc:AlternateContent></w:p>")
    assert lines_of(tmp_path, choice) == ["Mới"]


def test_symbols_breaks_and_hyphens(tmp_path):
    xml = ("<w:p>" + run("", inner='<w:sym w:font="Symbol" w:char="F0B7"/>') + run(" A", inner="<w:noBreakHyphen/>")
           + run("B", inner="<w:cr/>") + run("C", inner="<w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/>")
           + run("D") + "</w:p>")
    assert lines_of(tmp_path, xml) == ["• A-B", "C D"]


def test_content_controls_at_body_and_run_level(tmp_path):
    xml = ("<w:sdt><w:sdtPr/><w:sdtContent><w:p>" + run("Khối.") + "</w:p></w:sdtContent></w:sdt>"
           "<w:p>" + run("Đầu ") + "<w:sdt><w:sdtPr/><w:sdtContent>" + run("giữa") + "</w:sdtContent></w:sdt>" + run(" cuối.") + "</w:p>")
    assert lines_of(tmp_path, xml) == ["Khối.", "Đầu giữa cuối."]


def test_all_caps_formatting_reads_in_capitals(tmp_path):
    xml = "<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>Sở Công Thương</w:t></w:r></w:p>"
    assert lines_of(tmp_path, xml) == ["SỞ CÔNG THƯƠNG"]


def test_vni_marks_in_runs_of_their_own(tmp_path):
    xml = "<w:p>" + run("Ba", "VNI-Times") + run("ùo ca", "VNI-Times") + run("ùo", "VNI-Times") + "</w:p>"
    assert lines_of(tmp_path, xml) == ["Báo cáo"]


def test_a_table_cell_text_is_kept(tmp_path):
    from papi_desktop.model.tables import parse_table

    word = WordFile().table([[["Năm"], ["Điểm 5,31"]]])
    (line,) = [line.text for line in read_source(word.save(tmp_path / "b.docx")).lines]
    assert parse_table(line).rows == (("Năm", "Điểm 5,31"),)  # a table of content: one table line


@pytest.mark.parametrize(("number", "fmt", "label"), [
    (4, "upperRoman", "IV"), (3999, "upperRoman", "MMMCMXCIX"), (2_000_000_000, "upperRoman", "2000000000"),
    (0, "lowerRoman", "0"), (27, "lowerLetter", "a"), (0, "upperLetter", "0"),
])
def test_list_numbers(number, fmt, label):
    assert format_number(number, fmt) == label
    assert roman(4000) == "4000"


def test_symbol_codes():
    assert symbol_text("F0B7") == "•"
    assert symbol_text("F041") == "A"
    assert symbol_text("zz") == ""
    assert symbol_text("D800") == ""


class TestRepairIsCertainOrNothing:
    def test_a_mark_after_a_consonant_leaves_the_line_as_it_was(self):
        line = "Quan \u0309g Tri \u0323"
        assert repair_diacritics(line) == (line, 0, True)

    def test_a_second_tone_on_a_vowel_is_not_certain(self):
        line = "Qu\u1ea3 \u0309ng"
        assert repair_diacritics(line) == (line, 0, True)

    def test_a_shape_mark_on_a_vowel_that_takes_it(self):
        assert repair_diacritics("Qua \u0302n") == ("Quân", 1, False)
        assert repair_diacritics("Qui \u0302n").uncertain


def test_the_import_marks_mended_and_unmended_paragraphs(tmp_path):
    from papi_desktop.importers import import_report

    path = tmp_path / "pdf.txt"
    path.write_text("BÁO CÁO\nKết quả quý I/2024\nI. Công tác xây dựng Kế hoạch\n"
                    "Sở đa \u0303 tuyên truyền.\nKhông châ \u0301c châ\u0301n \u0309.", encoding="utf-8")
    result = import_report(path)
    mended, unmended = result.placements
    assert (mended.text, mended.original) == ("Sở đã tuyên truyền.", "Sở đa \u0303 tuyên truyền.")
    assert unmended.uncertain and unmended.text == unicodedata.normalize("NFC", "Không châ \u0301c châ\u0301n \u0309.")
    assert [result.review_reasons(0), result.review_reasons(1)] == [["repaired"], ["unmended"]]
    assert any("giữ nguyên" in notice for notice in result.notices)


def test_a_field_left_open_does_not_hide_the_paragraphs_after_it(tmp_path):
    broken = "<w:p>" + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + run("lệnh") + "</w:p>"
    assert lines_of(tmp_path, broken, "<w:p>" + run("Đoạn sau.") + "</w:p>") == ["Đoạn sau."]


def test_a_result_spanning_paragraphs_is_read(tmp_path):
    first = ("<w:p>" + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("Mục I") + "</w:p>")
    second = "<w:p>" + run("Mục II") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + "</w:p>"
    assert lines_of(tmp_path, first, second) == ["Mục I", "Mục II"]
