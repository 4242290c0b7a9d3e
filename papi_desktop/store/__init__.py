"""The drafts file: reports, sections, revisions and the agency's words in one SQLite file (no Qt here).

:mod:`.database` keeps the file (open, lock, check, copy, close), :mod:`.drafts` the reports
in it, :mod:`.codec` maps rows to the model and back, :mod:`.merge` brings another file in.
"""

from papi_desktop.store.backup import Backup, list_backups, restore_backup
from papi_desktop.store.drafts import DraftStore, ReportSummary, Revision, UnreadableReport
from papi_desktop.store.locking import LockedError, LockInfo, break_lock, read_lock
from papi_desktop.store.paths import DEFAULT_FILE_NAME, FILE_SUFFIX, default_database_path, open_default_store
from papi_desktop.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID", "DEFAULT_FILE_NAME", "FILE_SUFFIX", "MIGRATIONS", "SCHEMA_VERSION",
    "Backup", "DraftStore", "LockInfo", "LockedError", "ReportSummary", "Revision", "UnreadableReport",
    "break_lock", "default_database_path", "list_backups", "open_default_store", "read_lock", "restore_backup",
]
