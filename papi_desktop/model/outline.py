"""The outline of a report: its parts in order, read from the catalogue file.

A report of another index differs from a PAPI report in its parts (their order, headings,
which hold the dimensions, which are optional), never in code. Everything that used to spell
the skeleton out — the composer's numbering, the window's tabs, the importer's recogniser,
the labels — walks :func:`numbered_parts` instead, so a catalogue file alone decides it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # the report imports this module; only the type is needed here
    from papi_desktop.model.report import Report

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


class PartKind(StrEnum):
    """What a part holds, which decides how it is edited and printed."""

    PROSE = "prose"  # paragraphs and bullets
    TASKS = "tasks"  # one task per line, numbered when printed
    GROUP = "group"  # a heading over the index's dimensions, no text of its own


class Numbering(StrEnum):
    ROMAN = "roman"  # "I.", "II." … at the first level (Decree 30's "mục")
    ARABIC = "arabic"  # "1.", "2." … under a group (the dimensions)
    NONE = "none"  # the opening paragraphs: no heading at all


@dataclass(frozen=True)
class Part:
    """One part of a report as the catalogue describes it.

    ``heading`` may hold the placeholders of the title template (``{next_period}`` …).
    ``optional`` parts print only when they have content; the window shows their tab when
    they have content or when the clerk adds them.
    """

    key: str
    kind: PartKind
    heading: str
    tab_label: str
    hint: str = ""
    numbering: Numbering = Numbering.ROMAN
    optional: bool = False
    children: tuple["Part", ...] = ()

    @property
    def has_body(self) -> bool:
        """Whether the clerk types text into this part (a group only gathers its children)."""
        return self.kind is not PartKind.GROUP


@dataclass(frozen=True)
class NumberedPart:
    """A part as it stands in one report: its number (``"II."``, ``"3."``) and heading text."""

    part: Part
    level: int  # 1 for a mục (I., II.), 2 for a dimension under a group
    number: int  # 0 when the part is not numbered
    label: str  # "II." / "3." / ""
    heading: str  # the heading with its placeholders filled in, without the label
    group: str | None = None  # the key of the group part holding a level-2 part

    @property
    def key(self) -> str:
        return self.part.key

    @property
    def numbered_heading(self) -> str:
        return f"{self.label} {self.heading}".strip()


def _roman(number: int) -> str:
    return ROMAN[number - 1] if 0 < number <= len(ROMAN) else str(number)


def body_parts(parts: tuple[Part, ...]) -> Iterator[Part]:
    """Every part that holds text, in printed order (a group's children in its place)."""
    for part in parts:
        if part.has_body:
            yield part
        yield from body_parts(part.children)


def numbered_parts(
    report: "Report", include_empty_optional: bool = False, shown: frozenset[str] | set[str] = frozenset()
) -> list[NumberedPart]:
    """The report's parts in printed order, numbered as the decree's pattern numbers them.

    Optional parts without content are left out (and so take no number) unless
    ``include_empty_optional``, or unless their key is in ``shown`` — the parts the window shows
    because the clerk added them.
    """
    fields = report.template_fields()
    result: list[NumberedPart] = []
    roman = 0
    for part in report.catalogue.parts:
        present = include_empty_optional or part.key in shown or _has_content(report, part)
        if part.optional and not present:
            continue
        number, label = 0, ""
        if part.numbering is Numbering.ROMAN:
            roman += 1
            number, label = roman, f"{_roman(roman)}."
        result.append(NumberedPart(part, 1, number, label, part.heading.format(**fields)))
        for index, child in enumerate(part.children, start=1):
            result.append(NumberedPart(child, 2, index, f"{index}.", child.heading.format(**fields), part.key))
    return result


def _has_content(report: "Report", part: Part) -> bool:
    return any(report.section(p.key).strip() for p in body_parts((part,)))


def part_names(report: "Report", shown: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
    """Key → the short name lists and tabs give a part that holds text, in printed order:
    "Mở đầu", "I. Kế hoạch và triển khai", "II.3. Trách nhiệm giải trình", "III. Nhiệm vụ quý tới".
    Optional parts not printed are named without a number."""
    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    for entry in numbered_parts(report, shown=shown):
        labels[entry.key] = entry.label.rstrip(".")
        if not entry.part.has_body:
            continue
        if entry.group:
            names[entry.key] = f"{labels[entry.group]}.{entry.number}. {entry.part.tab_label}"
        else:
            names[entry.key] = f"{entry.label} {entry.part.tab_label}".strip()
    for part in body_parts(report.catalogue.parts):
        names.setdefault(part.key, part.tab_label)
    return {key: names[key] for key in report.section_keys()}

