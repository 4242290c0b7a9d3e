"""Convert documents with a real LibreOffice and read the PDF back with poppler.

Each conversion runs in a fresh, private LibreOffice user profile: two ``soffice`` processes
sharing the default profile can collide. Poppler's ``pdfinfo`` and ``pdftotext`` read the
result. Tests that use these are marked ``libreoffice`` and skip where the tools are missing.
"""

from __future__ import annotations

import os
from pathlib import Path
import re
import shutil
import signal
import subprocess
import tempfile
import unicodedata

CONVERSION_TIMEOUT_S = 120.0


def soffice() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def poppler_available() -> bool:
    return bool(shutil.which("pdfinfo") and shutil.which("pdftotext"))


def missing_tools() -> str | None:
    """Why a conversion test cannot run here, or None when it can."""
    if soffice() is None:
        return "LibreOffice (soffice) is not installed"
    if not poppler_available():
        return "poppler-utils (pdfinfo, pdftotext) are not installed"
    return None


def convert_to_pdf(source: Path, out_dir: Path, timeout: float = CONVERSION_TIMEOUT_S) -> Path:
    """Lay ``source`` out with LibreOffice into ``out_dir``; returns the PDF (one file of
    :func:`convert_many_to_pdf`)."""
    return convert_many_to_pdf([source], out_dir, timeout)[0]


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, timeout=60).stdout.decode("utf-8")


def pdf_info(pdf: Path) -> dict[str, str]:
    """``pdfinfo``'s fields (Pages, Title, Author, Page size …)."""
    info = {}
    for line in _run("pdfinfo", str(pdf)).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def page_count(pdf: Path) -> int:
    return int(pdf_info(pdf)["Pages"])


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Width and height in points of every page."""
    count = page_count(pdf)
    output = _run("pdfinfo", "-f", "1", "-l", str(count), str(pdf))
    sizes = re.findall(r"Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts", output)
    return [(float(width), float(height)) for width, height in sizes]


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """The text of the PDF (or of pages ``first``–``last``), NFC-normalised."""
    command = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        command += ["-f", str(first)]
    if last is not None:
        command += ["-l", str(last)]
    return unicodedata.normalize("NFC", _run(*command, str(pdf), "-"))


def convert_many_to_pdf(sources: list[Path], out_dir: Path, timeout: float = CONVERSION_TIMEOUT_S) -> list[Path]:
    """Convert several documents in one LibreOffice run (one start-up for all); their PDFs, in order."""
    executable = soffice()
    if executable is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    command = [
        executable, f"-env:UserInstallation={profile.as_uri()}",
        "--headless", "--norestore", "--nologo",
        "--convert-to", "pdf", "--outdir", str(out_dir), *(str(source) for source in sources),
    ]
    try:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        )
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise RuntimeError(f"LibreOffice did not convert {len(sources)} files within {timeout:.0f} s")
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdfs = [out_dir / (source.stem + ".pdf") for source in sources]
    missing = [pdf.name for pdf in pdfs if not pdf.is_file()]
    if process.returncode != 0 or missing:
        raise RuntimeError(
            f"LibreOffice failed to convert {', '.join(missing) or 'the files'} (exit {process.returncode}): "
            f"{out.decode(errors='replace')} {err.decode(errors='replace')}"
        )
    return pdfs
