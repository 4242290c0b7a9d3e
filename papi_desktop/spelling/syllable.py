"""Is this one syllable possible in Vietnamese? Onset + rhyme + tone, and where the tone goes.

Why rules of our own and no library: no package on PyPI validates Vietnamese syllables
offline and is kept up: ``bogo`` (an input-method engine with a validity check) was last
released in 2014, ``vistring``/``visen`` only move tone marks, and the spelling correctors
that are maintained are neural models (BARTpho) far too big for a clerk's laptop and far
too slow for 16 ms. Vietnamese spelling is small and closed — about 27 onsets and 160
rhymes, and a handful of rules joining them — so the whole grammar fits in this file.

The rules (orthographic, as schools teach them):
- a syllable is onset + rhyme; the rhyme is an optional glide (o, u), a vowel nucleus
  and an optional final (c ch m n ng nh p t, or the semivowels i y o u);
- c/k, g/gh and ng/ngh are one sound each, written k, gh, ngh before e, ê, i (y) and c, g,
  ng elsewhere; q is only ever "qu";
- a rhyme ending in a stop (c ch p t) takes only the sắc or nặng tone;
- the tone mark sits on a shaped vowel (ă â ê ô ơ ư; ơ in ươ), else on the last vowel
  before a final consonant, else on the middle of three vowels or the first of two.
  Only the open rhymes oa, oe, uy have two accepted placements: the old style marks the
  first vowel (hòa, khỏe, thủy), the new style the second (hoà, khoẻ, thuỷ).

Checked once against the syllable list of the Vietnamese Hunspell dictionary (LibreOffice's,
6,606 lower-case entries; GPL, so not shipped here): all but 35 pass (all but 26 once the
checker's short list of loans — email, internet, web, gram … — is counted). Those left out are
loans and rare spellings — p- loans (pao, pông), gen, gram, tivi, tuyn, quoắt — and "coong",
"thoong", "soong", "toong": Telex leaves exactly these when "công", "thông", "sông", "tông" are
typed with the input method off, which is far commoner than the gong's sound.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from papi_desktop.spelling.letters import (
    FOREIGN_LETTERS, HUYEN, NANG, NGANG, SAC, SHAPED_VOWELS, split_tones,
)

ONSETS = ("ngh", "ng", "nh", "gh", "gi", "kh", "ph", "th", "tr", "ch", "qu",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")

_PLAIN_RHYMES = """
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e eo ec em en eng ep et
ê êu êch êm ên ênh êp êt
i ia iu ich im in inh ip it
iêc iêm iên iêng iêp iêt iêu
y yêm yên yêng yêt yêu
o oi oc om on ong op ot oong ooc
ô ôi ôc ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua ui uc um un ung up ut
uôc uôi uôm uôn uông uôt
ư ưa ưi ưu ưc ưm ưn ưng ưt
ươc ươi ươm ươn ương ươp ươt ươu
"""
_GLIDE_O_RHYMES = """
oa oai oay oao oac oach oam oan oang oanh oap oat
oăc oăm oăn oăng oăt
oe oeo oen oet
"""
_GLIDE_U_RHYMES = """
uân uâng uât uây
uê uêch uênh
uy uya uych uynh uyt uyu uyp uyên uyêt
uơ
"""
PLAIN_RHYMES = frozenset(_PLAIN_RHYMES.split())
GLIDE_RHYMES = frozenset(_GLIDE_O_RHYMES.split()) | frozenset(_GLIDE_U_RHYMES.split())
RHYMES = PLAIN_RHYMES | GLIDE_RHYMES
# After "qu" the u is the glide already: the rhyme is written without it (quê, quyết, quân).
_QU_RHYMES = frozenset(
    r for r in PLAIN_RHYMES if r[0] not in "uưoô" or r.startswith("ô")
) | frozenset(r[1:] for r in _GLIDE_U_RHYMES.split() if len(r) > 1) | {"y", "ynh", "ych", "yt", "yu", "ya"}
# "gi" takes plain rhymes, and the iê rhymes written without their i (giếng, giết, giữa).
_GI_RHYMES = (PLAIN_RHYMES - {r for r in PLAIN_RHYMES if r[0] in "iy"}) | {"êng"}
_FRONT = frozenset("eêiy")
_STOP_FINALS = ("c", "ch", "p", "t")
_CONSONANT_FINALS = ("ng", "nh", "ch", "c", "m", "n", "p", "t")
_P_RHYMES = frozenset({"a", "i", "in", "ô", "ê", "e", "ăng"})  # p only in loans: pin, pa-nô
# oong and ooc live only in a few loans (xoong, boong, goòng, roong; soóc, moóc, coóc)
_LOAN_RHYMES = {"oong": frozenset("xbgr"), "ooc": frozenset("smc")}
STYLE_OLD = "old"  # hòa, khỏe, thủy
STYLE_NEW = "new"  # hoà, khoẻ, thuỷ
_TWO_STYLE_RHYMES = frozenset({"oa", "oe", "uy"})


class Problem(StrEnum):
    """Why a syllable cannot be Vietnamese (the first reason found)."""

    LETTER = "letter"  # a character that is no Vietnamese letter (f, w, ®, an NFD mark …)
    SPELLING = "spelling"  # no onset + rhyme split exists (ngê, cỉ, ddaay)
    TONE = "tone"  # stop final with a tone other than sắc/nặng (hạc ok, hảc not)
    TONES = "tones"  # two tone marks
    PLACEMENT = "placement"  # tone mark on the wrong vowel (hòang, tóan)


@dataclass(frozen=True, slots=True)
class Syllable:
    """A syllable that passed: its parts (lower-case, toneless) and its tone."""

    onset: str
    rhyme: str
    tone: int
    style: str | None  # STYLE_OLD / STYLE_NEW when its tone placement shows one, else None

    @property
    def base(self) -> str:
        return self.onset + self.rhyme


@dataclass(frozen=True, slots=True)
class Verdict:
    syllable: Syllable | None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def onset_fits(onset: str, rhyme: str) -> bool:
    """The spelling rules joining an onset to a rhyme (c/k, g/gh, ng/ngh, qu, gi, p)."""
    first = rhyme[0]
    glide = rhyme in GLIDE_RHYMES
    if onset == "qu":
        return rhyme in _QU_RHYMES
    if onset == "gi":
        return rhyme in _GI_RHYMES
    if rhyme not in RHYMES:
        return False
    if rhyme in _LOAN_RHYMES:
        return onset in _LOAN_RHYMES[rhyme]
    if onset == "":
        return not rhyme.startswith("iê")  # written yê without an onset: yên, yêu
    if rhyme.startswith("yê"):
        return False  # after a consonant it is iê (tiên) or, after the glide, uyê (tuyên)
    if onset in ("k", "gh", "ngh"):
        return first in _FRONT and not glide
    if onset == "c":
        return first not in _FRONT and not glide
    if onset == "ng":
        return first not in _FRONT
    if onset == "g":
        return first not in "eêy"  # g + i is gi + i: gì, gìn
    if onset == "p":
        return rhyme in _P_RHYMES
    return True


@lru_cache(maxsize=4096)
def split_syllable(base: str) -> tuple[str, str] | None:
    """(onset, rhyme) of a lower-case toneless syllable, or None when none is possible."""
    for onset in ONSETS:
        if base.startswith(onset):
            rhyme = base[len(onset):]
            if rhyme and onset_fits(onset, rhyme):
                return onset, rhyme
    return None


def tone_positions(rhyme: str) -> tuple[int, ...]:
    """Where in ``rhyme`` the tone mark may go: one index, or (old, new) for oa, oe, uy."""
    vowels = 0
    while vowels < len(rhyme) and rhyme[vowels] in "aăâeêioôơuưy":
        vowels += 1
    final = rhyme[vowels:]
    nucleus = rhyme[:vowels]
    # A final semivowel is written as a vowel letter: ai, ao, oai … end without a consonant.
    shaped = [i for i, c in enumerate(nucleus) if c in SHAPED_VOWELS]
    if shaped:
        return (shaped[-1],)
    if final:
        return (vowels - 1,)
    if vowels == 3:
        return (1,)
    if vowels == 2:
        return (0, 1) if rhyme in _TWO_STYLE_RHYMES else (0,)
    return (0,)


@lru_cache(maxsize=16384)
def check_syllable(word: str) -> Verdict:
    """The verdict on one syllable in NFC (any case)."""
    split = split_tones(word)
    if split is None:
        return Verdict(None, Problem.LETTER)
    base, tones = split
    if any(c in FOREIGN_LETTERS for c in base):
        return Verdict(None, Problem.LETTER)
    if len(tones) > 1:
        return Verdict(None, Problem.TONES)
    parts = split_syllable(base)
    if parts is None:
        return Verdict(None, Problem.SPELLING)
    onset, rhyme = parts
    tone = tones[0][1] if tones else NGANG
    if rhyme.endswith(_STOP_FINALS) and tone not in (SAC, NANG):
        return Verdict(None, Problem.TONE)
    style = None
    if tones:
        where = tones[0][0] - len(onset)
        allowed = tone_positions(rhyme)
        if where not in allowed:
            return Verdict(None, Problem.PLACEMENT)
        if len(allowed) == 2:
            style = STYLE_OLD if where == allowed[0] else STYLE_NEW
    return Verdict(Syllable(onset, rhyme, tone, style))


def place_tone(onset: str, rhyme: str, tone: int, style: str = STYLE_OLD) -> tuple[str, int]:
    """(base, index of the toned letter) for a valid onset + rhyme in the given style."""
    positions = tone_positions(rhyme)
    where = positions[-1] if style == STYLE_NEW else positions[0]
    return onset + rhyme, len(onset) + where


__all__ = [
    "HUYEN", "Problem", "Syllable", "Verdict", "STYLE_NEW", "STYLE_OLD", "check_syllable",
    "onset_fits", "place_tone", "split_syllable", "tone_positions",
]
