"""The one mapping between a :class:`Report` and its rows, and the check of every value read.

A ``.papi`` file may come from anywhere: SQLite keeps whatever a cell was given (a year typed
as text, a date that is not one, JSON that is not JSON, bytes that are not UTF-8), so nothing
read from a row is trusted. Every value passes :func:`report_from_rows` (or
:func:`summary_from_row`) on its way to the model; a value that does not fit raises
:class:`BadRow`, which names the report and the column, so the caller can skip that report
or refuse it with a clear message instead of a traceback. Saving, loading, searching and
merging all use this module, so a column is mapped in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass
import datetime
import json
import sqlite3
from typing import Any, Iterable, Mapping, Sequence

from papi_desktop.errors import BAD_SECTION, BAD_TEXT, BAD_VALUE, Text
from papi_desktop.model.catalogue import CatalogueError
from papi_desktop.model.period import Period
from papi_desktop.model.report import Header, HeadingCase, Report, Signature, Status
from papi_desktop.model.serialize import report_to_dict
from papi_desktop.model.text import clean_line, clean_text
from papi_desktop.store.schema import iso_utc, parse_utc

# The columns a clerk edits: compared and written by saving; compared by merging.
HEADER_COLUMNS = (
    "catalogue", "year", "quarter", "parent_agency", "agency", "agency_in_text", "number", "symbol",
    "place", "date", "title", "recipients", "archive", "sig_authority", "sig_head_title",
    "sig_signer_title", "sig_name", "status", "heading_case", "addressee",
)
_PLAIN_TEXT = (
    "parent_agency", "agency", "agency_in_text", "number", "symbol", "place", "archive",
    "sig_authority", "sig_head_title", "sig_signer_title", "sig_name",
)

# Placeholders for the parts of a Report that a summary's title does not depend on.
_SOME_DAY = datetime.date(2000, 1, 1)
_SOME_MOMENT = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)


class BadRow(ValueError):
    """A row that cannot become part of a report: ``reason`` says which value, for the clerk."""

    def __init__(self, report_id: str, name: str, reason: Text, detail: str) -> None:
        super().__init__(f"report {report_id!r}: {detail}")
        self.report_id = report_id
        self.name = name
        self.reason = reason
        self.detail = detail


class NotUtf8(bytes):
    """A text cell whose bytes are not UTF-8 (see :func:`fetch`)."""


def _lenient_text(value: bytes) -> str | NotUtf8:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return NotUtf8(value)


def fetch(
    conn: sqlite3.Connection, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()
) -> tuple[list[str], list[tuple]]:
    """Column names and rows of ``sql``; a text cell that is not UTF-8 comes back as :class:`NotUtf8`."""
    names, rows, _lenient = fetch_marked(conn, sql, parameters)
    return names, rows


def fetch_marked(
    conn: sqlite3.Connection, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()
) -> tuple[list[str], list[tuple], bool]:
    """:func:`fetch`, and whether any cell had to be marked :class:`NotUtf8`.

    The usual case runs at C speed; only when SQLite's decoding fails is the query run again
    with a decoder that marks the bad cells (the caller holds the store's mutex, so changing
    the connection's ``text_factory`` for that moment touches no other query).
    """
    try:
        cursor = conn.execute(sql, parameters)
        return [column[0] for column in cursor.description], cursor.fetchall(), False
    except sqlite3.OperationalError as error:
        if "decode" not in str(error).lower():
            raise
    previous = conn.text_factory
    conn.text_factory = _lenient_text
    try:
        cursor = conn.execute(sql, parameters)
        return [column[0] for column in cursor.description], cursor.fetchall(), True
    finally:
        conn.text_factory = previous


def fetch_dicts(conn: sqlite3.Connection, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()) -> list[dict]:
    """:func:`fetch` with each row as a dict by column name."""
    names, rows = fetch(conn, sql, parameters)
    return [dict(zip(names, row)) for row in rows]


# --- checking single values -------------------------------------------------------------------


def row_name(row: Mapping[str, Any]) -> str:
    """How a row is named to the clerk: its trích yếu if readable, else its period and id
    (the id is what ``papi-desktop list`` prints and ``export --report`` takes)."""
    title, report_id = row.get("title"), row.get("id")
    if isinstance(title, str) and title.strip():
        return clean_line(title)
    shown_id = report_id if isinstance(report_id, str) else repr(report_id)
    try:
        return f"{Period(row.get('year'), row.get('quarter')).short_label()}, ID {shown_id}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return f"ID {shown_id}"


def _shown(value: Any) -> str:
    shown = repr(value) if not isinstance(value, str) else f"“{value}”"
    return shown if len(shown) <= 60 else shown[:57] + "…"


class _Reader:
    """Reads the columns of one row, raising :class:`BadRow` for the first value that does not fit."""

    def __init__(self, row: Mapping[str, Any]) -> None:
        self.row = row
        report_id = row.get("id")
        self.id = report_id if isinstance(report_id, str) else repr(report_id)
        self.name = row_name(row)

    def bad(self, column: str, why: str, *, template: str = BAD_VALUE) -> BadRow:
        value = self.row.get(column)
        return BadRow(
            self.id, self.name, Text(template, {"column": column, "value": _shown(value)}),
            f"column {column}: {why} ({value!r:.80})",
        )

    def raw(self, column: str) -> Any:
        value = self.row.get(column)
        if isinstance(value, NotUtf8):
            raise self.bad(column, "not UTF-8", template=BAD_TEXT)
        return value

    def text(self, column: str, *, default: str | None = None) -> str:
        value = self.raw(column)
        if value is None and default is not None:
            return default
        if not isinstance(value, str):
            raise self.bad(column, f"{type(value).__name__} where text belongs")
        return value

    def optional_text(self, column: str) -> str | None:
        value = self.raw(column)
        return None if value is None else self.text(column)

    def integer(self, column: str) -> int:
        value = self.raw(column)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.bad(column, f"{type(value).__name__} where a whole number belongs")
        return value

    def period(self) -> Period:
        year, quarter = self.integer("year"), self.integer("quarter")
        try:
            return Period(year, quarter)
        except ValueError as error:
            raise self.bad("quarter" if not 1 <= quarter <= 4 else "year", str(error)) from None

    def date(self, column: str) -> datetime.date:
        value = self.text(column)
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise self.bad(column, "not an ISO date") from None

    def moment(self, column: str) -> datetime.datetime:
        return parse_stamp(self.text(column), lambda why: self.bad(column, why))

    def choice(self, column: str, kind: type, default: Any) -> Any:
        if column not in self.row:  # a file of schema 1 has no heading_case yet
            return default
        value = self.text(column)
        try:
            return kind(value)
        except ValueError:
            raise self.bad(column, f"not one of {[str(member) for member in kind]}") from None

    def addressee(self) -> str:
        """The "Kính gửi" line: empty in a file older than the column (read as it is)."""
        if "addressee" not in self.row:
            return ""
        return self.text("addressee")

    def source_id(self) -> str | None:
        """The report this one was made from: a hint for the carried-over marks, so a value that
        is not an id (or a file older than the column) reads as "not known", never as an error."""
        value = self.row.get("source_id")
        return value if isinstance(value, str) and not isinstance(value, NotUtf8) and value else None

    def recipients(self) -> list[str]:
        value = self.text("recipients")
        try:
            lines = json.loads(value)
        except ValueError:
            raise self.bad("recipients", "not JSON") from None
        if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
            raise self.bad("recipients", "not a JSON list of texts")
        return lines


def parse_stamp(value: str, bad: Any) -> datetime.datetime:
    """A stored moment (``iso_utc``); ``bad(why)`` makes the exception for one that is not."""
    try:
        moment = parse_utc(value)
    except (ValueError, TypeError):
        raise bad("not an ISO date and time") from None
    if not 1900 <= moment.year <= 9999:
        raise bad("year out of range")
    return moment


def canonical_stamp(value: Any, bad: Any) -> str:
    """``value`` checked as a moment and written as :func:`iso_utc` writes it (one width, so text order is time order)."""
    if not isinstance(value, str):
        raise bad(f"{type(value).__name__} where a date and time belongs")
    return iso_utc(parse_stamp(value, bad))


# --- rows → model ------------------------------------------------------------------------------


def report_from_rows(row: Mapping[str, Any], sections: Iterable[tuple[Any, Any]]) -> Report:
    """The report of one ``reports`` row and its ``(key, body)`` section rows; raises :class:`BadRow`."""
    read = _Reader(row)
    report_id = read.text("id")
    if not report_id:
        raise read.bad("id", "empty id")
    header = Header(
        **{name: read.text(name) for name in ("parent_agency", "agency", "agency_in_text", "number", "symbol", "place")},
        addressee=read.addressee(),
        date=read.date("date"),
    )
    signature = Signature(
        authority=read.text("sig_authority"), head_title=read.text("sig_head_title"),
        signer_title=read.text("sig_signer_title"), signer_name=read.text("sig_name"),
    )
    bodies: dict[str, str] = {}
    for key, body in sections:
        if not isinstance(key, str) or not isinstance(body, str):
            column = key if isinstance(key, str) else "?"
            raise BadRow(
                report_id, read.name, Text(BAD_SECTION, {"column": column, "value": _shown(body)}),
                f"section {key!r}: not text ({type(body).__name__})",
            )
        bodies[key] = body
    report = Report(
        period=read.period(),
        header=header,
        title_override=read.optional_text("title") or None,
        sections={},
        recipients=read.recipients(),
        archive=read.text("archive"),
        signature=signature,
        status=read.choice("status", Status, Status.DRAFT),
        heading_case=read.choice("heading_case", HeadingCase, HeadingCase.UPPER),
        catalogue_key=read.text("catalogue"),
        id=report_id,
        created_at=read.moment("created_at"),
        updated_at=read.moment("updated_at"),
        source_id=read.source_id(),
    )
    try:
        keys = report.section_keys()
    except CatalogueError as error:
        raise read.bad("catalogue", f"unknown catalogue: {error}") from None
    unknown = sorted(set(bodies) - set(keys))
    if unknown:
        raise BadRow(
            report_id, read.name, Text(BAD_SECTION, {"column": unknown[0], "value": "?"}),
            f"sections not in catalogue {report.catalogue_key!r}: {unknown}",
        )
    report.sections = {key: bodies[key] for key in keys if key in bodies}
    report.normalise()
    return report


@dataclass(frozen=True)
class Summary:
    """One line of the report list: enough to show and sort it without loading the report
    (``papi_desktop.store.ReportSummary``)."""

    id: str
    period: Period
    title: str  # the effective title: the clerk's override, else derived
    status: Status
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None


def summary_from_row(row: Mapping[str, Any], titles: dict[tuple, str]) -> Summary:
    """One line of the report list; ``titles`` caches derived titles across rows. Raises :class:`BadRow`."""
    read = _Reader(row)
    period = read.period()
    catalogue, agency, agency_in_text = read.text("catalogue"), read.text("agency"), read.text("agency_in_text")
    title = read.optional_text("title")
    if title and title.strip():
        effective = title
    else:
        key = (catalogue, period, agency, agency_in_text)
        effective = titles.get(key) or titles.setdefault(key, effective_title(catalogue, period, agency, agency_in_text, None))
    # The rest of the row is checked too (cheaply: no report is built), so that a report the
    # list shows can be loaded, and one it cannot is named now.
    for name in _PLAIN_TEXT:
        read.text(name)
    read.date("date")
    read.recipients()
    read.moment("created_at")
    read.choice("heading_case", HeadingCase, HeadingCase.UPPER)
    deleted = read.optional_text("deleted_at")
    return Summary(
        id=read.text("id"), period=period, title=effective, status=read.choice("status", Status, Status.DRAFT),
        updated_at=read.moment("updated_at"),
        deleted_at=None if deleted is None else read.moment("deleted_at"),
    )


# --- the report list: checked by SQLite, read at C speed --------------------------------------------

_TEXT_COLUMNS = ("id", "catalogue", *_PLAIN_TEXT, "date", "recipients", "status", "created_at", "updated_at")
_SUMMARY_COLUMNS = ("id", "catalogue", "year", "quarter", "agency", "agency_in_text", "title", "status",
                    "updated_at", "deleted_at")


def sound_sql(with_heading_case: bool) -> str:
    """An SQL expression that is 1 when every value of a ``reports`` row has the type, range and
    form :func:`report_from_rows` wants (UTF-8 aside, which SQLite does not check), so that a
    listing of ten thousand rows checks them in C and builds :class:`BadRow` only for the rest."""
    checks = [f"typeof({name}) = 'text'" for name in _TEXT_COLUMNS]
    checks += [
        "typeof(title) IN ('text', 'null')", "typeof(deleted_at) IN ('text', 'null')",
        "typeof(year) = 'integer'", "year BETWEEN 1900 AND 9999",
        "typeof(quarter) = 'integer'", "quarter BETWEEN 1 AND 4",
        "status IN ('draft', 'final')", "id <> ''",
        # CASE: SQLite may evaluate every term of an AND, and json_type() fails on malformed JSON.
        "CASE WHEN typeof(recipients) = 'text' AND json_valid(recipients) THEN json_type(recipients) = 'array' "
        "AND NOT EXISTS (SELECT 1 FROM json_each(recipients) WHERE type <> 'text') ELSE 0 END",
        "date(date) IS NOT NULL", "julianday(created_at) IS NOT NULL", "julianday(updated_at) IS NOT NULL",
        "(deleted_at IS NULL OR julianday(deleted_at) IS NOT NULL)",
    ]
    if with_heading_case:
        checks.append("heading_case IN ('upper', 'as_typed')")
    return " AND ".join(checks)


def summaries(
    conn: sqlite3.Connection, *, include_deleted: bool, with_heading_case: bool,
) -> tuple[list[Summary], list[BadRow]]:
    """Every report's line of the list, most recently changed first, and the rows that do not read.

    One query: SQLite checks each row (:func:`sound_sql`); only a row it finds unsound is read
    again in full, to say which value is wrong.
    """
    where = "" if include_deleted else "WHERE deleted_at IS NULL"
    _names, rows, lenient = fetch_marked(
        conn,
        f"SELECT {', '.join(_SUMMARY_COLUMNS)}, ({sound_sql(with_heading_case)}) AS sound, rowid FROM reports "
        f"{where} ORDER BY updated_at DESC, id",
    )
    found: list[Summary] = []
    bad: list[BadRow] = []
    titles: dict[tuple, str] = {}
    for values in rows:
        if values[-2] == 1 and not (lenient and any(isinstance(value, NotUtf8) for value in values)):
            try:
                found.append(_fast_summary(values, titles))
                continue
            except (ValueError, TypeError):
                pass  # SQLite's idea of a date is looser than Python's: said below
        full = fetch_dicts(conn, "SELECT * FROM reports WHERE rowid = ?", [values[-1]])[0]
        try:
            report_from_rows(full, ())
            found.append(summary_from_row(full, titles))
        except BadRow as error:
            bad.append(error)
    return found, bad


def _fast_summary(values: Sequence[Any], titles: dict[tuple, str]) -> Summary:
    report_id, catalogue, year, quarter, agency, agency_in_text, title, status, updated, deleted = values[:10]
    period = Period(year, quarter)
    if title and title.strip():
        effective = title
    else:
        key = (catalogue, period, agency, agency_in_text)
        effective = titles.get(key) or titles.setdefault(key, effective_title(catalogue, period, agency, agency_in_text, None))
    return Summary(
        id=report_id, period=period, title=effective, status=Status(status), updated_at=parse_utc(updated),
        deleted_at=None if deleted is None else parse_utc(deleted),
    )


def search_rows(conn: sqlite3.Connection, *, with_heading_case: bool) -> list[tuple[str, str]]:
    """``(id, header text)`` of every readable report not in the recycle bin, newest first: what
    a search looks through besides the sections ."""
    names = ("id", "catalogue", "year", "quarter", "parent_agency", "agency", "agency_in_text", "number", "symbol",
             "place", "title", "recipients", "archive", "sig_authority", "sig_head_title", "sig_signer_title", "sig_name")
    _names, rows, lenient = fetch_marked(
        conn,
        f"SELECT {', '.join(names)}, ({sound_sql(with_heading_case)}) AS sound FROM reports "
        "WHERE deleted_at IS NULL ORDER BY updated_at DESC, id",
    )
    found = []
    for row in rows:
        if row[-1] != 1 or (lenient and any(isinstance(value, NotUtf8) for value in row)):
            continue  # not listed, so not found either
        report_id, catalogue, year, quarter, _parent, agency, agency_in_text = row[:7]
        title = effective_title(catalogue, Period(year, quarter), agency, agency_in_text, row[10])
        recipients = " ".join(json.loads(row[11]))
        found.append((report_id, "\n".join(str(value) for value in (*row[4:10], title, recipients, *row[12:17]) if value)))
    return found


def effective_title(catalogue: str, period: Period, agency: str, agency_in_text: str, title: str | None) -> str:
    """``Report.title`` from the few columns it depends on, without loading the report."""
    report = Report(
        period=period,
        header=Header(agency=agency, agency_in_text=agency_in_text, date=_SOME_DAY),
        title_override=title,
        catalogue_key=catalogue,
        id="",
        created_at=_SOME_MOMENT,
        updated_at=_SOME_MOMENT,
    )
    try:
        return report.title
    except CatalogueError:
        return title or period.long_label()


# --- model → rows ------------------------------------------------------------------------------


def report_to_row(report: Report) -> dict[str, Any]:
    """Every column of the ``reports`` row of ``report`` (``deleted_at`` aside): the model's own
    dictionary (:func:`~papi_desktop.model.serialize.report_to_dict`) laid flat, with times written
    by :func:`iso_utc` so that their text order is their time order."""
    data = report_to_dict(report)
    signature = data["signature"]
    return {
        "id": data["id"],
        "catalogue": data["catalogue"],
        "year": data["period"]["year"],
        "quarter": data["period"]["quarter"],
        **data["header"],
        "title": data["title"],
        "recipients": json.dumps(data["recipients"], ensure_ascii=False),
        "archive": data["archive"],
        "sig_authority": signature["authority"],
        "sig_head_title": signature["head_title"],
        "sig_signer_title": signature["signer_title"],
        "sig_name": signature["signer_name"],
        "status": data["status"],
        "heading_case": data["heading_case"],
        "created_at": iso_utc(report.created_at),
        "updated_at": iso_utc(report.updated_at),
        "source_id": data["source_id"],
    }


def clean_word(word: str) -> str:
    """A word of the agency's list as stored: one line, NFC, no surrounding space."""
    return clean_text(clean_line(word)).strip()


# --- a report with its history (merging, checking) ---------------------------------------------


@dataclass
class StoredReport:
    """A report as one file holds it: the report, when it went to the recycle bin, when each
    section was saved and every earlier text, oldest first. Moments are canonical ``iso_utc``
    strings, so two files' stamps compare as text."""

    report: Report
    deleted_at: str | None
    stamps: dict[str, str]
    revisions: list[tuple[str, str, str]]  # (key, text, saved_at)

    @property
    def id(self) -> str:
        return self.report.id

    @property
    def updated_at(self) -> str:
        return iso_utc(self.report.updated_at)


def stored_from_rows(
    row: Mapping[str, Any], sections: Iterable[tuple[Any, Any, Any]], revisions: Iterable[tuple[Any, Any, Any]]
) -> StoredReport:
    """A :class:`StoredReport` from a ``reports`` row, its ``(key, body, updated_at)`` sections and
    ``(key, body, saved_at)`` revisions (oldest first); raises :class:`BadRow`."""
    sections = list(sections)
    report = report_from_rows(row, [(key, body) for key, body, _stamp in sections])
    read = _Reader(row)

    def bad(column: str) -> Any:
        def make(why: str) -> BadRow:
            return BadRow(report.id, read.name, Text(BAD_SECTION, {"column": column, "value": why}),
                          f"{column}: {why}")
        return make

    stamps = {key: canonical_stamp(stamp, bad(str(key))) for key, _body, stamp in sections}
    history = []
    for key, body, stamp in revisions:
        if not isinstance(key, str) or not isinstance(body, str):
            raise bad(str(key))(f"revision not text ({type(body).__name__})")
        history.append((key, clean_text(body).strip("\n"), canonical_stamp(stamp, bad(key))))
    deleted = read.optional_text("deleted_at")
    return StoredReport(
        report=report,
        deleted_at=None if deleted is None else canonical_stamp(deleted, lambda why: read.bad("deleted_at", why)),
        stamps=stamps,
        revisions=history,
    )
