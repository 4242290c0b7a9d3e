"""Cutting text into the words the checker looks at, with their places in the text.

A word is a run of letters, digits, combining marks and the Latin-1 codes that legacy
TCVN3 text stores its letters in (so "Qu¶ng" stays one word and can be recognised);
"&" joins two runs (KH&CN). Web addresses, e-mail addresses and domain names are passed
over whole: none of their pieces is a word.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from papi_desktop.importers.legacy import tcvn3_to_unicode

# The Latin-1 punctuation-range codes (A1–BF) that TCVN3 stores Vietnamese letters in.
LEGACY_CODES = "".join(chr(code) for code in range(0xA1, 0xC0) if tcvn3_to_unicode(chr(code)) != chr(code))
_LEGACY = LEGACY_CODES
_WORD_CHAR = r"[^\W_]|[\u0300-\u036f" + re.escape(_LEGACY) + "]"
_SKIP = (
    r"(?:https?|ftp)://\S+"
    r"|www\.\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info|int)\b(?:/\S*)?"
)
_PATTERN = re.compile(f"(?P<skip>{_SKIP})|(?P<word>(?:{_WORD_CHAR})+(?:&(?:{_WORD_CHAR})+)*)")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def words(text: str) -> list[Token]:
    """The words of ``text`` in order, addresses left out."""
    return [Token(match.start(), match.group("word")) for match in _PATTERN.finditer(text) if match.group("word")]


def word_at(text: str, position: int) -> Token | None:
    """The word that covers ``position`` (a cursor just after a word counts as in it)."""
    for token in words(text):
        if token.start <= position <= token.end:
            return token
        if token.start > position:
            break
    return None


def looks_tcvn3(word: str) -> bool:
    """A word that TCVN3 font codes may have made: a code from A1–BF, a Latin-1 letter that
    Vietnamese lacks, or a Latin-1 capital after a small letter ("thÈm" is TCVN3 "thẩm")."""
    previous_lower = False
    for char in word:
        if char in LEGACY_CODES:
            return True
        if "\u00c0" <= char <= "\u00ff":
            if previous_lower and char.isupper() or not _VIETNAMESE_LATIN1.get(char, False):
                return True
        previous_lower = char.islower()
    return False


# Latin-1 letters that are also Vietnamese letters in Unicode (à á â ã è é ê ì í ò ó ô õ ù ú ý …)
_VIETNAMESE_LATIN1 = {
    chr(code): chr(code).lower() in "àáâãèéêìíòóôõùúý" for code in range(0xC0, 0x100)
}
