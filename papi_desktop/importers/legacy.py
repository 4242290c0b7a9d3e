"""Vietnamese text typed in the pre-Unicode encodings, turned into Unicode.

Offices kept writing reports with the ABC fonts (TCVN3, TCVN 5712:1993 "VN3": ``.VnTime``,
``.VnTimeH``, ``.VnArial`` …) and the VNI fonts (``VNI-Times`` …) long after 2001, and old
reports are what a clerk imports to start from. Such text is stored as Latin-1 characters
that only the legacy font draws as Vietnamese: TCVN3 "Qu¶ng TrÞ" is "Quảng Trị", VNI
"Baùo caùo" is "Báo cáo".

Why a table of our own and no library: the PyPI packages that do this are small and
young (``vniencoder`` 0.2, VNI only; ``viparse`` 0.1, a document loader for RAG pipelines
that brings far more than a conversion table), none is a maintained reference, and both
tables are fixed by the fonts and fit in a few lines that the tests check word by word.

TCVN3 is one byte per letter. Its upper-case tone letters do not fit in the 8-bit table,
so documents use a second font (names ending in "H": ``.VnTimeH``) that draws the
lower-case codes as capitals; :func:`tcvn3_to_unicode` takes ``capitals=True`` for those.
VNI writes a base letter followed by one or two mark characters ("a" + "ù" = "á").
"""

from __future__ import annotations

import re
from typing import NamedTuple
import unicodedata

TCVN3 = "tcvn3"
VNI = "vni"

# TCVN 5712:1993 VN3 (the ABC fonts): code point (as Latin-1) → Unicode letter.
_TCVN3_PAIRS = (
    # a, ă, â
    ("\u00b5", "à"), ("\u00b8", "á"), ("\u00b6", "ả"), ("\u00b7", "ã"), ("\u00b9", "ạ"),
    ("\u00a8", "ă"), ("\u00bb", "ằ"), ("\u00be", "ắ"), ("\u00bc", "ẳ"), ("\u00bd", "ẵ"), ("\u00c6", "ặ"),
    ("\u00a9", "â"), ("\u00c7", "ầ"), ("\u00ca", "ấ"), ("\u00c8", "ẩ"), ("\u00c9", "ẫ"), ("\u00cb", "ậ"),
    # đ
    ("\u00ae", "đ"),
    # e, ê
    ("\u00cc", "è"), ("\u00d0", "é"), ("\u00ce", "ẻ"), ("\u00cf", "ẽ"), ("\u00d1", "ẹ"),
    ("\u00aa", "ê"), ("\u00d2", "ề"), ("\u00d5", "ế"), ("\u00d3", "ể"), ("\u00d4", "ễ"), ("\u00d6", "ệ"),
    # i
    ("\u00d7", "ì"), ("\u00dd", "í"), ("\u00d8", "ỉ"), ("\u00dc", "ĩ"), ("\u00de", "ị"),
    # o, ô, ơ
    ("\u00df", "ò"), ("\u00e3", "ó"), ("\u00e1", "ỏ"), ("\u00e2", "õ"), ("\u00e4", "ọ"),
    ("\u00ab", "ô"), ("\u00e5", "ồ"), ("\u00e8", "ố"), ("\u00e6", "ổ"), ("\u00e7", "ỗ"), ("\u00e9", "ộ"),
    ("\u00ac", "ơ"), ("\u00ea", "ờ"), ("\u00ed", "ớ"), ("\u00eb", "ở"), ("\u00ec", "ỡ"), ("\u00ee", "ợ"),
    # u, ư
    ("\u00ef", "ù"), ("\u00f3", "ú"), ("\u00f1", "ủ"), ("\u00f2", "ũ"), ("\u00f4", "ụ"),
    ("\u00ad", "ư"), ("\u00f5", "ừ"), ("\u00f8", "ứ"), ("\u00f6", "ử"), ("\u00f7", "ữ"), ("\u00f9", "ự"),
    # y
    ("\u00fa", "ỳ"), ("\u00fd", "ý"), ("\u00fb", "ỷ"), ("\u00fc", "ỹ"), ("\u00fe", "ỵ"),
    # the seven capitals VN3 has room for
    ("\u00a1", "Ă"), ("\u00a2", "Â"), ("\u00a7", "Đ"), ("\u00a3", "Ê"), ("\u00a4", "Ô"), ("\u00a5", "Ơ"), ("\u00a6", "Ư"),
)
_TCVN3_TABLE = str.maketrans(dict(_TCVN3_PAIRS))
# Codes only TCVN3 uses (A1–BF): punctuation-like in Latin-1, so frequent in TCVN3 text
# (à á â ê ô ơ ư đ live here) and absent from Vietnamese written in Unicode or VNI.
_TCVN3_MARKERS = frozenset(code for code, _ in _TCVN3_PAIRS if code < "\u00c0")

