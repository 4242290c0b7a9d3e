"""The red wavy underline in real editors, and the right-click entries that fix a word."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from papi_desktop.gui.spell_highlighter import SpellHighlighter, spell_menu
from papi_desktop.model.sample import load_sample
from papi_desktop.spelling.checker import SpellChecker
from papi_desktop.spelling.syllable import STYLE_NEW
from tests.gui.conftest import type_text

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


@pytest.fixture(params=[QPlainTextEdit, QTextEdit], ids=["QPlainTextEdit", "QTextEdit"])
def editor(request, qtbot):
    widget = request.param()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    return widget


def _formats_at(editor, word: str, occurrence: int = 0) -> list[QTextCharFormat]:
    """The extra formats the highlighter laid over ``word`` (its n-th occurrence)."""
    text = editor.toPlainText()
    position = -1
    for _ in range(occurrence + 1):
        position = text.index(word, position + 1)
    block = editor.document().findBlock(position)
    offset = position - block.position()
    ranges = block.layout().formats()
    return [QTextCharFormat(r.format) for r in ranges if r.start <= offset and offset + len(word) <= r.start + r.length]


def _underlined(editor, word: str, occurrence: int = 0) -> bool:
    return any(
        f.underlineStyle() == WAVE and f.underlineColor() == QColor("red") for f in _formats_at(editor, word, occurrence)
    )


def _point_at(editor, word: str):
    text = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(len(text[:text.index(word) + 1].encode("utf-16-le")) // 2)  # Qt counts UTF-16 units
    return editor.cursorRect(cursor).center()


def test_a_misspelt_word_gets_the_red_wavy_underline_and_a_correct_one_does_not(editor):
    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)
    editor.setPlainText("Công khai minh bạch.\nTiếp nhận ý kiến của nguời dân và ddaay là PAPI.")
    assert _underlined(editor, "nguời")
    assert _underlined(editor, "ddaay")
    for word in ("Công", "khai", "minh", "bạch", "Tiếp", "dân", "PAPI"):
        assert not _underlined(editor, word), word


def test_the_highlighter_needs_no_reference_kept_and_adding_a_word_removes_the_underline(editor):
    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)  # the one-liner the editors use
    gc.collect()
    editor.setPlainText("Trang fanpagee của Sở")
    assert _underlined(editor, "fanpagee")
    checker.add_word("fanpagee")
    assert not _underlined(editor, "fanpagee")
    checker.remove_word("fanpagee")
    assert _underlined(editor, "fanpagee")


def test_a_suggestion_replaces_the_word_and_undo_brings_it_back(editor):
    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)
    editor.setPlainText("Phục vụ nguời dân tốt hơn.")
    actions = spell_menu(editor, _point_at(editor, "nguời"), checker)
    texts = [a.text() for a in actions if not a.isSeparator()]
    assert texts[0] == "người"
    assert texts[-2:] == ["Thêm vào từ điển", "Bỏ qua"]
    assert actions[-1].isSeparator()
    actions[0].trigger()
    assert editor.toPlainText() == "Phục vụ người dân tốt hơn."
    assert not _underlined(editor, "người")
    editor.undo()
    assert editor.toPlainText() == "Phục vụ nguời dân tốt hơn."
    assert _underlined(editor, "nguời")


def test_add_to_the_word_list_calls_back_and_clears_the_underline(editor):
    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)
    editor.setPlainText("Ứng dụng Smartcity của tỉnh")
    assert _underlined(editor, "Smartcity")
    added = []
    actions = spell_menu(editor, _point_at(editor, "Smartcity"), checker, added.append)
    next(a for a in actions if a.text() == "Thêm vào từ điển").trigger()
    assert added == ["Smartcity"]
    assert "smartcity" in checker.words
    assert not _underlined(editor, "Smartcity")
    assert spell_menu(editor, _point_at(editor, "Smartcity"), checker) == []


def test_ignore_clears_the_underline_without_adding_to_the_list(editor):
    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)
    editor.setPlainText("xem trên trang mangxh")
    next(a for a in spell_menu(editor, _point_at(editor, "mangxh"), checker) if a.text() == "Bỏ qua").trigger()
    assert not _underlined(editor, "mangxh")
    assert checker.words == frozenset()


def test_no_entries_on_a_correct_word_or_between_words(editor):
    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)
    editor.setPlainText("Công khai minh bạch")
    assert spell_menu(editor, _point_at(editor, "khai"), checker) == []


def test_the_word_being_typed_is_underlined_only_when_the_clerk_leaves_it(editor):
    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)
    editor.setFocus()
    type_text(editor, "Người dân ngh")
    assert not _underlined(editor, "ngh")  # half a word
    type_text(editor, "ành ")
    assert _underlined(editor, "nghành")
    assert not _underlined(editor, "Người")


def test_the_whole_sample_with_slips_has_only_the_slips_underlined(editor):
    sample = load_sample()
    checker = SpellChecker(["KH&CN", "SKHCHN", "PAPI"])
    SpellHighlighter(editor.document(), checker)
    text = sample.sections["transparency"].replace("công khai", "coong khai", 1).replace("người", "nguời", 1)
    editor.setPlainText(text)
    underlined = []
    block = editor.document().firstBlock()
    while block.isValid():
        ranges = block.layout().formats()
        for r in ranges:
            if r.format.underlineStyle() == WAVE:
                underlined.append(block.text()[r.start:r.start + r.length])
        block = block.next()
    assert sorted(underlined) == ["coong", "nguời"]


def test_the_less_used_tone_style_is_marked_apart(editor):
    checker = SpellChecker()
    highlighter = SpellHighlighter(editor.document(), checker)
    editor.setPlainText("hòa giải, hoà bình")
    highlighter.set_minority_style(STYLE_NEW)
    assert any(f.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine for f in _formats_at(editor, "hoà"))
    assert _formats_at(editor, "hòa") == []
    highlighter.set_enabled(False)
    assert _formats_at(editor, "hoà") == []


def test_a_replacement_follows_text_typed_before_it_and_is_refused_when_the_word_changed(editor):
    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)
    editor.setPlainText("nguời dân")
    actions = spell_menu(editor, _point_at(editor, "nguời"), checker)
    QTextCursor(editor.document()).insertText("Vì ")
    actions[0].trigger()
    assert editor.toPlainText() == "Vì người dân"

    editor.setPlainText("nguời dân")
    actions = spell_menu(editor, _point_at(editor, "nguời"), checker)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(2)
    cursor.insertText("x")
    actions[0].trigger()
    assert editor.toPlainText() == "ngxuời dân"


def test_the_entries_speak_english_when_the_clerk_chose_english(editor):
    from papi_desktop.gui import language

    checker = SpellChecker()
    editor.setPlainText("nguời dân")
    language.install_translator("en")
    try:
        texts = [a.text() for a in spell_menu(editor, _point_at(editor, "nguời"), checker) if not a.isSeparator()]
    finally:
        language.install_translator("vi")
    assert texts[-2:] == ["Add to dictionary", "Ignore"]


def test_one_action_makes_the_tone_style_consistent_and_one_undo_takes_it_back(editor):
    from papi_desktop.gui.spell_highlighter import apply_replacements
    from papi_desktop.spelling.tone_style import style_report, unify

    text = "Hòa giải ở cơ sở.\nHoà nhập, thuý và Thúy 😀 khoẻ, hòa bình."
    editor.setPlainText(text)
    report = style_report([editor.toPlainText()])
    assert report.mixed and report.majority == "old"
    made = apply_replacements(editor.document(), unify(editor.toPlainText(), report.majority))
    assert made == 3
    assert editor.toPlainText() == "Hòa giải ở cơ sở.\nHòa nhập, thúy và Thúy 😀 khỏe, hòa bình."
    editor.undo()
    assert editor.toPlainText() == text


def test_the_underline_sits_on_the_word_after_characters_qt_counts_twice(editor):
    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)
    editor.setPlainText("Ý kiến 😀😀 của nguời dân")
    block = editor.document().firstBlock()
    ranges = block.layout().formats()
    underlined = [(r.start, r.length) for r in ranges if r.format.underlineStyle() == WAVE]
    start = "Ý kiến 😀😀 của ".encode("utf-16-le").__len__() // 2
    assert underlined == [(start, 5)]
    actions = spell_menu(editor, _point_at(editor, "nguời"), checker)
    actions[0].trigger()
    assert editor.toPlainText() == "Ý kiến 😀😀 của người dân"


def test_an_input_method_taking_letters_back_is_still_typing(editor):
    """Unikey re-marks a word by sending backspaces and the new letters: no underline flickers
    on the half-made word, and the finished word is judged once the clerk leaves it."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    checker = SpellChecker()
    SpellHighlighter(editor.document(), checker)
    editor.setFocus()
    type_text(editor, "Vì nguoi")
    assert checker.check_word("nguoi") is not None and not _underlined(editor, "nguoi")

    def backspace() -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier))

    backspace()
    assert editor.toPlainText() == "Vì nguo"
    assert checker.check_word("nguo") is not None and not _underlined(editor, "nguo")
    backspace()
    type_text(editor, "ời")
    assert not _underlined(editor, "nguời")  # still being typed
    type_text(editor, " dân")
    assert _underlined(editor, "nguời")  # left behind: judged
