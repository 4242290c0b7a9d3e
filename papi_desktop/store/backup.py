"""Automatic daily copies of each drafts file, in the user's data folder.

A clerk's only copy often lives on a USB stick. The first time a file is opened for
writing on a day (or first written to, when the window stays open past midnight), a
complete copy is made through SQLite's backup API into
``<user data folder>/papi-desktop/backups/<name>-<hash of its full path>/<YYYY-MM-DD>.papi``;
the copies of the last 7 days are kept. :func:`restore_backup` puts one back, after
keeping the current file as one more copy.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
import datetime
import logging
import os
from pathlib import Path
import re
import shutil
import sqlite3
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from papi_desktop.errors import FOLDER_NOT_WRITABLE, RESTORE_FAILED, Text, UserError
from papi_desktop.fileio import atomic_target, check_file_name
from papi_desktop.store import check, locking
from papi_desktop.store.copying import copy_file

if TYPE_CHECKING:
    from papi_desktop.store.drafts import DraftStore

log = logging.getLogger(__name__)

APP_NAME = "papi-desktop"
DAYS_KEPT = 7
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})(-[0-9]{6}-truoc-khoi-phuc)?\.papi$")


@dataclass(frozen=True)
class Backup:
    """One kept copy: ``day`` it was made (local date), ``size`` in bytes."""

    path: Path
    day: datetime.date
    size: int
    before_restore: bool = False  # the file as it was just before a restore replaced it


def backups_root() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "backups"


def _key(db_path: os.PathLike[str] | str) -> str:
    import hashlib  # here: OpenSSL's load is a few ms of every start-up otherwise

    full = os.path.normcase(os.path.abspath(os.fspath(db_path)))
    return hashlib.sha256(full.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def backup_folder(db_path: os.PathLike[str] | str) -> Path:
    """The folder of the copies of one file: two files with the same name in different folders differ."""
    stem = Path(db_path).stem[:40].rstrip(" .") or "papi"
    return backups_root() / f"{stem}-{_key(db_path)}"


def list_backups(db_path: os.PathLike[str] | str) -> list[Backup]:
    """The copies kept of the file at ``db_path``, newest first."""
    folder = backup_folder(db_path)
    found = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match:
            continue  # a temporary file of a copy cut short, or anything else
        try:
            size = entry.stat().st_size
            day = datetime.date.fromisoformat(match.group(1))
        except (OSError, ValueError):
            continue
        found.append(Backup(entry, day, size, before_restore=bool(match.group(2))))
    return sorted(found, key=lambda b: (b.day, b.path.name), reverse=True)


def prune(db_path: os.PathLike[str] | str, days: int = DAYS_KEPT) -> list[Path]:
    """Remove the copies older than the newest ``days`` days that have one; returns what went."""
    kept_days = sorted({b.day for b in list_backups(db_path)}, reverse=True)[:days]
    removed = []
    for old in list_backups(db_path):
        if old.day not in kept_days:
            for path in (old.path, Path(f"{old.path}-journal")):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            removed.append(old.path)
            log.info("removed old backup %s", old.path)
    return removed


def daily_backup(store: "DraftStore", day: datetime.date) -> Path | None:
    """Copy ``store`` to today's file unless it exists; then drop copies beyond a week. Returns the new copy."""
    target = backup_folder(store.path) / f"{day.isoformat()}.papi"
    if target.exists():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    store.backup_to(target)
    log.info("daily backup of %s: %s", store.path, target)
    prune(store.path)
    return target


def keep_with_side_file(path: Path, side: Path, now: datetime.datetime | None = None) -> Path:
    """Copy ``path`` and its hot ``-journal`` (or ``-wal``) ``side``, byte for byte, into its backup folder.

    Done before a writer plays the side file back: should the playback be the wrong thing
    (a journal that was not this file's after all), the file as it was can be brought back.
    The copy is listed like the copies kept before a restore.
    """
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    local = (now or datetime.datetime.now(datetime.timezone.utc)).astimezone()
    copy = folder / f"{local.date().isoformat()}-{local:%H%M%S}-truoc-khoi-phuc.papi"
    shutil.copyfile(path, copy)
    shutil.copyfile(side, Path(f"{copy}{str(side)[len(str(path)):]}"))
    return copy


def _keep_current(target: Path, now: datetime.datetime) -> Path:
    """Copy the file about to be replaced into its backup folder (with its journal, if it had one)."""
    folder = backup_folder(target)
    folder.mkdir(parents=True, exist_ok=True)
    local = now.astimezone()
    copy = folder / f"{local.date().isoformat()}-{local:%H%M%S}-truoc-khoi-phuc.papi"
    journal = Path(f"{target}-journal")
    try:
        # A hot journal is played back first (we hold the lock), after the file and it are kept as they are.
        check.ensure_sound(target, recover=True, keep=lambda path, side: keep_with_side_file(path, side, now))
    except UserError as error:
        # Damaged or not ours: kept byte for byte, journal too, so nothing is lost by restoring.
        log.warning("keeping unsound %s as it is before restoring: %s", target, error.detail)
        shutil.copyfile(target, copy)
        if journal.exists():
            shutil.copyfile(journal, Path(f"{copy}-journal"))
            journal.unlink()
        return copy
    with atomic_target(copy) as temporary:
        copy_file(target, temporary)
    return copy


def restore_backup(
    backup: Backup | os.PathLike[str] | str, target_path: os.PathLike[str] | str,
    *, now: datetime.datetime | None = None,
) -> Path:
    """Replace the file at ``target_path`` by the copy ``backup``, in one step.

    The caller closes its store on ``target_path`` first: a file open anywhere (this window
    included) is refused with :class:`~papi_desktop.store.locking.LockedError`. The current
    file is first kept as one more backup (``before_restore``). A damaged copy is refused
    before anything changes. Returns ``target_path``; the kept file is the newest
    ``before_restore`` entry of :func:`list_backups`.
    """
    source = Path(backup.path if isinstance(backup, Backup) else backup)
    target = Path(target_path)
    check_file_name(target.name)
    check.ensure_sound(source)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    try:
        lock = locking.acquire(target, exclusive=True)
    except OSError as error:
        raise UserError(
            Text(FOLDER_NOT_WRITABLE, {"folder": target.parent, "reason": error.strerror or str(error)}),
            f"cannot lock {target} for restore: {error}",
        ) from error
    try:
        if target.exists():
            kept = _keep_current(target, now)
            log.info("kept %s as %s before restoring", target, kept)
        with atomic_target(target) as temporary:
            copy_file(source, temporary)
            # A journal left beside the target belongs to the file being replaced.
            with contextlib.suppress(FileNotFoundError):
                Path(f"{target}-journal").unlink()
    except sqlite3.Error as error:
        raise UserError(
            Text(RESTORE_FAILED, {"source": source, "path": target, "reason": str(error)}), f"restore failed: {error}"
        ) from error
    finally:
        lock.release()
    log.info("restored %s from %s", target, source)
    return target
