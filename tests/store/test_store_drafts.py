"""Saving, revisions, the recycle bin, search and all-or-nothing writes."""

from __future__ import annotations

import datetime
import unicodedata

import pytest

from papi_desktop.errors import UserError
from papi_desktop.model import OTHER, PREAMBLE, Status, load_sample
from papi_desktop.model.serialize import duplicate_report
from papi_desktop.store import DraftStore, Revision


def stored_body(store: DraftStore, report_id: str, key: str) -> str:
    return store.db.execute(
        "SELECT body FROM sections WHERE report_id = ? AND key = ?", [report_id, key]
    ).fetchone()[0]


# --- save_section and revisions -----------------------------------------------------------------


def test_save_section_keeps_the_previous_text(store, sample_id, clock):
    before = store.load(sample_id)
    original = before.section(PREAMBLE)
    first_saved = before.updated_at

    clock.advance(600)
    assert store.save_section(sample_id, PREAMBLE, "Bản mới.") is True
    assert store.load(sample_id).section(PREAMBLE) == "Bản mới."
    assert store.load(sample_id).updated_at == clock.now
    (revision,) = store.revisions(sample_id, PREAMBLE)
    assert isinstance(revision, Revision)
    assert revision.text == original
    assert revision.saved_at == first_saved  # when that text had been saved
    assert (revision.report_id, revision.key) == (sample_id, PREAMBLE)

    clock.advance(600)
    assert store.save_section(sample_id, PREAMBLE, "Bản thứ ba.")
    assert [r.text for r in store.revisions(sample_id, PREAMBLE)] == ["Bản mới.", original]
    assert store.revisions(sample_id, PREAMBLE)[0].saved_at == clock.now - datetime.timedelta(seconds=600)
    assert store.revisions(sample_id, OTHER) == []


def test_unchanged_text_is_not_saved(store, sample_id, clock):
    before = store.load(sample_id)
    clock.advance(600)
    # Trailing blank lines and Windows line ends clean away to the same text.
    text = before.section(PREAMBLE).replace("\n", "\r\n") + "\r\n"
    assert store.save_section(sample_id, PREAMBLE, text) is False
    assert store.revisions(sample_id, PREAMBLE) == []
    assert store.load(sample_id).updated_at == before.updated_at


def test_first_text_of_an_empty_section_has_no_revision(store, sample_id, clock):
    assert store.save_section(sample_id, OTHER, "") is False
    clock.advance(600)
    assert store.save_section(sample_id, OTHER, "Lần đầu.")
    assert store.revisions(sample_id, OTHER) == []
    assert store.load(sample_id).section(OTHER) == "Lần đầu."


def test_unknown_report_or_section(store, sample_id):
    with pytest.raises(UserError):
        store.save_section("no-such-id", PREAMBLE, "x")
    with pytest.raises(KeyError):
        store.save_section(sample_id, "not_a_section", "x")
    with pytest.raises(UserError):
        store.load("no-such-id")


def test_typing_burst_keeps_only_the_text_from_before_it(store, sample_id, clock):
    original = store.load(sample_id).section(PREAMBLE)
    clock.advance(3600)
    for number in range(5):  # autosave every 30 s while the clerk types
        clock.advance(30)
        assert store.save_section(sample_id, PREAMBLE, f"Đang gõ {number}", coalesce_seconds=120)
    assert [r.text for r in store.revisions(sample_id, PREAMBLE)] == [original]
    assert store.load(sample_id).section(PREAMBLE) == "Đang gõ 4"

    clock.advance(121)  # a pause longer than the window: the burst's last text is kept
    assert store.save_section(sample_id, PREAMBLE, "Sau giờ nghỉ", coalesce_seconds=120)
    assert [r.text for r in store.revisions(sample_id, PREAMBLE)] == ["Đang gõ 4", original]


def test_without_coalescing_every_change_is_kept(store, sample_id, clock):
    for number in range(3):
        clock.advance(1)
        store.save_section(sample_id, OTHER, f"Bản {number}")
    assert [r.text for r in store.revisions(sample_id, OTHER)] == ["Bản 1", "Bản 0"]


def test_restore_revision_is_itself_a_save(store, sample_id, clock):
    original = store.load(sample_id).section(PREAMBLE)
    clock.advance(600)
    store.save_section(sample_id, PREAMBLE, "Sửa nhầm.")
    (old,) = store.revisions(sample_id, PREAMBLE)
    clock.advance(600)
    store.restore_revision(old.id)
    assert store.load(sample_id).section(PREAMBLE) == original
    assert store.load(sample_id).updated_at == clock.now
    assert [r.text for r in store.revisions(sample_id, PREAMBLE)] == ["Sửa nhầm.", original]
    with pytest.raises(UserError):
        store.restore_revision(999_999)


# --- save_report --------------------------------------------------------------------------------


