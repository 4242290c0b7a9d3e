"""Both renderers handle every block type, in the body and in table cells, by its fields.

A layout description made of every kind of block (every role of paragraph, rules, spacers,
a table with a name neither renderer has seen) goes through the Word and the Qt renderer;
each must draw all of it, and obey the fields — never a block's name.
"""

from __future__ import annotations

import typing

from docx.oxml.ns import qn
import pytest

from papi_desktop.compose.blocks import (
    Block, CellItem, ComposedDocument, Figure, Para, Role, Rule, Spacer, TableBlock, TwoColumnTable,
)
from papi_desktop.model.tables import BarChart
from papi_desktop.compose.symbols import WORD_JOINER
from papi_desktop.render import qt
from papi_desktop.render.docx import render_docx
from papi_desktop.render.styles import RULE_LINE_HEIGHT_PT


def _every_block() -> ComposedDocument:
    cell: tuple[CellItem, ...] = (Para(Role.AGENCY, "Ô trái"), Rule(0.5), Spacer(1))
    other: tuple[CellItem, ...] = (Para(Role.AUTHORITY, "Ô phải"), Spacer(2, Role.BODY), Rule(0.25))
    blocks: list[Block] = [Para(role, f"Đoạn {role.value}", "preamble") for role in Role if role is not Role.PAGE_NUMBER]
    blocks += [
        Rule(0.4, space_after_pt=12.0),
        Spacer(2, Role.BODY, keep_with_next=True),
        TwoColumnTable("không-phải-tên-quen", 0.3, ((cell, other), (other, cell)), rows_cant_split=True),
        Para(Role.BODY, "Đoạn cuối"),
        TableBlock((("Cột A", "Cột B", "Số"), ("x", "y", "1.234"), ("z", "", "5,31")), (60.0, 60.0, 45.0),
                   header_rows=1, right_aligned=(False, False, True), anchor="preamble"),
        Figure(BarChart(("Một", "Hai"), ("2023", "2024"), ((5.0, 6.0), (7.0, None))), 120.0, 60.0,
               keep_with_next=True, line_height_pt=174.1),
        Para(Role.BODY, "Sau hình"),
    ]
    return ComposedDocument(blocks=tuple(blocks))


def _property(paragraph, name: str) -> str | None:
    pPr = paragraph.find(qn("w:pPr"))
    element = None if pPr is None else pPr.find(qn(f"w:{name}"))
    return None if element is None else element.get(qn("w:val"))


def _style_of(paragraph) -> str | None:
    return _property(paragraph, "pStyle")


def _texts(document: ComposedDocument) -> list[str]:
    return [p.text for p in document.paragraphs()]


def test_the_sample_uses_every_block_type_the_test_covers():
    covered = {type(block) for block in _every_block().blocks}
    assert covered == set(typing.get_args(Block))
    cell_types = set(typing.get_args(CellItem))
    assert cell_types <= covered


def test_word_renders_every_block_by_its_fields(qapp):  # the chart is painted by Qt
    document = _every_block()
    word = render_docx(document)
    body = word.element.body
    texts = ["".join(t.text for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    assert [t for t in texts if t] == _texts(document)
    rule_style = word.styles["BC Đường kẻ"].style_id
    rules = [p for p in body.iter(qn("w:p")) if _style_of(p) == rule_style]
    assert len(rules) == 1 + 2 * 2  # one in the body, one in each of the four cells
    # the table's rows cannot split because the field says so, whatever the table's name
    rows = list(body.iter(qn("w:tr")))
    assert len(rows) == 2 + 3 and all(row.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for row in rows)
    # the content table: its header row repeated, thin single borders, widths in grid and cells
    data = list(body.iter(qn("w:tbl")))[1]
    headers = [row.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None for row in data.iter(qn("w:tr"))]
    assert headers == [True, False, False]
    borders = data.find(qn("w:tblPr")).find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"single"}
    grid = [int(col.get(qn("w:w"))) for col in data.find(qn("w:tblGrid"))]
    cells = [int(tc.find(qn("w:tcPr")).find(qn("w:tcW")).get(qn("w:w"))) for tc in next(data.iter(qn("w:tr"))).iter(qn("w:tc"))]
    assert grid == cells == [3402, 3402, 2551]
    # the figure: a picture
    assert len(list(body.iter(qn("w:drawing")))) == 1
    # the spacer kept with the next block
    empties = [p for p in body.iter(qn("w:p"))
               if not "".join(t.text for t in p.iter(qn("w:t"))) and p.find(".//" + qn("w:drawing")) is None]
    kept = [p for p in empties if _property(p, "keepNext") == "1" and _style_of(p) != rule_style]
    assert len(kept) == 2  # the two lines of the spacer marked keep_with_next

def test_a_table_that_may_split_is_written_so():
    table = TwoColumnTable("signature", 0.5, (((Para(Role.BODY, "a"),), (Para(Role.BODY, "b"),)),),
                           rows_cant_split=False)
    word = render_docx(ComposedDocument(blocks=(table,)))
    assert word.element.body.find(".//" + qn("w:cantSplit")) is None


def test_qt_renders_every_block_by_its_fields(qapp):
    document = _every_block()
    text = qt.build_text_document(document)
    written = []
    block = text.begin()
    while block.isValid():
        if block.text():
            written.append(block.text().replace(WORD_JOINER, ""))
        block = block.next()
    assert written == _texts(document)
    assert len(text.rules) == 1 + 2 * 2
    assert len(text.tables) == 2 and text.tables[0].rows() == 2
    assert len(text.data_tables) == 1 and text.data_tables[0].header_rows == 1
    assert text.data_tables[0].table.columns() == 3
    assert len(text.figures) == 1


@pytest.mark.parametrize("name", ["signature", "header", "bảng khác"])
def test_qt_keeps_a_row_whole_by_the_field_not_the_name(qapp, name):
    tall = tuple(Para(Role.RECIPIENT, f"- Nơi {n};") for n in range(30))
    table = TwoColumnTable(name, 0.5, ((tall, (Para(Role.AUTHORITY, "KÝ"),)),), rows_cant_split=True)
    for filler in range(25, 45):
        blocks = tuple(Para(Role.BODY, f"Dòng {n}.", "preamble") for n in range(filler)) + (table,)
        document = qt.build_text_document(ComposedDocument(blocks=blocks))
        qt_table = document.tables[0]
        first = qt.page_of_position(document, qt_table.firstPosition())
        last = qt.page_of_position(document, document.findBlock(qt_table.lastPosition()).position())
        assert first == last, (name, filler)


def test_the_space_after_a_rule_is_its_field_in_both_renderers(qapp):
    for space in (0.0, 12.0, 20.0):
        document = ComposedDocument(blocks=(Para(Role.BODY, "Trên"), Rule(0.4, space_after_pt=space),
                                            Para(Role.BODY, "Dưới")))
        word = render_docx(document)
        rule = word.paragraphs[1]
        after = rule.paragraph_format.space_after
        assert (after.pt if after is not None else 0.0) == space
        text = qt.build_text_document(document)
        layout = text.documentLayout()
        rule_block = text.findBlock(text.rules[0].position)
        below = rule_block.next()
        rule_top = layout.blockBoundingRect(rule_block).top()
        below_top = layout.blockBoundingRect(below).top()
        # the rule's paragraph is RULE_LINE_HEIGHT_PT high, then comes its space after
        assert (below_top - rule_top) / qt.LAYOUT_DPI * 72 == pytest.approx(RULE_LINE_HEIGHT_PT + space, abs=0.1)
