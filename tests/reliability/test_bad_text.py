"""Whatever a clerk pastes survives: model → drafts file → Word, and Word opens the result."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
import tempfile
import zipfile

import docx
from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from papi_desktop.export import export_docx
from papi_desktop.model import load_sample
from papi_desktop.model.text import clean_text
from papi_desktop.store import DraftStore

KEY = "other"
VIETNAMESE = "Thực hiện công khai, minh bạch; trách nhiệm giải trình với người dân ở cơ sở. Đường"
NASTY = [
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff",
    "\ufffe", "\uffff", "\u200b", "\u200d", "\u202e", "\u202c", "\r\n", "\r", "\t", "\ud800",
]
SCRIPTS = [
    unicodedata.normalize("NFD", VIETNAMESE),  # as macOS and some PDFs give it
    "👩🏽‍💼 Báo cáo 📊✅ 🇻🇳",
    "مرحبا بالعالم — שלום עולם",  # right to left
    "\u202eđảo ngược\u202c",
    "Ａｂｃ　全角", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛",
]

pasted = st.lists(
    st.one_of(
        st.sampled_from(NASTY), st.sampled_from(SCRIPTS),
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
        st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạ ", min_size=1, max_size=60),
    ),
    max_size=25,
).map("".join)


def round_trip(tmp_path: Path, text: str) -> tuple[str, str, Path]:
    """Paste into a report, save it, load it from the file, export it; (stored, loaded, docx)."""
    report = load_sample()
    report.set_section(KEY, text)
    path = tmp_path / "bao-cao.papi"
    if path.exists():
        path.unlink()
    with DraftStore.create(path) as store:
        store.add(report)
        store.save_section(report.id, KEY, text)  # the autosave path cleans on its own too
    with DraftStore.open(path, read_only=True) as store:
        loaded = store.load(report.id)
    target = export_docx(loaded, tmp_path / "Báo cáo.docx")
    return report.section(KEY), loaded.section(KEY), target


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
    document = docx.Document(str(path))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def expected(text: str) -> str:
    return clean_text(text).strip("\n")


def assert_preserved(text: str, stored: str, loaded: str, exported: str) -> None:
    assert stored == loaded == expected(text)
    assert unicodedata.is_normalized("NFC", loaded)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]", loaded)
    # Every word of every line reaches Word (the composer may restyle list marks and spacing).
    flat = " ".join(exported.split())
    for line in loaded.split("\n"):
        words = " ".join(line.split()).lstrip("-+•* ").strip()
        if words:
            assert words in flat, (line, flat[:500])


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=pasted)
def test_any_paste_survives_the_file_and_word(text):
    with tempfile.TemporaryDirectory() as folder:
        stored, loaded, target = round_trip(Path(folder), text)
        assert_preserved(text, stored, loaded, docx_text(target))


@pytest.mark.parametrize(
    "name, text",
    [
        ("a megabyte paste", ("Đoạn văn dán từ PDF có dấu tiếng Việt. " * 40 + "\n") * 660),
        ("one 50,000-character line", "Dòng rất dài không xuống hàng " * 1700),
        ("every control character", "".join(chr(c) for c in range(32)) + "chữ" + "\x7f\x85"),
        ("decomposed Vietnamese", unicodedata.normalize("NFD", VIETNAMESE * 20)),
        ("emoji and flags", "👨‍👩‍👧‍👦 " * 200 + "🇻🇳"),
        ("right to left", "العربية\nעברית\n\u202eNgược\u202c"),
        ("only rubbish", "\x00\x01\x02\ufffe\uffff"),
    ],
)
def test_hard_pastes(tmp_path, name, text):
    if name == "a megabyte paste":
        assert len(text.encode("utf-8")) > 1_000_000
    stored, loaded, target = round_trip(tmp_path, text)
    assert_preserved(text, stored, loaded, docx_text(target))
    if name == "decomposed Vietnamese":
        assert "Thực hiện công khai" in loaded  # NFC: searchable like what was typed
    if name == "only rubbish":
        assert loaded == ""
