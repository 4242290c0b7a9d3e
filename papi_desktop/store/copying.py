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
    """:func:`copy_connection` from the file ``source``, opened read-only (it is never written)."""
    from papi_desktop.store.check import connect_read_only

    reader = connect_read_only(source)
    try:
        copy_connection(reader, destination)
    finally:
        reader.close()
