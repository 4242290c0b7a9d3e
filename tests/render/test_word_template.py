"""The shipped Word template matches the style table, and every export starts from it."""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE

from papi_desktop.compose import compose
from papi_desktop.render import word_template
from papi_desktop.render.docx import RULE_STYLE, render_docx
from papi_desktop.render.styles import STYLES


def test_the_shipped_template_is_the_one_the_style_table_makes():
    shipped = word_template.template_path().read_bytes()
    rebuilt = word_template.build_template()
    assert word_template.parts(shipped) == word_template.parts(rebuilt), (
        "resources/word/styles-template.docx is out of date: run scripts/build-word-template.sh"
    )


def test_rebuilding_gives_the_same_file():
    assert word_template.build_template() == word_template.build_template()


def test_the_template_has_every_named_style_and_nothing_of_the_blank_documents_extras():
    word = docx.Document(io.BytesIO(word_template.template_path().read_bytes()))
    names = {style.name for style in word.styles if style.type == WD_STYLE_TYPE.PARAGRAPH}
    assert {spec.word_name for spec in STYLES.values()} | {RULE_STYLE} <= names
    assert not [rel for rel in word.part.rels.values() if rel.reltype.endswith("/stylesWithEffects")]
    assert not [paragraph.text for paragraph in word.paragraphs if paragraph.text]


def test_an_export_is_the_template_plus_the_report(sample_report):
    """The styles of an export are the template's, byte for byte: nothing is re-defined."""
    exported = render_docx(compose(sample_report))
    out = io.BytesIO()
    exported.save(out)
    shipped = word_template.parts(word_template.template_path().read_bytes())
    assert word_template.parts(out.getvalue())["word/styles.xml"] == shipped["word/styles.xml"]


def test_a_missing_template_is_built_on_the_spot(tmp_path, monkeypatch, sample_report):
    monkeypatch.setattr(word_template, "template_path", lambda: tmp_path / "absent.docx")
    monkeypatch.setattr(word_template, "_cached", None)
    assert word_template.parts(word_template.template_bytes()) == word_template.parts(word_template.build_template())
