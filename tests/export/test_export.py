"""The export entry point: compose + write, and cheap to import."""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys
import zipfile

import docx
import pytest

from papi_desktop.compose import compose
from papi_desktop.errors import UserError
from papi_desktop.export import export, export_docx


def test_export_docx_writes_the_composed_report(tmp_path, sample_report):
    target = tmp_path / "bao-cao-quy-I-2022.docx"
    written = export_docx(sample_report, target)
    assert written == target and zipfile.is_zipfile(target)
    word = docx.Document(str(target))
    texts = [p.text for p in word.paragraphs if p.text]
    composed = [p.text for p in compose(sample_report).paragraphs()]
    assert texts[0] == "BÁO CÁO" and texts[0] in composed
    assert texts[-1].endswith("./.")


def test_export_replaces_an_existing_file(tmp_path, sample_report):
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"an older export")
    export_docx(sample_report, str(target))
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.docx"]


def test_importing_export_does_not_load_python_docx():
    """python-docx (and lxml behind it) load on the first export, not at start-up."""
    code = (
        "import sys, papi_desktop.export\n"
        "heavy = sorted(m for m in ('docx', 'lxml', 'papi_desktop.render.docx') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60, check=True,
    )
    assert result.stdout.strip() == ""


def test_export_picks_the_format_from_the_file_name(tmp_path, sample_report):
    target = tmp_path / "Bao-cao-PAPI-quy-I-2022.DOCX"
    assert export(sample_report, target) == target
    assert zipfile.is_zipfile(target)


def test_export_refuses_an_unknown_format_in_vietnamese(tmp_path, sample_report):
    with pytest.raises(UserError, match="định dạng xuất được là"):
        export(sample_report, tmp_path / "bao-cao.txt")
    assert list(tmp_path.iterdir()) == []
