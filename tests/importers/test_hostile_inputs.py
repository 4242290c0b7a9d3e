"""Hostile and unlucky files (issue 19, import): each built from a small recipe, each refused
with a message or imported whole — never a hang, a traceback or a half-read file. Outcomes
are asserted, not times (timings belong in benchmarks/)."""

from __future__ import annotations

import os
from pathlib import Path
import sqlite3
import struct
import sys
import tracemalloc
import zipfile

import pytest

from papi_desktop.errors import UserError
from papi_desktop.importers import import_report, sources
from papi_desktop.importers.word import MAX_COUNTER, MAX_DEPTH
from .builders import WordFile, add_raw, run, text_box


def refused(path) -> UserError:
    with pytest.raises(UserError) as caught:
        import_report(path)
    return caught.value


# --- Word numbering ------------------------------------------------------------------------

def _numbered(tmp_path: Path, start: str, fmt: str = "upperRoman") -> Path:
    word = WordFile().para("BÁO CÁO").para("Kết quả quý I/2024")
    numbering = word.document.part.numbering_part.element
    from docx.oxml import parse_xml
    from .builders import NAMESPACES

    numbering.append(parse_xml(
        f'<w:abstractNum {NAMESPACES} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {NAMESPACES} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text in ("Công tác xây dựng Kế hoạch", "Sở đã tuyên truyền."):
        add_raw(word, '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr></w:pPr>'
                + run(text) + "</w:p>")
    return word.save(tmp_path / f"so-{start}.docx")


def test_a_list_starting_at_two_billion_in_roman_numerals(tmp_path):
    result = import_report(_numbered(tmp_path, "2000000000"))
    texts = [p.text for p in result.placements] + [r.text for r in result.recognised]
    assert any(text.endswith("Sở đã tuyên truyền.") for text in texts)
    label = next(text for text in texts if text.endswith("Sở đã tuyên truyền."))
    assert label.startswith(f"{MAX_COUNTER + 1}.")  # bounded, and decimal beyond Roman's range


@pytest.mark.parametrize("start", ["abc", "-5", "", "1e9"])
def test_a_list_start_that_is_not_a_number(tmp_path, start):
    result = import_report(_numbered(tmp_path, start, "decimal"))
    assert any("Sở đã tuyên truyền." in p.text for p in result.placements)


# --- nesting, styles, size --------------------------------------------------------------------

def test_thirty_nested_text_boxes_keep_every_text(tmp_path):
    inner = "<w:p>" + run("Hộp 30.") + "</w:p>"
    for depth in range(29, 0, -1):
        inner = "<w:p>" + run(f"Hộp {depth}.") + text_box(inner, fallback=False) + "</w:p>"
    word = WordFile().para("BÁO CÁO").para("Kết quả quý I/2024").para("I. Công tác xây dựng Kế hoạch")
    path = add_raw(word, inner).save(tmp_path / "hop.docx")
    result = import_report(path)
    texts = [p.text for p in result.placements]
    for depth in range(1, 31):
        assert sum(text.count(f"Hộp {depth}.") for text in texts) == 1, depth
    assert 30 > MAX_DEPTH  # the recipe goes beyond the bound


def test_ten_thousand_styles_and_twenty_thousand_paragraphs(tmp_path):
    word = WordFile()
    styles = word.document.styles.element
    from docx.oxml import parse_xml
    from .builders import NAMESPACES

    for index in range(10_000):  # each based on the one before: a chain 10,000 long
        based = f'<w:basedOn w:val="S{index - 1}"/>' if index else ""
        styles.append(parse_xml(f'<w:style {NAMESPACES} w:type="paragraph" w:styleId="S{index}">'
                                f'<w:name w:val="S{index}"/>{based}</w:style>'))
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="S{index % 10_000}"/></w:pPr>{run(f"Đoạn {index}.")}</w:p>'
                   for index in range(20_000))
    path = add_raw(word, body).save(tmp_path / "kieu.docx")
    result = import_report(path)
    assert len(result.placements) == 20_000
    assert result.placements[-1].text == "Đoạn 19999."


def test_a_hundred_thousand_paragraphs(tmp_path):
    word = WordFile().para("BÁO CÁO").para("Kết quả quý I/2024").para("I. Công tác xây dựng Kế hoạch")
    path = add_raw(word, "".join(f"<w:p>{run(f'Sở đã thực hiện việc số {i}.')}</w:p>" for i in range(100_000)))
    path = path.save(tmp_path / "dai.docx")
    result = import_report(path)
    assert len(result.placements) == 100_000
    assert result.report.section("implementation").count("\n") == 99_999


def test_more_paragraphs_than_any_report_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_LINES", 50)
    path = tmp_path / "dai.txt"
    path.write_text("\n".join(f"Dòng {i}." for i in range(200)), encoding="utf-8")
    assert "quá nhiều" in refused(path).message
    word = add_raw(WordFile(), "".join(f"<w:p>{run(f'Dòng {i}.')}</w:p>" for i in range(200)))
    assert "quá nhiều" in refused(word.save(tmp_path / "dai.docx")).message


# --- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Quảng Trị, ngày 14 tháng 9 năm 1202", "Quảng Trị, ngày 31 tháng 2 năm 2024",
                                  "Quảng Trị, ngày 99 tháng 99 năm 9999"])
