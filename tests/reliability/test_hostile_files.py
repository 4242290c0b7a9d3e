"""Hostile and unlucky drafts files, built here from small recipes: every command refuses or reads
them cleanly, names the real cause, and changes nothing that it only reads."""

from __future__ import annotations

import json
import os
from pathlib import Path
import shutil
import sqlite3
import subprocess
import sys

import pytest

from papi_desktop.cli import main
from papi_desktop.errors import UserError
from papi_desktop.model import load_sample
from papi_desktop.model.serialize import duplicate_report
from papi_desktop.store import SCHEMA_VERSION, DraftStore, known_files
from papi_desktop.store.check import inspect

from .files import Clock, dump, fingerprint, side_files
from .test_check import _cut_off_save, alter


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_clean_failure(code: int, out: str, err: str, *phrases: str) -> None:
    """Exit 1 with a message on stderr naming the cause, and no traceback."""
    assert code == 1, (out, err)
    assert "Traceback" not in out + err
    for phrase in phrases:
        assert phrase in err, err


def snapshot(path: Path) -> tuple:
    """The file and everything beside it, byte for byte."""
    return tuple(
        (entry.name, fingerprint(entry) if entry.is_file() and not entry.is_symlink() else entry.is_dir())
        for entry in sorted(path.parent.iterdir())
        if entry.name.startswith(path.name) or entry.name.startswith(f".~lock.{path.name}")
    )


def make_file(path: Path, clock: Clock, extra_reports: int = 0, saves: int = 3) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with DraftStore.create(path, sample=True) as store:
        store.clock = clock
        report_id = store.list_reports()[0].id
        for number in range(saves):
            clock.advance()
            store.save_section(report_id, "other", f"Lần sửa {number} của {path.stem}. " + "Nội dung. " * 80)
        for _ in range(extra_reports):
            clock.advance()
            store.add(duplicate_report(load_sample()))
    return path


@pytest.fixture
def two_reports(tmp_path, clock) -> tuple[Path, str, str]:
    """(file, good report id, report id to spoil) in a file closed by the program."""
    path = make_file(tmp_path / "hai-bao-cao.papi", clock, extra_reports=1)
    with DraftStore.open(path, read_only=True) as store:
        first, second = sorted(store.list_reports(), key=lambda s: s.id)
    return path, first.id, second.id


# --- 1. a 0-byte file: the copy did not finish -----------------------------------------------------


def test_a_zero_byte_file_is_refused_by_every_command_and_stays_empty(capsys, tmp_path, sound_file):
    empty = tmp_path / "chép dở.papi"
    empty.touch()
    out_file = tmp_path / "ra.docx"
    for argv in (
        ("list", "--db", str(empty)),
        ("export", "--db", str(empty), "--report", "abc", "-o", str(out_file)),
        ("merge", "--db", str(empty), str(sound_file)),
        ("merge", "--db", str(sound_file), str(empty)),
        ("import", "--db", str(empty), str(_text_file(tmp_path))),
        ("check", "--db", str(empty)),
    ):
        before = dump(sound_file)
        code, out, err = run(capsys, *argv)
        assert code == 1 and "Traceback" not in out + err
        assert "chép tệp chưa xong" in out + err, (argv, out, err)
        assert empty.read_bytes() == b"" and side_files(empty) == []
        assert dump(sound_file) == before
    assert not out_file.exists()


# --- 2. a hot journal that belongs to another file -------------------------------------------------


@pytest.mark.parametrize("same_history", [False, True], ids=["other-history", "same-history"])
def test_a_foreign_hot_journal_is_refused_and_named_never_played_back(capsys, tmp_path, clock, same_history):
    """Explorer copied another file's -journal beside this one: refused by name, nothing played back."""
    crashed = make_file(tmp_path / "a" / "bao-cao.papi", clock, saves=5)
    mine = make_file(tmp_path / "b" / "bao-cao.papi", Clock(clock.now), saves=5 if same_history else 2)
    before = dump(mine)
    journal = _cut_off_save(crashed)
    stray = Path(f"{mine}-journal")
    shutil.move(journal, stray)
    prints = snapshot(mine)
    code, out, err = run(capsys, "check", "--db", str(mine))
    assert code == 1 and "không thuộc về tệp này" in out and stray.name in out, out
    for argv in (("list", "--db", str(mine)), ("merge", "--db", str(crashed), str(mine))):
        code, out, err = run(capsys, *argv)
        assert_clean_failure(code, out, err, "không thuộc về tệp này", stray.name)
    code, out, err = run(capsys, "import", "--db", str(mine), str(_text_file(tmp_path)))
    assert_clean_failure(code, out, err, "không thuộc về tệp này")
    assert snapshot(mine) == prints
    stray.unlink()  # the clerk moves it away, as the message says
    assert dump(mine) == before


