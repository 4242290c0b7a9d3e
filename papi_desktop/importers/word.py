"""The text of a Word body, in reading order, as Word or LibreOffice shows it.

A paragraph's text is read run by run, because a run's font says whether it holds TCVN3
(``.VnTime``) or VNI (``VNI-Times``) text; neighbouring runs in the same legacy font are
converted together, so a letter and its mark split over two runs still become one
Vietnamese letter. Every element that carries text in a body is read: ``w:t``, tabs and
positional tabs, line breaks and carriage returns, non-breaking and soft hyphens (LibreOffice
stores TCVN3's "ư" byte, 0xAD, as ``w:softHyphen``), symbols (``w:sym``), the results of fields
(not their instructions), content controls, text boxes, math text, and one branch of each
``mc:AlternateContent`` (Word writes the same text box twice, for new and for old readers).

List numbers and bullets Word draws by itself are written out ("II.", "1.", "- ") so that the
recogniser sees what the clerk sees.

Hostile files cannot make this slow: numbering counters and list starts are bounded,
styles' ``basedOn`` chains are resolved once each (iteratively, loops cut), and nesting
deeper than :data:`MAX_DEPTH` (text boxes in text boxes, tables in tables) is read flat
rather than recursively — its text is kept, its structure is not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from papi_desktop.importers.legacy import font_encoding, guess_encoding, to_unicode
from papi_desktop.model.tables import Table
from papi_desktop.model.text import clean_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"

MAX_TABLE_ROWS = 2000  # as papi_desktop.model.tables allows
MAX_TABLE_COLUMNS = 30
# The words of a report's layout tables: the header (Quốc hiệu, "Số:", the date line) and the
# recipients and signature. A table holding them is layout, never a table of content.
_LAYOUT_WORDS = re.compile(
    r"cộng hòa xã hội|cộng hoà xã hội|độc lập - tự do|^số:|nơi nhận|^kt\.|^tm\.|^tl\.|giám đốc|chủ tịch|"
    r"ngày \d{1,2} tháng \d{1,2} năm", re.IGNORECASE | re.MULTILINE,
)
MAX_DEPTH = 8  # text boxes / tables / content controls inside each other
MAX_COUNTER = 32767  # Word's own limit for a list number
MAX_LEVEL = 8  # list levels 0-8


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


T, TAB, PTAB, BR, CR = _w("t"), _w("tab"), _w("ptab"), _w("br"), _w("cr")
NO_BREAK_HYPHEN, SOFT_HYPHEN, SYM, FLD_CHAR = _w("noBreakHyphen"), _w("softHyphen"), _w("sym"), _w("fldChar")
P, TBL, TR, TC, R = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r")
SDT, SDT_CONTENT, TXBX = _w("sdt"), _w("sdtContent"), _w("txbxContent")
ALTERNATE, CHOICE, FALLBACK = f"{{{MC_NS}}}AlternateContent", f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
MATH_T = f"{{{M_NS}}}t"

# Containers whose children are read as if they stood in the paragraph (runs) or the body.
_RUN_CONTAINERS = frozenset(_w(tag) for tag in (
    "hyperlink", "ins", "smartTag", "fldSimple", "customXml", "sdt", "sdtContent", "moveTo", "bdo", "dir",
)) | {f"{{{M_NS}}}{tag}" for tag in ("oMath", "oMathPara", "r", "e", "num", "den", "sub", "sup", "f", "d")}
_BODY_CONTAINERS = frozenset(_w(tag) for tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"))
# Deleted or moved-away text and what never shows in the body.
_SKIPPED = frozenset(_w(tag) for tag in ("del", "moveFrom", "pPr", "rPr", "sectPr", "proofErr", "instrText", "delText"))

# w:sym in the Symbol and Wingdings fonts: the private-use codes Word writes for the marks
# reports use as bullets or arrows.
_SYMBOLS = {0xF0B7: "•", 0xF0A7: "▪", 0xF02D: "-", 0xF0D8: "➢", 0xF0FC: "✓", 0xF0E0: "→", 0xF076: "❖", 0xF0A8: "□"}


def symbol_text(code: str | None) -> str:
    """The character a ``w:sym`` shows; an unknown private-use code of the Symbol font maps
    to its ASCII position (Symbol keeps digits and punctuation there)."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    if value in _SYMBOLS:
        return _SYMBOLS[value]
    if 0xF020 <= value <= 0xF07E:
        return chr(value - 0xF000)
    return chr(value) if 0x20 <= value < 0x110000 and not 0xD800 <= value < 0xE000 else ""


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    """Roman numerals up to 3999; larger numbers (no report has them) stay decimal."""
    if not 0 < number < 4000:
        return str(number)
    result = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        result.append(letters * count)
    return "".join(result)