def test_an_impossible_date_line_gives_a_draft_without_a_date(tmp_path, line):
    path = tmp_path / "ngay.txt"
    path.write_text(f"Số: 1/BC\n{line}\nBÁO CÁO\nKết quả quý I/2024\nI. Công tác\nĐã làm.", encoding="utf-8")
    result = import_report(path)
    assert result.date_found is False
    assert any(line in notice and "chưa có ngày" in notice for notice in result.notices)
    assert result.report.header.place == "Quảng Trị"


# --- zip bombs: judged from the directory, before any member is unpacked ------------------------

def _bomb(path: Path, members: dict[str, int]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for name, size in members.items():
            archive.writestr(name, b"\0" * size)
    return path


def test_a_zip_bomb_is_refused_without_unpacking(tmp_path, monkeypatch):
    path = _bomb(tmp_path / "bom.docx", {f"word/p{i}.xml": 2 * 1024 * 1024 for i in range(30)})
    opened = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, *a, **k: opened.append(a) or pytest.fail("unpacked"))
    assert "giải nén" in refused(path).message
    assert opened == []


def test_a_zip_with_too_many_members_is_refused_from_its_directory(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_MEMBERS", 20)
    path = _bomb(tmp_path / "nhieu.docx", {f"word/p{i}.xml": 10 for i in range(30)})
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("unpacked"))
    assert "bất thường" in refused(path).message


def test_a_zip_whose_directory_lies_about_a_size_unpacks_no_more_than_it_says(tmp_path):
    """A member that inflates past the size its directory entry gives: zipfile stops at the
    declared size, so the document is refused as damaged after reading only that much."""
    good = WordFile().para("BÁO CÁO").save(tmp_path / "that.docx")
    liar = tmp_path / "noi-doi.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", b"<!--" + b"x" * (40 * 1024 * 1024) + b"--></w:body>")
            target.writestr(item, data)
    raw = bytearray(liar.read_bytes())
    entry = raw.rfind(b"word/document.xml") - 46  # its central directory entry (name at offset 46)
    assert raw[entry:entry + 4] == b"PK\x01\x02"
    struct.pack_into("<I", raw, entry + 24, 60_000)  # uncompressed size: 60 KB instead of 40 MB
    liar.write_bytes(bytes(raw))
    tracemalloc.start()
    try:
        assert "không" in refused(liar).message
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


# --- files that are not text, and files that are not files -------------------------------------

def _papi_file(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("create table reports (id text, body text)")
        connection.execute("insert into reports values ('a', 'Báo cáo quý I')")
    connection.close()
    return path


@pytest.mark.parametrize("kind", ["random", "png", "exe", "elf", "sqlite"])
def test_a_binary_file_named_txt_is_refused(tmp_path, kind):
    path = tmp_path / f"{kind}.txt"
    if kind == "random":
        path.write_bytes(os.urandom(64 * 1024))
    elif kind == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    elif kind == "exe":
        path.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 50 + b"This program cannot be run in DOS mode" + os.urandom(3000))
    elif kind == "elf":
        path.write_bytes(Path(sys.executable).resolve().read_bytes()[:20000])
    else:
        _papi_file(path)
    assert "không phải là văn bản" in refused(path).message


