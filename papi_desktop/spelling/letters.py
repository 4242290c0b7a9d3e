"""Vietnamese letters split into a base letter and a tone, and put back together.

A Vietnamese syllable carries at most one of five tone marks (sắc, huyền, hỏi, ngã, nặng)
on one of its vowels; the vowel shapes (ă â ê ô ơ ư) and đ are letters of their own. The
checker works on the base letters and the tone separately, so these two tables are all
the Unicode knowledge it needs. Built once from ``unicodedata`` so no table is typed by hand.
"""

from __future__ import annotations

import unicodedata

NGANG, SAC, HUYEN, HOI, NGA, NANG = range(6)
TONE_NAMES = ("ngang", "sắc", "huyền", "hỏi", "ngã", "nặng")
COMBINING_TONES = {"\u0301": SAC, "\u0300": HUYEN, "\u0309": HOI, "\u0303": NGA, "\u0323": NANG}
_TONE_COMBINING = {tone: mark for mark, tone in COMBINING_TONES.items()}

BASE_VOWELS = "aăâeêioôơuưy"
SHAPED_VOWELS = frozenset("ăâêôơư")  # a vowel with a shape mark takes the tone first
CONSONANTS = "bcdđghklmnpqrstvx"
FOREIGN_LETTERS = frozenset("fjwz")  # Latin letters Vietnamese spelling never uses

# letter (either case) -> (lower-case base letter, tone); only Vietnamese letters are keys.
SPLIT: dict[str, tuple[str, int]] = {}
# (lower-case base vowel, tone) -> lower-case letter
COMPOSE: dict[tuple[str, int], str] = {}

for _vowel in BASE_VOWELS:
    for _tone in range(6):
        _letter = unicodedata.normalize("NFC", _vowel + _TONE_COMBINING.get(_tone, ""))
        COMPOSE[(_vowel, _tone)] = _letter
        SPLIT[_letter] = (_vowel, _tone)
        SPLIT[_letter.upper()] = (_vowel, _tone)
for _consonant in CONSONANTS:
    SPLIT[_consonant] = (_consonant, NGANG)
    SPLIT[_consonant.upper()] = (_consonant, NGANG)

VIETNAMESE_LETTERS = frozenset(SPLIT)
# The letters that carry a tone mark (either case): their presence says "this is Vietnamese".
TONED_LETTERS = frozenset(letter for letter, (_, tone) in SPLIT.items() if tone != NGANG)
SHAPED_LETTERS = frozenset(letter for letter, (base, _) in SPLIT.items() if base in SHAPED_VOWELS or base == "đ")


def split_tones(word: str) -> tuple[str, list[tuple[int, int]]] | None:
    """(lower-case base letters, [(index, tone), …] for each tone mark) or None when a
    character is not a Vietnamese letter (in NFC)."""
    base: list[str] = []
    tones: list[tuple[int, int]] = []
    for index, char in enumerate(word):
        found = SPLIT.get(char)
        if found is None:
            return None
        base.append(found[0])
        if found[1]:
            tones.append((index, found[1]))
    return "".join(base), tones


def with_tone(base: str, tone: int, index: int) -> str:
    """``base`` (lower-case base letters) with ``tone`` put on the letter at ``index``."""
    if not tone:
        return base
    return base[:index] + COMPOSE[(base[index], tone)] + base[index + 1:]


def same_case(model: str, word: str) -> str:
    """``word`` written in the case pattern of ``model`` (UPPER, Title or lower)."""
    letters = [c for c in model if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word.upper()
    if letters and letters[0].isupper():
        return word[:1].upper() + word[1:]
    return word
