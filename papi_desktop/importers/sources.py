"""Reading a file a clerk chose into lines of Unicode text, or refusing it whole.

A report to import comes from anywhere: last year's Word file, a colleague's e-mail, a
text file saved by an old program. Before python-docx sees a byte, the file is sniffed:
an empty file, an old binary Word ``.doc``, a password-protected document (both are OLE
containers), an RTF or PDF file and a zip whose directory announces far more data than a
report could hold (a "zip bomb") are refused with a message that says what to do. The
zip directory's sizes are binding: :mod:`zipfile` stops reading a member at its declared
size, so a member cannot inflate past what was checked here.

A Word paragraph's text is read run by run, because a run's font says whether it holds
TCVN3 (``.VnTime``) or VNI (``VNI-Times``) text; list numbers and bullets Word draws by
itself are written out ("II.", "1.", "- ") so that the recogniser sees what the clerk sees.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
import os
from pathlib import Path
import re
import unicodedata
import zipfile

from papi_desktop.errors import UserError
from papi_desktop.importers.legacy import (
    TCVN3, VNI, font_encoding, guess_encoding, repair_diacritics, to_unicode,
)
from papi_desktop.model.text import clean_text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# The stream an encrypted Office 2007+ document keeps inside its OLE container (UTF-16 name).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

MAX_TEXT_BYTES = 20 * 1024 * 1024  # a report is tens of kilobytes
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100  # a real .docx packs 3–10 to 1; only members over 1 MiB are judged
_RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 5000

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class SourceLine:
    """One line of the source: a paragraph (or a manual line of one) in reading order."""

    text: str
    in_table: bool = False
    centered: bool | None = None  # None: the format does not say (plain text)
    auto_number: str = ""  # a list number Word drew ("II.", "1."), already in ``text``


@dataclass
class Source:
    lines: list[SourceLine]
    kind: str  # "docx" or "txt"
    converted: dict[str, int] = field(default_factory=dict)  # encoding → paragraphs converted
    joined: int = 0  # broken lines joined back (plain text)
    repaired: int = 0  # diacritics mended (see legacy.repair_diacritics)


def _refuse(path: Path, message: str, detail: str) -> UserError:
    return UserError(f"Không nhập được tệp “{path.name}”: {message}", f"{path}: {detail}")


def read_source(path: os.PathLike[str] | str) -> Source:
    """The file at ``path`` as lines, or a :class:`UserError` saying why it cannot be read."""
    path = Path(path)
    source = _read(path)
    if not source.lines:
        raise _refuse(path, "tệp không có chữ nào để nhập.", "no text in the file")
    for line in source.lines:
        line.text, mended = repair_diacritics(line.text)
        source.repaired += mended
    return source


def _read(path: Path) -> Source:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise _refuse(path, "không tìm thấy tệp.", "file not found") from None
    except IsADirectoryError:
        raise _refuse(path, "đây là một thư mục, không phải tệp.", "is a directory") from None
    except OSError as error:
        raise _refuse(path, "không đọc được tệp (tệp đang bị khoá hoặc không có quyền đọc).", str(error)) from error
    if size == 0:
        raise _refuse(path, "tệp trống, không có nội dung.", "empty file")
    if head.startswith(OLE_MAGIC):
        data = path.read_bytes()
        if _ENCRYPTED_PACKAGE in data:
            raise _refuse(
                path,
                "tệp được đặt mật khẩu. Hãy mở tệp trong Word, bỏ mật khẩu (Tệp → Thông tin → "
                "Bảo vệ tài liệu) rồi lưu lại và nhập lại.",
                "OLE container with EncryptedPackage (password-protected OOXML)",
            )
        raise _refuse(
            path,
            "đây là tệp Word cũ (.doc). Hãy mở tệp trong Word, chọn Lưu thành (Save As) kiểu "
            "“Word Document (*.docx)” rồi nhập tệp .docx đó.",
            "OLE compound file (binary .doc)",
        )
    if head.startswith(ZIP_MAGIC):
        return _read_docx(path)
    if head.startswith(b"{\\rtf"):
        raise _refuse(path, "đây là tệp RTF. Hãy mở trong Word và lưu lại thành .docx.", "RTF file")
    if head.startswith(b"%PDF"):
        raise _refuse(path, "chưa nhập được tệp PDF; hãy nhập tệp Word (.docx) hoặc văn bản (.txt).", "PDF file")
    if path.suffix.lower() in (".docx", ".docm", ".dotx", ".doc"):
        raise _refuse(path, "tệp không phải là tệp Word .docx hợp lệ (có thể bị hỏng hoặc chép chưa hết).", "not a zip")
    if size > MAX_TEXT_BYTES:
        raise _refuse(path, "tệp quá lớn để là một báo cáo.", f"{size} bytes of text")
    return _read_text(path, path.read_bytes())


# --- plain text ----------------------------------------------------------------------------

_MARKDOWN_BOLD = re.compile(r"\*\*|__")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+)>")
_SENTENCE_END = re.compile(r"[.;:!?…”\")]\s*$")


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Bytes of a text file → (Unicode text, legacy encoding converted from or None).

    UTF-8 (with or without BOM) and UTF-16 with a BOM first; then the 8-bit legacy
    encodings: TCVN3 or VNI when the characters say so, else Windows-1258, else Latin-1.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), None
    if data.count(b"\x00") > len(data) // 4:  # UTF-16 without a BOM: every other byte zero
        codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return data.decode(codec, errors="replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    encoding = guess_encoding(latin)
    if encoding is not None:
        return to_unicode(latin, encoding), encoding
    try:
        return data.decode("cp1258"), None
    except UnicodeDecodeError:
        return latin, None


def _read_text(path: Path, data: bytes) -> Source:
    text, encoding = decode_text(data)
    text = clean_text(text)
    lines: list[SourceLine] = []
    joined = 0
    for raw in text.split("\n"):
        line = _AUTOLINK.sub(r"\1", _MARKDOWN_BOLD.sub("", raw)).strip()
        if not line:
            continue
        # A paragraph cut by a page break when the text was copied out of a PDF or Word:
        # the piece after the break starts in lower case and the piece before did not end
        # a sentence. Joined back, it is one paragraph again.
        previous = lines[-1].text if lines else ""
        if previous and line[0].islower() and not _SENTENCE_END.search(previous) and len(previous) > 60:
            lines[-1].text = f"{previous} {line}"
            joined += 1
            continue
        lines.append(SourceLine(line))
    converted = {encoding: len(lines)} if encoding else {}
    return Source(lines, "txt", converted, joined)


# --- Word ----------------------------------------------------------------------------------


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _refuse(path, "tệp không phải là tệp Word .docx hợp lệ (có thể bị hỏng hoặc chép chưa hết).", str(error)) from error
    if len(members) > MAX_MEMBERS:
        raise _refuse(path, "tệp có cấu trúc bất thường, không an toàn để mở.", f"{len(members)} zip members")
    total = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    too_dense = any(
        member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if total > MAX_UNPACKED_BYTES or too_dense or (total > _RATIO_FLOOR and total > MAX_RATIO * max(packed, 1)):
        raise _refuse(
            path,
            "tệp khi giải nén lớn bất thường (có thể là tệp độc hại), không mở.",
            f"zip announces {total} bytes unpacked from {packed} packed",
        )
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names:
        raise _refuse(path, "tệp không phải là tệp Word .docx hợp lệ.", "zip without [Content_Types].xml")


def _read_docx(path: Path) -> Source:
    _check_zip(path)
    import docx  # python-docx loads only when a clerk imports a Word file

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many types for a foreign or damaged package
        raise _refuse(
            path,
            "tệp không phải là văn bản Word (.docx) đọc được. Nếu là tệp .docm hay tệp của "
            "chương trình khác, hãy mở trong Word và lưu lại thành .docx.",
            f"{type(error).__name__}: {error}",
        ) from error
    reader = _DocxReader(document)
    try:
        reader.read(document.element.body)
    except (ValueError, KeyError, AttributeError, TypeError) as error:
        raise _refuse(path, "nội dung tệp Word bị hỏng, không đọc được.", f"{type(error).__name__}: {error}") from error
    return Source(reader.lines, "docx", reader.converted)


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(number: int) -> str:
    result = ""
    for value, letters in _ROMAN:
        while number >= value:
            result, number = result + letters, number - value
    return result


def _format_number(number: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return _roman(number)
    if fmt == "lowerRoman":
        return _roman(number).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (number - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    return str(number)


class _DocxReader:
    """Walks the body XML in document order: paragraphs, tables (cell by cell, nested
    tables too), content controls and text boxes."""

    def __init__(self, document) -> None:
        self.document = document
        self.lines: list[SourceLine] = []
        self.converted: dict[str, int] = {}
        styles_element = document.styles.element
        self.styles = {s.get(_w("styleId")): s for s in styles_element.iter(_w("style"))}
        self.default_font = self._font_of(styles_element.find(f"{_w('docDefaults')}/{_w('rPrDefault')}"))
        self._style_fonts: dict[str, str | None] = {}
        self.numbering = self._numbering_levels()
        self.counters: dict[str, list[int]] = {}

    # numbering -----------------------------------------------------------------------
    def _numbering_levels(self) -> dict[tuple[str, int], tuple[str, str, int]]:
        """(numId, level) → (format, level text, start) from the numbering part."""
        try:
            numbering = self.document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return {}
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for element in numbering.iter(_w("abstractNum")):
            levels = {}
            for level in element.iter(_w("lvl")):
                fmt = level.find(_w("numFmt"))
                text = level.find(_w("lvlText"))
                start = level.find(_w("start"))
                levels[int(level.get(_w("ilvl"), "0"))] = (
                    fmt.get(_w("val"), "decimal") if fmt is not None else "decimal",
                    text.get(_w("val"), "") if text is not None else "",
                    int(start.get(_w("val"), "1")) if start is not None else 1,
                )
            abstract[element.get(_w("abstractNumId"))] = levels
        result = {}
        for num in numbering.iter(_w("num")):
            reference = num.find(_w("abstractNumId"))
            if reference is None:
                continue
            for level, spec in abstract.get(reference.get(_w("val")), {}).items():
                result[(num.get(_w("numId")), level)] = spec
        return result

    def _list_label(self, p) -> str:
        numPr = p.find(f"{_w('pPr')}/{_w('numPr')}")
        if numPr is None:
            numPr = self._style_numPr(p)
        if numPr is None:
            return ""
        num_id_element = numPr.find(_w("numId"))
        level_element = numPr.find(_w("ilvl"))
        if num_id_element is None:
            return ""
        num_id = num_id_element.get(_w("val"))
        level = int(level_element.get(_w("val"), "0")) if level_element is not None else 0
        spec = self.numbering.get((num_id, level))
        if spec is None or num_id == "0":
            return ""
        fmt, text, _ = spec
        if fmt == "bullet":
            return "- "
        if fmt == "none":
            return ""
        counters = self.counters.setdefault(num_id, [0] * 10)
        level = min(level, 9)
        for deeper in range(level + 1, 10):
            counters[deeper] = 0
        if counters[level] == 0:
            counters[level] = spec[2]
        else:
            counters[level] += 1

        def value(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            level_spec = self.numbering.get((num_id, index), ("decimal", "", 1))
            return _format_number(counters[index] or level_spec[2], level_spec[0])

        label = re.sub(r"%(\d)", value, text).strip()
        return f"{label} " if label else ""

    def _style_numPr(self, p):
        style_id = self._paragraph_style_id(p)
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                return None
            numPr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            if numPr is not None:
                return numPr
            based = style.find(_w("basedOn"))
            style_id = based.get(_w("val")) if based is not None else None
        return None

    # fonts and alignment -----------------------------------------------------------
    @staticmethod
    def _font_of(container) -> str | None:
        if container is None:
            return None
        fonts = container.find(f".//{_w('rFonts')}")
        if fonts is None:
            return None
        names = [fonts.get(_w(name)) for name in ("hAnsi", "ascii", "cs", "eastAsia")]
        legacy = [name for name in names if name and font_encoding(name)[0]]
        if legacy:
            return legacy[0]
        return next((name for name in names if name), None)

    def _style_font(self, style_id: str | None) -> str | None:
        if not style_id:
            return None
        if style_id not in self._style_fonts:
            self._style_fonts[style_id] = None  # guards against basedOn loops
            style = self.styles.get(style_id)
            font = None
            if style is not None:
                font = self._font_of(style.find(_w("rPr")))
                if font is None:
                    based = style.find(_w("basedOn"))
                    font = self._style_font(based.get(_w("val")) if based is not None else None)
            self._style_fonts[style_id] = font
        return self._style_fonts[style_id]

    def _paragraph_style_id(self, p) -> str | None:
        style = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        if style is not None:
            return style.get(_w("val"))
        for style_id, element in self.styles.items():
            if element.get(_w("type")) == "paragraph" and element.get(_w("default")) in ("1", "true"):
                return style_id
        return None

    def _centered(self, p) -> bool:
        jc = p.find(f"{_w('pPr')}/{_w('jc')}")
        style_id = self._paragraph_style_id(p)
        seen = set()
        while jc is None and style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            jc = style.find(f"{_w('pPr')}/{_w('jc')}")
            based = style.find(_w("basedOn"))
            style_id = based.get(_w("val")) if based is not None else None
        return jc is not None and jc.get(_w("val")) == "center"

    # walking -----------------------------------------------------------------------
    def read(self, container, in_table: bool = False) -> None:
        for child in container:
            tag = child.tag
            if tag == _w("p"):
                self.paragraph(child, in_table)
            elif tag == _w("tbl"):
                for row in child.iter(_w("tr")):
                    if row.getparent() is not child:
                        continue  # rows of nested tables are read with their cells
                    for cell in row.findall(_w("tc")):
                        self.read(cell, True)
            elif tag in (_w("sdt"), _w("customXml"), _w("sdtContent")):
                content = child.find(_w("sdtContent")) if tag == _w("sdt") else child
                if content is not None:
                    self.read(content, in_table)

    def _runs(self, element):
        """The runs of a paragraph in order, through hyperlinks, insertions, fields and
        content controls, but not into text boxes (read as paragraphs of their own)."""
        for child in element:
            if child.tag == _w("r"):
                yield child
            elif child.tag in (_w("hyperlink"), _w("ins"), _w("smartTag"), _w("fldSimple"),
                               _w("customXml"), _w("sdt"), _w("sdtContent"), _w("moveTo"), _w("bdo"), _w("dir")):
                yield from self._runs(child)

    def paragraph(self, p, in_table: bool) -> None:
        # Text boxes anchored in this paragraph first (Word keeps a copy for old readers
        # in mc:Fallback: skip that one).
        for box in p.iter(_w("txbxContent")):
            if any(ancestor.tag == f"{{{MC_NS}}}Fallback" for ancestor in box.iterancestors()):
                continue
            self.read(box, in_table)
        paragraph_font = self._style_font(self._paragraph_style_id(p)) or self.default_font
        pieces: list[str] = []
        converted: set[str] = set()
        for run in self._runs(p):
            text = []
            for item in run:
                if item.tag == _w("t"):
                    text.append(item.text or "")
                elif item.tag == _w("tab"):
                    text.append("\t")
                elif item.tag in (_w("br"), _w("cr")):
                    text.append("\n")
                elif item.tag == _w("noBreakHyphen"):
                    text.append("-")
            if not text:
                continue
            rPr = run.find(_w("rPr"))
            font = self._font_of(rPr)
            if font is None and rPr is not None:
                style = rPr.find(_w("rStyle"))
                font = self._style_font(style.get(_w("val")) if style is not None else None)
            encoding, capitals = font_encoding(font or paragraph_font)
            chunk = "".join(text)
            if encoding is not None and chunk.strip():
                converted.add(encoding)
            pieces.append(to_unicode(chunk, encoding, capitals))
        text = "".join(pieces)
        if not converted:
            # No legacy font named (a file saved by another program, fonts substituted):
            # judge the paragraph's characters as a whole, runs split mid-word included.
            encoding = guess_encoding(text)
            if encoding is not None:
                text = to_unicode(text, encoding)
                converted.add(encoding)
        text = clean_text(text)
        if not text.strip():
            return
        for encoding in converted:
            self.converted[encoding] = self.converted.get(encoding, 0) + 1
        label = self._list_label(p)
        centered = self._centered(p)
        for index, line in enumerate(text.split("\n")):
            line = line.replace("\t", " ").strip()
            if not line:
                continue
            prefix = label if index == 0 else ""
            self.lines.append(SourceLine(unicodedata.normalize("NFC", prefix + line), in_table, centered, label.strip()))


__all__ = ["Source", "SourceLine", "read_source", "decode_text", "TCVN3", "VNI"]
