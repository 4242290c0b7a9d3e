"""Reading a file a clerk chose into lines of Unicode text, or refusing it whole.

A report to import comes from anywhere: last year's Word file, a colleague's e-mail, a
text file saved by an old program. Before python-docx sees a byte, the file is sniffed:
an empty file, an old binary Word ``.doc``, a password-protected document (both are OLE
containers), an RTF or PDF file and a zip whose directory announces far more data than a
report could hold (a "zip bomb") are refused with a message that says what to do, from the
zip directory alone, before a byte is inflated. Then each member is inflated chunk by chunk
to check that it holds what the directory says (a lying entry is refused, at the cost of
one chunk of memory), so python-docx only ever reads members of known, bounded size.

Only regular files are opened (a named pipe or a device is refused from its ``stat``), and
a file named ``.txt`` that is really an image, a program or a database is refused. Text is
split and joined back in time linear in its size. The Word body is read by
:mod:`papi_desktop.importers.word`.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
import os
from pathlib import Path
import re
import stat
import zipfile

from papi_desktop.errors import UserError
from papi_desktop.importers.legacy import TCVN3, VNI, guess_encoding, repair_diacritics, to_unicode
from papi_desktop.importers.word import WordReader
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
# A report has a few hundred paragraphs; a quarter of a million is no report, and the
# review table could not show it.
MAX_LINES = 250_000

# Files that are not text whatever their name: images, programs, databases, archives
# (judged only when the first bytes also hold a control character, as all of these do).
_BINARY_MAGIC = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"), (b"MZ", "Windows program"),
    (b"\x7fELF", "ELF program"), (b"SQLite format 3\x00", "SQLite database"), (b"\x1f\x8b", "gzip"),
    (b"Rar!", "RAR archive"), (b"7z\xbc\xaf", "7z archive"), (b"\xca\xfe\xba\xbe", "Mach-O/Java"),
    (b"\xcf\xfa\xed\xfe", "Mach-O program"), (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"),
)
# In a text file, C0 control characters other than tab and line ends are a sign of binary
# data; a few stray ones (a form feed, an old editor's Ctrl-Z) are tolerated.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
MAX_CONTROL_SHARE = 0.01


@dataclass
class SourceLine:
    """One line of the source: a paragraph (or a manual line of one) in reading order."""

    text: str
    in_table: bool = False
    centered: bool | None = None  # None: the format does not say (plain text)
    auto_number: str = ""  # a list number Word drew ("II.", "1."), already in ``text``
    original: str = ""  # the text before its diacritics were mended ("" = unchanged)
    uncertain: bool = False  # loose diacritics that could not be mended for certain: left as read


@dataclass
class Source:
    lines: list[SourceLine]
    kind: str  # "docx" or "txt"
    converted: dict[str, int] = field(default_factory=dict)  # encoding → paragraphs converted
    joined: int = 0  # broken lines joined back (plain text)
    repaired: int = 0  # diacritics mended (see legacy.repair_diacritics)
    unmended: list[str] = field(default_factory=list)  # lines with loose marks left as they were
    tables: int = 0  # tables of content read as tables
    merged_tables: int = 0  # of those, tables whose merged cells became plain cells


def _refuse(path: Path, message: str, detail: str) -> UserError:
    return UserError(f"Không nhập được tệp “{path.name}”: {message}", f"{path}: {detail}")


def _too_many_lines(path: Path, count: int) -> UserError:
    return _refuse(path, f"tệp có {count:,} đoạn văn — quá nhiều để là một báo cáo.".replace(",", "."), f"{count} lines")


def read_source(path: os.PathLike[str] | str) -> Source:
    """The file at ``path`` as lines, or a :class:`UserError` saying why it cannot be read."""
    path = Path(path)
    source = _read(path)
    if not source.lines:
        raise _refuse(path, "tệp không có chữ nào để nhập.", "no text in the file")
    for line in source.lines:
        repair = repair_diacritics(line.text)
        if repair.text != line.text and repair.count:
            line.original, line.text = line.text, repair.text
            source.repaired += repair.count
        if repair.uncertain:
            line.uncertain = True
            source.unmended.append(line.text)
    return source


def _read(path: Path) -> Source:
    # Only a regular file is read: a named pipe or a device would block the open or the
    # read for ever. ``stat`` follows a link to what it names and opens nothing.
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _refuse(path, "không tìm thấy tệp.", "file not found") from None
    except OSError as error:
        raise _refuse(path, "không đọc được tệp (tệp đang bị khoá hoặc không có quyền đọc).", str(error)) from error
    if stat.S_ISDIR(info.st_mode):
        raise _refuse(path, "đây là một thư mục, không phải tệp.", "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(path, "đây không phải là một tệp văn bản thường (có thể là thiết bị hoặc đường ống).",
                      f"not a regular file (mode {info.st_mode:o})")
    size = info.st_size
    if size == 0:
        raise _refuse(path, "tệp trống, không có nội dung.", "empty file")
    try:
        # O_NONBLOCK: should the path have become a pipe since the stat, the open returns at once.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _refuse(path, "đây không phải là một tệp văn bản thường.", "not a regular file after open")
            head = handle.read(16)
    except OSError as error:
        raise _refuse(path, "không đọc được tệp (tệp đang bị khoá hoặc không có quyền đọc).", str(error)) from error
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
    binary_head = any(byte < 9 or 13 < byte < 32 for byte in head)
    for magic, kind in _BINARY_MAGIC:
        if binary_head and head.startswith(magic):
            raise _not_text(path, kind)
    if size > MAX_TEXT_BYTES:
        raise _refuse(path, "tệp quá lớn để là một báo cáo.", f"{size} bytes of text")
    return _read_text(path, path.read_bytes())


def _not_text(path: Path, kind: str) -> UserError:
    return _refuse(
        path,
        "tệp không phải là văn bản (có thể là ảnh, chương trình hay cơ sở dữ liệu bị đổi tên). "
        "Hãy chọn tệp Word (.docx) hoặc tệp văn bản (.txt).",
        f"not text: {kind}",
    )


# --- plain text ----------------------------------------------------------------------------

_MARKDOWN_BOLD = re.compile(r"\*\*|__")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+)>")
_SENTENCE_END = re.compile(r"[.;:!?…”\")]\s*$")


def _windows_punctuation() -> dict[int, str]:
    table = {}
    for code in range(0x80, 0xA0):
        try:
            table[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            pass  # five codes Windows leaves undefined: they stay, and count as binary
    return table


_C1_AS_WINDOWS = _windows_punctuation()


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
    # Bytes 80-9F are Windows' punctuation (“ ” – … ) in legacy-font files too, not controls.
    latin = data.decode("latin-1").translate(_C1_AS_WINDOWS)
    encoding = guess_encoding(latin)
    if encoding is not None:
        return to_unicode(latin, encoding), encoding
    try:
        return data.decode("cp1258"), None
    except UnicodeDecodeError:
        return latin, None


def looks_binary(text: str) -> bool:
    """Whether decoded text is really binary data: control characters or replacement marks
    (bytes no encoding could read) beyond a stray few. Private-use characters are not
    counted: Word's Symbol-font bullets (U+F0B7) survive a copy into a text file."""
    sample = text[: 1024 * 1024]
    return len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * max(len(sample), 1) + 2


