"""The app's pages are the word processor's pages, page break for page break.

The sample and 31 variants of it (sentences added to part I one at a time, tasks added to
part III, a few with upper-case part headings, empty dimensions, a long Nơi nhận, a part
IV) are exported to .docx and to the
app's PDF (the very pages the preview shows and the printer gets). LibreOffice lays out
every .docx in one run; poppler reads both PDFs back. For every variant: the same number of
pages, every page starting with the same words, and the Nơi nhận/signature block never alone
on its page.
"""

from __future__ import annotations

import pytest

from papi_desktop.export import export_docx, export_pdf

from helpers.libreoffice import convert_many_to_pdf, missing_tools
from helpers.pages import read_pages, variants

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
