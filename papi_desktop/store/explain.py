"""What a SQLite or OS failure on a drafts file means for the clerk, said once for the whole store.

A message names the real cause when it can be seen: a folder where SQLite wants its journal,
the revisions' number sequence used up, a file that went away. "Check the USB stick" and "the
disk is full" are said only when that is what SQLite or the OS reported.
"""

from __future__ import annotations

import errno
from pathlib import Path
import sqlite3

from papi_desktop.errors import (
    CANNOT_CREATE, DAMAGED, DEVICE_ERROR, DISK_FULL, FOLDER_MISSING, IN_USE, NOT_SQLITE, PERMISSION_DENIED,
    READ_ONLY_FOLDER, SEQUENCE_FULL, SIDE_NOT_A_FILE, SQLITE_OTHER, VANISHED, Text, UserError,
)
from papi_desktop.store.sidefiles import journal_path, wal_path

# The largest rowid SQLite gives; AUTOINCREMENT then fails with SQLITE_FULL.
MAX_ROWID = 2**63 - 1


def _side_in_the_way(path: Path) -> Path | None:
    for side in (journal_path(path), wal_path(path)):
        if side.is_symlink() or side.is_dir():
            return side
    return None


def sequence_full(conn: sqlite3.Connection | None) -> bool:
    """Whether the revisions' AUTOINCREMENT sequence has reached its end (SQLite then says "full")."""
    if conn is None:
        return False
    try:
        row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'revisions'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and isinstance(row[0], int) and row[0] >= MAX_ROWID


def explain_sqlite(error: sqlite3.Error, path: Path, conn: sqlite3.Connection | None = None) -> UserError:
    """The clerk's message for a SQLite failure on the file at ``path``."""
    text = str(error).lower()
    detail = f"{path}: {error}"
    side = _side_in_the_way(path)
    if side is not None:
        return UserError(Text(SIDE_NOT_A_FILE, {"path": path, "side": side}), f"{side} is not a file: {detail}")
    if ("readonly" in text or "unable to open" in text or "disk i/o" in text) and not path.exists():
        return UserError(Text(VANISHED, {"path": path}), f"database file vanished: {detail}")
    if "locked" in text or "busy" in text:
        return UserError(Text(IN_USE, {"path": path}), f"database locked: {detail}")
    if "readonly" in text or "read-only" in text:
        return UserError(Text(READ_ONLY_FOLDER, {"path": path}), f"read-only database: {detail}")
    if "full" in text:
        if sequence_full(conn):
            return UserError(Text(SEQUENCE_FULL, {"path": path}), f"revisions sequence at its end: {detail}")
        return UserError(Text(DISK_FULL, {"path": path}), f"disk full: {detail}")
    if "not a database" in text:
        return UserError(Text(NOT_SQLITE, {"path": path}), f"not a database: {detail}")
    if "malformed" in text or "corrupt" in text:
        return UserError(Text(DAMAGED, {"path": path}), f"corrupt database: {detail}")
    if "disk i/o" in text:
        return UserError(Text(DEVICE_ERROR, {"path": path}), f"I/O error: {detail}")
    return UserError(Text(SQLITE_OTHER, {"path": path, "reason": str(error)}), f"sqlite error on {detail}")


def explain_os(error: OSError, path: Path) -> UserError:
    """The clerk's message when a file of ours cannot be created or written."""
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(Text(PERMISSION_DENIED, {"path": path}), f"permission denied: {path}: {error}")
    if isinstance(error, FileNotFoundError):
        return UserError(Text(FOLDER_MISSING, {"folder": path.parent}), f"folder missing: {path}: {error}")
    if error.errno == errno.ENOSPC:
        return UserError(Text(DISK_FULL, {"path": path}), f"disk full: {path}: {error}")
    return UserError(
        Text(CANNOT_CREATE, {"path": path, "reason": error.strerror or str(error)}), f"cannot create {path}: {error}"
    )
