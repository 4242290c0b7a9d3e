"""What the window's start-up loads, and what it leaves for later.

The cold start (issue 5) is mostly PySide6 itself; of what is ours, the heavy libraries are kept
for the moment they are needed: sqlite-utils for the first write, python-docx for the first Word
export, QtPrintSupport for the first print or PDF. Run in a fresh interpreter, since this test
process has long since loaded all of them.

The autosaver warms sqlite-utils up on its worker a moment after the window is shown (see
gui/autosave.py; tests/gui/test_autosave_thread.py covers it). That moment is a timer, so here it
is pushed out of the test's reach: on a busy machine the event loop can reach the window's first
paint after the timer is due, and the test would then measure the machine, not the start-up path.
"""

from __future__ import annotations

import os
from pathlib import Path
import subprocess
import sys

from papi_desktop.store import DraftStore

ROOT = Path(__file__).resolve().parents[2]

HEAVY = ("sqlite_utils", "docx", "lxml", "PySide6.QtPrintSupport")

PROGRAM = """
import sys
from PySide6.QtCore import QSettings
from papi_desktop.gui.app import create_application

app = create_application(sys.argv[:1])
from papi_desktop.gui import autosave
autosave.PREPARE_DELAY_MS = 3_600_000  # the warm-up is not part of the start-up path (see the module)
from papi_desktop.gui.main_window import MainWindow
from papi_desktop.store import DraftStore

window = MainWindow(DraftStore.open(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
assert window.report is not None and window.preview.page_count() > 0
heavy = {HEAVY!r}
print("shown:", ",".join(name for name in heavy if name in sys.modules))
window.store.save_section(window.report.id, "other", "Một dòng mới")
print("after a save:", ",".join(name for name in heavy if name in sys.modules))
window.close()
"""


def test_the_window_starts_without_the_heavy_libraries_and_loads_sqlite_utils_on_the_first_write(tmp_path):
    database = tmp_path / "khoi-dong.papi"
    DraftStore.create(database, sample=True).close()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM.replace("{HEAVY!r}", repr(HEAVY)), str(database), str(tmp_path / "s.ini")],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    assert lines["shown"].strip() == ""
    assert lines["after a save"].strip() == "sqlite_utils"


def test_a_file_from_elsewhere_still_gets_the_schema_check(tmp_path):
    """Skipping the schema comparison is only for files exactly as this machine closed them."""
    import sqlite3

    import pytest

    from papi_desktop.errors import UserError

    database = tmp_path / "tu-may-khac.papi"
    DraftStore.create(database, sample=True).close()
    conn = sqlite3.connect(database)
    conn.execute("CREATE TABLE extra (x)")  # written by another program: the change counter moves
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as raised:
        DraftStore.open(database)
    assert "extra" in raised.value.detail


def test_a_file_changed_by_another_program_while_open_here_is_checked_again(tmp_path):
    """Closing does not vouch for a file someone else wrote to meanwhile (a trigger added with DB Browser)."""
    import sqlite3

    import pytest

    from papi_desktop.errors import UserError
    from papi_desktop.store import known_files

    database = tmp_path / "đang-mở.papi"
    DraftStore.create(database, sample=True).close()
    assert known_files.is_known_clean(database)
    store = DraftStore.open(database)
    other = sqlite3.connect(database)
    other.execute("CREATE TRIGGER la AFTER INSERT ON reports BEGIN SELECT 1; END")
    other.commit()
    other.close()
    store.close()
    assert not known_files.is_known_clean(database)
    with pytest.raises(UserError) as raised:
        DraftStore.open(database)
    assert "la" in raised.value.detail


def test_a_write_ahead_log_beside_the_file_means_a_full_check(tmp_path):
    from papi_desktop.store import known_files

    database = tmp_path / "có-wal.papi"
    DraftStore.create(database, sample=True).close()
    assert known_files.is_known_clean(database)
    Path(f"{database}-wal").write_bytes(b"")
    assert not known_files.is_known_clean(database)
