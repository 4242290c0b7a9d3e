"""Exported files get the permissions the clerk's umask gives, as any program's files do.

They are written atomically through a temporary file (0600 when made); a colleague reading
the shared folder must still be able to open the report.
"""

from __future__ import annotations

import os
from pathlib import Path
import stat

import pytest

from papi_desktop.export import export
from papi_desktop.fileio import write_atomically

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows files have no Unix mode bits")


@pytest.fixture
def umask():
    """Set the process's umask for one test, then put the old one back."""
    previous = os.umask(0o022)
    os.umask(previous)

    def set_to(value: int) -> None:
        os.umask(value)

    yield set_to
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_export_under_umask_022_is_readable_by_all(tmp_path, sample_report, umask, suffix, qapp):
    umask(0o022)
    target = export(sample_report, tmp_path / f"bao-cao{suffix}")
    assert _mode(target) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary left beside it


@pytest.mark.parametrize(("mask", "expected"), [(0o077, 0o600), (0o027, 0o640), (0o002, 0o664)])
def test_a_written_file_follows_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    target = write_atomically(tmp_path / "ghi-chu.txt", lambda temporary: temporary.write_text("x"))
    assert _mode(target) == expected


def test_replacing_a_private_file_gives_the_usual_mode(tmp_path, umask):
    """An earlier export left at 0600 is replaced by a file with the usual permissions."""
    umask(0o022)
    target = tmp_path / "cu.txt"
    target.write_text("old")
    target.chmod(0o600)
    write_atomically(target, lambda temporary: temporary.write_text("new"))
    assert target.read_text() == "new" and _mode(target) == 0o644
