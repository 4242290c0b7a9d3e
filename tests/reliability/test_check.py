"""Untrusted files: `papi-desktop check` says what is wrong, and neither it nor opening changes a byte."""

from __future__ import annotations

import os
from pathlib import Path
import sqlite3
import struct
import subprocess
import sys

import pytest

from papi_desktop.cli import main
from papi_desktop.errors import UserError
from papi_desktop.store import SCHEMA_VERSION, DraftStore
from papi_desktop.store.check import ensure_sound, inspect

from .files import dump, fingerprint, side_files


def run_check(capsys, path: Path) -> tuple[int, str]:
    code = main(["check", "--db", str(path)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def alter(path: Path, *statements: str) -> None:
    """Change a file behind the program's back, as another tool (or a newer version) would."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def assert_refused(capsys, path: Path, *phrases: str) -> None:
    """`check` exits 1 naming the problem, opening is refused, and the file stays byte-for-byte the same."""
    before = fingerprint(path)
    siblings = side_files(path)
    code, output = run_check(capsys, path)
    assert code == 1, output
    assert "Tệp không có lỗi" not in output
    for phrase in phrases:
        assert phrase in output
    with pytest.raises(UserError) as caught:
        DraftStore.open(path)
    for phrase in phrases:
        assert phrase in caught.value.message
    assert fingerprint(path) == before
    assert side_files(path) == siblings


# --- a sound file ------------------------------------------------------------------------------


def test_a_sound_file_passes_and_is_not_touched(capsys, sound_file):
    before = fingerprint(sound_file)
    mtime = sound_file.stat().st_mtime_ns
    code, output = run_check(capsys, sound_file)
    assert (code, output.strip()) == (0, "Tệp không có lỗi.")
    assert fingerprint(sound_file) == before
    assert sound_file.stat().st_mtime_ns == mtime
    assert side_files(sound_file) == []


def test_check_of_a_missing_file(capsys, tmp_path):
    code, output = run_check(capsys, tmp_path / "không-có.papi")
    assert code == 1 and "Không tìm thấy tệp" in output
    assert not (tmp_path / "không-có.papi").exists()


def test_an_empty_file_is_refused_everywhere_as_a_copy_that_did_not_finish(capsys, tmp_path):
    path = tmp_path / "rỗng.papi"
    path.touch()
    code, output = run_check(capsys, path)
    assert code == 1 and "trống (0 byte)" in output and "chép tệp chưa xong" in output
    for read_only in (False, True):
        with pytest.raises(UserError) as caught:
            DraftStore.open(path, read_only=read_only)
        assert "chép tệp chưa xong" in caught.value.message
    assert path.read_bytes() == b"" and side_files(path) == []


# --- untrusted files -----------------------------------------------------------------------------


def test_not_sqlite_at_all(capsys, tmp_path):
    path = tmp_path / "ảnh.papi"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(5000))
    assert_refused(capsys, path, "không phải cơ sở dữ liệu của papi-desktop")


def test_a_word_document_renamed(capsys, tmp_path):
    path = tmp_path / "báo cáo.papi"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 2000)
    assert_refused(capsys, path, "không phải cơ sở dữ liệu của papi-desktop")


@pytest.mark.parametrize("keep", ["half", "odd", "header only"])
def test_truncated_file(capsys, sound_file, keep):
    content = sound_file.read_bytes()
    page_size = struct.unpack(">H", content[16:18])[0]
    length = {"half": len(content) // page_size // 2 * page_size, "odd": len(content) - 777, "header only": 60}[keep]
    sound_file.write_bytes(content[:length])
    assert_refused(capsys, sound_file, "bị cụt")


def _corrupt_a_middle_page(path: Path) -> int:
    """Overwrite a b-tree page near the middle of the file with garbage; returns its number."""
    content = bytearray(path.read_bytes())
    page_size = struct.unpack(">H", content[16:18])[0]
    pages = len(content) // page_size
    assert pages >= 8, "the fixture file is too small to have a middle"
    for number in sorted(range(2, pages + 1), key=lambda n: abs(n - pages // 2)):
        start = (number - 1) * page_size
        if content[start] in (0x02, 0x05, 0x0A, 0x0D):  # a b-tree page, not an overflow or free page
            content[start:start + page_size] = bytes((7 * i + 13) % 251 for i in range(page_size))
            path.write_bytes(bytes(content))
            return number
    raise AssertionError("no b-tree page found")


def test_a_damaged_page_in_the_middle_fails_quick_check(capsys, sound_file):
    _corrupt_a_middle_page(sound_file)
    assert_refused(capsys, sound_file, "bị hỏng")


def test_a_file_from_a_newer_version(capsys, sound_file):
    alter(sound_file, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert_refused(capsys, sound_file, "phiên bản papi-desktop mới hơn")


def test_another_programs_sqlite_file(capsys, tmp_path):
    path = tmp_path / "khác.sqlite"
    alter(path, "CREATE TABLE reports (id TEXT)", "INSERT INTO reports VALUES ('x')")
    assert_refused(capsys, path, "không phải cơ sở dữ liệu của papi-desktop")


FOREIGN_SCHEMAS = {
    "trigger": [
        "CREATE TABLE stolen (body TEXT)",
        "CREATE TRIGGER copy_out AFTER UPDATE ON sections BEGIN INSERT INTO stolen VALUES (new.body); END",
    ],
    "view": ["CREATE VIEW reports_view AS SELECT id, title FROM reports"],
    "view shadowing a function": ["CREATE VIEW v AS SELECT load_extension('evil') AS x"],
    "missing table": ["DROP TABLE revisions"],
    "missing column": ["DROP INDEX reports_by_update", "ALTER TABLE reports DROP COLUMN archive"],
    "extra column": ["ALTER TABLE sections ADD COLUMN note TEXT"],
    "extra index": ["CREATE INDEX by_body ON sections (body)"],
}


@pytest.mark.parametrize("change", list(FOREIGN_SCHEMAS))
def test_a_schema_that_is_not_ours(capsys, sound_file, change):
    alter(sound_file, *FOREIGN_SCHEMAS[change])
    assert_refused(capsys, sound_file, "cấu trúc khác với cơ sở dữ liệu của papi-desktop")


def test_the_foreign_trigger_never_runs(sound_file):
    alter(sound_file, *FOREIGN_SCHEMAS["trigger"])
    with pytest.raises(UserError):
        DraftStore.open(sound_file)
    conn = sqlite3.connect(sound_file)
    assert conn.execute("SELECT count(*) FROM stolen").fetchone()[0] == 0
    conn.close()


def test_a_dangling_section_is_damage(capsys, sound_file):
    alter(sound_file, "INSERT INTO sections VALUES ('no-such-report', 'other', 'mồ côi', '2022-01-01')")
    assert_refused(capsys, sound_file, "bị hỏng")


# --- a save cut off half-way ---------------------------------------------------------------------

_HALF_SAVE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before commit
conn.execute("BEGIN")
conn.execute("UPDATE sections SET body = body || ' (dở dang)'")
conn.execute("UPDATE revisions SET body = 'dở dang'")
os._exit(0)  # the power goes: no commit, no rollback
"""


def _cut_off_save(path: Path) -> Path:
    subprocess.run([sys.executable, "-c", _HALF_SAVE, str(path)], check=True, timeout=30)
    journal = Path(f"{path}-journal")
    assert journal.exists() and journal.stat().st_size > 0
    return journal


def test_check_of_a_file_with_a_hot_journal_reads_a_copy(capsys, sound_file):
    before = dump(sound_file)
    journal = _cut_off_save(sound_file)
    file_print, journal_print = fingerprint(sound_file), fingerprint(journal)
    code, output = run_check(capsys, sound_file)
    assert code == 0, output
    assert "lần lưu bị ngắt giữa chừng" in output and "Tệp không có lỗi." in output
    assert (fingerprint(sound_file), fingerprint(journal)) == (file_print, journal_print)
    with DraftStore.open(sound_file) as store:  # the open rolls the cut-off save back
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert dump(sound_file) == before
    assert side_files(sound_file) == []


def test_a_hot_journal_beside_a_foreign_file_is_not_played_back(tmp_path):
    path = tmp_path / "khác.sqlite"
    alter(path, "CREATE TABLE sections (body TEXT)", "CREATE TABLE revisions (body TEXT)",
          "INSERT INTO sections VALUES ('x')", "INSERT INTO revisions VALUES ('y')")
    journal = _cut_off_save(path)
    prints = fingerprint(path), fingerprint(journal)
    with pytest.raises(UserError) as caught:
        ensure_sound(path, recover=True)
    assert "không phải cơ sở dữ liệu của papi-desktop" in caught.value.message
    assert (fingerprint(path), fingerprint(journal)) == prints


def test_inspect_lists_problems_for_a_window(sound_file):
    assert inspect(sound_file).sound
    alter(sound_file, "DROP TABLE revisions")
    result = inspect(sound_file)
    assert not result.sound
    assert "cấu trúc khác" in result.problems[0].message
    assert "missing" in result.problems[0].detail
