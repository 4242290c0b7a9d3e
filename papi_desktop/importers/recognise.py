"""Recognising the parts of a Báo cáo in a list of lines, and building a draft from them.

The lines come in reading order (see :mod:`papi_desktop.importers.sources`). A small state
machine walks them: header (agency, number, place and date, the fixed Quốc hiệu lines),
``BÁO CÁO`` and the trích yếu, the preamble, sections I, II (with the eight dimensions)
and III by their headings, then ``Nơi nhận:`` and the signature. Headings are compared on
a folded form (lower case, no diacritics, punctuation as spaces) and, for the dimensions,
with a similarity score against the catalogue's heading, name and short name, so that
"Chỉ số nội dung 1: Tham gia…", "1.1. Chỉ số nội dung Tham gia…" or "5. THỦ TỤC HÀNH
CHÍNH CÔNG" all land in the right section, in any order.

Every line ends up somewhere the clerk can see it: in a section (a :class:`Placement`,
which the review dialog can move), in a header or signature field, or in the list of
recognised structure lines (headings, the fixed lines). What fits nowhere goes to the
section "Nội dung khác", never away.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
import datetime
import re

from papi_desktop.importers.matching import (
    AUTHORITY, BULLET, CLOSING, DIMENSION_PREFIX, MAX_HEADING, NUMBER_LINE, NUMBERED, PLACE_DATE,
    ROMAN_HEADING, SIGNER, TASK_NUMBER, core_words, dimension_scores, fold, is_upper, period_in,
    roman_value, similarity, template_pattern, words,
)
from papi_desktop.importers.sources import Source, SourceLine
from papi_desktop.model.catalogue import Catalogue, Dimension
from papi_desktop.model.outline import PartKind
from papi_desktop.model.period import Period
from papi_desktop.model.report import (
    HeadingCase, IMPLEMENTATION, OTHER, PREAMBLE, Header, Report, Signature, recipient_items,
)
from papi_desktop.model.tables import TABLE_MARK, parse_table

# Section II has no body of its own in the model: its paragraphs belong to the dimensions.

NATIONAL_TITLE_WORDS = "cong hoa xa hoi chu nghia viet nam"
# "Bảng 1. Kết quả giải quyết thủ tục hành chính": a table's caption, just above it.
CAPTION = re.compile(r"^(?:Bảng|BẢNG)\s+\d+\s*[.:]")
MOTTO_WORDS = "doc lap tu do hanh phuc"
# The office's document types (Decree 30, Appendix III): the line naming one, alone, ends
# the header and is followed by the trích yếu. Any of them imports as a report draft.
DOCUMENT_TYPES = frozenset({
    "bao cao", "ke hoach", "to trinh", "thong bao", "cong van", "chuong trinh", "huong dan",
    "quyet dinh", "bien ban", "de an", "phuong an", "cong dien",
})
# Years a report's date can have (PAPI began in 2009; a wide margin either side): a year
# outside, such as "năm 1202", is a typing slip, never a date to keep.
FIRST_YEAR, LAST_YEAR = 1990, 2100
# The trích yếu of a công văn, in the header's left cell: "V/v báo cáo kết quả …".
_ABOUT = re.compile(r"^\s*v\s*/\s*v\s*[.:]?\s*", re.IGNORECASE)
# Where a heading ends and content begins on the same line: after a colon, or after the
# closing quote of the name ("1. Chỉ số “tham gia…”: Năm 2019, …").
_HEAD_END = re.compile(r"[:：]|[”»]|(?<=\S)\"(?=\s*[:.,;–-]?\s)")


@dataclass(frozen=True)
class Placement:
    """A paragraph of the source and the section key it went to."""

    text: str
    key: str
    original: str = ""  # the source's text before torn tone marks were mended ("" = as read)
    uncertain: bool = False  # loose tone marks that could not be placed for certain: left as read


@dataclass(frozen=True)
class Recognised:
    """A line taken as structure rather than content: ``role`` says which (``number``,
    ``heading:participation``, ``signer_name``, ``fixed`` …)."""

    text: str
    role: str


def split_heading(text: str) -> tuple[str, str]:
    """(heading, content) of a line that names a part and goes on with its text after a
    colon or the name's closing quote; (text, "") when nothing follows."""
    found = _HEAD_END.search(text, 0, MAX_HEADING)
    if not found:
        return text, ""
    head = text[: found.end()]
    content = text[found.end():].lstrip(" :：–-").strip()
    if not content or not words(content):
        return text, ""
    return head.strip(), content


