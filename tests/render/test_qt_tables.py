"""The Qt pages of a long table: rows whole, the header rows again on every following page."""

from __future__ import annotations

from PySide6.QtGui import QColor

from papi_desktop.compose.blocks import ComposedDocument, Figure, Para, Role, TableBlock
from papi_desktop.model.tables import BarChart
from papi_desktop.render import qt
from papi_desktop.render.qt.tables import row_edges


def _long_table(rows: int = 120) -> ComposedDocument:
    body = tuple((str(n), f"Lĩnh vực số {n}" + (" thuộc thẩm quyền của Sở và các phòng" * (n % 4 == 0)), f"1.{n:03d}")
                 for n in range(1, rows + 1))
    table = TableBlock((("STT", "Lĩnh vực", "Số hồ sơ"),) + body, (15.0, 110.0, 40.0), header_rows=1,
                       right_aligned=(True, False, True))
    return ComposedDocument(blocks=(Para(Role.BODY, "Trước bảng."), table, Para(Role.BODY, "Sau bảng.")))


def test_no_row_is_cut_by_a_page_break_and_every_following_page_repeats_the_header(qapp):
    text = qt.build_text_document(_long_table())
    assert qt.page_count(text) >= 3
    mark = text.data_tables[0]
    edges = row_edges(text, mark)
    inside = [top for top in text.page_tops[1:] if top < edges[-1] - 1]
    assert len(inside) >= 2
    for top in inside:
        # a page starts at a row's top edge, never inside a row
        assert any(abs(top - edge) < 1 for edge in edges), top
    pages_with_body = {qt.pagination.page_of_y(text, edges[row]) for row in range(1, len(edges) - 1)}
    assert set(text.page_headers) == pages_with_body - {0}
    for page, (table, top, bottom) in text.page_headers.items():
        assert table is mark and (top, bottom) == (edges[0], edges[1])
        # the page's slice, the repeated header included, still fits the text height
        end = text.page_tops[page + 1] if page + 1 < len(text.page_tops) else edges[-1]
        assert end - text.page_tops[page] + (bottom - top) <= text.text_height_px + qt.pt_to_px(4.0) + 1


def test_the_repeated_header_is_painted_at_the_top_of_the_page(qapp):
    text = qt.build_text_document(_long_table())
    page = min(text.page_headers)
    image = qt.render_page_image(text, page, dpi=300)
    # the header row's top border runs across the text width at the top margin, and the
    # header's words are under it before the first body row of the page
    y = round(text.page.top_mm / 25.4 * 300)
    left = round(text.page.left_mm / 25.4 * 300) + 20
    dark = [x for x in range(left, left + 400) if any(QColor(image.pixel(x, y + d)).lightness() < 160 for d in range(-3, 4))]
    assert len(dark) > 390
    below = y + round(qt.tables.pt_to_px(4) / qt.LAYOUT_DPI * 300)
    header_ink = sum(QColor(image.pixel(x, yy)).lightness() < 100 for x in range(left, left + 150) for yy in range(below, below + 40))
    assert header_ink > 50  # "STT" in bold


def test_a_chart_is_painted_in_its_paragraph(qapp):
    chart = BarChart(("Một", "Hai"), ("2023", "2024"), ((5.0, 6.0), (7.0, 6.5)))
    document = ComposedDocument(blocks=(Para(Role.BODY, "Trên."), Figure(chart, 120.0, 70.0, line_height_pt=202.5),
                                        Para(Role.BODY, "Dưới.")))
    text = qt.build_text_document(document)
    assert len(text.figures) == 1
    image = qt.render_page_image(text, 0, dpi=72)
    area = qt.tables.figure_rect(text, text.figures[0])
    scale = 72 / qt.LAYOUT_DPI
    x0 = round((text.left_px + area.left()) * scale)
    y0 = round((text.top_px + area.top()) * scale)
    dark = sum(QColor(image.pixel(x, y)).lightness() < 100
               for x in range(x0, x0 + round(area.width() * scale)) for y in range(y0, y0 + round(area.height() * scale)))
    assert dark > 500  # bars, axes and labels were painted there
    # and the paragraph under the chart starts below it
    below = text.findBlock(text.figures[0].position).next()
    assert text.documentLayout().blockBoundingRect(below).top() >= area.bottom()
