"""Files this machine closed cleanly itself, so opening them again can skip the slow checks.

``PRAGMA quick_check`` and ``foreign_key_check`` read every page: on a file of ten thousand
reports that is most of the time it takes to open it. A file that left this program's hands
cleanly and has not changed since (same size, same modification time, same 100-byte header —
whose change counter SQLite bumps on every write) cannot have been damaged by us; one that
comes back from a USB stick or another machine, or was touched in any way, no longer
matches and gets the full check. The cheap checks (header, owner, version) always run.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
import tempfile

from platformdirs import user_data_dir

log = logging.getLogger(__name__)

RECORD_NAME = "known-files.json"
MAX_ENTRIES = 64
_HEADER_SIZE = 100


def _record_path() -> Path:
    return Path(user_data_dir("papi-desktop", appauthor=False)) / RECORD_NAME


def _key(path: Path) -> str:
    return os.path.normcase(str(path.resolve()))


def _fingerprint(path: Path) -> dict | None:
    try:
        status = path.stat()
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError:
        return None
    return {"size": status.st_size, "mtime_ns": status.st_mtime_ns, "header": header.hex()}


def _has_side_file(path: Path) -> bool:
    """A journal or write-ahead log beside the file: its content is not the file's alone."""
    return any(Path(f"{path}{suffix}").exists() for suffix in ("-journal", "-wal"))


def _load() -> dict[str, dict]:
    try:
        data = json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_known_clean(path: os.PathLike[str] | str) -> bool:
    """True when ``path`` is exactly as this machine last closed it, with no journal or log beside it."""
    path = Path(path)
    if _has_side_file(path):
        return False
    known = _load().get(_key(path))
    return known is not None and known == _fingerprint(path)


def remember_clean(path: os.PathLike[str] | str) -> None:
    """Note ``path`` as closed cleanly now. Never fails: without the note the next open checks fully."""
    path = Path(path)
    if _has_side_file(path):
        return
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        return
    record = _load()
    record.pop(_key(path), None)
    record[_key(path)] = fingerprint  # newest last; the oldest entries go first
    while len(record) > MAX_ENTRIES:
        record.pop(next(iter(record)))
    target = _record_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".known-", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(record, out)
        os.replace(temporary, target)
    except OSError as error:
        log.info("could not note %s as cleanly closed: %s", path, error)
