"""The drafts file as a file: creating, opening, refusing, migrating, journal mode, default place."""

from __future__ import annotations

import os
from pathlib import Path
import sqlite3

import pytest
from sqlite_utils import Database

from papi_desktop.errors import UserError
from papi_desktop.model import Period, Status, load_sample
from papi_desktop.store import (
    APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, DraftStore, default_database_path, open_default_store,
)
from papi_desktop.store import drafts as drafts_module
from papi_desktop.store import check, schema
from papi_desktop.store import codec
from papi_desktop.model.serialize import next_quarter_report
from papi_desktop.store.schema import migrate


def pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


# --- create and reopen --------------------------------------------------------------------------


def test_sample_round_trips_through_the_file(tmp_path):
    path = tmp_path / "drafts.papi"
    original = load_sample()
    original.title_override = "Báo cáo riêng của tôi"  # a non-default value in every field kind
    with DraftStore.create(path) as store:
        assert store.add(original) == original.id
    with DraftStore.open(path) as store:
        loaded = store.load(original.id)
        (summary,) = store.list_reports()
    assert loaded == original
    assert loaded.sections == original.sections and list(loaded.sections) == list(original.sections)
    assert loaded.header.date == original.header.date
    assert loaded.recipients == original.recipients
    assert loaded.created_at == original.created_at and loaded.updated_at == original.updated_at
    assert summary.id == original.id
    assert summary.period == Period(2022, 1)
    assert summary.title == "Báo cáo riêng của tôi"
    assert summary.status == Status.FINAL
    assert summary.updated_at == original.updated_at
    assert summary.deleted_at is None


def test_create_with_sample_holds_the_sample(tmp_path):
    with DraftStore.create(tmp_path / "new.papi", sample=True) as store:
        (summary,) = store.list_reports()
        report = store.load(summary.id)
    sample = load_sample()
    assert summary.title == sample.title
    assert report.sections == sample.sections
    assert report.header == sample.header


def test_create_refuses_an_existing_file(tmp_path):
    path = tmp_path / "drafts.papi"
    with DraftStore.create(path, sample=True):
        pass
    before = path.read_bytes()
    with pytest.raises(UserError) as caught:
        DraftStore.create(path)
    assert "đã có" in caught.value.message
    assert path.read_bytes() == before

    other = tmp_path / "notes.txt"
    other.write_text("không phải của chúng tôi", encoding="utf-8")
    with pytest.raises(UserError):
        DraftStore.create(other)
    assert other.read_text(encoding="utf-8") == "không phải của chúng tôi"


def test_failed_create_leaves_no_file(tmp_path, monkeypatch):
    def broken_sample():
        raise RuntimeError("sample unreadable")

    monkeypatch.setattr("papi_desktop.model.sample.load_sample", broken_sample)
    path = tmp_path / "drafts.papi"
    with pytest.raises(RuntimeError):
        DraftStore.create(path, sample=True)
    assert list(tmp_path.iterdir()) == []


def test_open_missing_file(tmp_path):
    path = tmp_path / "không-có.papi"
    with pytest.raises(UserError) as caught:
        DraftStore.open(path)
    assert "Không tìm thấy" in caught.value.message
    assert not path.exists()


def test_random_bytes_are_not_a_database_and_stay_untouched(tmp_path):
    path = tmp_path / "ảnh.papi"
    content = os.urandom(8192)
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        DraftStore.open(path)
    assert "không phải cơ sở dữ liệu của papi-desktop" in caught.value.message
    assert path.read_bytes() == content
    assert side_files(path) == []


def test_corrupt_file_with_a_sqlite_header_is_refused_untouched(tmp_path):
    path = tmp_path / "hỏng.papi"
    content = b"SQLite format 3\x00" + os.urandom(4080)
    path.write_bytes(content)
    with pytest.raises(UserError):
        DraftStore.open(path)
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (name TEXT)")
    conn.execute("INSERT INTO things VALUES ('x')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError) as caught:
        DraftStore.open(path)
    assert "không phải cơ sở dữ liệu của papi-desktop" in caught.value.message
    assert path.read_bytes() == before


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "drafts.papi"
    with DraftStore.create(path, sample=True):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError) as caught:
        DraftStore.open(path)
    assert "phiên bản papi-desktop mới hơn" in caught.value.message
    assert path.read_bytes() == before
    assert side_files(path) == []