def format_number(number: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return roman(number)
    if fmt == "lowerRoman":
        return roman(number).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (number - 1) % 26) if number > 0 else str(number)
        return letter.upper() if fmt == "upperLetter" else letter
    return str(number)


def _int(value: str | None, default: int, low: int, high: int) -> int:
    """An attribute as a number in [low, high]; anything else (``"abc"``, huge) → bounded."""
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return min(max(number, low), high)


def _is_layout(rows: list[list[str]]) -> bool:
    """The header or signature table of a report: two columns at most, a few rows, and the
    fixed words of those parts in its cells."""
    columns = max(len(row) for row in rows)
    if columns > 2 or len(rows) > 6:
        return False
    return any(_LAYOUT_WORDS.search(cell.strip()) for row in rows for cell in row)


# A tab (with any spaces around it) is one space: "-<Tab>Nội dung" reads "- Nội dung".
_TAB_RUN = re.compile(r"[ \t]*\t[ \t]*")


@dataclass
class WordLine:
    """One line of a Word body (a paragraph, or a manual line of one)."""

    text: str
    in_table: bool
    centered: bool
    auto_number: str


class WordReader:
    """Walks the body XML in document order: paragraphs, tables (cell by cell, nested tables
    too), content controls and text boxes."""

    def __init__(self, document) -> None:
        self.document = document
        self.lines: list[WordLine] = []
        self.converted: dict[str, int] = {}
        styles_element = document.styles.element
        self.styles = {s.get(_w("styleId")): s for s in styles_element.iter(_w("style"))}
        self.default_style = next(
            (style_id for style_id, s in self.styles.items()
             if s.get(_w("type")) == "paragraph" and s.get(_w("default")) in ("1", "true")), None)
        self.default_font = self._font_of(styles_element.find(f"{_w('docDefaults')}/{_w('rPrDefault')}"))
        self._style_cache: dict[tuple[str, str], object] = {}
        self.tables = 0  # tables of content read as tables
        self.merged_tables = 0  # of those, tables whose merged cells were split into plain ones
        self.numbering = self._numbering_levels()
        self.counters: dict[str, list[int]] = {}
        self._field_depth = 0  # fields can span runs and paragraphs: [begin, separate) hides text
        self._field_states: list[bool] = []  # per open field: True once its result has started

    # numbering -----------------------------------------------------------------------
    def _numbering_levels(self) -> dict[tuple[str, int], tuple[str, str, int]]:
        """(numId, level) → (format, level text, start) from the numbering part."""
        try:
            numbering = self.document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return {}
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for element in numbering.iter(_w("abstractNum")):
            levels = {}
            for level in element.iter(_w("lvl")):
                fmt = level.find(_w("numFmt"))
                text = level.find(_w("lvlText"))
                start = level.find(_w("start"))
                levels[_int(level.get(_w("ilvl")), 0, 0, MAX_LEVEL)] = (
                    fmt.get(_w("val"), "decimal") if fmt is not None else "decimal",
                    text.get(_w("val"), "") if text is not None else "",
                    _int(start.get(_w("val")), 1, 0, MAX_COUNTER) if start is not None else 1,
                )
            abstract[element.get(_w("abstractNumId"))] = levels
        result = {}
        for num in numbering.iter(_w("num")):
            reference = num.find(_w("abstractNumId"))
            if reference is None:
                continue
            for level, spec in abstract.get(reference.get(_w("val")), {}).items():
                result[(num.get(_w("numId")), level)] = spec
        return result

    def _list_label(self, p) -> str:
        numPr = p.find(f"{_w('pPr')}/{_w('numPr')}")
        if numPr is None:
            numPr = self._style_value(self._paragraph_style_id(p), "numPr", lambda s: s.find(f"{_w('pPr')}/{_w('numPr')}"))
        if numPr is None:
            return ""
        num_id_element = numPr.find(_w("numId"))
        level_element = numPr.find(_w("ilvl"))
        if num_id_element is None:
            return ""
        num_id = num_id_element.get(_w("val"))
        level = _int(level_element.get(_w("val")), 0, 0, MAX_LEVEL) if level_element is not None else 0
        spec = self.numbering.get((num_id, level))
        if spec is None or num_id == "0":
            return ""
        fmt, text, start = spec
        if fmt == "bullet":
            return "- "
        if fmt == "none":
            return ""
        counters = self.counters.setdefault(num_id, [0] * (MAX_LEVEL + 1))
        for deeper in range(level + 1, MAX_LEVEL + 1):
            counters[deeper] = 0
        counters[level] = start if counters[level] == 0 else min(counters[level] + 1, 10 * MAX_COUNTER)

        def value(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            if not 0 <= index <= MAX_LEVEL:
                return ""
            level_spec = self.numbering.get((num_id, index), ("decimal", "", 1))
            return format_number(counters[index] or level_spec[2], level_spec[0])

        label = re.sub(r"%(\d)", value, text[:50]).strip()
        return f"{label} " if label else ""

    # styles ------------------------------------------------------------------------
    def _style_value(self, style_id: str | None, what: str, read):
        """The first non-None ``read(style)`` along the ``basedOn`` chain from ``style_id``,
        computed once per style (cached), iteratively, with loops cut."""
        chain: list[str] = []
        found = None
        seen: set[str] = set()
        while style_id and style_id not in seen:
            cached = self._style_cache.get((what, style_id), chain)  # ``chain`` = not cached
            if cached is not chain:
                found = cached
                break
            seen.add(style_id)
            chain.append(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            found = read(style)
            if found is not None:
                break
            based = style.find(_w("basedOn"))
            style_id = based.get(_w("val")) if based is not None else None
        for visited in chain:
            self._style_cache[(what, visited)] = found
        return found

    @staticmethod
    def _font_of(container) -> str | None:
        if container is None:
            return None
        fonts = container.find(f".//{_w('rFonts')}")
        if fonts is None:
            return None
        names = [fonts.get(_w(name)) for name in ("hAnsi", "ascii", "cs", "eastAsia")]
        legacy = [name for name in names if name and font_encoding(name)[0]]
        if legacy:
            return legacy[0]
        return next((name for name in names if name), None)

    def _style_font(self, style_id: str | None) -> str | None:
        return self._style_value(style_id, "font", lambda s: self._font_of(s.find(_w("rPr"))))

    def _paragraph_style_id(self, p) -> str | None:
        style = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        return style.get(_w("val")) if style is not None else self.default_style

    def _centered(self, p) -> bool:
        jc = p.find(f"{_w('pPr')}/{_w('jc')}")
        if jc is None:
            jc = self._style_value(self._paragraph_style_id(p), "jc", lambda s: s.find(f"{_w('pPr')}/{_w('jc')}"))
        return jc is not None and jc.get(_w("val")) == "center"

    # walking -----------------------------------------------------------------------
    def read(self, container, in_table: bool = False, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            self._read_flat(container, in_table)
            return
        for child in container:
            tag = child.tag
            if tag == P:
                self.paragraph(child, in_table, depth)
            elif tag == TBL:
                if depth == 0 and not in_table:
                    self.body_table(child)
                    continue
                for row in child.iterchildren(TR):
                    for cell in row.iterchildren(TC):
                        self.read(cell, True, depth + 1)
            elif tag in _BODY_CONTAINERS:
                self.read(child, in_table, depth + 1)
            elif tag == ALTERNATE:
                branch = self._branch(child)
                if branch is not None:
                    self.read(branch, in_table, depth + 1)

    # tables of content -------------------------------------------------------------
    def body_table(self, table) -> None:
        """A table of the body: one table line of the part's text when it holds content
        (figures, tasks, scores); a layout table (the header's or the signature's) as its
        cells' lines, which the recogniser reads line by line."""
        rows: list[list[str]] = []
        cell_lines: list[WordLine] = []
        merged = False
        for row in table.iterchildren(TR):
            cells: list[str] = []
            for cell in row.iterchildren(TC):
                properties = cell.find(_w("tcPr"))
                span, continues = 1, False
                if properties is not None:
                    grid_span = properties.find(_w("gridSpan"))
                    if grid_span is not None and (grid_span.get(_w("val")) or "").isdigit():
                        span = max(1, min(int(grid_span.get(_w("val"))), MAX_TABLE_COLUMNS))
                    v_merge = properties.find(_w("vMerge"))
                    continues = v_merge is not None and v_merge.get(_w("val")) in (None, "continue")
                start = len(self.lines)
                self.read(cell, True, 1)
                text = " ".join(line.text for line in self.lines[start:])
                cell_lines.extend(self.lines[start:])
                del self.lines[start:]
                merged = merged or span > 1 or continues
                cells.append("" if continues else text)
                cells.extend("" for _ in range(span - 1))
            if cells:
                rows.append(cells[:MAX_TABLE_COLUMNS])
        if not rows or _is_layout(rows) or len(rows) > MAX_TABLE_ROWS:
            self.lines.extend(cell_lines)  # read cell by cell: nothing is lost
            return
        widths = [
            int(column.get(_w("w"))) for column in table.iterfind(f"{_w('tblGrid')}/{_w('gridCol')}")
            if (column.get(_w("w")) or "").isdigit()
        ]
        header_rows = sum(1 for row in table.iterchildren(TR) if row.find(f"{_w('trPr')}/{_w('tblHeader')}") is not None)
        found = Table(tuple(tuple(row) for row in rows), header_rows if header_rows else min(1, len(rows) - 1),
                      tuple(float(w) for w in widths) if len(widths) == max(len(r) for r in rows) else ())
        self.lines.append(WordLine(found.to_line(), False, False, ""))
        self.tables += 1
        self.merged_tables += merged

    @staticmethod
    def _branch(alternate):
        """The one branch of ``mc:AlternateContent`` to read: the first Choice, else the Fallback."""
        return alternate.find(CHOICE) if alternate.find(CHOICE) is not None else alternate.find(FALLBACK)

    def _read_flat(self, container, in_table: bool) -> None:
        """Nesting too deep to follow: every paragraph below as one line, in document order.
        Each paragraph's own runs only (:meth:`_pieces` does not enter text boxes); the
        paragraphs of boxes inside it come next in ``iter``: linear in the size of the XML."""
        for p in container.iter(P):
            if self._in_unread_branch(p, container):
                continue
            pieces: list[tuple[str, object]] = []
            self._pieces(p, pieces)
            self._end_of_paragraph()
            text = "".join(text for text, _ in pieces)
            encoding = guess_encoding(text)  # fonts are not looked at here: the characters say
            text = clean_text(to_unicode(text, encoding).replace("\u00ad", ""))
            if text.strip():
                self._add(text, in_table, False, "")

    @staticmethod
    def _in_unread_branch(element, container) -> bool:
        """Whether ``element`` lies in the ``mc:Fallback`` of an ``mc:AlternateContent`` that
        has a Choice (the copy for old readers: its text is read from the Choice)."""
        for ancestor in element.iterancestors():
            if ancestor is container:
                return False
            if ancestor.tag == FALLBACK and ancestor.getparent() is not None and ancestor.getparent().find(CHOICE) is not None:
                return True
        return False

    def _boxes(self, element):
        """Text boxes anchored in ``element`` (a run or paragraph), not those inside them,
        one branch of each ``mc:AlternateContent``."""
        for child in element:
            if child.tag == TXBX:
                yield child
            elif child.tag == ALTERNATE:
                branch = self._branch(child)
                if branch is not None:
                    yield from self._boxes(branch)
            elif child.tag not in _SKIPPED and child.tag != P:
                yield from self._boxes(child)

    def _pieces(self, element, out: list[tuple[str, object]]) -> None:
        """(text, run) pairs of a paragraph in order, through every container of runs."""
        for child in element:
            tag = child.tag
            if tag == R:
                for item in child:
                    text = self._item_text(item)
                    if text:
                        out.append((text, child))
            elif tag in _RUN_CONTAINERS:
                self._pieces(child, out)
            elif tag == ALTERNATE:
                branch = self._branch(child)
                if branch is not None:
                    self._pieces(branch, out)
            elif tag == MATH_T:
                out.append((child.text or "", None))

    def _end_of_paragraph(self) -> None:
        """A field whose instruction is still open at a paragraph's end is damaged (Word
        ends an instruction within its paragraph): it must not hide the text after it."""
        self._field_states = [started for started in self._field_states if started]

    def _item_text(self, item) -> str:
        tag = item.tag
        if tag == FLD_CHAR:
            kind = item.get(_w("fldCharType"))
            if kind == "begin":
                self._field_states.append(False)
            elif kind == "separate" and self._field_states:
                self._field_states[-1] = True
            elif kind == "end" and self._field_states:
                self._field_states.pop()
            return ""
        if self._field_states and not self._field_states[-1]:
            return ""  # a field's instruction: not what the reader sees
        if tag == T or tag == MATH_T:
            return item.text or ""
        if tag in (TAB, PTAB):
            return "\t"
        if tag in (BR, CR):
            return "\n"
        if tag == NO_BREAK_HYPHEN:
            return "-"
        if tag == SOFT_HYPHEN:
            return "\u00ad"  # TCVN3's "ư"; an optional hyphen (dropped) in any other font
        if tag == SYM:
            return symbol_text(item.get(_w("char")))
        return ""

    def paragraph(self, p, in_table: bool, depth: int = 0) -> None:
        for box in self._boxes(p):
            self.read(box, in_table, depth + 1)
        paragraph_font = self._style_font(self._paragraph_style_id(p)) or self.default_font
        pieces: list[tuple[str, object]] = []
        self._pieces(p, pieces)
        self._end_of_paragraph()
        # Runs in the same legacy font are converted together: a letter and its VNI mark
        # may sit in two runs. Runs formatted "All caps" read in capitals, as they show.
        groups: list[list] = []  # [encoding, capitals, caps, [texts]]
        paragraph_caps = self._style_caps(self._paragraph_style_id(p))
        for text, run in pieces:
            encoding, capitals = font_encoding(self._run_font(run) or paragraph_font)
            caps = self._run_caps(run, paragraph_caps)
            if groups and groups[-1][:3] == [encoding, capitals, caps]:
                groups[-1][3].append(text)
            else:
                groups.append([encoding, capitals, caps, [text]])
        converted: set[str] = set()
        chunks = ["".join(texts) for *_, texts in groups]
        for (encoding, *_rest), chunk in zip(groups, chunks):
            if encoding is not None and chunk.strip():
                converted.add(encoding)
        guessed = None if converted else guess_encoding("".join(chunks))
        if guessed is not None:
            # No legacy font named (a file saved by another program, fonts substituted):
            # the paragraph's characters as a whole say TCVN3 or VNI.
            converted.add(guessed)
        parts = []
        for (encoding, capitals, caps, _texts), chunk in zip(groups, chunks):
            part = to_unicode(chunk, encoding or guessed, capitals)
            parts.append(part.upper() if caps else part)
        text = "".join(parts)
        text = clean_text(text.replace("\u00ad", ""))
        if not text.strip():
            return
        for encoding in converted:
            self.converted[encoding] = self.converted.get(encoding, 0) + 1
        self._add(text, in_table, self._centered(p), self._list_label(p))

    @staticmethod
    def _caps_of(rPr) -> bool | None:
        """``w:caps`` in run properties: True, False (explicitly off) or None (not said)."""
        caps = rPr.find(_w("caps")) if rPr is not None else None
        if caps is None:
            return None
        return caps.get(_w("val"), "true") not in ("0", "false", "off")

    def _style_caps(self, style_id: str | None) -> bool:
        return bool(self._style_value(style_id, "caps", lambda s: self._caps_of(s.find(_w("rPr")))))

    def _run_caps(self, run, paragraph_caps: bool) -> bool:
        if run is None:
            return False
        rPr = run.find(_w("rPr"))
        own = self._caps_of(rPr)
        if own is not None:
            return own
        style = rPr.find(_w("rStyle")) if rPr is not None else None
        if style is not None and self._style_caps(style.get(_w("val"))):
            return True
        return paragraph_caps

    def _run_font(self, run) -> str | None:
        if run is None:
            return None
        rPr = run.find(_w("rPr"))
        font = self._font_of(rPr)
        if font is None and rPr is not None:
            style = rPr.find(_w("rStyle"))
            font = self._style_font(style.get(_w("val")) if style is not None else None)
        return font

    def _add(self, text: str, in_table: bool, centered: bool, label: str) -> None:
        first = True
        for line in text.split("\n"):
            line = _TAB_RUN.sub(" ", line).strip()
            if not line:
                continue
            prefix = label if first else ""
            first = False
            self.lines.append(WordLine(unicodedata.normalize("NFC", prefix + line), in_table, centered, label.strip()))
