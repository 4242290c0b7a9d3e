"""The files SQLite keeps beside a database (``-journal``, ``-wal``), looked at before SQLite is.

Any connection that may write plays a hot journal back into the file the moment it reads,
and a ``-wal`` beside a file is read into it whatever the file's header says. A side file
that belongs to another file (Explorer copied a ``-journal`` along with a different
``.papi``) would then be written into the clerk's file. So the side files are read by hand
first, from their headers (https://sqlite.org/fileformat.html, sections 4.1 and 4.3):

* a side name taken by a folder, a link or something else that is not a plain file is named;
* a journal whose page size differs from the file's, whose saved first page belongs to a file
  of another owner, or whose saved change counter is not the file's (the file's counter is
  the saved one, or one more once the interrupted save began writing) is foreign;
* a journal that damages a file that is sound without it (seen in a copy) is foreign
  (:func:`papi_desktop.store.check.inspect`);
* a ``-wal`` beside a file not in WAL mode, or of another page size, is foreign.

Whether a journal is really hot (not the live journal of a writer working right now) is left
to SQLite, asked through a read-only connection, which cannot play anything back.
"""

from __future__ import annotations

from dataclasses import dataclass
import os
from pathlib import Path
import stat
import struct

from papi_desktop.errors import FOREIGN_JOURNAL, SIDE_NOT_A_FILE, SIDE_UNREADABLE, Text

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
WAL_MAGICS = (0x377F0682, 0x377F0683)
# Journal records looked through for the first page: enough for any save this program makes.
_MAX_PAGES_COMPARED = 4096


@dataclass(frozen=True)
class SideProblem:
    text: Text
    detail: str


@dataclass(frozen=True)
class Sides:
    """What lies beside a database file.

    ``journal``: a journal with a live header (hot, or a writer's at work), ``wal``: a non-empty
    write-ahead log; ``problem``: a side file that must not be used, named for the clerk.
    """

    journal: Path | None = None
    wal: Path | None = None
    problem: SideProblem | None = None


def journal_path(path: Path) -> Path:
    return Path(f"{path}-journal")


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def page_size_of(header: bytes) -> int:
    (raw,) = struct.unpack(">H", header[16:18])
    return 65536 if raw == 1 else raw


def is_wal_mode(header: bytes) -> bool:
    return len(header) >= 20 and header[18] == 2 and header[19] == 2


def _not_a_file(path: Path, side: Path, what: str) -> SideProblem:
    return SideProblem(Text(SIDE_NOT_A_FILE, {"path": path, "side": side}), f"{side} is {what}, not a file")


def _foreign(path: Path, side: Path, why: str) -> SideProblem:
    return SideProblem(Text(FOREIGN_JOURNAL, {"path": path, "journal": side}), f"{side} does not belong to {path}: {why}")


def _kind(side: Path) -> tuple[str | None, int]:
    """("file" / "folder" / "link" / "other", size), or (None, 0) when nothing is there."""
    try:
        status = os.lstat(side)
    except FileNotFoundError:
        return None, 0
    if stat.S_ISLNK(status.st_mode):
        return "link", 0
    if stat.S_ISDIR(status.st_mode):
        return "folder", 0
    if not stat.S_ISREG(status.st_mode):
        return "other", 0
    return "file", status.st_size


def inspect_sides(path: Path, header: bytes) -> Sides:
    """The side files of ``path`` (whose first 100 bytes are ``header``); nothing is written."""
    journal, wal = journal_path(path), wal_path(path)
    found_journal: Path | None = None
    found_wal: Path | None = None
    for side in (journal, wal):
        kind, size = _kind(side)
        if kind is None:
            continue
        if kind != "file":
            return Sides(problem=_not_a_file(path, side, kind))
        if size == 0:
            continue  # SQLite treats an empty side file as none
        try:
            with side.open("rb") as handle:
                if side == journal:
                    problem = _journal_problem(path, journal, header, handle)
                else:
                    problem = _wal_problem(path, wal, header, handle)
        except OSError as error:
            return Sides(problem=SideProblem(
                Text(SIDE_UNREADABLE, {"path": path, "side": side, "reason": error.strerror or str(error)}),
                f"cannot read {side}: {error}",
            ))
        if problem is not None:
            return Sides(problem=problem)
        if side == journal and _live_header(journal):
            found_journal = journal
        elif side == wal:
            found_wal = wal
    return Sides(journal=found_journal, wal=found_wal)


def _live_header(journal: Path) -> bool:
    with journal.open("rb") as handle:
        return handle.read(8) == JOURNAL_MAGIC


def _journal_problem(path: Path, journal: Path, header: bytes, handle) -> SideProblem | None:
    head = handle.read(28)
    if head[:8] != JOURNAL_MAGIC:
        return None  # a committed (zeroed) header: SQLite ignores it
    n_records, _nonce, _initial, sector, page_size = struct.unpack(">IIIII", head[8:28])
    own_page_size = page_size_of(header)
    if page_size != own_page_size:
        return _foreign(path, journal, f"page size {page_size}, the file's is {own_page_size}")
    if not 32 <= sector <= 65536:
        return _foreign(path, journal, f"sector size {sector}")
    record = 4 + page_size + 4
    size = os.fstat(handle.fileno()).st_size
    count = (size - sector) // record if n_records in (0, 0xFFFFFFFF) else n_records
    count = max(0, min(count, (size - sector) // record, _MAX_PAGES_COMPARED))
    saved: dict[int, bytes] = {}
    for index in range(count):
        handle.seek(sector + index * record)
        chunk = handle.read(record)
        if len(chunk) < record:
            break
        (page,) = struct.unpack(">I", chunk[:4])
        saved.setdefault(page, chunk[4:4 + page_size])
    first = saved.get(1)
    if first is not None:
        if first[68:72] != header[68:72]:
            return _foreign(path, journal, "its first page names another owner (application_id)")
        (saved_counter,) = struct.unpack(">I", first[24:28])
        (counter,) = struct.unpack(">I", header[24:28])
        if (counter - saved_counter) % 2**32 not in (0, 1):
            return _foreign(path, journal, f"change counter {saved_counter}, the file's is {counter}")
        return None
    # Without the first page the header proves nothing either way: the caller plays the journal
    # back in a copy and calls it foreign if the file is sound alone but damaged by it.
    return None


def _wal_problem(path: Path, wal: Path, header: bytes, handle) -> SideProblem | None:
    head = handle.read(32)
    if len(head) < 32:
        return None  # SQLite ignores a log without a whole header
    magic, _version, page_size = struct.unpack(">III", head[:12])
    if magic not in WAL_MAGICS:
        return None
    if not is_wal_mode(header):
        return _foreign(path, wal, "a write-ahead log beside a file that is not in WAL mode")
    if page_size != page_size_of(header):
        return _foreign(path, wal, f"page size {page_size}, the file's is {page_size_of(header)}")
    return None
