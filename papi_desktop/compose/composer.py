"""Turn a report into the layout description of a Báo cáo under Decree 30/2020.

Every rule of presentation that is not a font (what goes in which box, numbering, the
closing ``./.``, recipients' punctuation, the authority lines, the case of the part
headings, the length of the short rules and where a page may break) is decided here, once,
and written into the blocks as fields the renderers obey.
"""

from __future__ import annotations

from dataclasses import replace

from papi_desktop.compose.blocks import (
    Block, CellItem, ComposedDocument, PageSetup, Para, Role, Rule, Spacer, TableBlock, TwoColumnTable,
)
from papi_desktop.compose.font_metrics import line_widths_mm
from papi_desktop.compose.tables import Numbering, figure_blocks, table_blocks
from papi_desktop.l10n.dates import place_and_date
from papi_desktop.model.outline import PartKind, numbered_parts
from papi_desktop.model.report import HeadingCase, ParagraphKind, Report, paragraphs, recipient_items, task_items

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
ADDRESSEE_LABEL = "Kính gửi:"
AS_ABOVE = "Như trên"
CLOSING_MARK = "./."

# Column split of the two borderless tables, as a fraction of the text width: the decree's
# own template for a document with a type name (Mẫu 1.4) uses about 40/60.
HEADER_LEFT = 0.40
SIGNATURE_LEFT = 0.45
# Under the agency name and the trích yếu the decree asks for a rule 1/3 to 1/2 as long as
# the line above it, centred: 0.4 of the measured line sits well inside that range.
SHORT_RULE_OF_LINE = 0.4
SIGNATURE_ROOM_LINES = 4
# The font of the lines the rules are measured under (render.styles has the same sizes,
# bold; a test holds the two together).
AGENCY_PT = 12.0
MOTTO_PT = 13.0
TITLE_PT = 14.0
TITLE_RULE_SPACE_AFTER_PT = 12.0  # room between the title's rule and the body

# Pagination, the same for both renderers: the title and every heading stay with what
# follows; body paragraphs have widow/orphan control of two lines (Word's own rule); the
# body's last paragraph and the blank line under it go with the Nơi nhận/signature table,
# whose row never splits, so the signature never stands alone on a page.
KEEP_WITH_NEXT_ROLES = frozenset({Role.DOC_TYPE, Role.TITLE, Role.HEADING1, Role.HEADING2})
WIDOW_ORPHAN_LINES = 2
BODY_ROLES = frozenset({Role.BODY, Role.BULLET, Role.NUMBERED})


def _rule_under(text: str, size_pt: float, column_mm: float) -> float:
    """The width, as a fraction of the column, of a rule 0.4 as long as the widest line of
    ``text`` (bold at ``size_pt``, wrapped in ``column_mm``)."""
    if column_mm <= 0:
        return 0.0
    widest = max(line_widths_mm(text, size_pt, column_mm, bold=True))
    return min(1.0, SHORT_RULE_OF_LINE * widest / column_mm)


def _para(role: Role, text: str, anchor: str | None) -> Para:
    """A paragraph with the pagination fields its role calls for."""
    return Para(
        role, text, anchor,
        keep_with_next=role in KEEP_WITH_NEXT_ROLES,
        min_lines=WIDOW_ORPHAN_LINES,
    )


def _body(section: str, text: str, text_width_mm: float, numbering: Numbering) -> list[Block]:
    blocks: list[Block] = []
    for paragraph in paragraphs(text):
        if paragraph.kind is ParagraphKind.TABLE and paragraph.table is not None:
            made = table_blocks(paragraph.table, section, text_width_mm, numbering)
            if blocks and isinstance(blocks[-1], TableBlock) and isinstance(made[0], TableBlock):
                # Word joins two tables with nothing between them into one: a blank line parts them
                blocks.append(Spacer(1, Role.BODY))
            blocks.extend(made)
            continue
        if paragraph.kind is ParagraphKind.CHART and paragraph.chart is not None:
            blocks.extend(figure_blocks(paragraph.chart, section, text_width_mm, numbering))
            continue
        role = Role.BULLET if paragraph.kind is ParagraphKind.BULLET else Role.BODY
        blocks.append(_para(role, paragraph.text, section))
    return blocks


def _header(report: Report, page: PageSetup) -> TwoColumnTable:
    header = report.header
    left_mm = page.text_width_mm * HEADER_LEFT
    right_mm = page.text_width_mm - left_mm
    agency = header.agency.upper()
    left: list[CellItem] = []
    if header.parent_agency:
        left.append(Para(Role.PARENT_AGENCY, header.parent_agency.upper(), "header"))
    left.append(Para(Role.AGENCY, agency, "header"))
    left.append(Rule(_rule_under(agency, AGENCY_PT, left_mm)))
    # under the Tiêu ngữ the decree asks for a rule as long as the text itself
    motto_rule = min(1.0, max(line_widths_mm(MOTTO, MOTTO_PT, right_mm, bold=True)) / right_mm)
    right: list[CellItem] = [
        Para(Role.NATIONAL_TITLE, NATIONAL_TITLE, "header"),
        Para(Role.MOTTO, MOTTO, "header"),
        Rule(motto_rule),
    ]
    second_row = (
        (Para(Role.NUMBER, header.number_line(), "header"),),
        (Para(Role.PLACE_DATE, place_and_date(header.place, header.date), "header"),),
    )
    return TwoColumnTable("header", HEADER_LEFT, ((tuple(left), tuple(right)), second_row))


