"""Files that must be refused whole, plain-text files, the seed report, and a property test."""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys
import zipfile

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from papi_desktop.compose import compose
from papi_desktop.errors import UserError
from papi_desktop.export import export_docx
from papi_desktop.importers import import_report
from papi_desktop.importers.recognise import words
from papi_desktop.importers.sources import OLE_MAGIC, looks_binary
from papi_desktop.model import NEXT_TASKS, OTHER, PREAMBLE, Period, load_catalogue, load_sample
from papi_desktop.model.text import clean_text

from .builders import WordFile

from helpers import SEED_REPORT as SEED
CATALOGUE = load_catalogue()


def refused(path: Path) -> UserError:
    with pytest.raises(UserError) as caught:
        import_report(path)
    assert path.name in caught.value.message
    return caught.value


def test_an_empty_file(tmp_path):
    path = tmp_path / "trong.docx"
    path.write_bytes(b"")
    assert "trống" in refused(path).message


def test_a_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "hong.docx"
    path.write_bytes(b"this is not a Word file at all")
    assert "không phải là tệp Word .docx hợp lệ" in refused(path).message


def test_a_truncated_docx(tmp_path, sample_report):
    whole = export_docx(sample_report, tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "nua.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "không phải là tệp Word .docx hợp lệ" in refused(path).message


def test_a_zip_that_is_not_a_word_document(tmp_path):
    path = tmp_path / "bang.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "văn bản Word" in refused(path).message


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (8 * 1024 * 1024))  # packs ~1000:1
    assert path.stat().st_size < 100_000
    assert "lớn bất thường" in refused(path).message


def test_a_zip_announcing_more_than_the_limit_is_refused(tmp_path):
    path = tmp_path / "to.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for index in range(6):
            archive.writestr(f"word/media/image{index}.bin", b"\1" * (9 * 1024 * 1024))
    assert "lớn bất thường" in refused(path).message


def test_an_old_binary_doc(tmp_path):
    path = tmp_path / "cu.doc"
    path.write_bytes(OLE_MAGIC + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 1024)
    message = refused(path).message
    assert "Word cũ (.doc)" in message and ".docx" in message


def test_a_password_protected_document(tmp_path):
    path = tmp_path / "mat-khau.docx"
    path.write_bytes(OLE_MAGIC + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1024)
    assert "mật khẩu" in refused(path).message


def test_a_missing_file(tmp_path):
    assert "không tìm thấy" in refused(tmp_path / "khong-co.docx").message


def test_the_seed_text_file_imports_with_every_dimension_filled():
    result = import_report(SEED)
    report = result.report
    assert all(report.section(key).strip() for key in CATALOGUE.dimension_keys)
    sample = load_sample()
    assert report.sections == sample.sections  # the seed's artefacts mended as in the sample
    assert report.period == Period(2022, 1)
    assert (report.header.number, report.header.symbol, report.header.place) == ("23", "BC-SKHCHN", "Quảng Trị")
    assert report.title_override is None
    assert report.header.agency_in_text == "Sở Khoa học và Công nghệ"
    assert (report.recipients, report.archive) == (sample.recipients, sample.archive)
    assert report.signature == sample.signature
    assert "Đã nối lại 1 dòng bị ngắt giữa đoạn." in result.notices


def test_a_tcvn3_text_file(tmp_path):
    lines = [
        "Sè: 12/BC-UBND",
        "Qu¶ng TrÞ, ngµy 05 th¸ng 01 n¨m 2024",
        "B¸O C¸O",
        "KÕt qu¶ c«ng t¸c PAPI quý IV/2023",
        "I. C«ng t¸c x©y dùng KÕ ho¹ch vµ triÓn khai thùc hiÖn KÕ ho¹ch",
        "Së ®· t¨ng c­êng c«ng t¸c tuyªn truyÒn./.",
    ]
    path = tmp_path / "cu.txt"
    path.write_bytes("\r\n".join(lines).encode("latin-1"))
    result = import_report(path)
    report = result.report
    assert (report.header.number, report.header.place) == ("12", "Quảng Trị")
    assert report.period == Period(2023, 4)
    assert report.title == "Kết quả công tác PAPI quý IV/2023"
    assert report.section("implementation") == "Sở đã tăng cường công tác tuyên truyền"  # without its ./.
    assert "Đã chuyển 6 đoạn từ mã TCVN3 sang Unicode." in result.notices


