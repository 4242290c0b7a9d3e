"""Copies of a drafts file through SQLite's online backup (Lưu bản sao, daily copies, restore)."""

from __future__ import annotations

from pathlib import Path
import sqlite3


def copy_connection(source: sqlite3.Connection, destination: Path) -> None:
    """Write a consistent state of ``source`` into the new file ``destination``.

    The online backup is safe while ``source`` stays open; the copy is set to a rollback
    journal so that, like the original, it travels as one file. Callers write ``destination``
    as a temporary beside the real target and move it into place (``fileio.atomic_target``).
    """
    copy = sqlite3.connect(destination)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()


def copy_file(source: Path, destination: Path) -> None:
    """:func:`copy_connection` from the file ``source``, opened read-only (it is never written).

    A source with a hot journal or a log beside it (a copy kept before a playback) is copied
    as played back in a temporary copy, never in place.
    """
    import contextlib

    from papi_desktop.store.check import connect_read_only, inspect, recovered_copy

    found = inspect(source, deep=False, rows=False)
    with contextlib.ExitStack() as stack:
        if found.needs_copy:
            source = stack.enter_context(recovered_copy(source, found.side))
        reader = connect_read_only(source)
        try:
            copy_connection(reader, destination)
        finally:
            reader.close()
