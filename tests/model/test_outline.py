"""The report's outline comes from its catalogue file: parts, order, numbering, optional parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from papi_desktop.model import Period, Report
from papi_desktop.model import catalogue as catalogues
from papi_desktop.model.catalogue import CatalogueError, available_catalogues, load_catalogue, parse_catalogue
from papi_desktop.model.outline import PartKind, numbered_parts
from papi_desktop.model.sample import load_sample

TEST_CATALOGUE = """
key = "test_index"
name = "Chỉ số thử"
short_name = "THỬ"
source = "tệp thử của bộ kiểm thử"
document_type = "BÁO CÁO"
title_template = "Kết quả {period} của {agency}"

[[parts]]
key = "preamble"
numbering = "none"
tab_label = "Mở đầu"

[[parts]]
key = "results"
kind = "group"
heading = "Kết quả theo từng lĩnh vực"
tab_label = "Kết quả"

[[parts]]
key = "next_tasks"
kind = "tasks"
heading = "Việc làm {next_period}"
tab_label = "Việc quý tới"

[[parts]]
key = "lessons"
heading = "Bài học kinh nghiệm"
tab_label = "Bài học"

[[parts]]
key = "other"
heading = "Nội dung khác"
tab_label = "Khác"
optional = true

[[dimensions]]
key = "alpha"
heading = "Lĩnh vực Alpha"
name = "Alpha"

[[dimensions]]
key = "beta"
heading = "Lĩnh vực Beta"
name = "Beta"
sub_dimensions = [{ name = "Beta một", from = 2020, until = 2021 }, { name = "Beta hai", from = 2022 }]
"""


@pytest.fixture
def test_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A catalogue file in the clerk's data folder, as a clerk would drop it there."""
    folder = tmp_path / "catalogues"
    folder.mkdir()
    (folder / "test_index.toml").write_text(TEST_CATALOGUE, encoding="utf-8")
    monkeypatch.setattr(catalogues, "user_catalogue_dir", lambda: folder)
    catalogues.load_catalogue.cache_clear()
    yield "test_index"
    catalogues.load_catalogue.cache_clear()


def test_papi_outline_numbers_its_parts_as_the_sample_prints_them() -> None:
    parts = numbered_parts(load_sample())
    headings = [(p.level, p.label, p.key) for p in parts]
    assert headings[:3] == [(1, "", "preamble"), (1, "I.", "implementation"), (1, "II.", "results")]
    assert [p.label for p in parts if p.group == "results"] == [f"{n}." for n in range(1, 9)]
    assert (parts[-1].label, parts[-1].key, parts[-1].heading) == ("III.", "next_tasks", "Kế hoạch thực hiện quý II/2022")


def test_optional_parts_print_and_number_only_with_content() -> None:
    report = load_sample()
    assert "recommendations" not in [p.key for p in numbered_parts(report)]
    report.set_section("recommendations", "Đề nghị Sở Nội vụ tổ chức tập huấn.")
    report.set_section("other", "Một đoạn nhập vào không xếp được.")
    tail = [(p.label, p.key) for p in numbered_parts(report)][-3:]
    assert tail == [("III.", "next_tasks"), ("IV.", "recommendations"), ("V.", "other")]


def test_papi_sub_dimensions_follow_the_survey_years() -> None:
    catalogue = load_catalogue("papi")
    counts = {year: sum(len(d.sub_dimensions_in(year)) for d in catalogue.dimensions) for year in (2018, 2019, 2020, 2021, 2024)}
    assert counts == {2018: 28, 2019: 29, 2020: 29, 2021: 28, 2024: 28}


def test_a_second_real_catalogue_ships_with_its_source() -> None:
    keys = {c.key: c for c in available_catalogues()[0]}
    assert {"papi", "par_index"} <= set(keys)
    par = keys["par_index"]
    assert "876/QĐ-BNV" in par.source and len(par.dimensions) == 8
    report = Report(Period(2026, 2), catalogue_key="par_index")
    report.header.agency_in_text = "Sở Nội vụ"
    assert report.title.startswith("Kết quả thực hiện công tác cải cách hành chính quý II")
    assert [p.label for p in numbered_parts(report) if p.level == 1 and p.label] == ["I.", "II.", "III."]


def test_a_clerks_catalogue_file_gives_its_own_parts_in_its_own_order(test_catalogue: str) -> None:
    report = Report(Period(2022, 4), catalogue_key=test_catalogue)
    report.header.agency_in_text = "Sở Thử"
    assert report.section_keys() == ("preamble", "alpha", "beta", "next_tasks", "lessons", "other")
    assert report.title == "Kết quả quý IV/2022 của Sở Thử"
    parts = [(p.label, p.heading) for p in numbered_parts(report)]
    assert parts == [
        ("", ""), ("I.", "Kết quả theo từng lĩnh vực"), ("1.", "Lĩnh vực Alpha"), ("2.", "Lĩnh vực Beta"),
        ("II.", "Việc làm quý I/2023"), ("III.", "Bài học kinh nghiệm"),
    ]
    assert report.catalogue.part("next_tasks").kind is PartKind.TASKS
    beta = report.catalogue.dimension("beta")
    assert [s.name for s in beta.sub_dimensions_in(2021)] == ["Beta một"]
    with pytest.raises(KeyError):
        report.set_section("implementation", "PAPI's part I is not in this outline")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace('kind = "group"', 'kind = "prose"'), "group"),
        (lambda t: t.replace("{next_period}", "{quarter}"), "quarter"),
        (lambda t: t.replace('key = "beta"', 'key = "alpha"'), "khác nhau"),
        (lambda t: t.replace('kind = "tasks"', 'kind = "list"'), "list"),
        (lambda t: t.replace('from = 2022', 'from = "2022"'), "năm"),
        (lambda t: t.replace('key = "other"', 'key = "misc"'), "other"),
        (lambda t: t + "\n[[parts]\n", "TOML"),
    ],
)
def test_a_malformed_catalogue_is_refused_saying_what_is_wrong(tmp_path: Path, change, message: str) -> None:
    path = tmp_path / "test_index.toml"
    path.write_text(change(TEST_CATALOGUE), encoding="utf-8")
    with pytest.raises(CatalogueError, match=message):
        catalogues.load_catalogue_file(path)


def test_a_broken_file_in_the_data_folder_is_named_and_the_others_still_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "catalogues"
    folder.mkdir()
    (folder / "broken.toml").write_text("key = 'broken'\n", encoding="utf-8")
    monkeypatch.setattr(catalogues, "user_catalogue_dir", lambda: folder)
    catalogues.load_catalogue.cache_clear()
    try:
        found, errors = available_catalogues()
    finally:
        catalogues.load_catalogue.cache_clear()
    assert "papi" in [c.key for c in found]
    assert len(errors) == 1 and "broken.toml" in str(errors[0])


def test_parse_catalogue_refuses_a_catalogue_without_dimensions() -> None:
    with pytest.raises(CatalogueError, match="dimensions"):
        parse_catalogue({"key": "x", "name": "x", "document_type": "BÁO CÁO", "title_template": "t", "parts": []})