def test_a_utf16_text_file(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("BÁO CÁO\nKết quả quý II/2024\nI. Công tác xây dựng Kế hoạch\nĐã làm.".encode("utf-16"))
    report = import_report(path).report
    assert report.period == Period(2024, 2)
    assert report.section("implementation") == "Đã làm."


# --- property: whatever the clerk wrote comes back from the Word export --------------------

WORDS = (
    "công tác tuyên truyền người dân cơ quan đơn vị thực hiện quy chế dân chủ tăng cường "
    "kiểm tra giám sát cải cách hành chính phòng chống tham nhũng môi trường điện tử "
    "hiệu quả nâng cao chất lượng phục vụ trực tuyến 2022 KH&CN (PAPI) “dân biết” 3, 4;"
).split()
STARTERS = ["Sở", "Tiếp tục", "Tăng cường", "Thực hiện", "Đẩy mạnh", "Duy trì", "Công khai"]

sentences = st.builds(
    lambda start, rest, end: " ".join([start, *rest]) + end,
    st.sampled_from(STARTERS), st.lists(st.sampled_from(WORDS), min_size=2, max_size=25), st.sampled_from(["", ".", ":"]),
)
paragraph = st.one_of(sentences, sentences.map(lambda text: "- " + text))
body = st.lists(paragraph, max_size=4).map("\n".join)
tasks = st.lists(sentences, max_size=9).map("\n".join)


@st.composite
def reports(draw):
    report = load_sample()
    report.period = Period(draw(st.integers(2000, 2099)), draw(st.integers(1, 4)))
    sections = {key: draw(body) for key in (PREAMBLE, "implementation", *CATALOGUE.dimension_keys)}
    sections[NEXT_TASKS] = draw(tasks)
    sections[OTHER] = draw(st.one_of(st.just(""), body))
    report.sections = {key: text for key, text in sections.items() if text}
    return report


def _expected_sections(report) -> dict[str, str]:
    """The sections as they print: the closing ``./.`` replaces the full stop of the content's
    last paragraph. Heading III always prints, so the content ends with a paragraph only when
    the tasks or the "other" part have text; otherwise no mark is printed."""
    expected = dict(report.sections)
    last = OTHER if expected.get(OTHER) else NEXT_TASKS if expected.get(NEXT_TASKS) else None
    if last is not None:
        lines = expected[last].split("\n")
        lines[-1] = lines[-1].removesuffix(".")
        expected[last] = "\n".join(lines)
    return expected


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(report=reports())
def test_any_report_comes_back_from_its_word_export(tmp_path, report):
    result = import_report(export_docx(report, tmp_path / "bao-cao.docx"))
    assert result.report.sections == _expected_sections(report)
    assert result.report.period == report.period
    assert result.report.title == report.title


def test_importing_the_importer_does_not_load_python_docx():
    """python-docx loads when a clerk first imports a Word file, not at start-up."""
    code = "import sys, papi_desktop.importers\nprint('docx' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "False"


LINE_PIECES = st.sampled_from([
    "I. Công tác", "II. Kết quả", "III. Kế hoạch quý II/2022", "1. Về Quản trị điện tử", "BÁO CÁO",
    "Số: 5/BC", "Nơi nhận:", "- Lưu: VT.", "KT. GIÁM ĐỐC", "./.", "Hà Nội, ngày 31 tháng 2 năm 2022",
    "quý IV", "Chỉ số nội dung 9:", "Trên đây là", "(Đã ký)",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(LINE_PIECES, st.text(max_size=40), st.tuples(LINE_PIECES, st.text(max_size=20)).map("".join)), max_size=25))
def test_any_text_file_imports_without_losing_a_line(tmp_path, lines):
    """Whatever a text file holds, the import finishes, and each line's words are in the
    draft or among the recognised structure lines."""
    path = tmp_path / "bat-ky.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        result = import_report(path)
    except UserError:
        # only a file without text, or one that reads as binary data, is refused
        assert not clean_text("".join(lines)).strip() or looks_binary("\n".join(lines))
        return
    kept = words(compose(result.report).plain_text() + " " + " ".join(r.text for r in result.recognised))
    for line in lines:
        for word in words(line).split():
            assert word in kept, (word, line)


def test_files_without_any_text_are_refused(tmp_path):
    blank = tmp_path / "trang.txt"
    blank.write_text("\n  \n\t\n", encoding="utf-8")
    assert "không có chữ" in refused(blank).message
    assert "không có chữ" in refused(WordFile().save(tmp_path / "trang.docx")).message