def _signature(report: Report) -> TwoColumnTable:
    items = recipient_items(report.recipients)
    if report.header.addressee.strip() and not (items and items[0].casefold() == AS_ABOVE.casefold()):
        items.insert(0, AS_ABOVE)  # the addressee of "Kính gửi" receives it first
    left: list[CellItem] = [Para(Role.RECIPIENTS_LABEL, RECIPIENTS_LABEL, "signature")]
    left.extend(Para(Role.RECIPIENT, f"- {item};", "signature") for item in items)
    archive = report.archive.strip().rstrip(" .;")
    left.append(Para(Role.RECIPIENT, f"- Lưu: {archive}." if archive else "- Lưu: VT.", "signature"))

    signature = report.signature
    right: list[CellItem] = [Para(Role.AUTHORITY, line, "signature") for line in signature.authority_lines()]
    right.append(Spacer(SIGNATURE_ROOM_LINES))
    if signature.signer_name:
        right.append(Para(Role.SIGNER_NAME, signature.signer_name, "signature"))
    return TwoColumnTable("signature", SIGNATURE_LEFT, ((tuple(left), tuple(right)),), rows_cant_split=True)


def _close(blocks: list[Block]) -> None:
    """End the content with ``./.`` as the decree's templates do, unless the clerk already has.

    The mark goes on the content's last paragraph only; when the content ends with a
    heading (a section still empty in a draft) there is no paragraph to close and none is
    invented: a mark further up would end the report before its last heading.
    """
    if not blocks:
        return
    block = blocks[-1]
    if isinstance(block, Para) and block.role in BODY_ROLES:
        text = block.text.rstrip()
        if not text.endswith(CLOSING_MARK):
            # "… quy định." becomes "… quy định./.", not "… quy định../."
            text = text + CLOSING_MARK[1:] if text.endswith(".") else text + CLOSING_MARK
            blocks[-1] = replace(block, text=text)


def _heading1(report: Report, numeral: str, heading: str, anchor: str) -> Para:
    """A Roman-numbered part heading, upper case unless the report keeps it as typed."""
    if report.heading_case is HeadingCase.UPPER:
        heading = heading.upper()
    return _para(Role.HEADING1, f"{numeral}. {heading}", anchor)


def _keep_body_end_with_signature(content: list[Block]) -> None:
    """The body's last paragraph goes, whole, with the blank line and the signature table.

    So Nơi nhận and the signature never stand alone on a page: at least the body's last
    paragraph (two lines or more in a real report) is above them. The paragraph is kept
    whole (keep lines) as well as with the next: LibreOffice moves a paragraph kept with
    the next whole, Word would move only its last lines; with both fields the two agree.
    """
    if content and isinstance(content[-1], Para):
        content[-1] = replace(content[-1], keep_with_next=True, keep_lines=True)


def _content(report: Report, page: PageSetup) -> list[Block]:
    """The parts in the order and with the numbers of the report's outline (its catalogue):
    Roman-numbered parts as level-1 headings, a group's dimensions as level-2 headings,
    tasks numbered, optional parts only when they have content."""
    content: list[Block] = []
    numbering = Numbering()
    entries = numbered_parts(report)
    for position, entry in enumerate(entries):
        part = entry.part
        if entry.group is None and entry.heading:
            # a group's heading takes the preview to its first dimension
            anchor = entries[position + 1].key if part.kind is PartKind.GROUP and position + 1 < len(entries) else part.key
            content.append(_heading1(report, entry.label.rstrip("."), entry.heading, anchor))
        elif entry.group is not None:
            content.append(_para(Role.HEADING2, f"{entry.label} {entry.heading}", part.key))
        if part.kind is PartKind.TASKS:
            content.extend(
                _para(Role.NUMBERED, f"{number}. {item}", part.key)
                for number, item in enumerate(task_items(report.section(part.key)), start=1)
            )
        elif part.has_body:
            content.extend(_body(part.key, report.section(part.key), page.text_width_mm, numbering))
    return content


def compose(report: Report, page: PageSetup | None = None) -> ComposedDocument:
    catalogue = report.catalogue
    page = page or PageSetup()
    blocks: list[Block] = [_header(report, page)]
    blocks.append(_para(Role.DOC_TYPE, catalogue.document_type, "header"))
    blocks.append(_para(Role.TITLE, report.title, "title"))
    blocks.append(Rule(
        _rule_under(report.title, TITLE_PT, page.text_width_mm), space_after_pt=TITLE_RULE_SPACE_AFTER_PT,
    ))
    if report.header.addressee.strip():
        blocks.append(_para(Role.ADDRESSEE, f"{ADDRESSEE_LABEL} {report.header.addressee.strip()}", "title"))

    content = _content(report, page)
    _close(content)
    _keep_body_end_with_signature(content)
    blocks.extend(content)
    # a blank body line between the content and Nơi nhận / signature, kept with both
    blocks.append(Spacer(1, Role.BODY, keep_with_next=True))
    blocks.append(_signature(report))
    return ComposedDocument(
        blocks=tuple(blocks),
        page=page,
        title=report.title,
        author=report.header.agency_in_text or report.header.agency,
        subject=f"{catalogue.document_type.capitalize()} {report.period.short_label()} ({report.header.number_line()})",
    )
