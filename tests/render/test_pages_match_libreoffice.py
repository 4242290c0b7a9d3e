"""The app's pages are the word processor's pages, page break for page break.

The sample and 39 variants of it (sentences added to part I one at a time, tasks added to
part III, a few with upper-case part headings, empty dimensions, a long Nơi nhận, a part
IV, a 25-row table crossing a page break at six places, a small table and a chart) are exported to .docx and to the
app's PDF (the very pages the preview shows and the printer gets). LibreOffice lays out
every .docx in one run; poppler reads both PDFs back. For every variant: the same number of
pages, every page starting with the same words, and the Nơi nhận/signature block never alone
on its page.
"""

from __future__ import annotations

import pytest

from papi_desktop.export import export_docx, export_pdf

from helpers.libreoffice import convert_many_to_pdf, missing_tools
from helpers.pages import TABLE_HEADER, read_pages, table_rows, variants

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(missing_tools() is not None, reason=missing_tools() or ""),
]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("variants")
    for sub in ("docx", "app"):
        (folder / sub).mkdir()
    reports = variants()
    sources, app = [], {}
    for name, report in reports.items():
        sources.append(export_docx(report, folder / "docx" / f"{name}.docx"))
        app[name] = read_pages(export_pdf(report, folder / "app" / f"{name}.pdf"))
    word = {
        name: read_pages(pdf)
        for name, pdf in zip(reports, convert_many_to_pdf(sources, folder / "libreoffice"))
    }
    return app, word


def test_there_are_at_least_twenty_variants_of_several_lengths(outputs):
    app, word = outputs
    assert len(app) == len(word) >= 21
    assert len({len(pages.starts) for pages in app.values()}) >= 2  # not all the same length


def test_same_page_count(outputs):
    app, word = outputs
    differing = {name: (len(app[name].starts), len(word[name].starts))
                 for name in app if len(app[name].starts) != len(word[name].starts)}
    assert not differing, f"pages (app, LibreOffice): {differing}"


def test_every_page_starts_with_the_same_words(outputs):
    app, word = outputs
    differing = {}
    for name in app:
        for number, (ours, theirs) in enumerate(zip(app[name].starts, word[name].starts), start=1):
            if ours != theirs:
                differing[f"{name} p.{number}"] = (ours, theirs)
    assert not differing, f"page starts (app, LibreOffice): {differing}"


def test_the_signature_page_holds_body_text_above_the_block(outputs):
    app, word = outputs
    alone = [f"app:{name}" for name, pages in app.items() if not pages.body_above_signature]
    alone += [f"LibreOffice:{name}" for name, pages in word.items() if not pages.body_above_signature]
    assert not alone, f"Nơi nhận/signature alone on its page: {alone}"


def _table_pages(pages) -> dict[int, int]:
    """Row number → the page its cells are on, for the 25-row table (each row's field and its
    figure must be on one page: a row split over two pages would part them)."""
    where: dict[int, int] = {}
    for number, row in enumerate(table_rows(25)[1:], start=1):
        field, figure = row[1], row[2]
        holding = [index for index, text in enumerate(pages.texts) if figure in text]
        assert len(holding) == 1, (row, holding)
        assert field.split(" thuộc")[0] in pages.texts[holding[0]], (row, holding)
        where[number] = holding[0]
    return where


def test_a_table_across_a_page_break_repeats_its_header_and_splits_no_row(outputs):
    app, word = outputs
    tables = [name for name in app if name.startswith("table-")]
    assert len(tables) >= 5
    crossing = 0
    for name in tables:
        for pages in (app[name], word[name]):
            where = _table_pages(pages)  # asserts every row whole on one page
            used = sorted(set(where.values()))
            for page in used:
                # the header row on every page the table is on (the PDF's reading order may
                # interleave the cells of a row, so each header cell is looked for)
                assert all(pages.texts[page].count(cell) == 1 for cell in TABLE_HEADER[2:]), (name, page)
            crossing += len(used) > 1
        assert _table_pages(app[name]) == _table_pages(word[name]), name  # the same rows on the same pages
    assert crossing >= 2 * 5  # (nearly) every variant's table runs over two pages, in both outputs
