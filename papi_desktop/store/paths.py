"""Where the clerk's drafts live when they have not chosen a file themselves."""

from __future__ import annotations

import logging
from pathlib import Path

from platformdirs import user_data_dir

from papi_desktop.errors import DATA_FOLDER, Text, UserError
from papi_desktop.store.drafts import DraftStore

log = logging.getLogger(__name__)

APP_NAME = "papi-desktop"
# Our extension; the file inside stays plain SQLite.
FILE_SUFFIX = ".papi"
DEFAULT_FILE_NAME = "bao-cao-papi" + FILE_SUFFIX


def default_database_path() -> Path:
    """``<user data folder>/papi-desktop/bao-cao-papi.papi`` (e.g. %LOCALAPPDATA%\\papi-desktop on Windows)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def open_default_store() -> DraftStore:
    """The default drafts file; on first run the folder and the file are made, with the sample report."""
    path = default_database_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            Text(DATA_FOLDER, {"folder": path.parent}), f"cannot create data folder {path.parent}: {error}"
        ) from error
    # A zero-byte file is what a first run interrupted before its only transaction committed leaves.
    if path.is_file() and path.stat().st_size == 0:
        log.warning("empty default database %s: creating it afresh", path)
        path.unlink()
    if not path.exists():
        log.info("first run: creating %s with the sample report", path)
        return DraftStore.create(path, sample=True)
    return DraftStore.open(path)
