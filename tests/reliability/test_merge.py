"""Merging another machine's drafts file: nothing lost, nothing overwritten, the other file untouched."""

from __future__ import annotations

from pathlib import Path
import shutil
import uuid

import pytest

from papi_desktop.cli import main
from papi_desktop.errors import UserError
from papi_desktop.model import load_sample
from papi_desktop.model.serialize import duplicate_report
from papi_desktop.store import DraftStore
from papi_desktop.store import merge as merging
from papi_desktop.store.merge import merge

from .files import Clock, dump, fingerprint, side_files


@pytest.fixture
def pair(tmp_path: Path, clock: Clock):
    """(mine, theirs, report id): one file with the sample report, copied to a USB stick as it is."""
    mine = tmp_path / "may-tinh" / "bao-cao.papi"
    theirs = tmp_path / "usb" / "bao-cao.papi"
    mine.parent.mkdir()
    theirs.parent.mkdir()
    with DraftStore.create(mine, sample=True) as store:
        store.clock = clock
        report_id = store.list_reports()[0].id
        clock.advance()
        store.save_section(report_id, "other", "Trước khi chép sang USB")
    shutil.copyfile(mine, theirs)
    return mine, theirs, report_id


def edit(path: Path, clock: Clock, action) -> None:
    clock.advance()
    with DraftStore.open(path) as store:
        store.clock = clock
        action(store)


def merged(mine: Path, theirs: Path):
    """Merge, checking the other file is neither changed nor given a journal, and a second merge does nothing."""
    before = fingerprint(theirs)
    with DraftStore.open(mine) as store:
        result = merge(store, theirs)
    assert fingerprint(theirs) == before
    assert side_files(theirs) == [] and side_files(mine) == []
    after_first = dump(mine)
    with DraftStore.open(mine) as store:
        again = merge(store, theirs)
    assert not again.changed and not again.added and not again.updated and not again.conflicts
    assert dump(mine) == after_first  # merging the same file twice changes nothing the second time
    assert fingerprint(theirs) == before
    return result


def test_a_report_only_in_theirs_is_added_with_its_history(pair, clock):
    mine, theirs, _ = pair
    new = duplicate_report(load_sample())
    new.sections["other"] = "Bản đầu"

    def write(store):
        store.add(new)
        clock.advance()
        store.save_section(new.id, "other", "Bản thứ hai")

    edit(theirs, clock, write)
    result = merged(mine, theirs)
    assert [item.id for item in result.added] == [new.id]
    assert result.updated == [] and result.conflicts == []
    with DraftStore.open(mine) as store:
        copy = store.load(new.id)
        assert copy.section("other") == "Bản thứ hai"
        assert copy.section("preamble") == new.section("preamble")
        assert [r.text for r in store.revisions(new.id, "other")] == ["Bản đầu"]
    assert dump(mine)["reports"] == dump(theirs)["reports"]


def test_an_edit_made_only_on_the_other_machine_is_taken(pair, clock):
    mine, theirs, report_id = pair
    edit(theirs, clock, lambda store: store.save_section(report_id, "other", "Sửa trên máy khác"))
    result = merged(mine, theirs)
    assert [item.id for item in result.updated] == [report_id] and result.conflicts == []
    with DraftStore.open(mine) as store:
        assert store.load(report_id).section("other") == "Sửa trên máy khác"
        assert "Trước khi chép sang USB" in [r.text for r in store.revisions(report_id, "other")]
        assert len(store.list_reports()) == 1
    assert dump(mine) == dump(theirs)


def test_a_header_edit_on_the_other_machine_is_taken(pair, clock):
    mine, theirs, report_id = pair

    def rename(store):
        report = store.load(report_id)
        report.header.agency = "SỞ NỘI VỤ"
        store.save_report(report)

    edit(theirs, clock, rename)
    result = merged(mine, theirs)
    assert [item.id for item in result.updated] == [report_id]
    with DraftStore.open(mine) as store:
        assert store.load(report_id).header.agency == "SỞ NỘI VỤ"


def test_a_report_put_in_the_recycle_bin_on_the_other_machine(pair, clock):
    mine, theirs, report_id = pair
    edit(theirs, clock, lambda store: store.delete(report_id))
    assert [item.id for item in merged(mine, theirs).updated] == [report_id]
    with DraftStore.open(mine) as store:
        assert store.list_reports() == []
        assert [s.id for s in store.list_reports(include_deleted=True)] == [report_id]


def test_a_newer_edit_here_is_kept(pair, clock):
    mine, theirs, report_id = pair
    edit(theirs, clock, lambda store: store.save_section(report_id, "other", "Trên máy khác"))
    shutil.copyfile(theirs, mine)  # the clerk took the stick home; then kept typing here
    edit(mine, clock, lambda store: store.save_section(report_id, "other", "Ở nhà, sửa tiếp"))
    before = dump(mine)
    result = merged(mine, theirs)
    assert [item.id for item in result.unchanged] == [report_id]
    assert not result.changed
    assert dump(mine) == before


