import datetime
import unicodedata

import pytest

from papi_desktop.model import (
    NEXT_TASKS, ParagraphKind, Period, Report, Signature, Status, load_catalogue, paragraphs, task_items,
)
from papi_desktop.model.report import Header, period_phrases, recipient_items
from papi_desktop.model.serialize import duplicate_report, next_quarter_report, report_from_dict, report_to_dict

SEED_TITLE = (
    "Kết quả công tác duy trì và củng cố Chỉ số Hiệu quả Quản trị và Hành chính công "
    "quý I và nhiệm vụ quý II/2022 của Sở Khoa học và Công nghệ"
)


def test_sample_title_is_derived_exactly_as_the_seed_writes_it(sample_report):
    assert sample_report.title_override is None
    assert sample_report.title == SEED_TITLE
    assert sample_report.next_tasks_heading() == "Kế hoạch thực hiện quý II/2022"


def test_title_across_the_year_end_names_both_years(sample_report):
    sample_report.period = Period(2022, 4)
    assert "quý IV/2022 và nhiệm vụ quý I/2023" in sample_report.title
    assert sample_report.next_tasks_heading() == "Kế hoạch thực hiện quý I/2023"
    assert period_phrases(Period(2022, 2)) == ("quý II", "quý III/2022")


def test_edited_title_wins_until_cleared(sample_report):
    sample_report.title_override = "Báo cáo riêng"
    assert sample_report.title == "Báo cáo riêng"
    sample_report.title_override = "   "
    assert sample_report.title == SEED_TITLE


def test_catalogue_has_the_eight_dimensions_in_official_order():
    catalogue = load_catalogue("papi")
    assert [d.name for d in catalogue.dimensions] == [
        "Tham gia của người dân ở cấp cơ sở",
        "Công khai, minh bạch trong việc ra quyết định ở địa phương",
        "Trách nhiệm giải trình với người dân",
        "Kiểm soát tham nhũng trong khu vực công",
        "Thủ tục hành chính công",
        "Cung ứng dịch vụ công",
        "Quản trị môi trường",
        "Quản trị điện tử",
    ]
    assert [d.number for d in catalogue.dimensions] == list(range(1, 9))
    assert catalogue.dimension("participation").heading == "Về nội dung Tham gia của người dân ở cấp cơ sở"
    assert all(d.hint and d.english_name and d.short_name for d in catalogue.dimensions)


def test_paragraphs_split_lines_and_recognise_bullets():
    body = "Đoạn một.\n\n- gạch một\n– gạch hai\n•  gạch ba\n  Đoạn cuối.  "
    result = paragraphs(body)
    assert [p.kind for p in result] == [ParagraphKind.TEXT] + [ParagraphKind.BULLET] * 3 + [ParagraphKind.TEXT]
    assert [p.text for p in result] == ["Đoạn một.", "- gạch một", "- gạch hai", "- gạch ba", "Đoạn cuối."]


def test_task_items_drop_typed_numbers():
    assert task_items("1. Một\n\n2) Hai\nBa\n10. Mười") == ["Một", "Hai", "Ba", "Mười"]


def test_recipient_items_drop_dashes_and_end_punctuation():
    assert recipient_items(["- Sở Nội vụ;", "GD, các PGD", "  ", "Các phòng."]) == ["Sở Nội vụ", "GD, các PGD", "Các phòng"]


def test_set_section_cleans_and_rejects_unknown_keys(sample_report):
    sample_report.set_section("egovernance", unicodedata.normalize("NFD", "Cổng điện tử\x00\r\n"))
    assert sample_report.section("egovernance") == "Cổng điện tử"
    with pytest.raises(KeyError):
        sample_report.set_section("no-such-section", "x")


@pytest.mark.parametrize(
    "signature, lines",
    [
        (Signature("KT.", "Giám đốc", "Phó Giám đốc", "A"), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]),
        (Signature("TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "A"), ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
        (Signature("", "GIÁM ĐỐC", "", "A"), ["GIÁM ĐỐC"]),
        (Signature("", "", "GIÁM ĐỐC", "A"), ["GIÁM ĐỐC"]),
        (Signature("Q.", "GIÁM ĐỐC", "", "A"), ["Q. GIÁM ĐỐC"]),
    ],
)
def test_authority_lines(signature, lines):
    assert signature.authority_lines() == lines


@pytest.mark.parametrize("number, line", [("23", "Số: 23/BC-X"), ("5", "Số: 05/BC-X"), ("", "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-X")])
def test_number_line_pads_small_numbers_and_leaves_room_when_blank(number, line):
    assert Header(number=number, symbol="BC-X").number_line() == line


def test_dict_round_trip_keeps_everything(sample_report):
    sample_report.title_override = "Tiêu đề riêng"
    again = report_from_dict(report_to_dict(sample_report))
    assert report_to_dict(again) == report_to_dict(sample_report)


def test_next_quarter_from_the_sample():
    sample = report_from_dict(report_to_dict(load_sample_final()))
    today = datetime.date(2022, 6, 10)
    following = next_quarter_report(sample, today)
    assert following.period == Period(2022, 2)
    assert following.id != sample.id
    assert following.header.number == ""
    assert following.header.date == today
    assert following.status is Status.DRAFT
    assert following.title_override is None
    assert "quý II và nhiệm vụ quý III/2022" in following.title
    assert following.sections == sample.sections
    following.sections[NEXT_TASKS] = "khác"
    assert sample.section(NEXT_TASKS) != "khác"  # bodies are copied, not shared


def test_next_quarter_after_quarter_four_is_next_year(sample_report):
    sample_report.period = Period(2022, 4)
    assert next_quarter_report(sample_report).period == Period(2023, 1)


def test_duplicate_has_new_identity_and_is_a_draft(sample_report):
    copy = duplicate_report(sample_report)
    assert copy.id != sample_report.id and copy.status is Status.DRAFT
    assert copy.sections == sample_report.sections


def load_sample_final() -> Report:
    from papi_desktop.model import load_sample

    report = load_sample()
    assert report.status is Status.FINAL  # the sample is a signed report
    return report


def test_empty_parts_names_the_bare_headings_in_printed_order():
    from papi_desktop.model import Period, Report, load_sample

    assert load_sample().empty_parts() == []
    report = Report(period=Period(2023, 2))
    names = report.empty_parts()
    keys = report.catalogue.dimensions
    assert names[0].startswith("I. ") and names[-1].startswith("III. ")
    assert len(names) == 2 + len(keys)
    assert names[1] == f"II.1. {keys[0].heading}"
    report.set_section(keys[2].key, "Đã công khai dự toán.")
    report.set_section("next_tasks", "Tiếp tục")
    report.set_section("preamble", "")  # the opening has no heading: never named
    names = report.empty_parts()
    assert f"II.3. {keys[2].heading}" not in names and not names[-1].startswith("III.")
    assert all(not name.startswith("Nội dung khác") for name in names)