def carries_content(line: str, dimension: Dimension) -> bool:
    """Whether a line taken as a dimension's heading says much more than the dimension's
    name ("4. Phòng, chống tham nhũng năm 2023 tỉnh đạt 6,5 điểm"): then it is kept as text."""
    numbered = NUMBERED.match(fold(line).strip())
    said = core_words(words(line[numbered.start("rest"):] if numbered else line)).split()
    name = max(len(core_words(words(dimension.heading)).split()), len(words(dimension.name).split()))
    return len(said) > name + 5


# --- the recogniser ----------------------------------------------------------------------


@dataclass
class _Parts:
    header_lines: list[str] = field(default_factory=list)
    number: str | None = None
    symbol: str = ""
    place: str = ""
    date: datetime.date | None = None
    title_lines: list[str] = field(default_factory=list)
    tasks_heading: str = ""
    recipients: list[str] = field(default_factory=list)
    archive: str | None = None
    authority: str = ""
    head_title: str = ""
    signer_title: str = ""
    signer_name: str = ""
    addressee: str = ""


# "Kính gửi: Ủy ban nhân dân tỉnh" under the trích yếu of a report sent upward.
ADDRESSEE = re.compile(r"^\s*k[ií]nh\s+g[uử]i\s*:\s*(?P<to>\S.*)$", re.IGNORECASE)
AS_ABOVE_WORDS = "nhu tren"