def _read_text(path: Path, data: bytes) -> Source:
    text, encoding = decode_text(data)
    del data
    if looks_binary(text):
        raise _not_text(path, "control characters")
    text = clean_text(text)
    lines: list[SourceLine] = []
    pieces: list[str] = []  # the paragraph being built: joined once, so joining stays linear
    joined = 0

    def flush() -> None:
        if pieces:
            lines.append(SourceLine(" ".join(pieces)))
            pieces.clear()

    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if "*" in line or "_" in line or "<" in line:
            line = _AUTOLINK.sub(r"\1", _MARKDOWN_BOLD.sub("", line)).strip()
            if not line:
                continue
        # A paragraph cut by a page break when the text was copied out of a PDF or Word:
        # the piece after the break starts in lower case and the piece before did not end
        # a sentence. Joined back, it is one paragraph again.
        previous = pieces[-1] if pieces else ""
        if previous and line[0].islower() and not _SENTENCE_END.search(previous[-8:]) and (
            len(pieces) > 1 or len(previous) > 60
        ):
            pieces.append(line)
            joined += 1
            continue
        flush()
        pieces.append(line)
        if len(lines) > MAX_LINES:
            raise _too_many_lines(path, len(lines))
    flush()
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
    _verify_members(path)


_CHUNK = 256 * 1024


def _verify_members(path: Path) -> None:
    """Inflate every member in small chunks, checking it holds what the directory says.

    Only after the directory passed the limits above. :mod:`zipfile` stops a member at its
    declared size, but reading it whole (as python-docx does) inflates the whole compressed
    stream in one call first: a member whose directory entry lies (60 KB declared, 40 MB
    inside) would cost its real size in memory. Read chunk by chunk, the lie ends at the
    declared size with a CRC error, and memory stays at one chunk."""
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                with archive.open(member) as stream:
                    while stream.read(_CHUNK):
                        pass
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as error:
        raise _refuse(path, "tệp Word bị hỏng (nội dung nén không khớp với mục lục của tệp).", f"{type(error).__name__}: {error}") from error


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
    reader = WordReader(document)
    try:
        reader.read(document.element.body)
    except (ValueError, KeyError, AttributeError, TypeError, RecursionError) as error:
        raise _refuse(path, "nội dung tệp Word bị hỏng, không đọc được.", f"{type(error).__name__}: {error}") from error
    if len(reader.lines) > MAX_LINES:
        raise _too_many_lines(path, len(reader.lines))
    lines = [SourceLine(line.text, line.in_table, line.centered, line.auto_number) for line in reader.lines]
    return Source(lines, "docx", reader.converted, tables=reader.tables, merged_tables=reader.merged_tables)


__all__ = ["Source", "SourceLine", "read_source", "decode_text", "TCVN3", "VNI"]
