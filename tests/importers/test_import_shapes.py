"""Real reports' shapes (tests/importers/shapes.py): nothing lost, each sentence in its part,
header fields read, no date invented, and the draft's own Word export comes back unchanged."""

from __future__ import annotations

import pytest

from papi_desktop.export import export_docx
from papi_desktop.importers import import_report
from papi_desktop.model.serialize import report_to_dict
from papi_desktop.importers.matching import words
from .builders import word_paragraphs
from .shapes import SHAPES, draft_text, normal, score


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shapes")
    return {shape.name: (shape, import_report(shape.build(folder))) for shape in SHAPES}


@pytest.mark.parametrize("name", [shape.name for shape in SHAPES])
def test_every_sentence_is_kept_in_its_part(imported, name):
    shape, result = imported[name]
    printed = draft_text(result.report)
    for sentence, key in shape.sentences:
        assert normal(sentence) in printed, sentence
        if key is not None:
            assert normal(sentence) in normal(result.report.section(key)), (sentence, key)


@pytest.mark.parametrize("name", [shape.name for shape in SHAPES])
def test_header_fields_are_read_and_no_date_is_invented(imported, name):
    shape, result = imported[name]
    header = result.report.header
    for attribute, value in shape.header.items():
        assert getattr(header, attribute) == value, attribute
    assert result.date_found is shape.date_found
    if not shape.date_found:
        assert any("chưa có ngày" in notice for notice in result.notices)
    if shape.signer:
        assert result.report.signature.signer_name == shape.signer
    if shape.document_type:
        assert result.document_type == shape.document_type
        assert shape.document_type not in header.agency  # never appended to the agency
        assert result.report.title_override  # the trích yếu was read as such


def _comparable(result) -> dict:
    data = report_to_dict(result.report)
    for volatile in ("id", "created_at", "updated_at"):
        del data[volatile]
    if not result.date_found:
        del data["header"]["date"]  # the placeholder: today, in every import
    return data


@pytest.mark.parametrize("name", [shape.name for shape in SHAPES])
def test_the_drafts_export_comes_back_unchanged(imported, name, tmp_path):
    """export → import → export gives the same document, and the same draft again.
    (The first import may differ from the second in what the export itself normalises:
    the closing "./." in place of the last full stop, the headings' printed case.)"""
    _shape, result = imported[name]
    first = export_docx(result.report, tmp_path / "a.docx")
    again = import_report(first)
    second = export_docx(again.report, tmp_path / "b.docx")
    assert word_paragraphs(second) == word_paragraphs(first)
    assert _comparable(import_report(second)) == _comparable(again)
    assert draft_text(again.report) == draft_text(result.report)


@pytest.mark.parametrize("name", [shape.name for shape in SHAPES if not shape.legacy])
def test_every_word_of_every_paragraph_is_in_the_draft_or_its_structure(imported, name, tmp_path):
    """Read independently of the importer (python-docx's own paragraph text, body and table
    cells): each word is in the printed draft, or in a line taken as structure (a heading
    whose words the catalogue's heading replaces, a header or signature field)."""
    shape, result = imported[name]
    kept = set(words(draft_text(result.report)).split()) | set(
        words(" ".join(line.text for line in result.recognised)).split())
    for paragraph in word_paragraphs(shape.build(tmp_path)):
        missing = [word for word in words(paragraph).split() if word not in kept]
        assert not missing, (paragraph, missing)


def test_the_whole_set_keeps_every_sentence_in_its_part(imported):
    total, kept, placed = score(list(imported.values()))
    assert total > 60
    assert (kept, placed) == (total, total)
