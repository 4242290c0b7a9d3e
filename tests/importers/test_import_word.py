"""Importing Word files: the app's own export back, and hand-made variants of real reports."""

from __future__ import annotations

import datetime
import re

import pytest

from papi_desktop.compose import compose
from papi_desktop.export import export_docx
from papi_desktop.importers import import_report
from papi_desktop.model import IMPLEMENTATION, NEXT_TASKS, OTHER, PREAMBLE, Period, load_catalogue
from papi_desktop.model.serialize import report_to_dict
from .builders import WordFile, set_font, word_paragraphs

CATALOGUE = load_catalogue()
KEYS = CATALOGUE.dimension_keys


def comparable(report) -> dict:
    data = report_to_dict(report)
    for name in ("id", "created_at", "updated_at", "status"):
        del data[name]
    return data


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def assert_nothing_lost(path, result) -> None:
    """Every paragraph of the file is in the draft (its printed form) or was taken as
    structure (a heading, a fixed line, a header or signature line)."""
    printed = _flat(compose(result.report).plain_text())
    structure = {_flat(line.text) for line in result.recognised}
    for text in word_paragraphs(path):
        bare = re.sub(r"^(\d{1,3}\s*[.)]\s*|- )", "", text)
        bare = re.sub(r"\s*\.?/\.$", "", bare)
        assert _flat(text) in structure or _flat(bare) in printed, text


def test_own_export_comes_back_as_the_same_report(tmp_path, sample_report):
    path = export_docx(sample_report, tmp_path / "bao-cao.docx")
    result = import_report(path)
    assert comparable(result.report) == comparable(sample_report)
    assert result.report.title_override is None  # the title is the derived one
    assert result.notices == []
    assert_nothing_lost(path, result)


def test_own_export_with_a_clerks_title_and_no_authority(tmp_path, sample_report):
    sample_report.title_override = "Báo cáo riêng về Chỉ số PAPI quý I năm 2022"
    sample_report.signature.authority = ""
    sample_report.signature.head_title = ""
    sample_report.header.number = ""
    sample_report.sections[OTHER] = "Một đoạn thêm.\n- Một ý thêm"
    result = import_report(export_docx(sample_report, tmp_path / "bao-cao.docx"))
    assert comparable(result.report) == comparable(sample_report)


def standard_body(word: WordFile, dimensions: list[tuple[str, str]]) -> WordFile:
    word.para("Thực hiện Kế hoạch của UBND tỉnh, Sở báo cáo như sau:")
    word.para("I. CÔNG TÁC XÂY DỰNG KẾ HOẠCH VÀ TRIỂN KHAI THỰC HIỆN")
    word.para("Sở đã ban hành Kế hoạch số 14/KH-SKHCN.")
    word.para("II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CHỈ SỐ PAPI")
    for heading, text in dimensions:
        word.para(heading)
        word.para(text)
    word.para("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023")
    word.para("1. Tiếp tục tuyên truyền về Chỉ số PAPI.")
    word.para("2) Rà soát các nội dung thành phần")
    word.para("- Nâng cao chất lượng dịch vụ công./.")
    return word


def test_dimensions_in_other_wordings_numbering_and_order(tmp_path):
    dimensions = [
        ("Chỉ số nội dung 3: Trách nhiệm giải trình với người dân", "Nội dung trách nhiệm."),
        ("1.1. Chỉ số nội dung Tham gia của người dân ở cấp cơ sở", "Nội dung tham gia."),
        ("CHỈ SỐ NỘI DUNG 8: QUẢN TRỊ ĐIỆN TỬ", "Nội dung điện tử."),
        ("Nội dung 2: Công khai, minh bạch trong việc ra quyết định ở địa phương", "Nội dung công khai."),
        ("4. Kiểm soát tham nhũng", "Nội dung tham nhũng."),
        ("5 - Thủ tục hành chính công", "Nội dung thủ tục."),
        ("6. VỀ CUNG ỨNG DỊCH VỤ CÔNG", "Nội dung dịch vụ."),
        ("7. Về nội dung Quản trị môi trường", "Nội dung môi trường."),
    ]
    path = standard_body(WordFile().header().title(), dimensions).signature().save(tmp_path / "r.docx")
    result = import_report(path)
    report = result.report
    assert [report.section(key) for key in KEYS] == [
        "Nội dung tham gia.", "Nội dung công khai.", "Nội dung trách nhiệm.", "Nội dung tham nhũng.",
        "Nội dung thủ tục.", "Nội dung dịch vụ.", "Nội dung môi trường.", "Nội dung điện tử.",
    ]
    assert report.section(PREAMBLE) == "Thực hiện Kế hoạch của UBND tỉnh, Sở báo cáo như sau:"
    assert report.section(IMPLEMENTATION) == "Sở đã ban hành Kế hoạch số 14/KH-SKHCN."
    assert report.section(NEXT_TASKS).split("\n") == [
        "Tiếp tục tuyên truyền về Chỉ số PAPI.", "Rà soát các nội dung thành phần", "Nâng cao chất lượng dịch vụ công",
    ]
    assert report.section(OTHER) == ""
    assert_nothing_lost(path, result)


