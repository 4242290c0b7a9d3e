"""Word files shaped like real provincial reports, each with what a correct import must give.

Every shape builds its file with python-docx (and raw WordprocessingML through lxml where
python-docx has no API) and says, sentence by sentence, where the content belongs: a
dimension's key, another part's key, or ``None`` for "anywhere in the draft". The tests
check each shape, and :func:`score` gives the share of sentences kept and of sentences in
the right part over the whole set (quoted in the notes of the import work).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import datetime
from pathlib import Path
import re
from typing import Callable
import unicodedata

from docx.oxml import parse_xml

from papi_desktop.compose import compose
from papi_desktop.model import IMPLEMENTATION, NEXT_TASKS, OTHER, PREAMBLE
from .builders import NAMESPACES, NATIONAL, WordFile, add_raw, run, text_box

# The eight dimensions as real reports write them inside a numbered line, with their scores.
SCORES = [
    ("participation", 'Chỉ số "tham gia của người dân ở cấp cơ sở"',
     ["Năm 2019, tỉnh đạt 5,31 điểm", "năm 2020, đạt 5,15 điểm."]),
    ("transparency", "Chỉ số “công khai, minh bạch trong việc ra quyết định ở địa phương”",
     ["Năm 2019, tỉnh đạt 5,82 điểm", "năm 2020, đạt 5,60 điểm."]),
    ("accountability", 'Chỉ số "trách nhiệm giải trình với người dân"',
     ["Năm 2019, tỉnh đạt 4,12 điểm", "năm 2020, đạt 4,30 điểm."]),
    ("corruption", 'Chỉ số "kiểm soát tham nhũng trong khu vực công"',
     ["Năm 2019, tỉnh đạt 6,81 điểm", "năm 2020, đạt 6,95 điểm."]),
    ("procedures", 'Chỉ số "thủ tục hành chính công"',
     ["Năm 2019, tỉnh đạt 7,20 điểm", "năm 2020, đạt 7,31 điểm."]),
    ("services", 'Chỉ số "cung ứng dịch vụ công"',
     ["Năm 2019, tỉnh đạt 7,52 điểm", "năm 2020, đạt 7,60 điểm."]),
    ("environment", 'Chỉ số "quản trị môi trường"',
     ["Năm 2019, tỉnh đạt 3,40 điểm", "năm 2020, đạt 3,55 điểm."]),
    ("egovernance", 'Chỉ số "quản trị điện tử"',
     ["Năm 2019, tỉnh đạt 2,91 điểm", "năm 2020, đạt 3,02 điểm."]),
]
FOLLOW_UP = "Sở sẽ tiếp tục rà soát, khắc phục các chỉ số thành phần giảm điểm"


@dataclass
class Shape:
    """A file to build and what its import must give."""

    name: str
    build: Callable[[Path], Path]
    sentences: list[tuple[str, str | None]]  # (sentence, part key or None = anywhere)
    header: dict[str, object] = field(default_factory=dict)  # Header attribute → value
    date_found: bool = True
    signer: str = ""
    document_type: str = ""
    legacy: bool = False  # TCVN3/VNI: python-docx alone cannot read its words


def _standard_head(word: WordFile) -> WordFile:
    return word.header().title()


def _numbered_scores(part_two: bool, soft_break: str = "") -> Callable[[Path], Path]:
    """``soft_break``: "" (none), "after_colon" or "inside" — a Shift+Enter in the line."""

    def build(folder: Path) -> Path:
        word = _standard_head(WordFile())
        word.para("Thực hiện Kế hoạch của UBND tỉnh, Sở báo cáo kết quả như sau:")
        if part_two:
            word.para("II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CHỈ SỐ PAPI")
        for number, (_key, name, (first, second)) in enumerate(SCORES, 1):
            line = f"{number}. {name}: {first}; {second}"
            if not soft_break:
                word.para(line)
                continue
            if soft_break == "after_colon":
                runs = run(f"{number}. {name}:", inner="<w:br/>") + run(f"{first}; {second}")
            else:
                runs = run(f"{number}. {name}: {first};", inner="<w:br/>") + run(second)
            add_raw(word, f"<w:p>{runs}</w:p>")
            if number == 4:
                word.para(FOLLOW_UP + ".")
        if not soft_break:
            word.para(FOLLOW_UP + ".")  # after the eighth: stays with the eighth
        return word.signature().save(folder / f"diem-{int(part_two)}-{soft_break or 'none'}.docx")

    return build


def _auto_numbered_scores(bare_names: bool) -> Callable[[Path], Path]:
    """Word's own numbering (the "List Number" style) draws "1.", "2." …; ``bare_names``:
    the dimension named without "Chỉ số" and quotes ("Tham gia của người dân ở cấp cơ sở: …")."""

    def build(folder: Path) -> Path:
        word = _standard_head(WordFile())
        word.para("Thực hiện Kế hoạch của UBND tỉnh, Sở báo cáo kết quả như sau:")
        for _key, name, (first, second) in SCORES:
            if bare_names:
                name = name.removeprefix("Chỉ số ").strip('"“”')
                name = name[:1].upper() + name[1:]
            word.para(f"{name}: {first}; {second}", style="List Number")
        word.para(FOLLOW_UP + ".")
        return word.signature().save(folder / f"so-tu-dong-{int(bare_names)}.docx")

    return build


def _score_sentences(follow_up_key: str) -> list[tuple[str, str | None]]:
    sentences = [("Thực hiện Kế hoạch của UBND tỉnh, Sở báo cáo kết quả như sau", None)]
    for key, _name, (first, second) in SCORES:
        sentences += [(first, key), (second, key)]
    sentences.append((FOLLOW_UP, follow_up_key))
    return sentences


STANDARD_HEADER = {"agency": "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "number": "23", "symbol": "BC-SKHCN",
                   "place": "Quảng Trị", "date": datetime.date(2023, 9, 14)}

# TCVN3 as LibreOffice re-saves it: the byte 0xAD ("ư") as <w:softHyphen/>, a letter and its
# tone split over two runs.
TCVN3_FONT = ".VnTime"


def _tcvn3(folder: Path) -> Path:
    word = WordFile().header()
    word.para("BÁO CÁO", centered=True)
    word.para("Kết quả công tác PAPI quý III và nhiệm vụ quý IV/2023", centered=True)
    soft = "<w:softHyphen/>"
    add_raw(word, "<w:p>" + run("I. C«ng t¸c x©y dùng kÕ ho¹ch", TCVN3_FONT) + "</w:p>")
    # "Sở đã được tăng cường tuyên truyền" with ư as softHyphen and "®" alone in a run
    add_raw(word, "<w:p>" + run("Së ", TCVN3_FONT) + run("®", TCVN3_FONT) + run("· ", TCVN3_FONT)
            + run("®", TCVN3_FONT, soft) + run("îc t¨ng c", TCVN3_FONT, soft) + run("êng tuyªn truyÒn.", TCVN3_FONT)
            + "</w:p>")
    word.para("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023")
    word.para("1. Tiếp tục tuyên truyền về Chỉ số PAPI./.")
    signature = word.document.add_table(rows=1, cols=2)
    cell = signature.rows[0].cells[1]
    cell.paragraphs[0].add_run("GIÁM ĐỐC")
    p = cell.add_paragraph()._p
    for xml in (run("TrÇn ThÞ H", TCVN3_FONT, soft), run("¬ng", TCVN3_FONT)):
        p.append(parse_xml(xml.replace("<w:r>", f"<w:r {NAMESPACES}>", 1)))
    return word.save(folder / "tcvn3.docx")


def _other_type(kind: str, title: str, symbol: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        word = WordFile()
        word.table([[["UBND TỈNH QUẢNG TRỊ", "SỞ CÔNG THƯƠNG"], NATIONAL],
                    [[f"Số: 12/{symbol}"], ["Quảng Trị, ngày 05 tháng 3 năm 2024"]]])
        word.para(kind, centered=True)
        word.para(title, centered=True)
        word.para("Căn cứ Kế hoạch số 20/KH-UBND của UBND tỉnh về cải thiện Chỉ số PAPI.")
        word.para("I. MỤC ĐÍCH, YÊU CẦU")
        word.para("Nâng cao nhận thức của cán bộ, công chức về Chỉ số PAPI.")
        word.para("II. NỘI DUNG THỰC HIỆN")
        word.para("Tổ chức tuyên truyền trên Cổng thông tin điện tử của Sở.")
        word.table([[["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."], ["GIÁM ĐỐC", "(Đã ký)", "Lê Văn Bình"]]])
        return word.save(folder / f"{symbol.split('-')[0].lower()}.docx")

    return build


def _other_type_sentences() -> list[tuple[str, str | None]]:
    return [
        ("Căn cứ Kế hoạch số 20/KH-UBND của UBND tỉnh về cải thiện Chỉ số PAPI", None),
        ("MỤC ĐÍCH, YÊU CẦU", None),
        ("Nâng cao nhận thức của cán bộ, công chức về Chỉ số PAPI", None),
        ("NỘI DUNG THỰC HIỆN", None),
        ("Tổ chức tuyên truyền trên Cổng thông tin điện tử của Sở", None),
    ]


OTHER_HEADER = {"parent_agency": "UBND TỈNH QUẢNG TRỊ", "agency": "SỞ CÔNG THƯƠNG", "number": "12",
                "place": "Quảng Trị", "date": datetime.date(2024, 3, 5)}


def _cong_van(folder: Path) -> Path:
    word = WordFile()
    word.table([[["UBND TỈNH QUẢNG TRỊ", "SỞ CÔNG THƯƠNG", "Số: 45/SCT-VP",
                  "V/v báo cáo kết quả cải thiện Chỉ số PAPI quý I/2024"],
                 [*NATIONAL, "Quảng Trị, ngày 02 tháng 4 năm 2024"]]])
    word.para("Kính gửi: Sở Nội vụ tỉnh Quảng Trị.", centered=True)
    word.para("Thực hiện Công văn số 300/SNV-CCHC, Sở Công Thương báo cáo như sau:")
    word.para("Sở đã niêm yết công khai thủ tục hành chính tại bộ phận một cửa.")
    word.table([[["Nơi nhận:", "- Như trên;", "- Lưu: VT, VP."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hải"]]])
    return word.save(folder / "cong-van.docx")


def _no_date(year_line: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        word = WordFile().header(date_line=year_line).title()
        word.para("I. CÔNG TÁC XÂY DỰNG KẾ HOẠCH VÀ TRIỂN KHAI THỰC HIỆN")
        word.para("Sở đã ban hành Kế hoạch số 14/KH-SKHCN.")
        return word.signature().save(folder / f"ngay-{abs(hash(year_line)) % 1000}.docx")

    return build


def _elements(folder: Path) -> Path:
    """Every text-bearing element Word or LibreOffice writes in a body."""
    word = _standard_head(WordFile())
    word.para("I. CÔNG TÁC XÂY DỰNG KẾ HOẠCH VÀ TRIỂN KHAI THỰC HIỆN")
    paragraphs = [
        # a Tab typed after the dash
        "<w:p>" + run("-", inner="<w:tab/>") + run("Ban hành Kế hoạch tuyên truyền.") + "</w:p>",
        # a symbol bullet, a non-breaking hyphen, a carriage return and a positional tab
        "<w:p>" + run("", inner='<w:sym w:font="Symbol" w:char="F0B7"/>') + run(" Thực hiện quy chế dân chủ ở cơ sở")
        + run("", inner="<w:noBreakHyphen/>") + run("xã phường.") + "</w:p>",
        "<w:p>" + run("Tổ chức hội nghị quý I.", inner="<w:cr/>") + run("Ghi nhận", inner='<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>')
        + run("ý kiến người dân.") + "</w:p>",
        # a field: its result is read, its instruction is not
        "<w:p>" + run("Theo ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> REF _Ref12345 \\h </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("Kế hoạch số 14/KH-SKHCN")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run(" của Sở.") + "</w:p>",
        # a simple field and a run-level content control
        "<w:p>" + '<w:fldSimple w:instr=" DATE "><w:r><w:t>Cập nhật ngày 14/9/2023.</w:t></w:r></w:fldSimple>'
        + "<w:sdt><w:sdtPr/><w:sdtContent>" + run(" Người phụ trách: Văn phòng Sở.") + "</w:sdtContent></w:sdt></w:p>",
        # a block-level content control
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p>" + run("Đã kiểm tra việc niêm yết công khai.") + "</w:p></w:sdtContent></w:sdt>",
        # a text box (Choice and Fallback hold the same text: read once)
        "<w:p>" + run("Kết quả khảo sát được tổng hợp.") + text_box("<w:p>" + run("Tỷ lệ hài lòng đạt 92 phần trăm.") + "</w:p>") + "</w:p>",
    ]
    for xml in paragraphs:
        add_raw(word, xml)
    table = word.document.add_table(rows=2, cols=2)
    for row, texts in zip(table.rows, [("Năm", "Điểm"), ("2023", "Tăng 0,4 điểm so với năm trước.")]):
        for cell, text in zip(row.cells, texts):
            cell.paragraphs[0].add_run(text)
    word.para("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023")
    word.para("1. Tiếp tục tuyên truyền về Chỉ số PAPI.")
    return word.signature().save(folder / "phan-tu.docx")


def _vni(folder: Path) -> Path:
    word = _standard_head(WordFile())
    word.para("I. CÔNG TÁC XÂY DỰNG KẾ HOẠCH VÀ TRIỂN KHAI THỰC HIỆN")
    # "Báo cáo được gửi đúng hạn." in VNI, the marks in runs of their own
    font = "VNI-Times"
    add_raw(word, "<w:p>" + run("Ba", font) + run("ùo ca", font) + run("ùo ñöô", font) + run("ïc göû", font)
            + run("i ñu", font) + run("ùng haïn.", font) + "</w:p>")
    return word.signature().save(folder / "vni.docx")


SHAPES: list[Shape] = [
    Shape("numbered scores under part II", _numbered_scores(True), _score_sentences("egovernance"), STANDARD_HEADER),
    Shape("numbered scores without part II", _numbered_scores(False), _score_sentences("egovernance"), STANDARD_HEADER),
    Shape("soft break after the colon", _numbered_scores(True, "after_colon"), _score_sentences("corruption"), STANDARD_HEADER),
    Shape("soft break inside the content", _numbered_scores(False, "inside"), _score_sentences("corruption"), STANDARD_HEADER),
    Shape("Word's own numbering", _auto_numbered_scores(False), _score_sentences("egovernance"), STANDARD_HEADER),
    Shape("Word's numbering, bare names", _auto_numbered_scores(True), _score_sentences("egovernance"), STANDARD_HEADER),
    Shape("TCVN3 re-saved by LibreOffice", _tcvn3, [("Sở đã được tăng cường tuyên truyền", IMPLEMENTATION)],
          STANDARD_HEADER, signer="Trần Thị Hương", legacy=True),
    Shape("Kế hoạch", _other_type("KẾ HOẠCH", "Duy trì và cải thiện Chỉ số PAPI năm 2024", "KH-SCT"),
          _other_type_sentences(), {**OTHER_HEADER, "symbol": "KH-SCT"}, signer="Lê Văn Bình", document_type="KẾ HOẠCH"),
    Shape("Tờ trình", _other_type("TỜ TRÌNH", "Về việc phê duyệt Kế hoạch cải thiện Chỉ số PAPI", "TTr-SCT"),
          _other_type_sentences(), {**OTHER_HEADER, "symbol": "TTr-SCT"}, signer="Lê Văn Bình", document_type="TỜ TRÌNH"),
    Shape("Thông báo", _other_type("THÔNG BÁO", "Kết luận của Giám đốc Sở về Chỉ số PAPI", "TB-SCT"),
          _other_type_sentences(), {**OTHER_HEADER, "symbol": "TB-SCT"}, signer="Lê Văn Bình", document_type="THÔNG BÁO"),
    Shape("Công văn with V/v", _cong_van, [
        ("Kính gửi: Sở Nội vụ tỉnh Quảng Trị", None),
        ("Thực hiện Công văn số 300/SNV-CCHC, Sở Công Thương báo cáo như sau", None),
        ("Sở đã niêm yết công khai thủ tục hành chính tại bộ phận một cửa", None),
    ], {"agency": "SỞ CÔNG THƯƠNG", "number": "45", "symbol": "SCT-VP", "place": "Quảng Trị",
        "date": datetime.date(2024, 4, 2)}, signer="Nguyễn Văn Hải"),
    Shape("no date", _no_date("Quảng Trị, ngày     tháng     năm"), [("Sở đã ban hành Kế hoạch số 14/KH-SKHCN", IMPLEMENTATION)],
          {"place": "Quảng Trị"}, date_found=False, signer="Trần Văn An"),
    Shape("a year typed 1202", _no_date("Quảng Trị, ngày 14 tháng 9 năm 1202"),
          [("Sở đã ban hành Kế hoạch số 14/KH-SKHCN", IMPLEMENTATION)], {"place": "Quảng Trị"}, date_found=False,
          signer="Trần Văn An"),
    Shape("every text-bearing element", _elements, [
        ("- Ban hành Kế hoạch tuyên truyền", IMPLEMENTATION),
        ("Thực hiện quy chế dân chủ ở cơ sở-xã phường", IMPLEMENTATION),  # "•" prints as the model's "-"
        ("Tổ chức hội nghị quý I", IMPLEMENTATION),
        ("Ghi nhận ý kiến người dân", IMPLEMENTATION),
        ("Theo Kế hoạch số 14/KH-SKHCN của Sở", IMPLEMENTATION),
        ("Cập nhật ngày 14/9/2023. Người phụ trách: Văn phòng Sở", IMPLEMENTATION),
        ("Đã kiểm tra việc niêm yết công khai", IMPLEMENTATION),
        ("Kết quả khảo sát được tổng hợp", IMPLEMENTATION),
        ("Tỷ lệ hài lòng đạt 92 phần trăm", IMPLEMENTATION),
        ("Tăng 0,4 điểm so với năm trước", None),  # a table's cell: kept (table import comes later)
    ], STANDARD_HEADER, signer="Trần Văn An"),
    Shape("VNI split over runs", _vni, [("Báo cáo được gửi đúng hạn", IMPLEMENTATION)], STANDARD_HEADER,
          signer="Trần Văn An", legacy=True),
]


def normal(text: str) -> str:
    """NFC, one space between words: how sentences are compared."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def draft_text(report) -> str:
    """All the text of a draft as it prints (header, title, every part, signature)."""
    return normal(compose(report).plain_text())


def score(results: list[tuple[Shape, object]]) -> tuple[int, int, int]:
    """(sentences, kept in the draft, in the right part) over imported shapes."""
    total = kept = placed = 0
    for shape, result in results:
        printed = draft_text(result.report)
        for sentence, key in shape.sentences:
            total += 1
            if normal(sentence) in printed:
                kept += 1
            if key is None or normal(sentence) in normal(result.report.section(key)):
                placed += 1
    return total, kept, placed


__all__ = ["SHAPES", "Shape", "score", "normal", "draft_text", "PREAMBLE", "NEXT_TASKS", "OTHER"]
