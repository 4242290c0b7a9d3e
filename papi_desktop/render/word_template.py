"""The Word template every export starts from: python-docx's blank document with the report's
named styles (:data:`papi_desktop.render.styles.STYLES`) already defined, shipped prebuilt as
``resources/word/styles-template.docx``.

Defining the styles walks python-docx's whole style list many times: about 70 ms, which was a
third of a command-line Word export. Shipping the result makes an export open a small file
instead. ``tests/render/test_word_template.py`` fails when the shipped file no longer matches
the style table; rebuild it with ``scripts/build-word-template.sh`` (this module run as
``python -m papi_desktop.render.word_template``).
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
import zipfile

from papi_desktop.resources import resource_path

log = logging.getLogger(__name__)

# A fixed time for the package's entries, so that rebuilding an unchanged template gives the
# same file (and a diff only when a style really changed).
_ENTRY_TIME = (2024, 1, 1, 0, 0, 0)

_cached: bytes | None = None


def template_path() -> Path:
    return resource_path("word", "styles-template.docx")


def build_template() -> bytes:
    """The template made from the style table now (python-docx's blank document restyled)."""
    import docx

    from papi_desktop.render.docx import _drop_template_leftovers
    from papi_desktop.render.docx_styles import define_styles

    word = docx.Document()
    define_styles(word)
    _drop_template_leftovers(word)
    made = io.BytesIO()
    word.save(made)
    return _repacked(made.getvalue())


def _repacked(package: bytes) -> bytes:
    """The same parts in the same order, with fixed entry times."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ENTRY_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info))
    return out.getvalue()


def parts(package: bytes) -> dict[str, bytes]:
    """Part name → uncompressed content: what two templates are compared by."""
    with zipfile.ZipFile(io.BytesIO(package)) as opened:
        return {name: opened.read(name) for name in opened.namelist()}


def template_bytes() -> bytes:
    """The shipped template (read once per process); built on the spot if it is missing, so
    that a broken installation still exports, only slower."""
    global _cached
    if _cached is None:
        try:
            _cached = template_path().read_bytes()
        except OSError as error:
            log.warning("no prebuilt Word template (%s); building it", error)
            _cached = build_template()
    return _cached


def main() -> int:
    path = template_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(build_template())
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
