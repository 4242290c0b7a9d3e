from papi_desktop.compose import Para, Role, Rule, Spacer, TwoColumnTable, compose
from papi_desktop.model import NEXT_TASKS, OTHER, Period, load_catalogue


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
    assert blocks[1] == Para(Role.DOC_TYPE, "BÁO CÁO", "header")
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
