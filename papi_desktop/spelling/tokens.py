"""Cutting text into the words the checker looks at, with their places in the text.

A word is a run of letters, digits, combining marks and the Latin-1 codes that legacy
TCVN3 text stores its letters in (so "Qu¶ng" stays one word and can be recognised);
"&" joins two runs (KH&CN). Web addresses, e-mail addresses and domain names are passed
over whole: none of their pieces is a word.
"""

from __future__ import annotations

from typing import NamedTuple
import re

from papi_desktop.importers.legacy import tcvn3_to_unicode

# The Latin-1 punctuation-range codes (A1–BF) that TCVN3 stores Vietnamese letters in.
LEGACY_CODES = "".join(chr(code) for code in range(0xA1, 0xC0) if tcvn3_to_unicode(chr(code)) != chr(code))
_LEGACY = LEGACY_CODES
# One character class (underscore included: cheaper than excluding it, and harmless).
_WORD = r"[\w\u0300-\u036f" + re.escape(_LEGACY) + r"]+"
WORD_PATTERN = re.compile(f"{_WORD}(?:&{_WORD})*")
# Addresses are looked for only in a text that has a sign of one: most paragraphs have none.
_ADDRESS_SIGN = re.compile(r"@|://|www\.|\.(?:vn|com|net|org|gov|edu|info|int)\b", re.IGNORECASE)
_DOMAINS = frozenset({"vn", "com", "net", "org", "gov", "edu", "info", "int"})
_SPACE = re.compile(r"\s")


def _is_address(found: str) -> bool:
    if "://" in found or "@" in found or found[:4].lower() == "www.":
        return True
    host = found.split("/", 1)[0]
    return "." in host and host.rsplit(".", 1)[-1].lower() in _DOMAINS


def address_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each web or e-mail address in ``text``: the run of non-space characters
    around a sign of one, without the punctuation that ends a sentence."""
    spans: list[tuple[int, int]] = []
    for sign in _ADDRESS_SIGN.finditer(text):
        if spans and sign.start() < spans[-1][1]:
            continue
        start = sign.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        after = _SPACE.search(text, sign.end())
        end = after.start() if after else len(text)
        while end > start and text[end - 1] in ".,;:!?)]}\"'”’":
            end -= 1
        while start < end and text[start] in "([{\"'“‘":
            start += 1
        if _is_address(text[start:end]):
            spans.append((start, end))
    return spans


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


class Token(NamedTuple):
    """A word and where it starts (a tuple: thousands are made per page, cheaply)."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def words(text: str) -> list[Token]:
    """The words of ``text`` in order, addresses left out."""
    found = [Token(match.start(), match.group()) for match in WORD_PATTERN.finditer(text)]
    spans = address_spans(text)
    if spans:
        found = [t for t in found if not inside(t.start, spans)]
    return found


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
