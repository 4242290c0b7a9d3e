"""The Qt renderer: the laid-out document, the page painter, printing and the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPageRanges, QPainter, QTextFrameFormat
from PySide6.QtPrintSupport import QPrinter

from papi_desktop.compose import ComposedDocument, Para, Role, compose
from papi_desktop.compose.blocks import PageSetup
from papi_desktop.errors import UserError
from papi_desktop.render import qt
from papi_desktop.render.styles import BODY_INDENT_MM, style_for

PDFTOTEXT = shutil.which("pdftotext")
PDFINFO = shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(not (PDFTOTEXT and PDFINFO), reason="needs poppler-utils")


@pytest.fixture
def composed(sample_report) -> ComposedDocument:
    return compose(sample_report)


@pytest.fixture
def text(qapp, composed) -> qt.ReportTextDocument:
    return qt.build_text_document(composed)


def blocks(document):
    """Every block in document order (table cells row by row, left before right)."""
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def tables(document):
    return [frame for frame in document.rootFrame().childFrames() if frame.format().isTableFormat()]


def px_to_mm(px: float) -> float:
    return px / qt.LAYOUT_DPI * 25.4


_DARK = bytes(1 if value < 128 else 0 for value in range(256))


def gray_rows(image: QImage) -> list[bytes]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [bytes(gray.constScanLine(y))[: gray.width()] for y in range(gray.height())]


def ink_rows(image: QImage) -> list[tuple[int, int, int]]:
    """(row, leftmost dark x, rightmost dark x) for every pixel row with ink."""
    rows = []
    for y, row in enumerate(gray_rows(image)):
        dark = row.translate(_DARK)
        first = dark.find(1)
        if first >= 0:
            rows.append((y, first, dark.rfind(1)))
    return rows


def page_image(document, index: int, dpi: float = 100) -> QImage:
    return qt.render_page_image(document, index, dpi)


# --------------------------------------------------------------------------- the document


def test_text_is_the_composed_paragraphs_in_order(text, composed):
    written = [block.text() for block in blocks(text) if block.text()]
    assert written == [p.text for p in composed.paragraphs() if p.text]


def test_sample_fills_three_to_six_a4_pages(text):
    assert 3 <= qt.page_count(text) <= 6
    assert px_to_mm(text.pageSize().width()) == pytest.approx(165.0, abs=0.01)
    assert px_to_mm(text.pageSize().height()) == pytest.approx(257.0, abs=0.01)


def test_body_is_justified_with_a_first_line_indent_of_1_27_cm(text, composed):
    bodies = {p.text for p in composed.paragraphs() if p.role is Role.BODY}
    checked = 0
    for block in blocks(text):
        if block.text() not in bodies:
            continue
        assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
        lines = block.layout()
        assert px_to_mm(lines.lineAt(0).x()) == pytest.approx(BODY_INDENT_MM, abs=0.05)
        if lines.lineCount() > 1:
            assert lines.lineAt(1).x() == pytest.approx(0.0, abs=0.01)
        checked += 1
    assert checked >= 5


def test_body_lines_really_end_at_the_right_margin(text):
    """Justified, not merely flagged so: most full lines end at the same column."""
    image = page_image(text, 1, 100)
    right_margin = round((210 - 15) / 25.4 * 100)
    rows = ink_rows(image)
    lines, current = [], []
    for row in rows:  # group pixel rows into text lines
        if current and row[0] != current[-1][0] + 1:
            lines.append(current)
            current = []
        current.append(row)
    lines.append(current)
    ends = [max(r[2] for r in line) for line in lines if len(line) > 5]
    flush = [end for end in ends if abs(end - right_margin) <= 2]
    assert len(ends) > 20
    assert len(flush) >= 0.6 * len(ends)


def test_header_is_a_borderless_two_column_table_40_60(text):
    header = tables(text)[0]
    fmt = header.format()
    assert header.columns() == 2 and header.rows() == 2
    assert fmt.border() == 0
    assert fmt.borderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_None
    assert fmt.cellPadding() == 0 and fmt.cellSpacing() == 0
    layout = text.documentLayout()
    right_cell = header.cellAt(0, 1).firstCursorPosition().block()
    assert right_cell.text() == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert layout.blockBoundingRect(right_cell).left() == pytest.approx(0.40 * text.text_width_px, rel=1e-3)
    # "Số" and the place and date stand on one line
    number = header.cellAt(1, 0).firstCursorPosition().block()
    place = header.cellAt(1, 1).firstCursorPosition().block()
    assert number.text().startswith("Số")
    assert layout.blockBoundingRect(number).top() == pytest.approx(layout.blockBoundingRect(place).top())
    # the report opens with the table: nothing takes room above it
    assert layout.blockBoundingRect(header.cellAt(0, 0).firstCursorPosition().block()).top() == 0


def test_fonts_weight_slant_and_size_follow_the_style_table(text, composed):
    paragraphs = [p for p in composed.paragraphs() if p.text]
    written = [block for block in blocks(text) if block.text()]
    assert len(written) == len(paragraphs)
    roles_seen = set()
    for para, block in zip(paragraphs, written):
        style = style_for(para.role)
        fmt = block.begin().fragment().charFormat()
        assert (fmt.fontWeight() >= QFont.Weight.Bold.value) == style.bold, para
        assert fmt.fontItalic() == style.italic, para
        assert fmt.fontPointSize() == style.size_pt, para
        assert fmt.fontFamilies()[0] == "Times New Roman"
        roles_seen.add(para.role)
    assert {Role.AGENCY, Role.PLACE_DATE, Role.DOC_TYPE, Role.BODY, Role.RECIPIENTS_LABEL, Role.SIGNER_NAME} <= roles_seen


def test_headings_centre_alignment_and_titles(text):
    by_text = {block.text(): block for block in blocks(text)}
    assert by_text["BÁO CÁO"].blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    assert by_text["Nơi nhận:"].blockFormat().alignment() & Qt.AlignmentFlag.AlignLeft


def test_anchors_point_at_the_start_of_each_section(text, composed, sample_report):
    paragraphs = composed.paragraphs()
    for dimension in sample_report.catalogue.dimensions:
        position = qt.anchor_position(text, dimension.key)
        assert position is not None, dimension.key
        block = text.findBlock(position)
        first = next(p for p in paragraphs if p.anchor == dimension.key)
        assert block.text() == first.text
        headings = [block.text(), block.next().text()]
        assert any(h.startswith(f"{dimension.number}. {dimension.heading}") for h in headings)
    assert text.findBlock(qt.anchor_position(text, "signature")).text() == "Nơi nhận:"
    assert qt.anchor_position(text, "no-such-section") is None
    # later sections are further down the pages
    ys = [qt.anchor_y(text, d.key) for d in sample_report.catalogue.dimensions]
    assert ys == sorted(ys) and ys[0] < ys[-1]


def test_short_rules_sit_centred_under_agency_motto_and_title(text):
    assert len(text.rules) == 3
    agency, motto, title = text.rules
    width = text.text_width_px
    assert agency.centre_x == pytest.approx(0.20 * width)
    assert motto.centre_x == pytest.approx(0.70 * width)
    assert title.centre_x == pytest.approx(0.50 * width)
    assert 1 / 3 <= title.width / width <= 1 / 2
    # drawn: a long dark run under the trích yếu, centred on the page
    image = page_image(text, 0, 100)
    centre = round((30 + 165 / 2) / 25.4 * 100)
    runs = []
    for row in gray_rows(image)[: image.height() // 3]:
        dark = row.translate(_DARK)
        first, last = dark.find(1), dark.rfind(1)
        count = dark.count(1)
        if count > 0.25 * 165 / 25.4 * 100 and last - first + 1 == count:
            runs.append((first + last) / 2)
    assert runs and any(abs(middle - centre) <= 2 for middle in runs)


def test_heading_is_never_left_alone_at_the_foot_of_a_page(qapp):
    """Keep with next: whatever the filler, a heading shares its page with what follows."""
    for filler in range(30, 46):
        blocks_ = tuple(Para(Role.BODY, f"Dòng {n}.", "preamble") for n in range(filler)) + (
            Para(Role.HEADING1, "I. Mục", "implementation"),
            Para(Role.HEADING2, "1. Khoản", "participation"),
            Para(Role.BODY, "Nội dung " * 40, "participation"),
        )
        document = qt.build_text_document(ComposedDocument(blocks=blocks_))
        first = qt.anchor_position(document, "implementation")
        body = document.findBlock(qt.anchor_position(document, "participation")).next()
        assert qt.page_of_position(document, first) == qt.page_of_position(document, body.position()), filler


# --------------------------------------------------------------------------- page painter


def test_page_number_from_page_two_centred_in_the_top_margin(text):
    top_margin = round(20 / 25.4 * 100)
    first = page_image(text, 0)
    assert not [row for row in ink_rows(first) if row[0] < top_margin]
    second = ink_rows(page_image(text, 1))
    number = [row for row in second if row[0] < top_margin]
    assert number
    middle = (min(r[1] for r in number) + max(r[2] for r in number)) / 2
    assert middle == pytest.approx((30 + 165 / 2) / 25.4 * 100, abs=3)
    text_rows = [row for row in second if row[0] >= top_margin]
    assert min(r[1] for r in text_rows) == pytest.approx(30 / 25.4 * 100, abs=2)  # left margin 30 mm


def test_paint_page_scales_to_any_device(text):
    """The same page at two resolutions has its ink in the same places."""
    small = page_image(text, 0, 50)
    large = page_image(text, 0, 100).scaled(small.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)
    a, b = gray_rows(small), gray_rows(large)
    diff = sum(abs(x - y) for row_a, row_b in zip(a, b) for x, y in zip(row_a, row_b))
    samples = small.width() * small.height()
    assert diff / samples < 12


# --------------------------------------------------------------------------- PDF and printing


def pdftotext(path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run([PDFTOTEXT, "-layout", *pages, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdfinfo(path) -> str:
    return subprocess.run([PDFINFO, str(path)], check=True, capture_output=True, text=True).stdout


def test_write_pdf_writes_a_real_pdf(tmp_path, composed, qapp):
    target = tmp_path / "Báo cáo quý I.pdf"
    assert qt.write_pdf(composed, target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


@needs_poppler
def test_pdf_is_a4_with_the_preview_pages_and_text(tmp_path, composed, text):
    target = qt.write_pdf(composed, tmp_path / "bao-cao.pdf")
    info = pdfinfo(target)
    assert "(A4)" in info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages == qt.page_count(text)
    assert composed.title[:40] in info  # the trích yếu is the PDF's title
    body = pdftotext(target)
    assert "BÁO CÁO" in body
    assert "Nguyễn Hữu Thắng" in body
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in body


@needs_poppler
def test_pdf_pages_numbered_from_two_and_no_stray_lines(tmp_path, composed, text):
    target = qt.write_pdf(composed, tmp_path / "bao-cao.pdf")
    first = pdftotext(target, 1).strip()
    assert not first.startswith("1")
    assert first.startswith("UBND")
    for page in range(2, qt.page_count(text) + 1):
        lines = [line.strip() for line in pdftotext(target, page).splitlines() if line.strip()]
        assert lines[0] == str(page)
    # each line of text is printed once: nothing of the page before or after leaks in
    words = " ".join(pdftotext(target).split())
    source = " ".join(composed.plain_text().split())
    for para in composed.paragraphs():
        snippet = " ".join(para.text.split()[:6])
        assert words.count(snippet) == source.count(snippet), snippet


@needs_poppler
def test_print_document_honours_a_page_range(tmp_path, composed, qapp):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    path = tmp_path / "range.pdf"
    printer.setOutputFileName(str(path))
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    qt.print_document(composed, printer)
    assert re.search(r"Pages:\s+2\b", pdfinfo(path))
    assert pdftotext(path, 1).strip().startswith("2")


def test_failed_export_leaves_the_previous_file(tmp_path, composed, qapp, monkeypatch):
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(b"%PDF last quarter")

    def broken(painter, document, index, rect, **kwargs):
        if index == 1:
            raise OSError(28, "No space left on device")
        painter.drawLine(0, 0, 10, 10)

    monkeypatch.setattr(qt, "paint_page", broken)
    with pytest.raises(UserError):
        qt.write_pdf(composed, target)
    assert target.read_bytes() == b"%PDF last quarter"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_export_to_a_missing_folder_is_a_user_error(tmp_path, composed, qapp):
    with pytest.raises(UserError):
        qt.write_pdf(composed, tmp_path / "không có" / "bao-cao.pdf")


def test_margins_follow_the_page_setup(qapp, composed):
    wide = ComposedDocument(blocks=composed.blocks, page=PageSetup(left_mm=35.0, right_mm=20.0, top_mm=25.0))
    document = qt.build_text_document(wide)
    assert px_to_mm(document.pageSize().width()) == pytest.approx(155.0)
    image = page_image(document, 1)
    rows = [row for row in ink_rows(image) if row[0] > 25 / 25.4 * 100]
    assert min(r[1] for r in rows) == pytest.approx(35 / 25.4 * 100, abs=2)


def test_ensure_gui_application_reuses_the_running_one(qapp):
    assert qt.ensure_gui_application() is qapp


def test_painting_an_empty_document_draws_nothing(qapp):
    document = qt.build_text_document(ComposedDocument(blocks=()))
    assert qt.page_count(document) == 1
    image = page_image(document, 0, 30)
    assert not ink_rows(image)
    painter = QPainter(image)
    qt.paint_page(painter, document, 0, QRectF(0, 0, image.width(), image.height()))
    painter.end()


def test_signature_block_is_not_split_over_two_pages(qapp, composed):
    signature = composed.blocks[-1]
    for filler in range(20, 45):
        blocks_ = tuple(Para(Role.BODY, f"Dòng {n}.", "preamble") for n in range(filler)) + (signature,)
        document = qt.build_text_document(ComposedDocument(blocks=blocks_))
        table = tables(document)[-1]
        rect = document.documentLayout().frameBoundingRect(table)
        height = document.text_height_px
        assert int(rect.top() // height) == int((rect.bottom() - 1) // height), filler


def test_a_line_break_inside_a_paragraph_stays_in_it(qapp):
    document = qt.build_text_document(ComposedDocument(blocks=(
        Para(Role.BODY, "Dòng một\nDòng hai", "preamble"), Para(Role.BODY, "Đoạn sau", "other"),
    )))
    written = [block.text() for block in blocks(document) if block.text()]
    assert written == ["Dòng một\u2028Dòng hai", "Đoạn sau"]
    assert document.findBlock(qt.anchor_position(document, "preamble")).layout().lineCount() == 2


def test_pdf_from_a_terminal_without_display(tmp_path):
    """The command line has no QApplication and maybe no display: write_pdf makes do."""
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    target = tmp_path / "bao-cao.pdf"
    script = (
        "import sys; from papi_desktop.model import load_sample; from papi_desktop.compose import compose;"
        "from papi_desktop.render.qt import write_pdf; write_pdf(compose(load_sample()), sys.argv[1])"
    )
    subprocess.run([sys.executable, "-c", script, str(target)], env=env, check=True, timeout=60)
    assert target.read_bytes().startswith(b"%PDF")
