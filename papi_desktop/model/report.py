"""The report as a clerk thinks of it: header, title, sections, recipients and signature.

Pure data with the few rules that belong to the report itself (title derivation, which
sections exist, what a paragraph is). No Qt and no SQL here, so the window, the store,
the exporters and the command line all share one meaning of "a report".
"""

from __future__ import annotations

from dataclasses import dataclass, field
import datetime
from enum import StrEnum
import re

from papi_desktop.model.catalogue import DEFAULT_CATALOGUE, Catalogue, load_catalogue
from papi_desktop.model.period import Period
from papi_desktop.model.tables import TABLE_MARK, BarChart, Table, parse_chart, parse_table
from papi_desktop.model.text import clean_line, clean_text

PREAMBLE = "preamble"
IMPLEMENTATION = "implementation"
NEXT_TASKS = "next_tasks"
OTHER = "other"

# Authority prefixes of Decree 30/2020 (Appendix I), always written with the full stop;
# "" means the head signs in their own name.
AUTHORITY_PREFIXES: tuple[str, ...] = ("", "KT.", "TM.", "TL.", "TUQ.", "Q.")


class Status(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class HeadingCase(StrEnum):
    """How the Roman-numbered part headings print. Decree 30's pattern writes a mục heading in
    upper case; a report may keep the case as typed (the bundled sample reproduces its
    original word for word). Only the printed form changes, never the stored text."""

    UPPER = "upper"
    AS_TYPED = "as_typed"


def _new_id() -> str:
    """A new report's id. ``uuid`` (and ``platform`` behind it) is imported here: opening the
    window loads reports, it makes none."""
    import uuid

    return str(uuid.uuid4())


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


@dataclass
class Header:
    parent_agency: str = ""
    agency: str = ""
    # The agency as written inside a sentence ("Sở Khoa học và Công nghệ"): Vietnamese
    # proper names cannot be re-cased from the upper-case header line reliably.
    agency_in_text: str = ""
    number: str = ""  # blank in a draft: the clerical office assigns it after signature
    symbol: str = ""
    place: str = ""
    date: datetime.date = field(default_factory=datetime.date.today)
    # "Kính gửi: …" under the trích yếu, for a report sent upward; Nơi nhận then begins "Như trên"
    addressee: str = ""

    def number_line(self) -> str:
        """``Số: 23/BC-SKHCN``; with the number still blank, room is left for it by hand."""
        number = self.number.strip()
        if number.isdigit() and len(number) == 1:
            number = "0" + number  # Decree 30: numbers below 10 take a leading zero
        if not number:
            number = "\u00a0" * 6
        return f"Số: {number}/{self.symbol.strip()}"


@dataclass
class Signature:
    authority: str = ""  # one of AUTHORITY_PREFIXES
    head_title: str = ""  # the head (or collective) signed for: "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN"
    signer_title: str = ""  # "PHÓ GIÁM ĐỐC"
    signer_name: str = ""

    def authority_lines(self) -> list[str]:
        """The upper-case lines above the signature: ``KT. GIÁM ĐỐC`` / ``PHÓ GIÁM ĐỐC``."""
        prefix = self.authority.strip()
        if prefix and not prefix.endswith("."):
            prefix += "."
        lines = []
        if prefix:
            lines.append(f"{prefix} {self.head_title.strip()}".strip())
            if self.signer_title.strip():
                lines.append(self.signer_title.strip())
        else:
            lines.append(self.signer_title.strip() or self.head_title.strip())
        return [line.upper() for line in lines if line]


_BULLET = re.compile(r"^[-–—•+*]\s+")
_MANUAL_NUMBER = re.compile(r"^\d{1,3}\s*[.)]\s+")


class ParagraphKind(StrEnum):
    TEXT = "text"
    BULLET = "bullet"
    TABLE = "table"
    CHART = "chart"


@dataclass(frozen=True)
class Paragraph:
    kind: ParagraphKind
    text: str  # a bullet keeps its "- ": reports print the dash as text; a table, its line
    table: Table | None = None
    chart: BarChart | None = None


def paragraphs(body: str) -> list[Paragraph]:
    """Split a section body into paragraphs: one per non-blank line, ``- `` lines are bullets,
    a table line (:mod:`papi_desktop.model.tables`) is a table."""
    result = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        table = parse_table(line) if line.startswith(TABLE_MARK) else None
        chart = parse_chart(line) if line.startswith(TABLE_MARK) and table is None else None
        if table is not None:
            result.append(Paragraph(ParagraphKind.TABLE, line, table))
        elif chart is not None:
            result.append(Paragraph(ParagraphKind.CHART, line, chart=chart))
        elif _BULLET.match(line):
            result.append(Paragraph(ParagraphKind.BULLET, _BULLET.sub("- ", line, count=1)))
        else:
            result.append(Paragraph(ParagraphKind.TEXT, line))
    return result


def task_items(body: str) -> list[str]:
    """The next-quarter tasks, one per non-blank line, without any number the clerk typed.

    The composer numbers them; stripping typed numbers (and dashes) keeps "3. Làm…" or "- Làm…"
    from printing as "3. 3. Làm…" or "3. - Làm…".
    """
    items = []
    for line in body.split("\n"):
        line = _BULLET.sub("", _MANUAL_NUMBER.sub("", line.strip()), count=1)
        if line:
            items.append(line)
    return items


def recipient_items(lines: list[str]) -> list[str]:
    """Recipient names without the dash and end punctuation the composer adds back."""
    items = []
    for line in lines:
        line = _BULLET.sub("", clean_line(line)).rstrip(" ;.,")
        if line:
            items.append(line)
    return items


def period_phrases(period: Period) -> tuple[str, str]:
    """The ``{period}`` and ``{next_period}`` of a title: "quý I" + "quý II/2022", or across a
    year end "quý IV/2022" + "quý I/2023", so the year is never ambiguous."""
    following = period.next()
    current = f"quý {period.roman}" if following.year == period.year else period.short_label()
    return current, following.short_label()


@dataclass
class Report:
    period: Period
    header: Header = field(default_factory=Header)
    title_override: str | None = None
    sections: dict[str, str] = field(default_factory=dict)
    recipients: list[str] = field(default_factory=list)
    archive: str = "VT"  # what follows "Lưu:" in the recipients: "VT, VP"
    signature: Signature = field(default_factory=Signature)
    status: Status = Status.DRAFT
    heading_case: HeadingCase = HeadingCase.UPPER
    catalogue_key: str = DEFAULT_CATALOGUE
    id: str = field(default_factory=lambda: _new_id())
    created_at: datetime.datetime = field(default_factory=utc_now)
    updated_at: datetime.datetime = field(default_factory=utc_now)
    # The report this one was made from ("Báo cáo quý mới", Duplicate): what its carried-over
    # paragraphs and "So sánh với quý trước" compare with. None for one typed from scratch.
    source_id: str | None = None

    @property
    def catalogue(self) -> Catalogue:
        return load_catalogue(self.catalogue_key)

    def section_keys(self) -> tuple[str, ...]:
        """Every editable body of this report, in printed order (from its catalogue's outline)."""
        return self.catalogue.section_keys

    def template_fields(self) -> dict[str, object]:
        """What the catalogue's title and heading templates may name: ``{period}`` …"""
        current, following = period_phrases(self.period)
        return {
            "period": current,
            "next_period": following,
            "agency": self.header.agency_in_text.strip() or self.header.agency.strip(),
            "year": self.period.year,
        }

    def section(self, key: str) -> str:
        return self.sections.get(key, "")

    def set_section(self, key: str, text: str) -> None:
        if key not in self.section_keys():
            raise KeyError(f"unknown section {key!r}")
        self.sections[key] = clean_text(text).strip("\n")

    def derived_title(self) -> str:
        return self.catalogue.title_template.format(**self.template_fields())

    @property
    def title(self) -> str:
        """The trích yếu: the clerk's own wording if they edited it, else derived from the period."""
        if self.title_override and self.title_override.strip():
            return self.title_override
        return self.derived_title()

    def next_tasks_heading(self) -> str:
        return self.catalogue.next_tasks_heading.format(**self.template_fields())

    def empty_parts(self) -> list[str]:
        """The numbered parts that would print as a bare heading, by their printed name
        ("II.3. Về nội dung Trách nhiệm giải trình…"), in printed order.

        Printing or exporting such a report is allowed (a draft is often printed half done), but
        the window asks first and the command line warns: nothing is invented in the clerk's name.
        The opening (no heading) and optional parts (printed only with content) never count.
        """
        from papi_desktop.model.outline import Numbering, numbered_parts

        empty, labels = [], {}
        for entry in numbered_parts(self):
            labels[entry.key] = entry.label.rstrip(".")
            part = entry.part
            if not part.has_body or part.optional or part.numbering is Numbering.NONE or self.section(part.key).strip():
                continue
            label = f"{labels[entry.group]}.{entry.number}." if entry.group else entry.label
            empty.append(f"{label} {entry.heading}")
        return empty

    @property
    def is_final(self) -> bool:
        return self.status == Status.FINAL

    def normalise(self) -> None:
        """Clean every text field in place (NFC, no XML-illegal characters)."""
        header = self.header
        for name in ("parent_agency", "agency", "agency_in_text", "number", "symbol", "place", "addressee"):
            setattr(header, name, clean_line(getattr(header, name)))
        signature = self.signature
        for name in ("authority", "head_title", "signer_title", "signer_name"):
            setattr(signature, name, clean_line(getattr(signature, name)))
        if self.title_override is not None:
            self.title_override = clean_line(self.title_override) or None
        self.sections = {key: clean_text(text).strip("\n") for key, text in self.sections.items()}
        self.recipients = [clean_line(line) for line in self.recipients if clean_line(line)]
        self.archive = clean_line(self.archive)
