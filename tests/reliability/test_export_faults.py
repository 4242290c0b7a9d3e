"""Exports onto a clerk's existing file when things go wrong: a full disk, a kill mid-write.

The command line runs as a real process (``exporter.py`` adds the faults). Whatever happens,
the file that was there before is still there byte for byte (same inode: never replaced),
or the new file is there whole; "Đã xuất" is printed only for a whole file; no traceback;
and no temporary of ours outlives the next export to the same folder.
"""

from __future__ import annotations

import os
from pathlib import Path
import random
import resource
import signal
import subprocess
import sys
import time

import pytest

from papi_desktop.fileio import TEMPORARY_PREFIX, remove_stale_temporaries, verify_docx, verify_pdf

ROOT = Path(__file__).resolve().parents[2]
EXPORTER = Path(__file__).with_name("exporter.py")


def environment(**faults: int) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1", QT_QPA_PLATFORM="offscreen")
    for name in ("PAPI_TEST_FULL_AFTER", "PAPI_TEST_HANG_AFTER"):
        env.pop(name, None)
    env.update({f"PAPI_TEST_{name.upper()}": str(value) for name, value in faults.items()})
    return env


def export(target: Path, *, file_size_limit: int | None = None, **faults: int) -> subprocess.CompletedProcess:
    """``papi-desktop export --sample -o target`` as a process; with ``file_size_limit`` the
    kernel refuses to let any file of the process grow past that many bytes (RLIMIT_FSIZE):
    a real failed write inside Qt's or Python's own code, not a patched function."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, str(EXPORTER), "export", "--sample", "-o", str(target)],
        env=environment(**faults), capture_output=True, text=True, timeout=120, cwd=target.parent,
        preexec_fn=limit_files if file_size_limit is not None else None,
    )


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMPORARY_PREFIX))


@pytest.fixture(params=[".docx", ".pdf"])
def last_quarter(request, tmp_path) -> Path:
    """A good export already in the folder: what the clerk sent last quarter."""
    target = tmp_path / f"Báo cáo quý I{request.param}"
    done = export(target)
    assert done.returncode == 0, done.stderr
    return target


def assert_untouched(target: Path, before: bytes, inode: int, done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Đã xuất" not in done.stdout
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert done.stderr.startswith("Lỗi: ") and "vẫn còn nguyên" in done.stderr, done.stderr
    assert target.read_bytes() == before
    assert target.stat().st_ino == inode, "the old file was replaced"
    assert temporaries(target.parent) == []


@pytest.mark.parametrize("room", [0, 3_000, 20_000])
def test_a_disk_that_fills_up_leaves_the_old_file(last_quarter, room):
    """RLIMIT_FSIZE: every write past ``room`` bytes fails in the kernel (Qt's PDF writer
    ignores the failure and goes on; the check of the finished file catches it)."""
    before, inode = last_quarter.read_bytes(), last_quarter.stat().st_ino
    done = export(last_quarter, file_size_limit=room or 1)
    assert_untouched(last_quarter, before, inode, done)
    assert "ổ đĩa" in done.stderr.lower()


@pytest.mark.parametrize("room", [0, 1, 4_096, 20_000])
def test_a_full_disk_during_a_word_export_is_told_in_vietnamese(tmp_path, room):
    """ENOSPC from the writes themselves, as a full disk gives it (the .docx case used to
    print a traceback next to its message)."""
    target = tmp_path / "Báo cáo quý I.docx"
    assert export(target).returncode == 0
    before, inode = target.read_bytes(), target.stat().st_ino
    done = export(target, full_after=room)
    assert_untouched(target, before, inode, done)
    assert "Ổ đĩa đã đầy" in done.stderr


def test_after_the_disk_is_freed_the_export_goes_through(last_quarter):
    assert export(last_quarter, file_size_limit=5_000).returncode == 1
    done = export(last_quarter)
    assert done.returncode == 0 and done.stdout.startswith("Đã xuất"), done.stderr
    verify = verify_docx if last_quarter.suffix == ".docx" else verify_pdf
    assert verify(last_quarter) is None
    assert temporaries(last_quarter.parent) == []


def start_hanging_export(target: Path, after: int) -> subprocess.Popen:
    writer = subprocess.Popen(
        [sys.executable, str(EXPORTER), "export", "--sample", "-o", str(target)],
        env=environment(hang_after=after), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=target.parent,
    )
    assert writer.stdout.readline().strip() == "writing", writer.stderr.read()
    return writer


def test_a_temporary_being_written_is_left_alone_and_a_dead_ones_is_removed(tmp_path):
    target = tmp_path / "Báo cáo quý I.docx"
    assert export(target).returncode == 0
    before = target.read_bytes()
    writer = start_hanging_export(target, after=2_000)
    try:
        [half] = temporaries(tmp_path)
        assert (tmp_path / half).stat().st_size == 2_000
        assert remove_stale_temporaries(tmp_path) == [], "a live writer's temporary was taken"
        assert temporaries(tmp_path) == [half]
    finally:
        writer.kill()
        writer.wait(timeout=30)
    assert target.read_bytes() == before
    assert temporaries(tmp_path) == [half], "the killed writer's temporary is what the next run must clean"
    done = export(target)
    assert done.returncode == 0, done.stderr
    assert temporaries(tmp_path) == []
    assert verify_docx(target) is None


def test_killed_at_random_moments_the_target_is_old_or_whole_and_the_next_run_cleans_up(tmp_path):
    """SIGKILL at 20 moments spread over a whole run (start-up, composing, writing): after
    each, the target is the previous file or a whole new one; the next export leaves no
    temporary. Which moment each kill hits is the machine's business; the outcome is not."""
    target = tmp_path / "Báo cáo quý I.docx"
    assert export(target).returncode == 0
    chance = random.Random(os.environ.get("PAPI_KILL_SEED", "export"))
    env = environment()
    for _kill in range(20):
        before = target.read_bytes()
        writer = subprocess.Popen(
            [sys.executable, str(EXPORTER), "export", "--sample", "-o", str(target)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path,
        )
        time.sleep(chance.uniform(0.05, 0.8))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        assert target.read_bytes() == before or verify_docx(target) is None
        assert not [p for p in tmp_path.iterdir() if p.name not in (target.name,) and not p.name.startswith(TEMPORARY_PREFIX)]
    # The deterministic half of the story: a run killed mid-file certainly leaves a temporary.
    writer = start_hanging_export(target, after=1_000)
    writer.kill()
    writer.wait(timeout=30)
    assert temporaries(tmp_path)
    done = export(target)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    assert verify_docx(target) is None


def test_the_completeness_checks_tell_whole_files_from_cut_ones(tmp_path):
    from papi_desktop.fileio import verify_papi

    word, pdf = tmp_path / "a.docx", tmp_path / "a.pdf"
    assert export(word).returncode == 0 and export(pdf).returncode == 0
    assert verify_docx(word) is None and verify_pdf(pdf) is None
    whole_pdf, whole_word = pdf.read_bytes(), word.read_bytes()
    for cut in (len(whole_pdf) // 2, len(whole_pdf) - 10):
        pdf.write_bytes(whole_pdf[:cut])
        assert verify_pdf(pdf) is not None
    # a hole in the middle, the end intact: the cross-reference table is not where it says
    pdf.write_bytes(whole_pdf[:100] + whole_pdf[2_100:])
    assert verify_pdf(pdf) is not None
    word.write_bytes(whole_word[: len(whole_word) // 2])
    assert verify_docx(word) is not None
    papi = tmp_path / "a.papi"
    papi.write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert verify_papi(papi) is None
    papi.write_bytes(bytes(116))
    assert verify_papi(papi) is not None


def test_a_folder_where_the_file_should_go_is_named_and_left_alone(tmp_path):
    target = tmp_path / "Báo cáo quý I.docx"
    target.mkdir()
    (target / "giữ.txt").write_text("x", encoding="utf-8")
    done = export(target)
    assert done.returncode == 1 and "đó là một thư mục" in done.stderr and "Traceback" not in done.stderr
    assert (target / "giữ.txt").read_text(encoding="utf-8") == "x"
    assert temporaries(tmp_path) == []
