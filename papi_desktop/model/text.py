"""Text hygiene applied on the way into the model.

Clerks paste from PDFs, old Word files and web pages. What they paste can hold control
characters that XML (and so .docx) cannot carry, and Vietnamese in decomposed form (NFD)
that sorts, searches and compares differently from what they typed. Cleaning once, where
text enters the model, means the store, the preview and every export can trust it.
"""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 forbids: C0 controls except tab/newline/carriage return, the
# surrogates (never valid alone in Python str from decoders, but possible from bugs),
# and U+FFFE/U+FFFF.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")


def clean_text(text: str) -> str:
    """Return ``text`` in NFC, with Windows/Mac line ends made ``\\n`` and XML-illegal characters removed.

    Vertical tab and form feed (what Word's manual line and page breaks become when
    copied as text) turn into line breaks rather than vanishing, so the words on either
    side are not glued together.
    """
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", text)
    text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    text = _XML_FORBIDDEN.sub("", text)
    # A non-breaking space (Word, web pages) becomes a plain one: the editor shows and
    # returns it as a plain space anyway, and a report's text has no use for it.
    text = text.replace("\u00a0", " ")
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """Like :func:`clean_text` for one-line fields: line breaks become spaces, ends trimmed."""
    return " ".join(clean_text(text).split("\n")).strip()


class _FoldTable(dict):
    """``str.translate`` table folding one character to one (lower case, no diacritics, đ → d;
    a lone combining mark → NUL), filled as characters are met: folding runs at C speed on
    long texts."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "đĐ":
            folded = "d"
        elif unicodedata.combining(char):
            folded = "\u0000"
        else:
            base = unicodedata.normalize("NFD", char)[:1] or char
            lowered = base.lower()
            folded = lowered[:1] if lowered else base
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one, so positions in the folded text
    are positions in ``text`` ("Hướng dẫn" → "huong dan"): how names and headings are compared."""
    return text.translate(_FOLD)