# --- schema and migrations ----------------------------------------------------------------------


def test_every_migration_has_a_test():
    # Adding MIGRATIONS[n] means adding test_migration_<n> below, then raising this number.
    assert len(MIGRATIONS) == SCHEMA_VERSION == 6


def test_migration_0_turns_an_empty_file_into_version_1(tmp_path):
    path = tmp_path / "empty.papi"
    path.touch()
    db = Database(path)
    assert migrate(db, target=1) == 0
    assert pragma_of(db, "user_version") == 1
    assert pragma_of(db, "application_id") == APPLICATION_ID
    assert set(db.table_names()) >= {"reports", "sections", "revisions"}
    assert db["sections"].pks == ["report_id", "key"]
    assert {fk.other_table for fk in db["sections"].foreign_keys} == {"reports"}
    assert {fk.other_table for fk in db["revisions"].foreign_keys} == {"sections"}
    columns = set(db["reports"].columns_dict)
    assert {"id", "catalogue", "year", "quarter", "title", "recipients", "status", "created_at",
            "updated_at", "deleted_at", "sig_name"} <= columns
    index_columns = {tuple(index.columns) for table in ("reports", "revisions") for index in db[table].indexes}
    assert ("deleted_at", "updated_at") in index_columns
    assert ("report_id", "key", "saved_at") in index_columns
    assert migrate(db, target=1) == 1  # already current: nothing to do
    db.close()


def test_migration_1_adds_the_compiling_offices_tables_and_keeps_the_reports(tmp_path):
    path = tmp_path / "v1.papi"
    path.touch()
    db = Database(path)
    migrate(db, target=1)
    db.execute("INSERT INTO reports (id, catalogue, year, quarter, date, status, created_at, updated_at) "
               "VALUES ('r1', 'papi', 2026, 2, '2026-06-20', 'draft', 't', 't')")
    db.conn.commit()
    assert migrate(db, target=2) == 1
    assert pragma_of(db, "user_version") == 2
    assert {"consolidations", "gathered", "expected_departments", "taken"} <= set(db.table_names())
    assert db["gathered"].pks == ["report_id", "department_key"]
    assert {fk.other_table for fk in db["consolidations"].foreign_keys} == {"reports"}
    assert [row["id"] for row in db["reports"].rows] == ["r1"]
    db.close()


def test_migration_2_adds_the_published_scores_table(tmp_path):
    path = tmp_path / "v2.papi"
    path.touch()
    db = Database(path)
    migrate(db, target=2)
    assert migrate(db, target=3) == 2
    assert "scores" in db.table_names() and db["scores"].pks == ["catalogue", "province_key", "year"]
    db.close()


