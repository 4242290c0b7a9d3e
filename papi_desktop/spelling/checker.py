"""The spell checker the editors use: which words of a text to underline, and why.

Every verdict is cached per distinct word (a report has a few hundred distinct words,
so after the first pass checking a paragraph is a dictionary look-up per word); the
cache is dropped when the word list changes. The checker knows nothing of where the
agency's word list is kept: it is given a set of words and told of additions, and tells
its listeners (the highlighters) to look again.

What is never underlined:
- words in the agency's word list (compared without case: "Papi" matches "PAPI");
- abbreviations: a word of two or more capitals (PAPI, UBND, SKHCHN, KH&CN) or with a
  capital inside (TTg, iPhone), unless it carries a tone mark or ă â ê ô ơ ư (then it is
  a Vietnamese word in capitals, checked like any other: "QUÃNG" is caught);
- words with digits (A4, 2022, COVID-19), except VNI keys left in a word ("d9i");
- single consonants (list markers "a)", "b)"), a few abbreviations written small (tr., đt,
  sđt, tp.), web and e-mail addresses, the syllables of official place names outside the spelling rules
  (Đắk Lắk, Krông Pắc);
- a short list of English words that administrative Vietnamese uses as they are
  (online, website, email, Zalo …): underlining them in every report would only teach
  the clerk to ignore the red line. Any other English word is underlined once, and one
  click ("Thêm vào từ điển") puts it in the agency's list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
import re
from typing import NamedTuple
import unicodedata

from papi_desktop.importers.legacy import guess_encoding, to_unicode, vni_to_unicode
from papi_desktop.spelling.letters import BASE_VOWELS, SHAPED_VOWELS, SPLIT, TONED_LETTERS, VIETNAMESE_LETTERS
from papi_desktop.spelling.syllable import STYLE_OLD, Problem, check_syllable
from papi_desktop.spelling.tokens import LEGACY_CODES, WORD_PATTERN, Token, address_spans, inside, looks_tcvn3, words
from papi_desktop.spelling.typing_methods import decode_telex, decode_vni

LOANWORDS = frozenset("""
online offline website web email internet intranet zalo facebook fanpage youtube google
video clip camera smartphone app wifi covid hotline file font laptop tablet scan pdf word
excel powerpoint cloud server portal chatbot logo marketing startup mail gen gram tivi ping
""".split())
# Abbreviations written in small letters (trang, điện thoại, số điện thoại, thành phố, thạc sĩ …).
ABBREVIATIONS = frozenset("tr đt sđt nxb tp tx tt ths ts gs pgs bs ks cn đ".split())
# Syllables of official place names written outside Vietnamese spelling rules (Đắk Lắk, Krông Pắc).
PLACE_NAME_SYLLABLES = frozenset("đắk lắk krông pắc búk mil jút glei plông pleiku ayun grai đrăng".split())


# Letters only Vietnamese writes (a tone mark, or ă â ê ô ơ ư): a word in capitals with one
# of them is Vietnamese, not an abbreviation ("CÔNG", "QUẢNG"); Đ alone is not enough (NĐ).
_VIETNAMESE_MARKED = TONED_LETTERS | {c for c, (base, _) in SPLIT.items() if base in SHAPED_VOWELS}


# A character only legacy text has: a TCVN3 code (A1–BF) or a Latin-1 letter Vietnamese lacks.
_LEGACY_HINT = re.compile(
    "[" + re.escape(LEGACY_CODES) + "".join(
        re.escape(chr(code)) for code in range(0xC0, 0x100) if chr(code) not in VIETNAMESE_LETTERS
    ) + "]"
)


_UNSEEN = object()
_COMBINING = frozenset(chr(code) for code in range(0x300, 0x370))
_DIGITS = frozenset("0123456789")  # not str.isdigit: TCVN3 keeps "ạ" in "¹" (superscript one)


class Flag(StrEnum):
    """Why a word is underlined; the syllable problems plus what the text layer finds."""

    LETTER = Problem.LETTER.value
    SPELLING = Problem.SPELLING.value
    TONE = Problem.TONE.value
    TONES = Problem.TONES.value
    PLACEMENT = Problem.PLACEMENT.value
    DECOMPOSED = "decomposed"  # combining marks (NFD) left in the text
    LEGACY = "legacy"  # TCVN3/VNI font codes inside a word
    TELEX = "telex"  # Telex keys left in a word
    VNI = "vni"  # VNI keys left in a word


class Issue(NamedTuple):
    """An underlined word: where it starts, the word, and why."""

    start: int
    word: str
    flag: Flag

    @property
    def end(self) -> int:
        return self.start + len(self.word)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()


class SpellChecker:
    """Checks words and texts against Vietnamese spelling and the agency's word list."""

    def __init__(self, words_list: Iterable[str] = (), *, style: str = STYLE_OLD) -> None:
        self._words: set[str] = set()
        self._ignored: set[str] = set()
        self._cache: dict[str, Flag | None] = {}
        self._listeners: list[Callable[[], None]] = []
        self.style = style  # the tone placement suggestions use
        self.set_words(words_list)

    # ----------------------------------------------------------------- the word list
    @property
    def words(self) -> frozenset[str]:
        return frozenset(self._words)

    def set_words(self, words_list: Iterable[str]) -> None:
        """Replace the agency's word list (entries may hold several words: "Nguyễn Hữu Thắng")."""
        entries = [entry.strip() for entry in words_list if entry.strip()]
        self._words = {_fold(token.text) for entry in entries for token in words(entry)}
        self._words |= {_fold(entry) for entry in entries}
        self._cache.clear()
        self._changed()

    def add_word(self, word: str) -> None:
        self._words.add(_fold(word))
        self._forget(word)

    def remove_word(self, word: str) -> None:
        self._words.discard(_fold(word))
        self._forget(word)

    def ignore(self, word: str) -> None:
        """"Bỏ qua": not underlined again while the program runs; not saved."""
        self._ignored.add(_fold(word))
        self._forget(word)

    def _forget(self, word: str) -> None:
        """Drop the verdicts one word's change can alter (any case of it), then tell listeners."""
        folded = _fold(word)
        for cached in [w for w in self._cache if _fold(w) == folded]:
            del self._cache[cached]
        self._changed()

    def add_listener(self, listener: Callable[[], None]) -> None:
        """``listener()`` is called after the word list or the ignored words change."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    # ----------------------------------------------------------------- checking
    def check_word(self, word: str) -> Flag | None:
        """Why ``word`` is underlined, or None when it is not."""
        try:
            return self._cache[word]
        except KeyError:
            pass
        flag = self._judge(word)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[word] = flag
        return flag

    def check_text(self, text: str) -> list[Issue]:
        """The underlined words of ``text`` with their offsets.

        A text that reads as TCVN3 or VNI as a whole (pasted from an old document) has every
        word underlined that its font codes changed, even one that happens to spell another
        Vietnamese word ("bé" is TCVN3 for "bộ"): alone, such a word cannot be told apart.
        """
        check = self.check_word
        if _LEGACY_HINT.search(text) and (encoding := guess_encoding(text)):
            return [
                Issue(token.start, token.text, check(token.text) or Flag.LEGACY) for token in words(text)
                if check(token.text) or to_unicode(token.text, encoding) != token.text
            ]
        # The path taken on every keystroke: no Token objects, one cache look-up per word.
        cache = self._cache
        spans = address_spans(text)
        issues = []
        for match in WORD_PATTERN.finditer(text):
            word = match.group()
            flag = cache.get(word, _UNSEEN)
            if flag is _UNSEEN:
                flag = check(word)
            if flag is not None and not (spans and inside(match.start(), spans)):
                issues.append(Issue(match.start(), word, flag))
        return issues

    def check_tokens(self, tokens: Iterable[Token]) -> list[Issue]:
        check = self.check_word
        return [Issue(token.start, token.text, flag) for token in tokens if (flag := check(token.text))]

    def known_words(self) -> set[str]:
        """Words seen in the texts checked so far and found correct (to rank suggestions)."""
        return {word.lower() for word, flag in self._cache.items() if flag is None}

    def _judge(self, word: str) -> Flag | None:
        folded = _fold(word)
        if folded in self._words or folded in self._ignored:
            return None
        letters = set(word)
        if not _DIGITS.isdisjoint(letters):
            if word.upper() == word:
                return None  # A4, COVID-19, 5G: codes, not VNI keys
            decoded = decode_vni(word, self.style)
            return Flag.VNI if decoded and len(decoded) > 1 else None
        if "&" in letters or (len(word) < 2 and SPLIT.get(word, ("", 0))[0] not in BASE_VOWELS):
            return None  # KH&CN; a lone consonant is a list marker ("b)") or a symbol
        if not letters <= VIETNAMESE_LETTERS:  # the common case, Vietnamese letters only, skips this
            if not _COMBINING.isdisjoint(letters):
                return Flag.DECOMPOSED
            if looks_tcvn3(word):
                return Flag.LEGACY
            if any(c not in VIETNAMESE_LETTERS and not c.isascii() for c in word):
                return Flag.LEGACY if any("\u00c0" <= c <= "\u00ff" for c in word) else Flag.LETTER
        elif not word[1:].islower() and looks_tcvn3(word):
            return Flag.LEGACY  # "thÈm": a Latin-1 capital after a small letter
        if (not word[1:].islower() and self._abbreviation(word)) or folded in LOANWORDS:
            return None
        if folded in PLACE_NAME_SYLLABLES or folded in ABBREVIATIONS:
            return None
        verdict = check_syllable(word)
        if verdict.ok:
            return None
        if word.isascii() and decode_telex(word, self.style):
            return Flag.TELEX
        if not word.isascii() and (decoded := vni_to_unicode(word)) != word and check_syllable(decoded).ok:
            return Flag.LEGACY  # VNI font codes: "Baùo", "tieát"
        return Flag(verdict.problem.value)

    @staticmethod
    def _abbreviation(word: str) -> bool:
        if any(c in _VIETNAMESE_MARKED for c in word):
            return False
        return any(c.isupper() for c in word[1:])