def _text_file(tmp_path: Path) -> Path:
    source = tmp_path / "bao-cao-quy-truoc.txt"
    source.write_text("BÁO CÁO\nKết quả công tác duy trì và củng cố Chỉ số PAPI quý I năm 2022\n", encoding="utf-8")
    return source


def test_its_own_hot_journal_is_played_back_only_by_a_writer_after_a_copy_is_kept(capsys, sound_file, tmp_path):
    from papi_desktop.store.backup import list_backups

    before = dump(sound_file)
    journal = _cut_off_save(sound_file)
    prints = snapshot(sound_file)
    code, out, err = run(capsys, "list", "--db", str(sound_file))
    assert code == 0 and out.count("\n") == 1, (out, err)
    assert snapshot(sound_file) == prints  # a reader plays it back in a copy only
    with DraftStore.open(sound_file) as store:  # a writer: keeps file and journal, then plays back
        assert not store.read_only
    kept = [backup for backup in list_backups(sound_file) if backup.before_restore]
    assert kept and Path(f"{kept[0].path}-journal").exists()
    assert not journal.exists() and dump(sound_file) == before
    # The kept pair can itself be restored: it is read as played back, in a temporary copy.
    from papi_desktop.store.backup import restore_backup

    elsewhere = tmp_path / "khoi-phuc.papi"
    restore_backup(kept[0], elsewhere)
    assert dump(elsewhere) == before and side_files(elsewhere) == []


# --- 3. a newer file with a hot journal ------------------------------------------------------------


