"""One style table for every renderer: role → font size, weight, slant, alignment, spacing.

The Word renderer turns each entry into a named Word style (so a clerk can restyle the
whole report in Word in one place); the Qt renderer into block and character formats.
Values follow Decree 30/2020, Appendix I (sizes in points, lengths in millimetres).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from papi_desktop.compose.blocks import Role

FONT_FAMILY = "Times New Roman"
# What renders Times New Roman's metrics where the font itself is missing (Linux preview).
FONT_FALLBACKS = ("Liberation Serif", "Tinos")


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"
    JUSTIFY = "justify"


@dataclass(frozen=True)
class Style:
    word_name: str  # the named style in the .docx
    size_pt: float
    bold: bool = False
    italic: bool = False
    align: Align = Align.CENTER
    first_line_indent_mm: float = 0.0  # negative: a hanging indent (with left_indent_mm)
    left_indent_mm: float = 0.0
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    line_spacing: float = 1.0  # multiple of single; the decree allows 1.0–1.5 in the body
    # the named Word style's default for paragraphs a clerk adds in Word; the report's own
    # paragraphs carry their pagination as fields of the layout blocks (compose.blocks)
    keep_with_next: bool = False
    outline_level: int | None = None  # 0 = first level in Word's navigation pane


BODY_SIZE = 14.0
BODY_INDENT_MM = 12.7  # 1.27 cm, one of the two indents the decree names
BODY_SPACE_AFTER = 6.0  # "at least 6 pt between paragraphs"
BODY_LINE_SPACING = 1.1
RECIPIENT_HANG_MM = 2.25
TABLE_CELL_SIZE = 13.0  # the width of "- " in Times New Roman 11 pt

_body = dict(
    size_pt=BODY_SIZE, align=Align.JUSTIFY, first_line_indent_mm=BODY_INDENT_MM,
    space_after_pt=BODY_SPACE_AFTER, line_spacing=BODY_LINE_SPACING,
)

STYLES: dict[Role, Style] = {
    Role.PARENT_AGENCY: Style("BC Cơ quan chủ quản", 12.0),
    Role.AGENCY: Style("BC Cơ quan ban hành", 12.0, bold=True),
    Role.NUMBER: Style("BC Số ký hiệu", 13.0, space_before_pt=6.0),
    Role.NATIONAL_TITLE: Style("BC Quốc hiệu", 12.0, bold=True),
    Role.MOTTO: Style("BC Tiêu ngữ", 13.0, bold=True),
    Role.PLACE_DATE: Style("BC Địa danh ngày tháng", 13.0, italic=True, space_before_pt=6.0),
    Role.DOC_TYPE: Style("BC Tên loại", 14.0, bold=True, space_before_pt=18.0, keep_with_next=True),
    Role.TITLE: Style("BC Trích yếu", 14.0, bold=True, keep_with_next=True),
    Role.ADDRESSEE: Style("BC Kính gửi", 14.0, space_after_pt=6.0, keep_with_next=True),
    Role.HEADING1: Style("Heading 1", bold=True, keep_with_next=True, outline_level=0, **_body),
    Role.HEADING2: Style("Heading 2", bold=True, keep_with_next=True, outline_level=1, **_body),
    Role.BODY: Style("Normal", **_body),
    Role.BULLET: Style("BC Gạch đầu dòng", **_body),
    Role.NUMBERED: Style("BC Đánh số", **_body),
    Role.RECIPIENTS_LABEL: Style("BC Nơi nhận", 12.0, bold=True, italic=True, align=Align.LEFT),
    # wrapped lines of a recipient line up under its text, not under the dash ("- " at 11 pt)
    Role.RECIPIENT: Style("BC Nơi nhận - mục", 11.0, align=Align.LEFT,
                          left_indent_mm=RECIPIENT_HANG_MM, first_line_indent_mm=-RECIPIENT_HANG_MM),
    Role.AUTHORITY: Style("BC Quyền hạn chức vụ", 14.0, bold=True),
    Role.SIGNER_NAME: Style("BC Người ký", 14.0, bold=True),
    Role.PAGE_NUMBER: Style("Header", 14.0),
    Role.CAPTION: Style("BC Tên bảng biểu", 14.0, bold=True, space_before_pt=6.0, space_after_pt=6.0),
    # cell text: the body font one size smaller, single spaced, no indent
    Role.TABLE_HEADER: Style("BC Ô tiêu đề bảng", TABLE_CELL_SIZE, bold=True),
    Role.TABLE_CELL: Style("BC Ô bảng", TABLE_CELL_SIZE, align=Align.LEFT),
    Role.FIGURE: Style("BC Hình", BODY_SIZE),
}

# Line weight of the short rules.
RULE_WIDTH_PT = 0.75
# A short rule is an empty paragraph this tall with the line at its foot. At 2 pt
# LibreOffice drew the line through the descenders of the line above; 4 pt clears them.
RULE_LINE_HEIGHT_PT = 4.0


def style_for(role: Role) -> Style:
    return STYLES[role]