def test_header_and_signature_read_from_their_tables(tmp_path):
    path = standard_body(WordFile().header().title(), []).signature().save(tmp_path / "r.docx")
    report = import_report(path).report
    header = report.header
    assert (header.parent_agency, header.agency) == ("UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    assert (header.number, header.symbol) == ("23", "BC-SKHCN")
    assert (header.place, header.date) == ("Quảng Trị", datetime.date(2023, 9, 14))
    assert header.agency_in_text == "Sở Khoa học và Công nghệ"
    assert report.period == Period(2023, 3)
    assert report.title_override is None
    assert report.recipients == ["UBND tỉnh", "Sở Nội vụ"]
    assert report.archive == "VT, VP"
    signature = report.signature
    assert (signature.authority, signature.head_title, signature.signer_title, signature.signer_name) == (
        "KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn An",
    )


@pytest.mark.parametrize(
    ("line", "number", "symbol"),
    [("Số:       /BC-SKHCN", "", "BC-SKHCN"), ("Số: 05/BC-UBND", "5", "BC-UBND"), ("Số:.../BC-SKHCN", "", "BC-SKHCN")],
)
def test_number_line_variants(tmp_path, line, number, symbol):
    path = standard_body(WordFile().header(number_line=line).title(), []).save(tmp_path / "r.docx")
    header = import_report(path).report.header
    assert (header.number, header.symbol) == (number, symbol)


def test_missing_dimensions_are_named_and_left_empty(tmp_path):
    dimensions = [("2. Về nội dung Công khai minh bạch", "Công khai."), ("1. Về nội dung Tham gia của người dân ở cấp cơ sở", "Tham gia.")]
    path = standard_body(WordFile().header().title(), dimensions).signature().save(tmp_path / "r.docx")
    result = import_report(path)
    assert result.report.section("participation") == "Tham gia."
    assert result.report.section("transparency") == "Công khai."
    assert all(not result.report.section(key) for key in KEYS[2:])
    missing = next(n for n in result.notices if n.startswith("Không thấy nội dung"))
    assert "Quản trị điện tử" in missing and "Tham gia" not in missing


def test_extra_sections_and_closing_sentence_go_to_other_content(tmp_path):
    word = standard_body(WordFile().header().title(), [("1. Về nội dung Tham gia của người dân ở cấp cơ sở", "Tham gia.")])
    word.para("IV. KIẾN NGHỊ, ĐỀ XUẤT")  # an optional part of the catalogue's outline: recognised as such
    word.para("Đề nghị UBND tỉnh quan tâm bố trí kinh phí.")
    word.para("V. KHÓ KHĂN, VƯỚNG MẮC")  # a part no catalogue has: kept, heading and all, in "Nội dung khác"
    word.para("Thiếu người làm công tác cải cách hành chính.")
    word.para("Trên đây là báo cáo của Sở Khoa học và Công nghệ./.")
    path = word.signature().save(tmp_path / "r.docx")
    result = import_report(path)
    assert result.report.section("recommendations") == "Đề nghị UBND tỉnh quan tâm bố trí kinh phí."
    other = result.report.section(OTHER).split("\n")
    assert other == [
        "V. KHÓ KHĂN, VƯỚNG MẮC",
        "Thiếu người làm công tác cải cách hành chính.",
        "Trên đây là báo cáo của Sở Khoa học và Công nghệ",
    ]
    # the task list stopped at the extra section
    assert result.report.section(NEXT_TASKS).split("\n")[-1] == "Nâng cao chất lượng dịch vụ công./."
    assert any("Nội dung khác" in notice for notice in result.notices)
    assert_nothing_lost(path, result)


def test_text_under_section_two_before_any_dimension_is_kept(tmp_path):
    word = WordFile().header().title()
    word.para("II. Kết quả thực hiện")
    word.para("Nhìn chung các chỉ số đều tăng.")
    word.para("1. Về Quản trị điện tử")
    word.para("Điện tử.")
    result = import_report(word.save(tmp_path / "r.docx"))
    assert result.report.section(OTHER) == "Nhìn chung các chỉ số đều tăng."
    assert result.report.section("egovernance") == "Điện tử."


def test_a_file_without_any_recognisable_structure_keeps_every_paragraph(tmp_path):
    word = WordFile()
    for text in ("Ghi chú cuộc họp", "Một đoạn văn dài về công tác chung của cơ quan trong quý.", "- một ý"):
        word.para(text)
    path = word.save(tmp_path / "r.docx")
    result = import_report(path)
    assert result.report.section(OTHER).split("\n") == [
        "Ghi chú cuộc họp", "Một đoạn văn dài về công tác chung của cơ quan trong quý.", "- một ý",
    ]
    assert any("I, II, III" in notice for notice in result.notices)


def test_tcvn3_text_in_vntime_runs_is_converted(tmp_path):
    word = WordFile()
    word.table([[["UBND TØNH QU¶NG TRÞ"], ["CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM"]]])
    for cell_paragraph in word.document.tables[0]._cells:
        for run in cell_paragraph.paragraphs[0].runs:
            set_font(run, ".VnTimeH")
    word.para("b¸o c¸o", font=".VnTimeH", centered=True)
    word.para("KÕt qu¶ c«ng t¸c duy tr× vµ cñng cè ChØ sè PAPI quý I n¨m 2022", font=".VnTime", centered=True)
    word.para("I. C«ng t¸c x©y dùng KÕ ho¹ch", font=".VnTime")
    word.para("Së ®· t¨ng c­êng c«ng t¸c tuyªn truyÒn.", font=".VnTime")
    word.para("Sở đã làm tốt (đoạn Unicode giữ nguyên).")
    result = import_report(word.save(tmp_path / "r.docx"))
    report = result.report
    assert report.header.agency == "UBND TỈNH QUẢNG TRỊ"
    assert report.title == "Kết quả công tác duy trì và củng cố Chỉ số PAPI quý I năm 2022"
    assert report.period == Period(2022, 1)
    assert report.section(IMPLEMENTATION).split("\n") == [
        "Sở đã tăng cường công tác tuyên truyền.", "Sở đã làm tốt (đoạn Unicode giữ nguyên).",
    ]
    assert "Đã chuyển 6 đoạn từ mã TCVN3 sang Unicode." in result.notices


def test_tcvn3_without_a_font_name_and_vni_runs_are_recognised_by_their_characters(tmp_path):
    word = WordFile().header().title()
    word.para("I. Công tác xây dựng Kế hoạch")
    word.para("Së ®· t¨ng c­êng c«ng t¸c tuyªn truyÒn.", font="Times New Roman")
    word.para("Sôû ñaõ taêng cöôøng coâng taùc tuyeân truyeàn.", font="VNI-Times")
    result = import_report(word.save(tmp_path / "r.docx"))
    assert result.report.section(IMPLEMENTATION).split("\n") == ["Sở đã tăng cường công tác tuyên truyền."] * 2
    assert "Đã chuyển 1 đoạn từ mã VNI sang Unicode." in result.notices


def test_word_bullets_and_numbering_are_written_out(tmp_path):
    word = WordFile().header().title()
    word.para("Công tác xây dựng Kế hoạch và triển khai thực hiện Kế hoạch", style="List Number")
    word.para("Một ý gạch đầu dòng", style="List Bullet")
    result = import_report(word.save(tmp_path / "r.docx"))
    assert result.report.section(IMPLEMENTATION) == "- Một ý gạch đầu dòng"


def test_moving_a_paragraph_rebuilds_the_sections(tmp_path, sample_report):
    result = import_report(export_docx(sample_report, tmp_path / "r.docx"))
    index = next(i for i, p in enumerate(result.placements) if p.key == "environment")
    text = result.placements[index].text
    result.move(index, OTHER)
    assert result.placements[index].key == OTHER
    assert result.report.section(OTHER) == text
    assert text not in result.report.section("environment")
    result.move(index, NEXT_TASKS)
    assert result.report.section(NEXT_TASKS).split("\n")[0] == text  # document order: it came first
    with pytest.raises(KeyError):
        result.move(index, "no-such-section")
    # every section paragraph is a placement, in document order
    assert [p.text for p in result.placements if p.key == PREAMBLE] == [sample_report.section(PREAMBLE)]


def test_numbered_points_inside_a_dimension_stay_its_text(tmp_path):
    word = WordFile().header().title()
    word.para("I. Công tác xây dựng Kế hoạch và triển khai thực hiện Kế hoạch")
    word.para("1. Ban hành kế hoạch công khai, minh bạch trong hoạt động của Sở.")
    word.para("2. Tổ chức tập huấn về chỉ số PAPI")
    word.para("II. Kết quả thực hiện")
    word.para("1. Về nội dung Tham gia của người dân ở cấp cơ sở")
    word.para("1. Tham gia tập huấn về Chỉ số PAPI cho công chức")
    word.para("2. Về nội dung Công khai minh bạch")
    word.para("2. Công khai danh sách hộ nghèo")
    word.para("4. Phòng, chống tham nhũng")
    word.para("Đã kê khai tài sản.")
    word.para("8. Chính quyền điện tử")
    word.para("Đã vận hành cổng thông tin.")
    report = import_report(word.save(tmp_path / "r.docx")).report
    assert report.section(IMPLEMENTATION).split("\n") == [
        "1. Ban hành kế hoạch công khai, minh bạch trong hoạt động của Sở.", "2. Tổ chức tập huấn về chỉ số PAPI",
    ]
    assert report.section("participation") == "1. Tham gia tập huấn về Chỉ số PAPI cho công chức"
    assert report.section("transparency") == "2. Công khai danh sách hộ nghèo"
    assert report.section("corruption") == "Đã kê khai tài sản."
    assert report.section("egovernance") == "Đã vận hành cổng thông tin."


def test_a_title_on_two_centred_lines_and_a_date_left_blank(tmp_path):
    word = WordFile().header(date_line="Quảng Trị, ngày      tháng     năm 2023")
    word.para("BÁO CÁO", centered=True)
    word.para("Kết quả công tác duy trì và củng cố Chỉ số PAPI", centered=True)
    word.para("quý II năm 2023", centered=True)
    word.para("Thực hiện Kế hoạch, Sở báo cáo như sau:")
    word.para("I. Công tác xây dựng Kế hoạch")
    result = import_report(word.save(tmp_path / "r.docx"))
    report = result.report
    assert report.title == "Kết quả công tác duy trì và củng cố Chỉ số PAPI quý II năm 2023"
    assert report.period == Period(2023, 2)
    assert report.header.place == "Quảng Trị"
    assert report.section(PREAMBLE) == "Thực hiện Kế hoạch, Sở báo cáo như sau:"
    assert any("ngày tháng" in notice for notice in result.notices)


def test_signature_without_authority_and_recipients_after_it(tmp_path):
    word = standard_body(WordFile().header().title(), [])
    word.para("GIÁM ĐỐC")
    word.para("Lê Thị Bình")
    word.para("Nơi nhận:")
    word.para("- Như trên;")
    word.para("- Lưu: VT.")
    report = import_report(word.save(tmp_path / "r.docx")).report
    signature = report.signature
    assert (signature.authority, signature.signer_title, signature.signer_name) == ("", "GIÁM ĐỐC", "Lê Thị Bình")
    assert (report.recipients, report.archive) == (["Như trên"], "VT")
    assert report.section(NEXT_TASKS).split("\n")[-1] == "Nâng cao chất lượng dịch vụ công"


@pytest.mark.parametrize(("line", "first"), [
    ("III. Nhiệm vụ quý tới: tiếp tục tuyên truyền về Chỉ số PAPI.", "tiếp tục tuyên truyền về Chỉ số PAPI."),
    ("III. Nhiệm vụ quý tới tiếp tục tuyên truyền về Chỉ số PAPI và rà soát thủ tục hành chính.",
     "Nhiệm vụ quý tới tiếp tục tuyên truyền về Chỉ số PAPI và rà soát thủ tục hành chính."),
    ("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023", None),  # a heading alone: its words are the catalogue's
])
def test_a_part_heading_that_runs_on_into_its_text_keeps_the_text(tmp_path, line, first):
    word = WordFile().header().title()
    word.para("I. CÔNG TÁC XÂY DỰNG KẾ HOẠCH VÀ TRIỂN KHAI THỰC HIỆN").para("Đã làm.")
    path = word.para(line).para("Rà soát thủ tục.").signature().save(tmp_path / "r.docx")
    report = import_report(path).report
    assert report.section(NEXT_TASKS).split("\n") == ([first] if first else []) + ["Rà soát thủ tục."]