def test_migration_4_adds_the_source_id_and_keeps_the_reports(tmp_path):
    path = tmp_path / "v4.papi"
    path.touch()
    db = Database(path)
    migrate(db, target=4)
    older = load_sample()  # a report written by a version before the step: no source_id column
    row = {name: value for name, value in codec.report_to_row(older).items() if name not in ("source_id", "addressee")}
    db.execute(f"INSERT INTO reports ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    db.conn.commit()
    assert "source_id" not in db["reports"].columns_dict
    assert migrate(db, target=5) == 4
    assert db["reports"].columns_dict["source_id"] is str
    assert [row["source_id"] for row in db["reports"].rows] == [None]
    db.close()
    with DraftStore.open(path) as store:
        assert store.load(older.id).source_id is None
        following = next_quarter_report(store.load(older.id))
        store.add(following)
        assert store.load(following.id).source_id == older.id


def test_migration_5_adds_the_addressee_and_keeps_the_reports(tmp_path):
    path = tmp_path / "v5.papi"
    path.touch()
    db = Database(path)
    migrate(db, target=5)
    older = load_sample()  # written before the step: no "Kính gửi"
    row = {name: value for name, value in codec.report_to_row(older).items() if name != "addressee"}
    db.execute(f"INSERT INTO reports ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    db.conn.commit()
    assert migrate(db, target=6) == 5
    assert [row["addressee"] for row in db["reports"].rows] == [""]
    db.close()
    with DraftStore.open(path) as store:
        report = store.load(older.id)
        assert report.header.addressee == ""
        report.header.addressee = "Ủy ban nhân dân tỉnh"
        store.save_report(report)
        assert store.load(older.id).header.addressee == "Ủy ban nhân dân tỉnh"


def pragma_of(db: Database, name: str):
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def empty_sqlite_file(path):
    """A SQLite file another tool made and left without a table: a header, no objects."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    assert path.stat().st_size > 0
    return path


def test_open_migrates_an_empty_sqlite_file(tmp_path):
    path = empty_sqlite_file(tmp_path / "empty.papi")
    with DraftStore.open(path) as store:
        assert store.list_reports() == []
        report = load_sample()
        store.add(report)
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "application_id") == APPLICATION_ID
    with DraftStore.open(path) as store:
        assert store.load(report.id) == report


def test_failed_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = empty_sqlite_file(tmp_path / "empty.papi")

    def half_migration(db):
        db.execute("CREATE TABLE reports (id TEXT)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "MIGRATIONS", [half_migration])
    with pytest.raises(RuntimeError):
        DraftStore.open(path)
    assert pragma(path, "user_version") == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


# --- connection settings and journal -----------------------------------------------------------


def test_connection_settings(store):
    assert store.db.journal_mode == "delete"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_rollback_journal_leaves_no_side_files(tmp_path, clock):
    path = tmp_path / "drafts.papi"
    with DraftStore.create(path, sample=True) as store:
        store.clock = clock
        report_id = store.list_reports()[0].id
        for number in range(3):
            clock.advance(300)
            store.save_section(report_id, "other", f"Lần sửa {number}")
        assert store.db.journal_mode == "delete"
        # The file alone is complete, even while open; beside it only the lock saying who has it open.
        assert side_files(path) == [".~lock.drafts.papi#"]
    assert side_files(path) == []
    assert pragma(path, "journal_mode") == "delete"


def test_a_file_left_in_wal_mode_is_switched_back(tmp_path):
    path = tmp_path / "drafts.papi"
    with DraftStore.create(path, sample=True):
        pass
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.close()
    with DraftStore.open(path) as store:
        assert store.db.journal_mode == "delete"
        report_id = store.list_reports()[0].id
        assert store.save_section(report_id, "other", "Sau khi mở lại")
        assert not Path(f"{path}-wal").exists()
    assert side_files(path) == []
    assert pragma(path, "journal_mode") == "delete"


# --- default place ------------------------------------------------------------------------------


def test_default_path_is_in_the_user_data_folder():
    path = default_database_path()
    assert path.name == "bao-cao-papi.papi"
    assert path.parent.name == "papi-desktop"
    assert Path(os.environ["XDG_DATA_HOME"]) in path.parents


def test_open_default_store_creates_the_sample_on_first_run():
    path = default_database_path()
    assert not path.parent.exists()
    with open_default_store() as store:
        assert store.path == path
        (summary,) = store.list_reports()
        assert summary.title == load_sample().title
        assert store.save_section(summary.id, "other", "Ghi chú của tôi")
    assert path.is_file()
    with open_default_store() as store:  # second run: the same file, no second sample
        (again,) = store.list_reports()
        assert again.id == summary.id
        assert store.load(summary.id).section("other") == "Ghi chú của tôi"


def test_open_default_store_redoes_an_interrupted_first_run():
    path = default_database_path()
    path.parent.mkdir(parents=True)
    path.touch()
    with open_default_store() as store:
        assert len(store.list_reports()) == 1


# --- speed of the list --------------------------------------------------------------------------


def test_list_of_ten_thousand_reports_is_one_query(store):
    template = load_sample()
    columns = codec.report_to_row(template)
    rows = []
    for number in range(10_000):
        row = dict(columns)
        row["id"] = f"report-{number:05d}"
        row["year"] = 2000 + number % 30
        row["quarter"] = number % 4 + 1
        row["title"] = None if number % 3 else f"Báo cáo {number}"
        row["updated_at"] = f"2023-01-01T00:00:{number % 60:02d}.{number:06d}+00:00"
        rows.append(row)
    names = ", ".join(columns)
    marks = ", ".join(f":{name}" for name in columns)
    with store.db.atomic():
        store.db.conn.executemany(f"INSERT INTO reports ({names}) VALUES ({marks})", rows)

    statements = []
    store.db.conn.set_trace_callback(statements.append)
    summaries = store.list_reports()
    store.db.conn.set_trace_callback(None)

    assert len(summaries) == 10_001
    assert len(statements) == 1 and statements[0].lstrip().upper().startswith("SELECT")
    times = [s.updated_at for s in summaries]
    assert times == sorted(times, reverse=True)
    by_id = {s.id: s for s in summaries}
    assert by_id["report-00003"].title == "Báo cáo 3"
    assert by_id["report-00001"].title.startswith("Kết quả công tác duy trì")
    assert by_id["report-00001"].period == Period(2001, 2)
    # Its speed is measured by the benchmarks, not asserted here.


def test_sqlite_errors_reach_the_clerk_as_user_errors(store, sample_id, monkeypatch):
    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(drafts_module.DraftStore, "_report_row", locked)
    with pytest.raises(UserError) as caught:
        store.save_section(sample_id, "other", "x")
    assert "chương trình khác" in caught.value.message


def test_file_names_with_spaces_diacritics_and_uri_characters(tmp_path):
    folder = tmp_path / "Tài liệu #2"
    folder.mkdir()
    path = folder / "Báo cáo quý I #50% &x=1.papi"  # "?" is refused: Windows forbids it
    with DraftStore.create(path, sample=True) as store:
        report_id = store.list_reports()[0].id
    with DraftStore.open(path) as store:
        assert store.load(report_id).id == report_id
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_backup_to_writes_a_complete_copy(store, sample_id, clock, tmp_path):
    clock.advance(600)
    store.save_section(sample_id, "other", "Trước khi sao")
    target = tmp_path / "copies" / "ban-sao.papi"
    target.parent.mkdir()
    target.write_bytes(b"an older copy")
    assert store.backup_to(target) == target
    store.save_section(sample_id, "other", "Sau khi sao")  # the open store still works
    assert sorted(p.name for p in target.parent.iterdir()) == ["ban-sao.papi"]
    assert pragma(target, "journal_mode") == "delete"
    with DraftStore.open(target) as copy:
        assert copy.load(sample_id).section("other") == "Trước khi sao"
        assert [s.id for s in copy.list_reports()] == [sample_id]
        assert copy.load(sample_id).header == store.load(sample_id).header
    with pytest.raises(UserError):
        store.backup_to(store.path)


def test_a_copy_with_the_unsaved_report_holds_the_screen_text_and_leaves_the_original_alone(store, sample_id, tmp_path, dump):
    on_screen = store.load(sample_id)
    on_screen.sections["other"] = "Gõ lúc ổ USB đã rút ra"
    on_screen.header.number = "31"
    moment = on_screen.updated_at
    before = dump(store.path)
    target = store.backup_to(tmp_path / "ban-sao.papi", unsaved=on_screen)
    assert dump(store.path) == before  # the open file is only read
    assert on_screen.updated_at == moment  # nor is the window's report touched
    with DraftStore.open(target) as copy:
        rescued = copy.load(sample_id)
        assert rescued.section("other") == "Gõ lúc ổ USB đã rút ra"
        assert rescued.header.number == "31"
        assert [s.id for s in copy.list_reports()] == [sample_id]


def test_rescue_writes_a_new_file_with_the_report_alone(store, sample_id, tmp_path):
    from papi_desktop.model.serialize import next_quarter_report

    report = next_quarter_report(store.load(sample_id))  # not in any file yet
    report.sections["other"] = "Chỉ còn trên màn hình"
    target = tmp_path / "cứu" / "báo cáo.papi"
    target.parent.mkdir()
    assert DraftStore.rescue(target, report) == target
    assert sorted(p.name for p in target.parent.iterdir()) == ["báo cáo.papi"]
    assert check.problems(target) == []
    with DraftStore.open(target) as rescued:
        assert [s.id for s in rescued.list_reports()] == [report.id]
        assert rescued.load(report.id).section("other") == "Chỉ còn trên màn hình"
    with pytest.raises(UserError):
        DraftStore.rescue(tmp_path / "không có thư mục" / "x.papi", report)