def test_save_report_writes_header_and_changed_sections(tmp_path, store, sample_id, clock):
    report = store.load(sample_id)
    old_implementation = report.section("implementation")
    clock.advance(600)
    report.header.number = "07"
    report.title_override = "Tiêu đề riêng"
    report.recipients.append("Thanh tra tỉnh")
    report.signature.signer_name = "Trần Văn B"
    report.status = Status.DRAFT
    report.set_section("implementation", "Nội dung mới.")
    report.set_section(OTHER, "Mục khác.")
    store.save_report(report)
    assert report.updated_at == clock.now

    with DraftStore.open(store.path) as again:
        loaded = again.load(sample_id)
        assert loaded == report
        assert [r.text for r in again.revisions(sample_id, "implementation")] == [old_implementation]
        assert again.revisions(sample_id, PREAMBLE) == []  # unchanged sections keep no revision
        assert again.revisions(sample_id, OTHER) == []  # it had no text before
        (summary,) = again.list_reports()
        assert summary.title == "Tiêu đề riêng" and summary.status == Status.DRAFT


def test_save_report_without_changes_writes_nothing(store, sample_id, clock, dump):
    report = store.load(sample_id)
    before = dump(store.path)
    clock.advance(600)
    store.save_report(report)
    assert dump(store.path) == before
    assert report.updated_at == store.load(sample_id).updated_at != clock.now


def test_save_report_of_a_report_not_in_the_file(store):
    with pytest.raises(UserError):
        store.save_report(load_sample())


def test_add_keeps_identity_and_refuses_duplicates(store, sample_id):
    copy = duplicate_report(store.load(sample_id))
    copy.created_at = datetime.datetime(2023, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)
    assert store.add(copy) == copy.id
    assert store.load(copy.id).created_at == copy.created_at
    with pytest.raises(UserError):
        store.add(copy)
    assert len(store.list_reports()) == 2


# --- text cleaning ------------------------------------------------------------------------------


def test_nfd_text_is_stored_as_nfc(store, sample_id, clock):
    nfd = unicodedata.normalize("NFD", "Thủ tục hành chính được công khai.\x0bDòng hai")
    assert nfd != unicodedata.normalize("NFC", nfd)
    clock.advance(600)
    assert store.save_section(sample_id, OTHER, nfd)
    stored = stored_body(store, sample_id, OTHER)
    assert stored == "Thủ tục hành chính được công khai.\nDòng hai"
    assert unicodedata.is_normalized("NFC", stored)
    # Saving the same words in NFD again is no change.
    assert store.save_section(sample_id, OTHER, nfd) is False


def test_save_report_cleans_header_and_sections(store, sample_id):
    report = store.load(sample_id)
    report.header.place = unicodedata.normalize("NFD", "Đông Hà")
    report.sections[OTHER] = unicodedata.normalize("NFD", "Kiến nghị\x00 đề xuất")
    store.save_report(report)
    place = store.db.execute("SELECT place FROM reports WHERE id = ?", [sample_id]).fetchone()[0]
    assert place == "Đông Hà" and unicodedata.is_normalized("NFC", place)
    assert stored_body(store, sample_id, OTHER) == "Kiến nghị đề xuất"


# --- recycle bin --------------------------------------------------------------------------------


def test_soft_delete_and_undelete(store, sample_id, clock):
    other = duplicate_report(store.load(sample_id))
    store.add(other)
    clock.advance(600)
    store.delete(sample_id)
    assert [s.id for s in store.list_reports()] == [other.id]
    everything = {s.id: s for s in store.list_reports(include_deleted=True)}
    assert set(everything) == {sample_id, other.id}
    assert everything[sample_id].deleted_at == clock.now
    assert store.load(sample_id).section(PREAMBLE)  # still in the file
    assert sample_id not in store.search("PAPI")

    clock.advance(600)
    store.undelete(sample_id)
    summaries = store.list_reports()
    assert [s.id for s in summaries] == [sample_id, other.id]  # restored: now the newest
    assert summaries[0].deleted_at is None
    assert sample_id in store.search("PAPI")
    with pytest.raises(UserError):
        store.delete("no-such-id")


# --- search -------------------------------------------------------------------------------------


@pytest.fixture
def two_reports(store, sample_id, clock):
    second = load_sample()
    second.header.agency = "SỞ NỘI VỤ"
    second.header.agency_in_text = "Sở Nội vụ"
    second.header.parent_agency = "UBND TỈNH HÀ TĨNH"
    second.header.symbol = "BC-SNV"
    second.header.place = "Đông Hà"
    second.sections = {PREAMBLE: "Báo cáo về Đường điện nông thôn."}
    store.add(second)
    return sample_id, second.id


def test_search_is_case_insensitive(store, two_reports):
    sample_id, second_id = two_reports
    assert store.search("đường điện") == [second_id]
    assert store.search("ĐƯỜNG ĐIỆN") == [second_id]
    assert set(store.search("hành chính CÔNG")) == {sample_id, second_id}  # in both titles
    assert store.search("chỉ số papi") == [sample_id]  # "PAPI" only in the sample's sections
    assert store.search("không có từ này") == []


