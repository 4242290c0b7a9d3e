from papi_desktop.compose import Para, Role, Rule, Spacer, TwoColumnTable, compose
import pytest

from papi_desktop.compose.blocks import PageSetup
from papi_desktop.compose.font_metrics import text_width_mm
from papi_desktop.model import NEXT_TASKS, OTHER, Period, load_catalogue
from papi_desktop.model.report import HeadingCase


def _roles(document, role):
    return [p.text for p in document.paragraphs() if p.role is role]


def test_header_table_places_agency_left_and_national_title_right(sample_report):
    document = compose(sample_report)
    header = document.blocks[0]
    assert isinstance(header, TwoColumnTable) and header.name == "header"
    (left, right), (number_cell, date_cell) = header.rows
    assert [p.text for p in left if isinstance(p, Para)] == ["UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    assert isinstance(left[-1], Rule) and 1 / 3 <= left[-1].width <= 1 / 2
    assert [p.text for p in right if isinstance(p, Para)] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert isinstance(right[-1], Rule)
    assert number_cell[0].text == "Số: 23/BC-SKHCHN"
    assert date_cell[0].text == "Quảng Trị, ngày 14 tháng 3 năm 2022"
    assert date_cell[0].role is Role.PLACE_DATE


def test_title_block_and_rule(sample_report):
    blocks = compose(sample_report).blocks
    assert blocks[1] == Para(Role.DOC_TYPE, "BÁO CÁO", "header", keep_with_next=True)
    assert blocks[2].role is Role.TITLE and blocks[2].text == sample_report.title
    assert isinstance(blocks[3], Rule)


def test_sections_are_numbered_in_catalogue_order(sample_report):
    document = compose(sample_report)
    assert [t.split(".")[0] for t in _roles(document, Role.HEADING1)] == ["I", "II", "III"]
    headings = _roles(document, Role.HEADING2)
    catalogue = load_catalogue()
    assert headings == [f"{d.number}. {d.heading}" for d in catalogue.dimensions]
    assert _roles(document, Role.HEADING1)[2] == "III. Kế hoạch thực hiện quý II/2022"


def test_tasks_are_numbered_and_the_content_ends_with_the_closing_mark(sample_report):
    document = compose(sample_report)
    tasks = _roles(document, Role.NUMBERED)
    assert len(tasks) == 9
    assert [t.split(".")[0] for t in tasks] == [str(n) for n in range(1, 10)]
    assert tasks[-1].endswith("”./.")
    assert sum(p.text.endswith("./.") for p in document.paragraphs()) == 1


def test_closing_mark_is_not_doubled(sample_report):
    sample_report.sections[NEXT_TASKS] = "Một việc./."
    assert _roles(compose(sample_report), Role.NUMBERED) == ["1. Một việc./."]


def test_bullets_keep_their_dash_and_anchor_their_section(sample_report):
    document = compose(sample_report)
    bullets = [p for p in document.paragraphs() if p.role is Role.BULLET]
    assert bullets and all(p.text.startswith("- ") for p in bullets)
    assert {p.anchor for p in bullets} >= {"participation", "transparency"}


def test_recipients_get_decree_punctuation_and_the_archive_line(sample_report):
    sample_report.recipients = ["- Sở Nội vụ", "GD, các PGD;", "Các phòng, đơn vị thuộc Sở."]
    signature = compose(sample_report).blocks[-1]
    assert isinstance(signature, TwoColumnTable) and signature.name == "signature"
    (left, right), = signature.rows
    assert [p.text for p in left] == [
        "Nơi nhận:", "- Sở Nội vụ;", "- GD, các PGD;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."
    ]
    assert [p.text for p in right if isinstance(p, Para)] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Thắng"]
    assert any(isinstance(item, Spacer) for item in right)


def test_empty_sections_still_print_their_heading(sample_report):
    sample_report.sections["environment"] = ""
    document = compose(sample_report)
    assert "7. Về Quản trị môi trường" in _roles(document, Role.HEADING2)
    assert not [p for p in document.paragraphs() if p.anchor == "environment" and p.role is Role.BODY]


def test_other_part_appears_only_when_it_has_text(sample_report):
    assert not any("Nội dung khác" in t for t in _roles(compose(sample_report), Role.HEADING1))
    sample_report.sections[OTHER] = "Đoạn chưa xếp được."
    document = compose(sample_report)
    assert _roles(document, Role.HEADING1)[-1] == "IV. Nội dung khác"
    other = [p.text for p in document.paragraphs() if p.anchor == OTHER and p.role is Role.BODY]
    assert other == ["Đoạn chưa xếp được./."]


def test_composed_text_follows_period_changes(sample_report):
    sample_report.period = Period(2023, 4)
    text = compose(sample_report).plain_text()
    assert "quý IV/2023 và nhiệm vụ quý I/2024" in text
    assert "III. Kế hoạch thực hiện quý I/2024" in text


def test_an_empty_last_section_gets_no_closing_mark_above_its_heading(sample_report):
    sample_report.sections[NEXT_TASKS] = ""
    document = compose(sample_report)
    assert not any(p.text.endswith("./.") for p in document.paragraphs())
    assert _roles(document, Role.HEADING1)[-1] == "III. Kế hoạch thực hiện quý II/2022"


def test_tasks_typed_with_dashes_print_numbered_without_them(sample_report):
    sample_report.sections[NEXT_TASKS] = "- Tiếp tục rà soát\n- Tổ chức hội nghị"
    assert _roles(compose(sample_report), Role.NUMBERED) == ["1. Tiếp tục rà soát", "2. Tổ chức hội nghị./."]


# --- pagination, headings and rules: decided here, as fields of the blocks ------------------


def test_headings_and_title_keep_with_next_and_body_has_widow_control(sample_report):
    document = compose(sample_report)
    for para in document.paragraphs():
        if para.role in (Role.DOC_TYPE, Role.TITLE, Role.HEADING1, Role.HEADING2):
            assert para.keep_with_next, para.text
        if para.role in (Role.BODY, Role.BULLET, Role.NUMBERED):
            assert para.min_lines == 2, para.text
    signature = document.blocks[-1]
    assert isinstance(signature, TwoColumnTable) and signature.rows_cant_split
    header = document.blocks[0]
    assert header.rows_cant_split


def test_the_body_end_goes_with_the_signature(sample_report):
    blocks = compose(sample_report).blocks
    last_body, blank, signature = blocks[-3:]
    assert isinstance(last_body, Para) and last_body.text.endswith("./.")
    assert last_body.keep_with_next and last_body.keep_lines
    assert isinstance(blank, Spacer) and blank.keep_with_next
    assert isinstance(signature, TwoColumnTable)
    # no other body paragraph is held with the next one
    body = [b for b in blocks if isinstance(b, Para) and b.role in (Role.BODY, Role.BULLET, Role.NUMBERED)]
    assert [b for b in body if b.keep_with_next] == [last_body]


def test_part_headings_print_upper_case_unless_kept_as_typed(sample_report):
    typed = sample_report.catalogue.implementation_heading
    sample_report.heading_case = HeadingCase.UPPER
    upper = _roles(compose(sample_report), Role.HEADING1)
    assert upper[0] == f"I. {typed.upper()}"
    assert upper[2] == "III. KẾ HOẠCH THỰC HIỆN QUÝ II/2022"
    # the dimension headings (mục level 2) and the stored text keep their case
    assert _roles(compose(sample_report), Role.HEADING2)[0] == "1. Về nội dung Tham gia của người dân ở cấp cơ sở"
    assert sample_report.catalogue.implementation_heading == typed
    sample_report.heading_case = HeadingCase.AS_TYPED
    assert _roles(compose(sample_report), Role.HEADING1)[0] == f"I. {typed}"


def _rule_after(items, text):
    index = next(i for i, item in enumerate(items) if isinstance(item, Para) and item.text == text)
    rule = items[index + 1]
    assert isinstance(rule, Rule)
    return rule


@pytest.mark.parametrize("agency", ["SỞ NỘI VỤ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "BAN QUẢN LÝ KHU KINH TẾ"])
def test_the_rule_under_the_agency_is_a_third_to_a_half_of_its_name(sample_report, agency):
    sample_report.header.agency = agency
    page = PageSetup()
    header = compose(sample_report, page).blocks[0]
    (left, _), _ = header.rows
    rule = _rule_after(left, agency)
    column_mm = page.text_width_mm * header.left_width
    ratio = rule.width * column_mm / text_width_mm(agency, 12.0, bold=True)
    assert 1 / 3 <= ratio <= 1 / 2


def test_the_rule_under_a_short_title_is_a_third_to_a_half_of_it(sample_report):
    page = PageSetup()
    for title in ("Báo cáo ngắn", sample_report.title):
        sample_report.title_override = title  # the clerk's own trích yếu
        document = compose(sample_report, page)
        rule = _rule_after(document.blocks, document.title)
        line_mm = min(page.text_width_mm, text_width_mm(document.title, 14.0, bold=True))
        assert 1 / 3 <= rule.width * page.text_width_mm / line_mm <= 1 / 2, title
        assert rule.space_after_pt > 0


def test_the_rule_under_the_motto_is_as_long_as_the_motto(sample_report):
    page = PageSetup()
    header = compose(sample_report, page).blocks[0]
    (_, right), _ = header.rows
    rule = _rule_after(right, "Độc lập - Tự do - Hạnh phúc")
    column_mm = page.text_width_mm * (1 - header.left_width)
    assert rule.width * column_mm == pytest.approx(text_width_mm("Độc lập - Tự do - Hạnh phúc", 13.0, bold=True))


def test_the_rules_are_measured_in_the_fonts_the_lines_print_in():
    from papi_desktop.compose import composer
    from papi_desktop.render.styles import STYLES

    for size, role in ((composer.AGENCY_PT, Role.AGENCY), (composer.MOTTO_PT, Role.MOTTO), (composer.TITLE_PT, Role.TITLE)):
        assert STYLES[role].size_pt == size and STYLES[role].bold, role