def test_a_newer_file_with_a_hot_journal_is_refused_before_anything_is_touched(capsys, sound_file, tmp_path):
    alter(sound_file, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    _cut_off_save(sound_file)
    prints = snapshot(sound_file)
    mine = make_file(tmp_path / "cua-toi" / "bao-cao.papi", Clock())
    for argv in (
        ("list", "--db", str(sound_file)),
        ("export", "--db", str(sound_file), "--report", "a", "-o", str(tmp_path / "ra.docx")),
        ("merge", "--db", str(mine), str(sound_file)),
        ("check", "--db", str(sound_file)),
    ):
        code, out, err = run(capsys, *argv)
        assert code == 1 and "phiên bản papi-desktop mới hơn" in out + err and "Traceback" not in out + err
        assert snapshot(sound_file) == prints
    with pytest.raises(UserError):
        DraftStore.open(sound_file)
    assert snapshot(sound_file) == prints


# --- 4. a WAL-mode file whose latest data is only in its -wal --------------------------------------

_WAL_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE sections SET body = 'Chỉ có trong tệp -wal' WHERE key = 'other'")
os._exit(0)  # no checkpoint, no close: the change lives in the -wal alone
"""


def test_a_wal_file_is_read_through_a_copy_and_nothing_is_left_beside_it(capsys, sound_file, tmp_path):
    subprocess.run([sys.executable, "-c", _WAL_WRITE, str(sound_file)], check=True, timeout=60)
    Path(f"{sound_file}-shm").unlink(missing_ok=True)  # what is left when only the file and its log are copied
    assert side_files(sound_file) == [f"{sound_file.name}-wal"]
    prints = snapshot(sound_file)
    code, out, err = run(capsys, "check", "--db", str(sound_file))
    assert code == 0 and "-wal" in out, (out, err)
    assert snapshot(sound_file) == prints
    with DraftStore.open(sound_file, read_only=True) as store:
        report_id = store.list_reports()[0].id
        assert store.load(report_id).section("other") == "Chỉ có trong tệp -wal"
    assert snapshot(sound_file) == prints
    mine = make_file(tmp_path / "cua-toi" / "bao-cao.papi", Clock())
    code, out, err = run(capsys, "merge", "--db", str(mine), str(sound_file))
    assert code == 0, err
    assert snapshot(sound_file) == prints  # THEIRS only read: no -shm, no change
    with DraftStore.open(mine, read_only=True) as store:
        assert store.load(report_id).section("other") == "Chỉ có trong tệp -wal"


def test_a_wal_beside_a_file_not_in_wal_mode_is_refused_and_named(capsys, sound_file, tmp_path, clock):
    other = make_file(tmp_path / "khac" / "bao-cao.papi", clock)
    subprocess.run([sys.executable, "-c", _WAL_WRITE, str(other)], check=True, timeout=60)
    stray = Path(f"{sound_file}-wal")
    shutil.move(f"{other}-wal", stray)
    prints = snapshot(sound_file)
    for argv in (("check", "--db", str(sound_file)), ("list", "--db", str(sound_file)),
                 ("import", "--db", str(sound_file), str(_text_file(tmp_path)))):
        code, out, err = run(capsys, *argv)
        assert code == 1 and "không thuộc về tệp này" in out + err and stray.name in out + err, (argv, out, err)
    assert snapshot(sound_file) == prints


# --- 5. a trigger under a reserved name -----------------------------------------------------------


def test_a_trigger_named_like_sqlites_own_table_is_refused(capsys, two_reports, tmp_path):
    path, good, _other = two_reports
    conn = sqlite3.connect(path)
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger', 'sqlite_stat1', "
        "'reports', 0, 'CREATE TRIGGER sqlite_stat1 AFTER INSERT ON reports BEGIN "
        "DELETE FROM reports WHERE id <> new.id; END')"
    )
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.commit()
    conn.close()
    before = dump(path)
    code, out, _err = run(capsys, "check", "--db", str(path))
    assert code == 1 and "cấu trúc khác" in out and "Tệp không có lỗi" not in out
    code, out, err = run(capsys, "import", "--db", str(path), str(_text_file(tmp_path)))
    assert_clean_failure(code, out, err, "cấu trúc khác")
    assert dump(path) == before and len(before["reports"]) == 2


def test_sqlites_own_statistics_table_is_still_allowed(capsys, sound_file):
    alter(sound_file, "ANALYZE")
    code, out, _err = run(capsys, "check", "--db", str(sound_file))
    assert code == 0, out


# --- 6. bit rot in a file this machine closed cleanly ----------------------------------------------


def test_bit_rot_in_a_known_file_is_found_before_the_first_write(capsys, two_reports, tmp_path):
    path, _good, _other = two_reports
    assert known_files.is_known_clean(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sections'").fetchone()[0]
    conn.close()
    status = path.stat()
    with path.open("r+b") as handle:  # same size, same header, same time: damaged pages inside
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert known_files.is_known_clean(path)  # the fast path still takes it for the file it closed
    damaged = fingerprint(path)
    code, out, err = run(capsys, "import", "--db", str(path), str(_text_file(tmp_path)))
    assert_clean_failure(code, out, err, "hỏng")
    assert fingerprint(path) == damaged
    assert not known_files.is_known_clean(path) or fingerprint(path) == damaged
    copy = tmp_path / "ban-sao.papi"
    shutil.copyfile(path, copy)  # the same bytes under another name: the full check refuses at once
    with pytest.raises(UserError):
        DraftStore.open(copy)


def test_a_known_file_opens_without_the_page_check_but_runs_it_before_writing(two_reports, monkeypatch):
    from papi_desktop.store import check

    path, good, _other = two_reports
    calls = []
    real = check.pages_sound
    monkeypatch.setattr(check, "pages_sound", lambda conn: calls.append(1) or real(conn))
    with DraftStore.open(path) as store:
        assert calls == [] and not store.ready_for_writing
        store.save_section(good, "other", "Sau khi kiểm tra các trang")
        assert calls == [1]
        store.save_section(good, "other", "Lần thứ hai: không kiểm tra lại")
        assert calls == [1]


# --- 7, 8. malformed values ----------------------------------------------------------------------

BAD_VALUES = {
    "year-1800": ("UPDATE reports SET year = 1800 WHERE id = ?", "year"),
    "year-as-text": ("UPDATE reports SET year = 'hai nghìn' WHERE id = ?", "year"),
    "updated-not-a-date": ("UPDATE reports SET updated_at = 'hôm qua' WHERE id = ?", "updated_at"),
    "recipients-not-json": ("UPDATE reports SET recipients = '[\"Sở Nội vụ\"' WHERE id = ?", "recipients"),
    "status-unknown": ("UPDATE reports SET status = 'xong' WHERE id = ?", "status"),
    "text-not-utf8": ("UPDATE reports SET agency = CAST(x'c328a0' AS TEXT) WHERE id = ?", "agency"),
    "section-not-text": (
        "UPDATE sections SET body = x'00ff' WHERE rowid = (SELECT rowid FROM sections WHERE report_id = ? LIMIT 1)",
        "phần",
    ),
}


def spoil(path: Path, recipe: str, report_id: str) -> None:
    statement, _column = BAD_VALUES[recipe]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    assert conn.execute(statement, [report_id]).rowcount == 1
    conn.commit()
    conn.close()


@pytest.mark.parametrize("recipe", sorted(BAD_VALUES))
def test_a_bad_value_is_named_the_report_skipped_and_never_merged(capsys, two_reports, tmp_path, recipe):
    path, good, bad = two_reports
    spoil(path, recipe, bad)
    column = BAD_VALUES[recipe][1]
    prints = snapshot(path)

    code, out, _err = run(capsys, "check", "--db", str(path))
    assert code == 1 and "dữ liệu hỏng" in out and column in out and "USB" not in out, out

    code, out, err = run(capsys, "list", "--db", str(path))
    assert "Traceback" not in out + err and "USB" not in err
    if recipe != "section-not-text":  # the list reads no section
        assert code == 0 and out.count("\n") == 1 and out.startswith(good), (out, err)
        assert "bỏ qua" in err and column in err, err

    code, out, err = run(capsys, "export", "--db", str(path), "--report", bad, "-o", str(tmp_path / "ra.docx"))
    assert_clean_failure(code, out, err, "dữ liệu hỏng", column)
    assert not (tmp_path / "ra.docx").exists()
    code, out, err = run(capsys, "export", "--db", str(path), "--report", good, "-o", str(tmp_path / "tot.docx"))
    assert code == 0, err

    mine = make_file(tmp_path / "cua-toi" / "bao-cao.papi", Clock())
    code, out, err = run(capsys, "merge", "--db", str(mine), str(path))
    assert code == 0 and "Traceback" not in out + err, (out, err)
    assert "bỏ qua" in out and column in out, out
    ids = {row[0] for row in dump(mine)["reports"]}
    assert good in ids and bad not in ids  # the poison stays where it was
    code, out, err = run(capsys, "list", "--db", str(mine))
    assert code == 0 and err == ""  # the clerk's own file still reads whole
    assert snapshot(path) == prints  # nothing of the spoiled file changed


# --- 9. messages that name the real cause --------------------------------------------------------


def test_bytes_after_a_sound_file_are_not_called_truncated(capsys, sound_file):
    with sound_file.open("ab") as handle:
        handle.write(b"rac!")
    code, out, _err = run(capsys, "check", "--db", str(sound_file))
    assert code == 0 and "bị cụt" not in out and "4 byte thừa" in out, out
    code, out, err = run(capsys, "list", "--db", str(sound_file))
    assert code == 0 and out.count("\n") == 1, err


def test_a_folder_in_place_of_the_journal_is_named(capsys, sound_file, tmp_path):
    before = dump(sound_file)
    folder = Path(f"{sound_file}-journal")
    folder.mkdir()
    prints = fingerprint(sound_file)
    for argv in (("list", "--db", str(sound_file)), ("import", "--db", str(sound_file), str(_text_file(tmp_path))),
                 ("check", "--db", str(sound_file))):
        code, out, err = run(capsys, *argv)
        assert code == 1 and "Traceback" not in out + err
        assert folder.name in out + err and "thư mục" in out + err and "USB" not in out + err, (argv, out, err)
    assert folder.is_dir() and fingerprint(sound_file) == prints
    folder.rmdir()
    assert dump(sound_file) == before


def test_a_folder_made_in_place_of_the_journal_while_open_is_named_on_saving(sound_file):
    with DraftStore.open(sound_file) as store:
        report_id = store.list_reports()[0].id
        folder = Path(f"{sound_file}-journal")
        folder.mkdir()
        try:
            with pytest.raises(UserError) as caught:
                store.save_section(report_id, "other", "Không ghi được")
        finally:
            folder.rmdir()
    assert folder.name in caught.value.message and "USB" not in caught.value.message


def test_a_revisions_sequence_at_its_end_is_named_not_a_full_disk(capsys, tmp_path, clock):
    mine = make_file(tmp_path / "cua-toi" / "bao-cao.papi", clock)
    theirs = make_file(tmp_path / "usb" / "khac.papi", Clock(clock.now), extra_reports=1)
    alter(mine, "UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'revisions'")
    before = dump(mine)
    code, out, err = run(capsys, "merge", "--db", str(mine), str(theirs))
    assert_clean_failure(code, out, err, "số thứ tự")
    assert "đầy" not in err
    assert dump(mine) == before


# --- nothing a command only reads is changed ----------------------------------------------------


def test_list_and_export_leave_a_sound_file_and_its_folder_as_they_were(capsys, sound_file, tmp_path):
    prints = snapshot(sound_file)
    mtime = sound_file.stat().st_mtime_ns
    code, out, _err = run(capsys, "list", "--db", str(sound_file))
    report_id = out.split("\t")[0]
    assert code == 0
    code, _out, err = run(capsys, "export", "--db", str(sound_file), "--report", report_id, "-o",
                          str(tmp_path / "ra.docx"))
    assert code == 0, err
    assert snapshot(sound_file) == prints and sound_file.stat().st_mtime_ns == mtime
    assert json.dumps(sorted(os.listdir(sound_file.parent))) == json.dumps(sorted(["bao-cao.papi", "ra.docx"]))
