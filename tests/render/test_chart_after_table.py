"""A chart right after a table keeps its own height on the app's pages (it was painted over the
table's last rows and the text after it, the paragraph Qt keeps after a table having ignored the
figure's line height)."""

from __future__ import annotations

from papi_desktop.compose import compose
from papi_desktop.model import load_catalogue
from papi_desktop.model.sample import load_sample
from papi_desktop.render.qt.document import build_text_document
from papi_desktop.render.qt.pagination import page_count
from papi_desktop.render.qt.tables import figure_rect, row_edges
from papi_desktop.render.qt.units import mm_to_px
from papi_desktop.scores.blocks import score_chart, score_table
from papi_desktop.scores.model import ProvinceScores


def test_a_chart_right_after_a_table_pushes_what_follows_below_it(qapp) -> None:
    papi = load_catalogue("papi")
    keys = papi.dimension_keys
    records = [ProvinceScores("Quảng Trị", 2023, dict(zip(keys, [5.0, 5.5, 4.3, 6.5, 7.0, 7.8, 3.9, 3.1]))),
               ProvinceScores("Quảng Trị", 2024, dict(zip(keys, [5.24, 5.43, 4.22, 6.64, 7.13, 7.72, 3.68, 3.42])))]
    report = load_sample()
    lines = [score_table(records, papi, "Quảng Trị", [2023, 2024]).to_line(),
             score_chart(records, papi, "Quảng Trị", [2023, 2024]).to_line()]
    report.set_section("preamble", "\n".join([report.section("preamble"), *lines]))
    document = build_text_document(compose(report))
    page_count(document)
    (mark,) = document.figures
    layout = document.documentLayout()
    block = document.findBlock(mark.position)
    picture = figure_rect(document, mark)
    table_foot = max(row_edges(document, table)[-1] for table in document.data_tables)
    assert picture.top() >= table_foot - mm_to_px(0.5)  # not over the table (its border line aside)
    assert layout.blockBoundingRect(block.next()).top() >= picture.bottom()  # nor under what follows
    assert layout.blockBoundingRect(block).left() == 0  # in the text column, not beside the table
