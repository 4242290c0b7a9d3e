"""The typed settings read back, in a NEW process, as what was written.

QSettings' INI file gives a one-entry list back as a string in the next start; these tests
write in one process and read in another, as the clerk's next start does.
"""

from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray, QSettings

from papi_desktop.gui import settings as config

_WRITE = r"""
import json, sys
from PySide6.QtCore import QByteArray, QSettings
from papi_desktop.gui import settings as config
store = QSettings(sys.argv[1], QSettings.Format.IniFormat)
values = json.loads(sys.argv[2])
for path in reversed(values["recent"]):
    config.remember_recent(store, path)
config.LAST_TAB.write(store, values["tab"])
config.LANGUAGE.write(store, values["language"])
config.PREVIEW_ZOOM.write(store, values["zoom"])
config.WINDOW_GEOMETRY.write(store, QByteArray(bytes(values["geometry"])))
config.last_report(values["recent"][0]).write(store, "r-42")
store.sync()
"""

_READ = r"""
import json, sys
from PySide6.QtCore import QSettings
from papi_desktop.gui import settings as config
store = QSettings(sys.argv[1], QSettings.Format.IniFormat)
recent = config.RECENT_FILES.read(store)
print(json.dumps({
    "recent": recent,
    "tab": config.LAST_TAB.read(store),
    "language": config.LANGUAGE.read(store),
    "zoom": config.PREVIEW_ZOOM.read(store),
    "geometry": list(bytes(config.WINDOW_GEOMETRY.read(store).data())),
    "report": config.last_report(recent[0]).read(store) if recent else None,
    "database": config.LAST_DATABASE.read(store),
}))
"""


def _run(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("recent", [
    ["/home/van/Tài liệu/bao-cao-2022.papi"],
    ["/home/van/a.papi", "/mnt/usb/Báo cáo, quý I.papi", "C:\\Users\\Văn\\b.papi"],
])
def test_settings_read_back_in_a_new_process_with_their_types(tmp_path, recent):
    ini = str(tmp_path / "papi-desktop.ini")
    written = {"recent": recent, "tab": 3, "language": "en", "zoom": 1.25, "geometry": [1, 0, 255, 7]}
    _run(_WRITE, ini, json.dumps(written))
    read = json.loads(_run(_READ, ini))
    assert read["recent"] == recent  # a list of whole paths, also with one entry
    assert read["tab"] == 3 and read["language"] == "en" and read["zoom"] == 1.25
    assert read["geometry"] == [1, 0, 255, 7]
    assert read["report"] == "r-42"
    assert read["database"] == ""  # never written: its default


def test_a_settings_file_of_an_earlier_version_with_one_recent_file(tmp_path):
    """A file written by the earlier window (raw QSettings) is read as a one-entry list."""
    ini = tmp_path / "papi-desktop.ini"
    ini.write_text("[session]\nrecent=/home/van/a.papi\ntab=2\n", encoding="utf-8")
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    assert config.RECENT_FILES.read(store) == ["/home/van/a.papi"]
    assert config.LAST_TAB.read(store) == 2


def test_an_emptied_list_reads_back_as_an_empty_list(tmp_path):
    ini = str(tmp_path / "s.ini")
    store = QSettings(ini, QSettings.Format.IniFormat)
    config.RECENT_FILES.write(store, [])
    store.sync()
    assert config.RECENT_FILES.read(QSettings(ini, QSettings.Format.IniFormat)) == []


def test_recent_files_are_unique_newest_first_and_bounded(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for index in range(config.MAX_RECENT + 3):
        config.remember_recent(store, f"/d/{index}.papi")
    recent = config.remember_recent(store, "/d/9.papi")
    assert recent[0] == "/d/9.papi" and recent.count("/d/9.papi") == 1
    assert len(config.RECENT_FILES.read(store)) == config.MAX_RECENT


def test_a_damaged_value_gives_the_default_not_a_crash(tmp_path):
    ini = tmp_path / "s.ini"
    ini.write_text("[session]\ntab=hai\n[preview]\nzoom=to\n[window]\ngeometry=abc\n", encoding="utf-8")
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    assert config.LAST_TAB.read(store) == 0
    assert config.PREVIEW_ZOOM.read(store) == 0.0
    assert config.WINDOW_GEOMETRY.read(store) is None


def test_a_returned_default_list_is_a_copy(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    config.RECENT_FILES.read(store).append("/x.papi")
    assert config.RECENT_FILES.read(store) == []


def test_every_setting_has_its_own_key():
    keys = [setting.key for setting in config.ALL_SETTINGS]
    assert len(keys) == len(set(keys))


def test_bytes_round_trip_in_one_process(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    config.WINDOW_SPLITTER.write(store, QByteArray(b"\x00\x01state"))
    assert bytes(config.WINDOW_SPLITTER.read(store).data()) == b"\x00\x01state"