def test_edits_on_both_machines_keep_both(pair, clock):
    mine, theirs, report_id = pair
    edit(mine, clock, lambda store: store.save_section(report_id, "other", "Sửa ở máy này"))
    edit(theirs, clock, lambda store: store.save_section(report_id, "other", "Sửa ở máy kia"))
    mine_before = dump(mine)
    result = merged(mine, theirs)
    (conflict,) = result.conflicts
    assert conflict.id == report_id and result.updated == [] and result.added == []
    assert conflict.copy_id != report_id and uuid.UUID(conflict.copy_id)
    assert "bản của máy khác" in conflict.copy_title
    with DraftStore.open(mine) as store:
        assert store.load(report_id).section("other") == "Sửa ở máy này"  # ours untouched
        copy = store.load(conflict.copy_id)
        assert copy.section("other") == "Sửa ở máy kia"
        assert copy.title == conflict.copy_title
        assert sorted(s.id for s in store.list_reports()) == sorted([report_id, conflict.copy_id])
    after = dump(mine)
    ours = [row for row in after["reports"] if row[0] == report_id]
    assert ours == [row for row in mine_before["reports"] if row[0] == report_id]


def test_edits_of_different_sections_on_both_machines_are_not_overwritten(pair, clock):
    mine, theirs, report_id = pair
    edit(mine, clock, lambda store: store.save_section(report_id, "preamble", "Mở đầu mới ở máy này"))
    edit(theirs, clock, lambda store: store.save_section(report_id, "other", "Sửa ở máy kia"))
    result = merged(mine, theirs)
    assert len(result.conflicts) == 1
    with DraftStore.open(mine) as store:
        assert store.load(report_id).section("preamble") == "Mở đầu mới ở máy này"
        assert store.load(result.conflicts[0].copy_id).section("other") == "Sửa ở máy kia"


def test_a_header_edit_here_is_not_overwritten_by_a_later_text_edit_there(pair, clock):
    mine, theirs, report_id = pair

    def rename(store):
        report = store.load(report_id)
        report.header.agency = "SỞ TƯ PHÁP"
        store.save_report(report)

    edit(mine, clock, rename)
    edit(theirs, clock, lambda store: store.save_section(report_id, "other", "Sửa ở máy kia"))
    result = merged(mine, theirs)
    assert len(result.conflicts) == 1
    with DraftStore.open(mine) as store:
        assert store.load(report_id).header.agency == "SỞ TƯ PHÁP"


def test_an_interrupted_merge_changes_nothing(pair, clock, monkeypatch):
    mine, theirs, report_id = pair

    def write(store):
        store.save_section(report_id, "other", "Sửa ở máy kia")
        for _ in range(3):
            store.add(duplicate_report(load_sample()))

    edit(theirs, clock, write)
    before = dump(mine)
    real_insert = DraftStore.insert_stored
    calls = []

    def failing_insert(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("USB rút ra giữa chừng")
        real_insert(*args, **kwargs)

    monkeypatch.setattr(DraftStore, "insert_stored", failing_insert)
    with DraftStore.open(mine) as store:
        with pytest.raises(OSError):
            merge(store, theirs)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(calls) == 2
    assert dump(mine) == before
    assert side_files(mine) == []
    monkeypatch.undo()
    result = merged(mine, theirs)  # afterwards the merge goes through whole
    assert len(result.added) == 3 and len(result.updated) == 1


def test_a_damaged_other_file_is_refused_and_left_alone(pair, clock):
    mine, theirs, _ = pair
    theirs.write_bytes(theirs.read_bytes()[:3000])
    before, mine_before = fingerprint(theirs), dump(mine)
    with DraftStore.open(mine) as store:
        with pytest.raises(UserError) as caught:
            merge(store, theirs)
    assert "bị cụt" in caught.value.message
    assert fingerprint(theirs) == before and dump(mine) == mine_before


def test_merging_a_file_into_itself_is_refused(pair):
    mine, _, _ = pair
    with DraftStore.open(mine) as store:
        with pytest.raises(UserError):
            merge(store, mine)


def test_merge_command(pair, clock, capsys):
    mine, theirs, report_id = pair
    edit(mine, clock, lambda store: store.save_section(report_id, "other", "Sửa ở máy này"))
    edit(theirs, clock, lambda store: store.save_section(report_id, "other", "Sửa ở máy kia"))
    edit(theirs, clock, lambda store: store.add(duplicate_report(load_sample())))
    before = fingerprint(theirs)
    assert main(["merge", "--db", str(mine), str(theirs)]) == 0
    out = capsys.readouterr().out
    assert "Đã thêm 1 báo cáo mới" in out
    assert "1 báo cáo đã được sửa ở cả hai máy" in out and "bản của máy khác" in out
    assert main(["merge", "--db", str(mine), str(theirs)]) == 0
    assert "Không có gì mới để gộp." in capsys.readouterr().out
    assert fingerprint(theirs) == before
    assert main(["merge", "--db", str(mine), str(theirs.parent / "không-có.papi")]) == 1
    assert "Không tìm thấy tệp" in capsys.readouterr().err