def test_text_with_a_stray_control_character_still_imports(tmp_path):
    path = tmp_path / "cu.txt"
    path.write_bytes("BÁO CÁO\nKết quả quý I/2024\nI. Công tác xây dựng Kế hoạch\nĐã làm.\x1a".encode("utf-8"))
    assert import_report(path).report.section("implementation") == "Đã làm."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    """Nothing writes to the pipe: any open for reading without O_NONBLOCK would wait for ever
    (the test would hang, not fail)."""
    path = tmp_path / "ong.txt"
    os.mkfifo(path)
    assert "không phải là một tệp" in refused(path).message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused(tmp_path):
    link = tmp_path / "thiet-bi.txt"
    link.symlink_to("/dev/zero")
    assert "không phải là một tệp" in refused(link).message


# --- text import is linear in its size -----------------------------------------------------------

def test_a_wrapped_text_file_joins_back_into_paragraphs(tmp_path):
    """PDF-to-text: every line cut mid-sentence. Joined back linearly (was quadratic)."""
    sentence = "sở đã tăng cường công tác tuyên truyền về chỉ số hiệu quả quản trị và hành chính công"
    lines = ["BÁO CÁO", "Kết quả quý I/2024", "I. Công tác xây dựng Kế hoạch", "Mở đầu " + sentence]
    lines += [sentence] * 20_000  # ~2 MB, one paragraph
    path = tmp_path / "pdf.txt"
    path.write_text("\n".join(lines) + ".", encoding="utf-8")
    result = import_report(path)
    body = result.report.section("implementation")
    assert body.count(sentence) == 20_001 and "\n" not in body
    assert any("20000 dòng" in notice for notice in result.notices)


def test_an_eighteen_megabyte_line_imports_whole_in_little_memory(tmp_path):
    word = "tuyên truyền "
    text = "Nội dung " + word * (18 * 1024 * 1024 // len(word.encode()))
    path = tmp_path / "mot-dong.txt"
    path.write_text(text, encoding="utf-8")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        result = import_report(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [p.text for p in result.placements] == [text.strip()]
    assert peak < 10 * size


def test_a_tcvn3_text_file_full_of_windows_quotes_is_text(tmp_path):
    """Legacy-font text written on Windows keeps its “ ” and – as bytes 93, 94, 96: they are
    punctuation, not the control characters that mark a binary file."""
    line = "\x93Së ®· tuyªn truyÒn\x94 \x96 ".encode("latin-1")
    path = tmp_path / "ngoac.txt"
    path.write_bytes(b"I. Cong tac\r\n" + line * 40)
    body = import_report(path).report.section("implementation")
    assert body.startswith("“Sở đã tuyên truyền” – “Sở")


def test_nesting_beyond_the_bound_reads_a_text_box_once(tmp_path):
    """Past the depth the reader follows, Word's two copies of a text box are still read once."""
    inner = "<w:p>" + run("Hộp sâu nhất.") + "</w:p>"
    inner = "<w:p>" + run("Hộp có hai bản.") + text_box(inner) + "</w:p>"
    for depth in range(MAX_DEPTH + 2, 0, -1):
        inner = "<w:p>" + run(f"Hộp {depth}.") + text_box(inner, fallback=False) + "</w:p>"
    word = WordFile().para("BÁO CÁO").para("Kết quả quý I/2024").para("I. Công tác xây dựng Kế hoạch")
    result = import_report(add_raw(word, inner).save(tmp_path / "hop.docx"))
    texts = [p.text for p in result.placements]
    assert texts.count("Hộp có hai bản.") == 1 and texts.count("Hộp sâu nhất.") == 1


def test_symbol_font_bullets_copied_into_a_text_file_are_text(tmp_path):
    path = tmp_path / "dau-cham.txt"
    path.write_text("I. Công tác xây dựng Kế hoạch\n" + "\uf0b7 Đã làm.\n" * 50, encoding="utf-8")
    assert import_report(path).report.section("implementation").count("Đã làm.") == 50
