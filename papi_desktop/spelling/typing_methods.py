"""Words left half-typed by an input method: Telex ("truwowngf", "ddaay") and VNI
("tru7o7ng2", "d9i") keys that reached the text as letters or digits.

This happens when Unikey/EVKey is switched off or loses focus mid-word. Decoding is a
small state machine per word; the result counts only if it is a valid syllable, so an
English word that merely contains "s" or "w" is never "decoded" into nonsense.
"""

from __future__ import annotations

from papi_desktop.spelling.letters import COMPOSE, NGANG, HUYEN, HOI, NANG, NGA, SAC, same_case
from papi_desktop.spelling.syllable import STYLE_OLD, check_syllable, place_tone, split_syllable

_TELEX_TONES = {"s": SAC, "f": HUYEN, "r": HOI, "x": NGA, "j": NANG, "z": NGANG}
_VNI_TONES = {"1": SAC, "2": HUYEN, "3": HOI, "4": NGA, "5": NANG, "0": NGANG}
_VOWELS = "aeiouy"
_HAT = {"a": "â", "e": "ê", "o": "ô"}
_HORN = {"u": "ư", "o": "ơ", "a": "ă"}


def _finish(letters: list[str], tone: int, style: str, model: str) -> str | None:
    """The letters (lower-case, shapes applied) with ``tone`` placed, if a valid syllable."""
    base = "".join(letters)
    parts = split_syllable(base)
    if parts is None:
        return None
    base, index = place_tone(parts[0], parts[1], tone, style)
    word = base[:index] + COMPOSE[(base[index], tone)] + base[index + 1:] if tone else base
    if not check_syllable(word).ok:
        return None
    return same_case(model, word)


def _shape_cluster(letters: list[str], marks: list[str]) -> None:
    """Apply a horn/breve or hat key that came after the vowels (``duocw``, ``toan6``)."""
    for mark in marks:
        vowels = [i for i, c in enumerate(letters) if c in "aeouy"]
        if mark == "horn":
            pair = [i for i in vowels if letters[i] in "uo"]
            if len(pair) == 2 and pair[1] == pair[0] + 1:
                letters[pair[0]], letters[pair[1]] = "ư", "ơ"
                continue
            targets = [i for i in vowels if letters[i] in "uoa"]
            if targets:
                letters[targets[-1]] = _HORN[letters[targets[-1]]]
        elif mark == "hat":
            targets = [i for i in vowels if letters[i] in "aeo"]
            if targets:
                letters[targets[-1]] = _HAT[letters[targets[-1]]]


def decode_telex(word: str, style: str = STYLE_OLD) -> str | None:
    """The syllable a Telex key sequence means, or None (no Telex keys, or no syllable)."""
    lower = word.lower()
    if not lower.isascii() or not lower.isalpha():
        return None
    letters: list[str] = []
    tone = NGANG
    late_marks: list[str] = []
    used_key = False
    seen_vowel = False
    for char in lower:
        previous = letters[-1] if letters else ""
        if seen_vowel and char in _TELEX_TONES:
            tone, used_key = _TELEX_TONES[char], True
            continue
        if char == "d" and previous == "d" and len(letters) == 1:
            letters[-1], used_key = "đ", True
            continue
        if char in "aeo" and previous == char:
            letters[-1], used_key = _HAT[char], True
            continue
        if char == "w":
            used_key = True
            if previous in "uoa" and previous:
                if previous == "o" and len(letters) > 1 and letters[-2] == "u":
                    letters[-2:] = ["ư", "ơ"]
                else:
                    letters[-1] = _HORN[previous]
            elif previous == "ơ" and len(letters) > 1 and letters[-2] == "u":
                letters[-2] = "ư"
            elif seen_vowel:
                late_marks.append("horn")
            else:
                letters.append("ư")
                seen_vowel = True
            continue
        if char in _VOWELS:
            seen_vowel = True
        letters.append(char)
    if not used_key:
        return None
    _shape_cluster(letters, late_marks)
    return _finish(letters, tone, style, word)


def decode_vni(word: str, style: str = STYLE_OLD) -> str | None:
    """The syllable a VNI key sequence means ("tru7o7ng2" → "trường"), or None."""
    lower = word.lower()
    if not lower.isascii() or not lower.isalnum() or lower.isalpha() or lower.isdigit():
        return None
    if not lower[0].isalpha():
        return None
    letters: list[str] = []
    tone = NGANG
    late_marks: list[str] = []
    for char in lower:
        previous = letters[-1] if letters else ""
        if char in _VNI_TONES:
            if not any(c in "aeiouyăâêôơư" for c in letters):
                return None
            tone = _VNI_TONES[char]
        elif char == "6":
            if previous in _HAT:
                letters[-1] = _HAT[previous]
            else:
                late_marks.append("hat")
        elif char in "78":
            if char == "8" and previous == "a":
                letters[-1] = "ă"
            elif char == "7" and previous in ("u", "o"):
                letters[-1] = _HORN[previous]
                if previous == "o" and len(letters) > 1 and letters[-2] == "u":
                    letters[-2] = "ư"
            elif char == "7" and previous == "ơ" and len(letters) > 1 and letters[-2] == "u":
                letters[-2] = "ư"
            else:
                late_marks.append("horn")
        elif char == "9":
            if previous != "d":
                return None
            letters[-1] = "đ"
        else:
            letters.append(char)
    _shape_cluster(letters, late_marks)
    return _finish(letters, tone, style, word)
