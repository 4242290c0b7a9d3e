"""Suggestions for an underlined word, best first.

First the repairs that are certain when they apply — NFD → NFC, a TCVN3/VNI word
decoded, Telex/VNI keys turned into the letters they meant, a tone mark moved to its
vowel — then the valid syllables one edit away (a letter dropped, added, changed or two
swapped; the tone kept), ranked by how likely the slip is (a missing horn or hat is
likelier than a wrong consonant) and how common the word is (in this report, then in
Vietnamese). One word has a few hundred such neighbours, checked in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
import unicodedata

from papi_desktop.importers.legacy import tcvn3_to_unicode, vni_to_unicode
from papi_desktop.spelling.common import COMMON, RANK
from papi_desktop.spelling.letters import COMPOSE, FOREIGN_LETTERS, NANG, NGANG, SAC, SPLIT, same_case
from papi_desktop.spelling.tokens import looks_tcvn3
from papi_desktop.spelling.syllable import STYLE_OLD, check_syllable, place_tone, split_syllable
from papi_desktop.spelling.typing_methods import decode_telex, decode_vni

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_SHAPES = ("aăâ", "eê", "oôơ", "uư", "dđ", "iy", "ck")  # one key or one mark apart
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_DIGRAPHS = {"f": "ph", "j": "gi", "z": "d", "w": "ư"}
_STOP_FINALS = ("c", "ch", "p", "t")
# c/k, g/gh, ng/ngh written against the rule, q without its u: the other spelling of the sound.
_ONSET_FIXES = (("ngh", "ng"), ("ng", "ngh"), ("gh", "g"), ("g", "gh"), ("k", "c"), ("c", "k"), ("q", "qu"))


def _neighbours() -> dict[str, set[str]]:
    near: dict[str, set[str]] = {}
    for row_index, row in enumerate(_ROWS):
        for col, key in enumerate(row):
            keys = near.setdefault(key, set())
            for r in (row_index - 1, row_index, row_index + 1):
                if 0 <= r < len(_ROWS):
                    for c in (col - 1, col, col + 1):
                        if 0 <= c < len(_ROWS[r]) and _ROWS[r][c] != key:
                            keys.add(_ROWS[r][c])
    return near


_NEAR = _neighbours()
_PLAIN = {letter: unicodedata.normalize("NFD", letter)[0] for letter in _ALPHABET}


def _substitution_cost(old: str, new: str) -> float:
    if any(old in group and new in group for group in _SHAPES):
        return 0.4
    if _PLAIN.get(old, old) in _NEAR.get(_PLAIN.get(new, new), ()):
        return 0.8
    return 1.0


def _edits(base: str) -> Iterable[tuple[str, float]]:
    """(edited base, cost) one edit away from ``base`` (lower-case, toneless)."""
    for i in range(len(base)):
        doubled = (i > 0 and base[i - 1] == base[i]) or (i + 1 < len(base) and base[i + 1] == base[i])
        yield base[:i] + base[i + 1:], 0.5 if doubled or base[i] in FOREIGN_LETTERS else 1.0
        if base[i] in _DIGRAPHS:
            yield base[:i] + _DIGRAPHS[base[i]] + base[i + 1:], 0.5
        for letter in _ALPHABET:
            if letter != base[i]:
                yield base[:i] + letter + base[i + 1:], _substitution_cost(base[i], letter)
    for i in range(len(base) - 1):
        if base[i] != base[i + 1]:
            yield base[:i] + base[i + 1] + base[i] + base[i + 2:], 0.6
    for i in range(len(base) + 1):
        for letter in _ALPHABET:
            yield base[:i] + letter + base[i:], 0.7 if letter == "h" else 0.8  # a letter left out is the commonest slip


def _toned(base: str, tone: int, style: str) -> str | None:
    """``base`` with ``tone`` on its proper vowel, if that is a valid syllable."""
    parts = split_syllable(base)
    if parts is None:
        return None
    onset, rhyme = parts
    if tone not in (SAC, NANG) and rhyme.endswith(_STOP_FINALS):
        return None
    if not tone:
        return base
    base, index = place_tone(onset, rhyme, tone, style)
    return base[:index] + COMPOSE[(base[index], tone)] + base[index + 1:]


def _letters(word: str) -> tuple[str, list[int]] | None:
    """(toneless base, tones found) of a lower-case word; Latin letters f j w z kept."""
    base, tones = [], []
    for char in word:
        found = SPLIT.get(char)
        if found is None:
            if char in FOREIGN_LETTERS:
                base.append(char)
                continue
            return None
        base.append(found[0])
        if found[1]:
            tones.append(found[1])
    return "".join(base), tones


def repairs(word: str, style: str = STYLE_OLD) -> list[str]:
    """The certain repairs of ``word`` (encoding, typing method, tone placement)."""
    found: list[str] = []

    def keep(candidate: str | None) -> None:
        if candidate and candidate != word and check_syllable(candidate).ok and candidate not in found:
            found.append(candidate)

    nfc = unicodedata.normalize("NFC", word)
    keep(nfc)
    if looks_tcvn3(nfc):
        keep(unicodedata.normalize("NFC", tcvn3_to_unicode(nfc)))
    if any("\u00c0" <= c <= "\u00ff" for c in nfc):
        keep(unicodedata.normalize("NFC", vni_to_unicode(nfc)))
    keep(decode_telex(nfc, style))
    lower = nfc.lower()
    for wrong, right in _ONSET_FIXES:
        if lower.startswith(wrong):
            keep(same_case(nfc, right + lower[len(wrong):]))
    keep(decode_vni(nfc, style))
    letters = _letters(nfc.lower())
    if letters and letters[1]:
        base, tones = letters
        for tone in dict.fromkeys(reversed(tones)):
            keep(_with_case(nfc, _toned(base, tone, style)))
    if letters and len(letters[1]) <= 1 and (parts := split_syllable(letters[0])) and parts[1].endswith(_STOP_FINALS):
        # a stop final takes sắc or nặng only: offer both, the commoner first (thưc → thực, thức)
        options = [_toned(letters[0], tone, style) for tone in (SAC, NANG)]
        for option in sorted(filter(None, options), key=lambda w: RANK.get(w, len(RANK))):
            keep(_with_case(nfc, option))
    return found


def _with_case(model: str, word: str | None) -> str | None:
    return same_case(model, word) if word else None


def nearest(word: str, style: str = STYLE_OLD, known: Iterable[str] = (), limit: int = 6) -> list[str]:
    """Valid syllables one edit from ``word``, likeliest first."""
    nfc = unicodedata.normalize("NFC", word)
    letters = _letters(nfc.lower())
    if letters is None:
        return []
    base, tones = letters
    tone = tones[-1] if tones else NGANG
    known = set(known)
    scored: dict[str, float] = {}
    for candidate, cost in _edits(base):
        toned = _toned(candidate, tone, style)
        if toned is None:
            continue
        score = cost - _commonness(toned, known)
        if score < scored.get(toned, 99.0):
            scored[toned] = score
    ranked = sorted(scored, key=lambda w: (scored[w], w))
    # Without a full dictionary a possible syllable may be no word at all ("nguồi"): words of the
    # report or of the common list come first, and at most two others follow them.
    familiar = [w for w in ranked if w in known or w in RANK]
    room = 2 if not familiar else 1 if len(familiar) < 3 else 0
    others = [w for w in ranked if not (w in known or w in RANK)][:room]
    chosen = (familiar[:limit] + others)[:limit]
    return [same_case(nfc, w) for w in chosen]


def _commonness(word: str, known: set[str]) -> float:
    bonus = 0.3 if word in known else 0.0
    rank = RANK.get(word)
    if rank is not None:
        bonus += 0.15 + 0.3 * (1 - rank / len(COMMON))
    return bonus


def suggest(word: str, style: str = STYLE_OLD, known: Iterable[str] = (), limit: int = 5) -> list[str]:
    """Suggestions for an underlined ``word``: certain repairs first, then near words."""
    found = repairs(word, style)
    for candidate in nearest(word, style, known, limit + len(found)):
        if candidate not in found and candidate != word:
            found.append(candidate)
    return found[:limit]
