"""The drafts file: reports, sections and revisions in one SQLite file (no Qt here)."""

from papi_desktop.store.backup import Backup, list_backups, restore_backup
from papi_desktop.store.drafts import DraftStore, ReportSummary, Revision
from papi_desktop.store.locking import LockedError, break_lock, read_lock
from papi_desktop.store.paths import DEFAULT_FILE_NAME, FILE_SUFFIX, default_database_path, open_default_store
from papi_desktop.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID", "DEFAULT_FILE_NAME", "FILE_SUFFIX", "MIGRATIONS", "SCHEMA_VERSION",
    "Backup", "DraftStore", "LockedError", "break_lock", "list_backups", "read_lock", "restore_backup", "ReportSummary", "Revision", "default_database_path", "open_default_store",
]
