"""Turn a report into the layout description of a Báo cáo under Decree 30/2020.

Every rule of presentation that is not a font (what goes in which box, numbering, the
closing ``./.``, recipients' punctuation, the authority lines) is decided here, once.
"""

from __future__ import annotations

from papi_desktop.compose.blocks import (
    Block, CellItem, ComposedDocument, PageSetup, Para, Role, Rule, Spacer, TwoColumnTable,
)
from papi_desktop.l10n.dates import place_and_date
from papi_desktop.model.report import (
    IMPLEMENTATION, NEXT_TASKS, OTHER, PREAMBLE, ParagraphKind, Report, paragraphs,
    recipient_items, task_items,
)

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
CLOSING_MARK = "./."
OTHER_HEADING = "Nội dung khác"
ROMAN = ("I", "II", "III", "IV", "V", "VI")

# Column split of the two borderless tables, as a fraction of the text width: the decree's
# own template for a document with a type name (Mẫu 1.4) uses about 40/60.
HEADER_LEFT = 0.40
SIGNATURE_LEFT = 0.45
SHORT_RULE = 0.4  # under the agency and the trích yếu: 1/3 to 1/2 of the line
MOTTO_RULE = 0.57  # under the Tiêu ngữ: as long as the text (≈ 56 mm of a 99 mm column)
SIGNATURE_ROOM_LINES = 4


def _body(section: str, text: str) -> list[Block]:
    blocks: list[Block] = []
    for paragraph in paragraphs(text):
        role = Role.BULLET if paragraph.kind is ParagraphKind.BULLET else Role.BODY
        blocks.append(Para(role, paragraph.text, section))
    return blocks


def _header(report: Report) -> TwoColumnTable:
    header = report.header
    left: list[CellItem] = []
    if header.parent_agency:
        left.append(Para(Role.PARENT_AGENCY, header.parent_agency.upper(), "header"))
    left.append(Para(Role.AGENCY, header.agency.upper(), "header"))
    left.append(Rule(SHORT_RULE))
    right: list[CellItem] = [
        Para(Role.NATIONAL_TITLE, NATIONAL_TITLE, "header"),
        Para(Role.MOTTO, MOTTO, "header"),
        Rule(MOTTO_RULE),
    ]
    second_row = (
        (Para(Role.NUMBER, header.number_line(), "header"),),
        (Para(Role.PLACE_DATE, place_and_date(header.place, header.date), "header"),),
    )
    return TwoColumnTable("header", HEADER_LEFT, ((tuple(left), tuple(right)), second_row))


def _signature(report: Report) -> TwoColumnTable:
    items = recipient_items(report.recipients)
    left: list[CellItem] = [Para(Role.RECIPIENTS_LABEL, RECIPIENTS_LABEL, "signature")]
    left.extend(Para(Role.RECIPIENT, f"- {item};", "signature") for item in items)
    archive = report.archive.strip().rstrip(" .;")
    left.append(Para(Role.RECIPIENT, f"- Lưu: {archive}." if archive else "- Lưu: VT.", "signature"))

    signature = report.signature
    right: list[CellItem] = [Para(Role.AUTHORITY, line, "signature") for line in signature.authority_lines()]
    right.append(Spacer(SIGNATURE_ROOM_LINES))
    if signature.signer_name:
        right.append(Para(Role.SIGNER_NAME, signature.signer_name, "signature"))
    return TwoColumnTable("signature", SIGNATURE_LEFT, ((tuple(left), tuple(right)),))


def _close(blocks: list[Block]) -> None:
    """End the content with ``./.`` as the decree's templates do, unless the clerk already has.

    The mark goes on the content's last paragraph only; when the content ends with a
    heading (a section still empty in a draft) there is no paragraph to close and none is
    invented: a mark further up would end the report before its last heading.
    """
    if not blocks:
        return
    block = blocks[-1]
    if isinstance(block, Para) and block.role in (Role.BODY, Role.BULLET, Role.NUMBERED):
        text = block.text.rstrip()
        if not text.endswith(CLOSING_MARK):
            # "… quy định." becomes "… quy định./.", not "… quy định../."
            text = text + CLOSING_MARK[1:] if text.endswith(".") else text + CLOSING_MARK
            blocks[-1] = Para(block.role, text, block.anchor)


def compose(report: Report, page: PageSetup | None = None) -> ComposedDocument:
    catalogue = report.catalogue
    blocks: list[Block] = [_header(report)]
    blocks.append(Para(Role.DOC_TYPE, catalogue.document_type, "header"))
    blocks.append(Para(Role.TITLE, report.title, "title"))
    blocks.append(Rule(SHORT_RULE))

    content: list[Block] = _body(PREAMBLE, report.section(PREAMBLE))
    numerals = iter(ROMAN)
    content.append(Para(Role.HEADING1, f"{next(numerals)}. {catalogue.implementation_heading}", IMPLEMENTATION))
    content.extend(_body(IMPLEMENTATION, report.section(IMPLEMENTATION)))
    content.append(Para(Role.HEADING1, f"{next(numerals)}. {catalogue.results_heading}", catalogue.dimensions[0].key))
    for dimension in catalogue.dimensions:
        content.append(Para(Role.HEADING2, f"{dimension.number}. {dimension.heading}", dimension.key))
        content.extend(_body(dimension.key, report.section(dimension.key)))
    content.append(Para(Role.HEADING1, f"{next(numerals)}. {report.next_tasks_heading()}", NEXT_TASKS))
    content.extend(
        Para(Role.NUMBERED, f"{number}. {item}", NEXT_TASKS)
        for number, item in enumerate(task_items(report.section(NEXT_TASKS)), start=1)
    )
    if report.section(OTHER).strip():
        content.append(Para(Role.HEADING1, f"{next(numerals)}. {OTHER_HEADING}", OTHER))
        content.extend(_body(OTHER, report.section(OTHER)))
    _close(content)
    blocks.extend(content)
    blocks.append(Spacer(1, Role.BODY))  # a line between the content and Nơi nhận / signature
    blocks.append(_signature(report))
    return ComposedDocument(
        blocks=tuple(blocks),
        page=page or PageSetup(),
        title=report.title,
        author=report.header.agency_in_text or report.header.agency,
    )
