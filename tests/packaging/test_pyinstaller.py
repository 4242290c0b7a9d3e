"""The Windows build's PyInstaller spec, built on this machine and run as a clerk's machine would.

The spec is platform-neutral, so the same file that makes the Windows folder makes a Linux one
here (≈ 20 s); the frozen command line then exports the sample report to Word and PDF with no
Python, no virtual environment and no checkout around it.
"""

from __future__ import annotations

import os
from pathlib import Path
import shutil
import subprocess
import sys
import tomllib
import zipfile

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[test]' brings it)")

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "papi-desktop.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def _clean_environment(home: Path) -> dict[str, str]:
    """What a fresh user session has: no virtual environment, no PYTHONPATH, no display."""
    keep = {key: os.environ[key] for key in ("PATH", "SYSTEMROOT", "TEMP", "TMP") if key in os.environ}
    return {**keep, "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=work, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return work / "dist" / "papi-desktop"


def _run(frozen: Path, name: str, *args: str, home: Path) -> subprocess.CompletedProcess:
    home.mkdir(exist_ok=True)
    return subprocess.run([str(frozen / (name + EXE_SUFFIX)), *args], cwd=home, env=_clean_environment(home),
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_the_folder_holds_both_programs_and_the_resources(frozen):
    assert (frozen / ("papi-desktop" + EXE_SUFFIX)).is_file()
    assert (frozen / ("papi-desktop-cli" + EXE_SUFFIX)).is_file()
    internal = frozen / "_internal"
    for name in ("catalogues/papi.toml", "fonts/LiberationSerif-Regular.ttf", "fonts/LICENSE-OFL.txt",
                 "translations/papi_desktop_en.qm", "icons/papi-desktop.png"):
        assert (internal / "resources" / name).is_file(), name
    assert (internal / "docs" / "huong-dan.md").is_file()
    # the guide's pictures, shown by the help window (papi_desktop/gui/help_window.py)
    pictures = {p.name for p in (ROOT / "docs" / "screenshots").glob("*.png")}
    assert pictures and pictures <= {p.name for p in (internal / "docs" / "screenshots").glob("*.png")}
    # the local socket of "one program per user" (papi_desktop/gui/single_instance.py)
    assert list(internal.rglob("*QtNetwork*")), "QtNetwork is not bundled"


def test_the_version_is_the_one_in_pyproject(frozen, tmp_path):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = _run(frozen, "papi-desktop-cli", "--version", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["papi-desktop", version]


def test_the_frozen_command_line_exports_the_sample_to_word_and_pdf(frozen, tmp_path):
    import docx

    home = tmp_path / "home"
    word, pdf = tmp_path / "Báo cáo mẫu.docx", tmp_path / "Báo cáo mẫu.pdf"
    for target in (word, pdf):
        result = _run(frozen, "papi-desktop-cli", "export", "--sample", "-o", str(target), home=home)
        assert result.returncode == 0, result.stderr[-4000:]
        assert "Đã xuất" in result.stdout
    with zipfile.ZipFile(word) as package:
        assert "word/document.xml" in package.namelist()
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(word)).paragraphs)
    assert "Kế hoạch thực hiện quý II/2022" in text
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in printed
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "LiberationSerif" in fonts or "TimesNewRoman" in fonts


def test_the_frozen_command_line_explains_errors_in_vietnamese(frozen, tmp_path):
    result = _run(frozen, "papi-desktop-cli", "list", "--db", str(tmp_path / "không có.papi"), home=tmp_path / "home")
    assert result.returncode == 1
    assert result.stderr.startswith("Lỗi:") and "Traceback" not in result.stderr
