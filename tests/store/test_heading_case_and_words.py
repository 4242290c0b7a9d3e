"""The schema step that keeps a report's heading case and the agency's spell-check words in the file."""

from __future__ import annotations

from pathlib import Path
import shutil

import pytest
from sqlite_utils import Database

from papi_desktop.errors import UserError
from papi_desktop.model import load_sample
from papi_desktop.model.report import HeadingCase
from papi_desktop.store import MIGRATIONS, SCHEMA_VERSION, DraftStore
from papi_desktop.store.merge import merge
from papi_desktop.store.schema import add_heading_case_and_words, migrate

STEP = MIGRATIONS.index(add_heading_case_and_words)  # the version this step starts from


def file_before_the_step(path: Path) -> Path:
    """A file as the program before this step left it, holding the sample report."""
    db = Database(path)
    migrate(db, target=STEP)
    sample = load_sample()
    db.execute(
        "INSERT INTO reports (id, catalogue, year, quarter, agency, date, status, created_at, updated_at) "
        "VALUES (?, 'papi', 2022, 1, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '2022-03-14', 'draft', "
        "'2022-03-14T08:00:00.000000+00:00', '2022-03-14T08:00:00.000000+00:00')",
        [sample.id],
    )
    db.conn.commit()
    db.close()
    return path


def test_the_step_adds_heading_case_and_words_and_keeps_every_report(tmp_path):
    path = file_before_the_step(tmp_path / "cu.papi")
    with DraftStore.open(path) as store:
        (summary,) = store.list_reports()
        assert store.load(summary.id).heading_case == HeadingCase.UPPER  # the print of an older file is kept
        assert store.list_words() == set()
    db = Database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "heading_case" in db["reports"].columns_dict and db["words"].pks == ["word"]
    db.close()


def test_an_older_file_is_read_as_it_is_by_a_command_that_only_reads(tmp_path):
    path = file_before_the_step(tmp_path / "cu.papi")
    before = path.read_bytes()
    with DraftStore.open(path, read_only=True) as store:
        (summary,) = store.list_reports()
        assert store.load(summary.id).heading_case == HeadingCase.UPPER
        assert store.list_words() == set()
    assert path.read_bytes() == before


def test_heading_case_is_saved_and_loaded(store, sample_id):
    report = store.load(sample_id)
    assert report.heading_case == HeadingCase.AS_TYPED  # the sample keeps its original case
    report.heading_case = HeadingCase.UPPER
    store.save_report(report)
    assert store.load(sample_id).heading_case == HeadingCase.UPPER


def test_a_heading_case_the_program_does_not_know_is_refused_by_the_file(store, sample_id):
    with pytest.raises(Exception):
        with store.transaction():
            store.db.execute("UPDATE reports SET heading_case = 'sideways' WHERE id = ?", [sample_id])
    assert store.load(sample_id).heading_case == HeadingCase.AS_TYPED


def test_the_agencys_words_are_added_listed_and_removed(store):
    assert store.list_words() == set()
    for word in ("KH&CN", "SKHCN", "  Lê Văn Hùng ", "KH&CN", ""):
        store.add_word(word)
    assert store.list_words() == {"KH&CN", "SKHCN", "Lê Văn Hùng"}
    store.remove_word("SKHCN")
    store.remove_word("không có")
    assert store.list_words() == {"KH&CN", "Lê Văn Hùng"}
    path = store.path
    store.close()
    with DraftStore.open(path, read_only=True) as again:  # they travel in the file
        assert again.list_words() == {"KH&CN", "Lê Văn Hùng"}
        with pytest.raises(UserError):
            again.add_word("mới")


def test_merging_brings_the_other_files_words_in(store, tmp_path):
    theirs = tmp_path / "usb" / "khac.papi"
    theirs.parent.mkdir()
    shutil.copyfile(store.path, theirs)
    store.add_word("KH&CN")
    with DraftStore.open(theirs) as other:
        other.add_word("SKHCN")
        other.add_word("KH&CN")
    result = merge(store, theirs)
    assert result.words == ["SKHCN"] and result.changed
    assert store.list_words() == {"KH&CN", "SKHCN"}
    assert merge(store, theirs).words == []  # a second time adds nothing