class Recogniser:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.parts = _Parts()
        self.placements: list[Placement] = []
        self.recognised: list[Recognised] = []
        self.notices: list[str] = []
        self.phase = "header"
        self.key = PREAMBLE
        self.sections_seen: set[str] = set()
        self.dimensions_seen: list[str] = []
        self.closed = False
        self.doc_type = words(catalogue.document_type).replace(" ", "")
        self.document_type = ""  # the type line as the file has it ("KẾ HOẠCH")
        self.date_line = ""  # the place-and-date line as the file has it
        self.date_refused = ""  # a date line whose date cannot be a report's
        self.original = ""  # the current line's text before repair
        self.uncertain = False  # the current line has loose marks left as they were
        self.date_found = False
        self.heading_cases: list[bool] = []  # Roman-numbered headings: typed in upper case?
        # The outline, as the catalogue file gives it: each first-level part's heading (up to
        # its first placeholder, "Kế hoạch thực hiện {next_period}" → "Kế hoạch thực hiện"),
        # the group holding the dimensions, the tasks part, and the opening parts above the
        # group where a dimension heading is only taken when it is unmistakable.
        outline = catalogue.parts
        self._templates = {part.key: part.heading for part in outline if part.heading.strip() and part.key != OTHER}
        self.headings = {key: words(template.split("{")[0]) for key, template in self._templates.items()}
        self.group_key = next(part.key for part in outline if part.kind is PartKind.GROUP)
        self.tasks_key = next((part.key for part in outline if part.kind is PartKind.TASKS), None)
        group_at = [part.key for part in outline].index(self.group_key)
        self.opening_keys = {PREAMBLE, *(
            part.key for part in outline[:group_at] if part.kind is PartKind.PROSE and not part.optional
        )}

    # recording -------------------------------------------------------------------------
    def note(self, text: str, role: str) -> None:
        self.recognised.append(Recognised(text, role))

    def place(self, text: str, key: str | None = None) -> None:
        self.placements.append(Placement(text, key or self.key, self.original, self.uncertain))

    def close_body(self) -> None:
        """The content ends: its last paragraph loses the closing ``./.``."""
        if self.closed:
            return
        self.closed = True
        if self.placements:
            last = self.placements[-1]
            stripped = CLOSING.sub("", last.text)
            if stripped != last.text and stripped.strip():
                self.placements[-1] = replace(last, text=stripped)

    # classification helpers ------------------------------------------------------------
    def section_of_heading(self, rest: str) -> str | None:
        text = words(rest)
        if not text:
            return None
        if text == "noi dung khac":
            return OTHER
        if self.tasks_key and re.search(r"\b(ke hoach|nhiem vu|phuong huong)\b.*\b(quy|nam|thoi gian toi)\b", text) \
                and not text.startswith(("cong tac xay dung", "ket qua")):
            return self.tasks_key
        for key, heading in self.headings.items():
            # a heading template's fixed words, its period filled in ("Việc làm quý I/2023")
            if len(heading.split()) >= 2 and text.startswith(heading + " ") and "{" in self._templates[key]:
                return key
        scores = {key: similarity(text, heading) for key, heading in self.headings.items()}
        best = max(scores, key=lambda key: scores[key])
        if scores[best] >= 0.75:  # "NỘI DUNG THỰC HIỆN" is not "Kế hoạch thực hiện"
            return best
        # PAPI reports' own wordings of parts I and II, far from the catalogue's
        if IMPLEMENTATION in self.headings and (text.startswith("cong tac xay dung ke hoach") or text.startswith("trien khai")):
            return IMPLEMENTATION
        if text.startswith("ket qua") and ("chi so" in text or "papi" in text or "noi dung" in text):
            return self.group_key
        return None

    def says_more_than_heading(self, text: str, key: str) -> bool:
        """Whether a line taken as part ``key``'s heading has many more words than that
        heading ("III. Nhiệm vụ quý tới tiếp tục tuyên truyền và rà soát thủ tục …")."""
        return len(words(text).split()) > len(self.headings[key].split()) + 6

    def dimension_heading(self, text: str, strict: bool) -> Dimension | None:
        """The dimension a heading-shaped line names, or None for ordinary content."""
        if len(text) > 160 or BULLET.match(text) and not text[:1].isdigit():
            return None
        folded = words(text)
        numbered = NUMBERED.match(fold(text).strip())
        rest = text[numbered.start("rest"):] if numbered else text
        prefixed = DIMENSION_PREFIX.match(words(rest))
        official_number = None
        if prefixed:
            rest_words = prefixed.group("rest")
            if prefixed.group("num") and prefixed.group("num").isdigit():
                official_number = int(prefixed.group("num"))
            elif prefixed.group("num"):
                official_number = roman_value(prefixed.group("num"))
        else:
            rest_words = words(rest)
        # "Chỉ số nội dung …", "Nội dung 2: …" are headings; "Nội dung trách nhiệm …" may be a sentence.
        named = bool(prefixed and (prefixed.group("num") or folded.startswith("chi so")))
        heading_like = bool(numbered or named or folded.startswith("ve ") or is_upper(text))
        if not heading_like or rest.rstrip().endswith((";", ",")):
            return None
        if not (numbered or named) and rest.rstrip().endswith("."):
            return None
        scored = dimension_scores(rest_words, self.catalogue)
        scores = {dimension.key: score for score, dimension in scored}
        threshold = 0.85 if strict or not (numbered or named) else 0.7
        choice = None
        for score, dimension in scored:
            if score < threshold:
                break
            if dimension.key not in self.dimensions_seen:
                choice = dimension
                break
        # "4. Phòng, chống tham nhũng": a wording far from the catalogue's, but under the
        # dimension's own number in PAPI's order and still somewhat like it.
        number = official_number
        if number is None and numbered and re.fullmatch(r"\d{1,2}", numbered.group("num")) and "." not in text[: numbered.start("rest")].strip().rstrip(".)"):
            number = int(numbered.group("num"))
        if choice is None and not strict and number and 1 <= number <= len(self.catalogue.dimensions):
            dimension = self.catalogue.dimensions[number - 1]
            if dimension.key not in self.dimensions_seen and (named or scores[dimension.key] >= 0.45):
                choice = dimension
        if choice is None and scored[0][0] >= threshold:
            choice = scored[0][1]  # a dimension seen before: its text continues there
        if choice is not None and choice.key == self.key:
            return None  # a numbered point inside the dimension it is about
        return choice

    # the walk --------------------------------------------------------------------------
    def feed(self, line: SourceLine) -> None:
        self.original = line.original
        self.uncertain = line.uncertain
        text = line.text.strip()
        if text.startswith(TABLE_MARK) and parse_table(text) is not None:
            self.table(text)
            return
        # What is recognised lies at a line's start: a long line is judged on its beginning,
        # so that a paragraph of megabytes costs no more than reading it.
        w = words(text[: 4 * MAX_HEADING])
        if not w and len(text) > 4 * MAX_HEADING:
            w = words(text)
        if not w:
            self.note(text, "decoration")  # rules drawn with underscores or dashes
            return
        if w in (NATIONAL_TITLE_WORDS, MOTTO_WORDS):
            self.note(text, "fixed")
            return
        handler = getattr(self, f"in_{self.phase}")
        handler(line, text, w)

    def table(self, line: str) -> None:
        """A table of content, in the part it stood in (before the report's parts: the opening;
        after the body or under a group's heading: "Nội dung khác"). A short "Bảng 1. …"
        paragraph just above it becomes its caption."""
        if self.phase in ("header", "title"):
            self.phase = "body"
        key = self.key if self.phase == "body" and self.key != self.group_key else OTHER
        table = parse_table(line)
        last = self.placements[-1] if self.placements else None
        if last is not None and last.key == key and not table.caption and CAPTION.match(last.text) and len(last.text) <= 200:
            self.placements.pop()
            line = replace(table, caption=last.text).to_line()
        self.place(line, key)

    def in_header(self, line: SourceLine, text: str, w: str) -> None:
        folded = fold(text[:MAX_HEADING])
        number = NUMBER_LINE.match(folded)
        if number and len(text) < 80:
            digits = re.sub(r"[\s.…_\u00a0-]", "", text[number.start("number"):number.end("number")])
            self.parts.number = str(int(digits)) if digits.isdigit() else digits
            self.parts.symbol = text[number.start("symbol"):].strip()
            self.note(text, "number")
            return
        if self.place_date(text):
            return
        if self.document_type_line(text, w):
            return
        about = _ABOUT.match(text)
        if about and len(text) <= 400:
            about_text = text[about.end():].strip()  # a công văn's trích yếu: "báo cáo kết quả …"
            self.parts.title_lines.append(about_text[:1].upper() + about_text[1:])
            self.note(text, "title")
            return
        if len(text) <= MAX_HEADING and ROMAN_HEADING.match(folded) and self.section_of_heading(text.split(".", 1)[-1]):
            self.phase = "body"
            self.in_body(line, text, w)
            return
        if is_upper(text) and len(text) <= 100:
            self.parts.header_lines.append(text)
            self.note(text, "agency")
            return
        self.phase = "body"
        self.in_body(line, text, w)

    def document_type_line(self, text: str, w: str) -> bool:
        """A line that is only a document type ("BÁO CÁO", "KẾ HOẠCH", "TỜ TRÌNH" …): the
        header ends, the trích yếu follows."""
        if w.replace(" ", "") != self.doc_type and w not in DOCUMENT_TYPES:
            return False
        self.document_type = text
        self.note(text, "doc_type")
        self.phase = "title"
        return True

    def place_date(self, text: str) -> bool:
        if len(text) > 100:
            return False
        found = PLACE_DATE.match(fold(text))
        if not found:
            return False
        self.parts.place = text[: found.end("place")].strip(" ,")
        self.date_line = text
        self.parts.date = None
        if found.group("day") and found.group("month") and found.group("year"):
            year = int(found.group("year"))
            try:
                if not FIRST_YEAR <= year <= LAST_YEAR:
                    raise ValueError(f"year {year}")
                self.parts.date = datetime.date(year, int(found.group("month")), int(found.group("day")))
            except ValueError:
                self.date_refused = text  # "ngày 31 tháng 2", "năm 1202": shown, never guessed
        self.note(text, "place_date")
        return True

    def in_title(self, line: SourceLine, text: str, w: str) -> None:
        title = self.parts.title_lines
        addressee = ADDRESSEE.match(text) if len(text) <= MAX_HEADING else None
        if addressee and title and not self.parts.addressee:
            self.parts.addressee = addressee.group("to").strip().rstrip(";.")
            self.note(text, "addressee")
            self.phase = "body"
            return
        if title:
            continues = (line.centered is True or (line.centered is None and text[:1].islower())) and not (
                ROMAN_HEADING.match(fold(text[:MAX_HEADING])) or NUMBERED.match(fold(text[:MAX_HEADING]))
            )
            if not continues or sum(map(len, title)) > 400:
                self.phase = "body"
                self.in_body(line, text, w)
                return
        title.append(text)
        self.note(text, "title")

    def in_body(self, line: SourceLine, text: str, w: str) -> None:
        folded = fold(text[:MAX_HEADING])
        if w.startswith("noi nhan"):
            self.close_body()
            self.phase = "recipients"
            self.in_recipients(line, text, w)
            return
        authority = AUTHORITY.match(text)
        if authority and is_upper(text) and len(text) <= 80:
            self.close_body()
            self.phase = "signature"
            self.in_signature(line, text, w)
            return
        if not self.parts.title_lines and not self.sections_seen and not self.placements and self.document_type_line(text, w):
            return  # "BÁO CÁO" after some unrecognised header lines
        if not self.sections_seen and not self.date_line and not self.placements and self.place_date(text):
            return  # the date line after a header the walk did not expect
        roman = ROMAN_HEADING.match(folded)
        if roman and len(text) <= MAX_HEADING:
            # "III. Nhiệm vụ quý tới: tiếp tục …": the heading, then the part's first paragraph.
            head, content = split_heading(text)
            key = self.section_of_heading(head[roman.start("rest"):]) if content else None
            if key is None:
                head, content = text, ""
                key = self.section_of_heading(text[roman.start("rest"):])
            if key is not None and key != OTHER:
                self.heading_cases.append(is_upper(head))
            self.enter_section(key, head)
            if content:
                self.place(content)
            elif key in self.headings and self.says_more_than_heading(head[roman.start("rest"):], key):
                self.place(text[roman.start("rest"):])  # a heading running on into its text: all kept
            return
        numbered = NUMBERED.match(folded) if len(text) <= MAX_HEADING else None
        if len(text) <= MAX_HEADING and not BULLET.match(text) and (
            numbered or is_upper(text) or not text.endswith((".", ";", ","))
        ):
            # A heading without its Roman numeral (or with Word's own decimal numbering);
            # a sentence (ending with its full stop) is not compared: most lines are sentences.
            bare = text[numbered.start("rest"):] if numbered else text
            key = self.section_of_heading(bare)
            if key is not None and similarity(words(bare), self.headings.get(key, "")) >= 0.85:
                self.enter_section(key, text)
                return
        if is_upper(text) and len(w.split()) <= 8 and (
            SIGNER.match(w) or (self.placements and CLOSING.search(self.placements[-1].text))
        ):
            # "GIÁM ĐỐC" signing in their own name, with no table and no "Nơi nhận" before it
            self.close_body()
            self.phase = "signature"
            self.in_signature(line, text, w)
            return
        if w.startswith("tren day la"):
            self.place(text, OTHER)  # the closing sentence: no field of its own
            return
        if self.key in (self.group_key, *self.catalogue.dimension_keys) or self.key in self.opening_keys:
            strict = self.key in self.opening_keys
            head, content = split_heading(text)
            dimension = self.dimension_heading(head, strict) if content else None
            if dimension is None:
                head, content = text, ""
                dimension = self.dimension_heading(text, strict)
            if dimension is not None:
                self.key = dimension.key
                self.sections_seen.add(self.group_key)
                if dimension.key not in self.dimensions_seen:
                    self.dimensions_seen.append(dimension.key)
                if not content and carries_content(head, dimension):
                    self.place(text)  # the whole line is kept: more than the dimension's name
                else:
                    self.note(head, f"heading:{dimension.key}")
                if content:
                    self.place(content)
                return
        if self.key == self.group_key:
            self.place(text, OTHER)  # text under the group's heading before its first dimension
            return
        self.place(text)

    def enter_section(self, key: str | None, text: str) -> None:
        if key is None:
            self.key = OTHER
            self.place(text, OTHER)  # an extra section: its heading stays with its text
            self.sections_seen.add(OTHER)
            return
        self.key = key
        self.sections_seen.add(key)
        if key == self.tasks_key:
            self.parts.tasks_heading = text
        self.note(text, f"heading:{key}")

    def in_recipients(self, line: SourceLine, text: str, w: str) -> None:
        if w.startswith("noi nhan"):
            self.note(text, "recipients_label")
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if rest:
                self.recipient(rest)
            return
        if BULLET.match(text):
            self.recipient(text)
            return
        if text.endswith((";", ".")) and len(text) <= 120 and not is_upper(text) and self.parts.archive is None:
            self.recipient(text)
            return
        self.phase = "signature"
        self.in_signature(line, text, w)

    def recipient(self, text: str) -> None:
        item = BULLET.sub("", text).strip()
        if fold(item).startswith("luu"):
            archive = item.split(":", 1)[1] if ":" in item else item[3:]
            self.parts.archive = archive.strip().rstrip(" .;")
            self.note(text, "archive")
            return
        if self.parts.addressee and not self.parts.recipients and words(item) == AS_ABOVE_WORDS:
            self.note(text, "recipient")  # "- Như trên;": the composer writes it for the addressee
            return
        self.parts.recipients.extend(recipient_items([item]))
        self.note(text, "recipient")

    def in_signature(self, line: SourceLine, text: str, w: str) -> None:
        parts = self.parts
        if w.startswith("noi nhan"):
            self.phase = "recipients"
            self.in_recipients(line, text, w)
            return
        authority = AUTHORITY.match(text)
        if authority and not parts.authority and is_upper(text):
            parts.authority = authority.group("prefix").upper() + "."
            parts.head_title = (authority.group("head") or "").strip()
            self.note(text, "authority")
            return
        if text.startswith("(") and text.endswith(")") and len(text) <= 60:
            self.note(text, "note")  # "(Đã ký)", "(Ký, ghi rõ họ tên, đóng dấu)"
            return
        if is_upper(text) and len(text) <= 80 and not parts.signer_name:
            parts.signer_title = f"{parts.signer_title} {text}".strip()
            self.note(text, "signer_title")
            return
        if not parts.signer_name and len(text) <= 60 and len(text.split()) <= 7 and not text.endswith((".", ";", ":")):
            parts.signer_name = text
            self.note(text, "signer_name")
            return
        self.place(text, OTHER)

    # the result ------------------------------------------------------------------------
    def agency_as_written(self, agency: str, title: str) -> str:
        """The agency as running text writes it ("Sở Khoa học và Công nghệ"), found in the
        title or the text: the header line is upper case, and Vietnamese names cannot be
        re-cased by rule."""
        needle = fold(" ".join(agency.split()))
        for text in (title, *(p.text for p in self.placements)):
            found = fold(text).find(needle)
            if found >= 0 and len(needle) >= 4:
                return text[found:found + len(needle)]
        return ""

    def finish(self, source: Source, catalogue_key: str) -> tuple[Report, list[Placement], list[Recognised], list[str]]:
        self.close_body()
        parts = self.parts
        notices = self.notices
        for encoding, count in sorted(source.converted.items()):
            notices.append(f"Đã chuyển {count} đoạn từ mã {'TCVN3' if encoding == 'tcvn3' else 'VNI'} sang Unicode.")
        if source.joined:
            notices.append(f"Đã nối lại {source.joined} dòng bị ngắt giữa đoạn.")
        if source.repaired:
            lines = sum(1 for line in source.lines if line.original)
            notices.append(f"Đã sửa {source.repaired} chỗ dấu thanh bị tách rời (thường do chuyển từ PDF) "
                           f"trong {lines} đoạn; các đoạn đã sửa được đánh dấu trong danh sách.")
        if source.tables:
            notices.append(f"Đã đọc {source.tables} bảng thành bảng của báo cáo."
                           + (f" {source.merged_tables} bảng có ô gộp: đã tách thành ô thường, giữ nguyên chữ — hãy xem lại."
                              if source.merged_tables else ""))
        if source.unmended:
            notices.append(f"{len(source.unmended)} đoạn có dấu thanh bị tách rời mà không sửa chắc chắn được: "
                           "đã giữ nguyên như trong tệp, hãy sửa tay.")

        if not self.sections_seen - {OTHER}:
            # No section heading at all: nothing says the text before it is a preamble.
            moved = [Placement(p.text, OTHER) if p.key == PREAMBLE else p for p in self.placements]
            if any(p.key == PREAMBLE for p in self.placements):
                notices.append("Không nhận ra các mục I, II, III của báo cáo: toàn bộ nội dung được đưa vào “Nội dung khác”.")
            self.placements = moved

        header = Header(symbol=parts.symbol, number=parts.number or "", place=parts.place, addressee=parts.addressee)
        if parts.header_lines:
            if len(parts.header_lines) == 1:
                header.agency = parts.header_lines[0]
            else:
                header.parent_agency = parts.header_lines[0]
                header.agency = " ".join(parts.header_lines[1:])
        else:
            notices.append("Không thấy tên cơ quan ban hành ở đầu văn bản; hãy điền ở thẻ Thông tin chung.")
        self.date_found = parts.date is not None
        if parts.date is not None:
            header.date = parts.date
        elif self.date_refused:
            notices.append(f"Ngày ghi trong tệp không phải là một ngày hợp lệ (“{self.date_refused}”): "
                           "chưa có ngày (bản nháp tạm để ngày hôm nay) — hãy điền ngày ở thẻ Thông tin chung.")
        else:
            notices.append("Tệp không ghi ngày tháng của văn bản: chưa có ngày (bản nháp tạm để ngày hôm nay) — "
                           "hãy điền ngày ở thẻ Thông tin chung.")
        if self.document_type and words(self.document_type).replace(" ", "") != self.doc_type:
            notices.append(f"Tệp là văn bản loại “{self.document_type}”, không phải báo cáo: "
                           "đã nhập phần nội dung thành bản nháp báo cáo.")
        if parts.number is None:
            notices.append("Không thấy dòng “Số: …/…” của văn bản.")

        title = " ".join(parts.title_lines).strip()
        title = re.sub(r"\s+", " ", title)
        template = template_pattern(self.catalogue.title_template).match(title) if title else None
        if template:
            header.agency_in_text = template.group("agency").strip()
        if not header.agency_in_text and header.agency:
            header.agency_in_text = self.agency_as_written(header.agency, title)
        period = period_in(title) if title else None
        if period is None and parts.tasks_heading:
            following = period_in(parts.tasks_heading)
            period = following.previous() if following else None
        if period is None and parts.date is not None:
            period = Period.containing(parts.date)
            notices.append(f"Không nhận ra quý báo cáo trong trích yếu; đã lấy theo ngày của văn bản ({period.short_label()}).")
        elif period is None:
            period = Period.containing(header.date)
            notices.append(f"Không nhận ra quý báo cáo trong trích yếu, và tệp không có ngày: tạm để {period.short_label()} — hãy chọn đúng quý.")

        report = Report(
            period=period,
            header=header,
            recipients=list(parts.recipients),
            archive=parts.archive if parts.archive is not None else "VT",
            signature=Signature(parts.authority, parts.head_title, parts.signer_title, parts.signer_name),
            catalogue_key=catalogue_key,
            heading_case=HeadingCase.UPPER if all(self.heading_cases) else HeadingCase.AS_TYPED,
        )
        if title and title != report.derived_title():
            report.title_override = title
        if not title:
            notices.append("Không thấy trích yếu (dòng sau “BÁO CÁO”); đã dùng trích yếu theo mẫu.")
        missing = [d.short_name for d in self.catalogue.dimensions if d.key not in self.dimensions_seen]
        if missing:
            notices.append("Không thấy nội dung: " + "; ".join(missing) + " — các mục này để trống.")
        if not parts.signer_name:
            notices.append("Không nhận ra phần ký tên; hãy điền ở thẻ Thông tin chung.")
        others = sum(1 for p in self.placements if p.key == OTHER)
        if others:
            notices.append(f"{others} đoạn chưa xếp được vào mục nào, đã đưa vào “Nội dung khác”: hãy xem lại.")
        return report, self.placements, self.recognised, notices


def section_body(key: str, texts: list[str], catalogue: Catalogue) -> str:
    """The text of one section from its paragraphs: tasks lose their typed numbers and dashes."""
    if key in catalogue.section_keys and catalogue.part(key).kind is PartKind.TASKS:
        texts = [TASK_NUMBER.sub("", text, count=1).strip() for text in texts]
    return "\n".join(text for text in texts if text.strip())