# VNI Windows: mark characters following a base letter (lower case; capitals are the
# upper-case forms of the same characters).
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_COMBINED = {  # a circumflex or breve with a tone, written as one mark character
    "â": ("\u0302", ""), "á": ("\u0302", "\u0301"), "à": ("\u0302", "\u0300"),
    "å": ("\u0302", "\u0309"), "ã": ("\u0302", "\u0303"), "ä": ("\u0302", "\u0323"),
    "ê": ("\u0306", ""), "é": ("\u0306", "\u0301"), "è": ("\u0306", "\u0300"),
    "ú": ("\u0306", "\u0309"), "ü": ("\u0306", "\u0303"), "ë": ("\u0306", "\u0323"),
}
# Letters VNI writes as one character.
_VNI_SINGLE = {
    "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
    "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ",
}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for lower_base, bases in (("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"), ("ô", "ơ"), ("ö", "ư")):
        for mark, tone in _VNI_TONES.items():
            table[lower_base + mark] = unicodedata.normalize("NFC", bases + tone)
        if lower_base in "aeo":
            for mark, (shape, tone) in _VNI_COMBINED.items():
                if shape == "\u0306" and lower_base != "a":
                    continue  # only a takes a breve
                table[lower_base + mark] = unicodedata.normalize("NFC", bases + shape + tone)
    for key, value in list(table.items()):
        table[key.upper()] = value.upper()
    return table


_VNI_PAIRS = _vni_table()
_VNI_PATTERN = re.compile(
    "|".join(re.escape(key) for key in sorted(_VNI_PAIRS, key=len, reverse=True))
    + "|[" + "".join(_VNI_SINGLE) + "]"
)
# Characters VNI uses that Vietnamese in Unicode never has (TCVN3 has some of them too).
_VNI_MARKERS = frozenset("øûïëüåäæñöîØÛÏËÜÅÄÆÑÖÎ")
# A vowel followed by a VNI mark: sequences Vietnamese in Unicode never writes ("oà",
# "oá", "oã" and "uâ" are real Unicode spellings and are left out).
_VNI_SEQUENCE = re.compile("[aeouyAEOUYôöÔÖ][ùøûõïÙØÛÕÏ]|[aeAE][âáàåäÂÁÀÅÄ]|[aA][êéèúüëÊÉÈÚÜË]")
# Vietnamese letters beyond Latin-1: any of them means the text is already Unicode.
_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u0323\u1ea0-\u1ef9]")


def tcvn3_to_unicode(text: str, capitals: bool = False) -> str:
    """TCVN3 (ABC) text as stored under a ``.VnTime`` font → Unicode; ``capitals`` for the
    ``…H`` fonts, which draw every letter as a capital."""
    converted = text.translate(_TCVN3_TABLE)
    return converted.upper() if capitals else converted


def vni_to_unicode(text: str) -> str:
    """VNI Windows text (``VNI-Times`` …) → Unicode."""

    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        return _VNI_PAIRS.get(found) or _VNI_SINGLE[found]

    return _VNI_PATTERN.sub(replace, text)


def font_encoding(font_name: str | None) -> tuple[str | None, bool]:
    """The legacy encoding a font name implies, and whether it is a capitals-only font.

    ``.VnTime`` → (tcvn3, False); ``.VnTimeH`` → (tcvn3, True); ``VNI-Times`` → (vni, False).
    """
    name = (font_name or "").strip()
    if name.lower().startswith(".vn"):
        return TCVN3, name.endswith("H")
    if name.lower().startswith("vni-") or name.lower().startswith("vni "):
        return VNI, False
    return None, False