def test_search_without_diacritics(store, two_reports):
    sample_id, second_id = two_reports
    assert store.search("duong dien") == [second_id]
    assert store.search("nong thon") == [second_id]
    assert sample_id in store.search("dong ha")  # each word on its own: "đồng", "hành"… match too
    assert store.search("nguyen huu thang") and set(store.search("nguyen huu thang")) == {sample_id, second_id}
    # With diacritics typed, the marks count: "đương" is not "đường".
    assert store.search("đương") == []


def test_search_looks_in_title_header_and_sections(store, two_reports, clock):
    sample_id, second_id = two_reports
    assert set(store.search("Sở Nội vụ")) == {sample_id, second_id}  # agency / the sample's recipients
    assert store.search("BC-SNV") == [second_id]
    assert store.search("SKHCHN") == [sample_id]  # the symbol
    assert store.search("dostquangtri") == [sample_id]  # a dimension section
    assert store.search("Sở Khoa học") == [sample_id]  # the derived title
    report = store.load(second_id)
    report.title_override = "Báo cáo đặc biệt"
    clock.advance(60)
    store.save_report(report)
    assert store.search("dac biet") == [second_id]


def test_search_needs_every_word(store, two_reports):
    sample_id, second_id = two_reports
    assert store.search("đường") == [second_id] and sample_id in store.search("quảng")
    assert store.search("đường quảng") == []  # no single report has both
    assert store.search("điện Đông") == [second_id]


def test_search_query_in_nfd(store, two_reports):
    _, second_id = two_reports
    assert store.search(unicodedata.normalize("NFD", "Đường điện")) == [second_id]


def test_empty_search_lists_everything_newest_first(store, two_reports):
    assert store.search("   ") == [s.id for s in store.list_reports()]


# --- all or nothing -----------------------------------------------------------------------------


def failing_after(count: int, original):
    calls = {"n": 0}

    def wrapper(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > count:
            raise RuntimeError("power cut")
        return original(*args, **kwargs)

    return wrapper


def test_failed_save_report_writes_nothing(store, sample_id, clock, dump, monkeypatch):
    report = store.load(sample_id)
    before = dump(store.path)
    clock.advance(600)
    report.header.number = "99"
    for key in report.section_keys():
        report.set_section(key, f"Mới: {key}")
    monkeypatch.setattr(DraftStore, "_put_section", failing_after(3, DraftStore._put_section))
    with pytest.raises(RuntimeError):
        store.save_report(report)
    assert dump(store.path) == before
    assert store.load(sample_id).header.number == "23"
    assert store.revisions(sample_id, PREAMBLE) == []
    monkeypatch.undo()
    store.save_report(report)  # the connection is usable afterwards
    assert store.load(sample_id).header.number == "99"


def test_failed_add_writes_nothing(store, dump, monkeypatch):
    before = dump(store.path)
    monkeypatch.setattr(DraftStore, "_put_section", failing_after(5, DraftStore._put_section))
    report = load_sample()
    with pytest.raises(RuntimeError):
        store.add(report)
    assert dump(store.path) == before
    with pytest.raises(UserError):
        store.load(report.id)


def test_failed_save_section_writes_nothing(store, sample_id, clock, dump, monkeypatch):
    before = dump(store.path)
    clock.advance(600)
    real_execute = store.db.execute
    executed = []

    def execute(sql, *args, **kwargs):  # fail on the UPDATE that follows the revision INSERT
        if sql.startswith("UPDATE sections"):
            raise RuntimeError("power cut")
        executed.append(sql)
        return real_execute(sql, *args, **kwargs)

    monkeypatch.setattr(store.db, "execute", execute)
    with pytest.raises(RuntimeError):
        store.save_section(sample_id, PREAMBLE, "Không được lưu.")
    monkeypatch.undo()
    assert any(sql.startswith("INSERT INTO revisions") for sql in executed)
    assert dump(store.path) == before
    assert store.revisions(sample_id, PREAMBLE) == []


def test_first_burst_on_a_fresh_report_keeps_the_text_it_was_made_with(store, clock):
    from papi_desktop.model import load_sample
    from papi_desktop.model.serialize import next_quarter_report

    fresh = next_quarter_report(load_sample())
    store.add(fresh)
    copied = fresh.section(PREAMBLE)
    clock.advance(5)  # the clerk starts typing at once
    assert store.save_section(fresh.id, PREAMBLE, "Viết lại ngay", coalesce_seconds=120)
    clock.advance(5)
    assert store.save_section(fresh.id, PREAMBLE, "Viết lại ngay, thêm", coalesce_seconds=120)
    assert [r.text for r in store.revisions(fresh.id, PREAMBLE)] == [copied]
