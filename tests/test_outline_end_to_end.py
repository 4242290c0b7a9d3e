"""A report of another catalogue goes the whole way: new, typed, previewed, exported, imported.

The outline is data (issue #17): the PAR INDEX catalogue and a clerk's own test catalogue put
their parts in another order, with other headings, and nothing in code spells PAPI's skeleton.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from papi_desktop.compose import compose
from papi_desktop.export import export
from papi_desktop.importers import import_report
from papi_desktop.model import Period, Report
from papi_desktop.model import catalogue as catalogues
from papi_desktop.model.outline import numbered_parts
from papi_desktop.store import DraftStore
from tests.model.test_outline import TEST_CATALOGUE


def _typed(report: Report) -> Report:
    report.header.parent_agency = "UBND TỈNH QUẢNG TRỊ"
    report.header.agency = "SỞ NỘI VỤ"
    report.header.agency_in_text = "Sở Nội vụ"
    report.header.symbol = "BC-SNV"
    report.header.place = "Quảng Trị"
    report.signature.authority, report.signature.head_title = "KT.", "GIÁM ĐỐC"
    report.signature.signer_title, report.signature.signer_name = "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"
    report.recipients = ["UBND tỉnh"]
    for number, key in enumerate(report.section_keys(), start=1):
        if key in ("other", "recommendations"):
            continue
        if report.catalogue.part(key).kind.value == "tasks":
            report.set_section(key, f"Rà soát thủ tục số {number}.\nTổ chức tập huấn đợt {number}.")
        else:
            report.set_section(key, f"Nội dung của phần {key} được viết ở đây, câu số {number}.")
    last = [key for key in report.section_keys() if report.section(key)][-1]
    report.set_section(last, report.section(last).rstrip("."))
    return report  # the report's last line prints with the closing "./.", which an import cannot tell from "."


def _round_trip(report: Report, tmp_path: Path) -> None:
    database = tmp_path / "bao-cao.papi"
    with DraftStore.create(database) as store:
        store.add(report)
        stored = store.load(report.id)
    assert stored.catalogue_key == report.catalogue_key and stored.sections == report.sections
    text = compose(stored).plain_text()
    for entry in numbered_parts(stored):
        if entry.group is None and entry.heading:
            assert f"{entry.label} {entry.heading.upper()}" in text  # printed with its number, upper case
    word = tmp_path / "bao-cao.docx"
    export(stored, word)
    back = import_report(word, stored.catalogue_key).report
    for key in stored.section_keys():
        assert back.section(key) == stored.section(key), key
    assert back.period == stored.period and back.header.agency == stored.header.agency


def test_a_par_index_report_goes_from_new_to_import(tmp_path: Path) -> None:
    report = _typed(Report(Period(2026, 2), catalogue_key="par_index"))
    assert [e.label for e in numbered_parts(report) if e.group is None and e.label] == ["I.", "II.", "III."]
    _round_trip(report, tmp_path)


def test_a_clerks_catalogue_goes_from_new_to_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "catalogues"
    folder.mkdir()
    (folder / "test_index.toml").write_text(TEST_CATALOGUE, encoding="utf-8")
    monkeypatch.setattr(catalogues, "user_catalogue_dir", lambda: folder)
    catalogues.load_catalogue.cache_clear()
    try:
        _round_trip(_typed(Report(Period(2022, 4), catalogue_key="test_index")), tmp_path)
    finally:
        catalogues.load_catalogue.cache_clear()


def test_a_report_sent_upward_names_its_addressee_and_as_above_first(tmp_path: Path) -> None:
    """The optional "Kính gửi:" line (issue #17): printed under the trích yếu; Nơi nhận then
    begins "- Như trên;"; kept by the store; read back by the importer."""
    from papi_desktop.model.sample import load_sample

    report = load_sample()
    report.header.addressee = "Ủy ban nhân dân tỉnh Quảng Trị"
    lines = compose(report).plain_text().split("\n")
    assert "Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị" in lines
    assert lines.index("Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị") < lines.index(next(l for l in lines if l.startswith("Thực hiện")))
    assert lines[lines.index("Nơi nhận:") + 1] == "- Như trên;"
    with DraftStore.create(tmp_path / "a.papi") as store:
        store.add(report)
        assert store.load(report.id).header.addressee == "Ủy ban nhân dân tỉnh Quảng Trị"
    word = tmp_path / "gui-len.docx"
    export(report, word)
    back = import_report(word).report
    assert back.header.addressee == "Ủy ban nhân dân tỉnh Quảng Trị"
    assert back.recipients == report.recipients  # "Như trên" is the composer's, not the clerk's
    assert back.section("preamble") == report.section("preamble")