def guess_encoding(text: str) -> str | None:
    """TCVN3, VNI or None (Unicode, or too little to tell) from the characters alone.

    Vietnamese has a mark on most syllables; in TCVN3 the commonest (à á â ê ô ơ ư đ) are
    codes no Unicode Vietnamese text contains, in VNI the marks are letters Vietnamese
    never uses (ø û ï ñ ö …). Text with any Vietnamese letter beyond Latin-1 is Unicode.
    """
    if _UNICODE_VIETNAMESE.search(text):
        return None
    letters = sum(1 for c in text if c.isalpha() or c in _TCVN3_MARKERS)
    if not letters:
        return None
    threshold = max(1, letters // 100)
    tcvn3 = sum(1 for c in text if c in _TCVN3_MARKERS)
    if tcvn3 >= threshold:
        return TCVN3
    vni = sum(1 for c in text if c in _VNI_MARKERS) + len(_VNI_SEQUENCE.findall(text))
    if vni >= threshold:
        return VNI
    return None


def to_unicode(text: str, encoding: str | None, capitals: bool = False) -> str:
    """Convert from ``encoding`` (TCVN3, VNI or None for Unicode), then NFC."""
    if encoding == TCVN3:
        text = tcvn3_to_unicode(text, capitals)
    elif encoding == VNI:
        text = vni_to_unicode(text)
    return unicodedata.normalize("NFC", text)


# --- diacritics broken by PDF-to-Word conversion -------------------------------------------
#
# Text that went through a PDF (and back into Word) often carries its tone marks as
# separate characters: a combining mark pushed after a space ("Qua ̉ng"), a spacing accent
# instead of a combining one ("Quaˋng"), or the Icelandic eth "ð" that PDF fonts use for "đ".
# A repair is certain only when the loose mark has exactly one place to go: the vowel just
# before it, which carries no tone mark yet (and, for a shape mark, is a vowel that takes
# that shape). A line with any loose mark that is not certain is left exactly as it was
# and reported, so the clerk mends it by eye; "ð" is not a Vietnamese letter and always
# becomes "đ".

_VOWELS = frozenset("aeiouyAEIOUY")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SHAPES = {"\u0302": frozenset("aeoAEO"), "\u0306": frozenset("aA"), "\u031b": frozenset("ouOU")}
_ALL_MARKS = "".join(chr(code) for code in range(0x300, 0x370))
_LOOSE = re.compile("(?P<gap>[ \u00a0]+)(?P<marks>[\u0300-\u036f]+)|(?P<spacing>[\u02cb\u02ca\u00b4\u02dc])")
_SPACING_ACCENTS = {"\u02cb": "\u0300", "\u02ca": "\u0301", "\u00b4": "\u0301", "\u02dc": "\u0303"}
_ETH = str.maketrans({"ð": "đ", "Ð": "Đ"})


class Repair(NamedTuple):
    """What :func:`repair_diacritics` did to one line."""

    text: str  # the line mended (NFC), or as it was
    count: int  # places mended
    uncertain: bool  # loose marks were found that could not be placed for certain: line left as it was


def _attachable(base: str, attached: str, loose: str) -> bool:
    """Whether the marks ``loose`` certainly belong on ``base`` (which already has ``attached``)."""
    if base not in _VOWELS:
        return False
    tones = [mark for mark in attached + loose if mark in _TONES]
    if len(tones) > 1:
        return False
    for mark in loose:
        if mark not in _TONES and (mark not in _SHAPES or base not in _SHAPES[mark] or mark in attached):
            return False
    return True


def repair_diacritics(text: str) -> Repair:
    """``text`` with broken diacritics mended (in NFC) when every repair is certain."""
    eths = text.count("ð") + text.count("Ð")
    if eths:
        text = text.translate(_ETH)
    decomposed = unicodedata.normalize("NFD", text)
    if not _LOOSE.search(decomposed):
        return Repair(unicodedata.normalize("NFC", text), eths, False) if eths else Repair(text, 0, False)
    out: list[str] = []
    position = 0
    mended = 0
    for found in _LOOSE.finditer(decomposed):
        before = decomposed[max(0, found.start() - 12):found.start()]  # a letter and its marks
        stem = before.rstrip(_ALL_MARKS)
        attached = before[len(stem):]
        base = stem[-1:] if stem else ""
        if found.group("spacing"):
            if base not in _VOWELS:
                continue  # "5´": a prime or an accent after a digit, not a tone mark
            loose = _SPACING_ACCENTS[found.group("spacing")]
        else:
            loose = found.group("marks")
        if not _attachable(base, attached, loose):
            return Repair(unicodedata.normalize("NFC", text) if eths else text, eths, True)
        out.append(decomposed[position:found.start()])
        out.append(loose)
        position = found.end()
        mended += 1
    out.append(decomposed[position:])
    return Repair(unicodedata.normalize("NFC", "".join(out)), mended + eths, False)
