"""The first start fits an office laptop: every button, the status bar and a readable report list at 1366×768 and 1280×720.

The window is started in a fresh process on an offscreen screen of the given size (Qt's offscreen
platform reads the screen from a configuration file), exactly as a clerk's first start: no
remembered geometry. Then a geometry remembered on a large monitor is clamped to a small one.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, QSize

from papi_desktop.gui.window_geometry import PREFERRED, clamp_rect, first_rect
from papi_desktop.store import DraftStore

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = """
import json, sys
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel
from papi_desktop.gui.app import create_application

app = create_application(sys.argv[:1])
from papi_desktop.gui.main_window import MainWindow
from papi_desktop.store import DraftStore

from papi_desktop.gui.requarter_dialog import RequarterDialog
RequarterDialog.exec = lambda self: self.reject() or 0  # the new quarter's review list: "Không sửa gì"

window = MainWindow(DraftStore.open(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
for _ in range(5):
    app.processEvents()
window.new_quarter()  # a draft: every editing button enabled
window.ui.editorTabs.setCurrentWidget(window.section_tabs["transparency"])
for _ in range(5):
    app.processEvents()
available = window.screen().availableGeometry()
inside = window.rect()
out = []
widgets = [w for w in window.findChildren(QAbstractButton) if w.isVisible()]
widgets += [window.statusBar(), window.pageLabel, window.wordLabel, window.preview_panel.zoomLabel]
for widget in widgets:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    place = QRect(top_left, widget.size())
    on_screen = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
    if not inside.contains(place) or not available.contains(on_screen):
        out.append(f"{widget.objectName() or type(widget).__name__} {widget.text() if hasattr(widget, 'text') else ''} at {on_screen}")
tree = window.ui.reportList
metrics = tree.fontMetrics()
cut = [tree.topLevelItem(r).text(c) for r in range(tree.topLevelItemCount()) for c in (0, 2, 3)
       if metrics.horizontalAdvance(tree.topLevelItem(r).text(c)) + 8 > tree.columnWidth(c)]
cut += [tree.headerItem().text(c) for c in range(4)
        if tree.header().fontMetrics().horizontalAdvance(tree.headerItem().text(c)) >= tree.columnWidth(c)]
print(json.dumps({
    "list": {"cut": cut, "title_width": tree.columnWidth(1), "elide": tree.textElideMode().name,
             "columns": sum(tree.columnWidth(c) for c in range(4)), "viewport": tree.viewport().width(),
             "tooltip_whole": all(tree.topLevelItem(r).toolTip(1) == window.store.load(tree.topLevelItem(r).data(0, 256)).title
                                  for r in range(tree.topLevelItemCount())),
             "changed": [tree.topLevelItem(r).text(3) for r in range(tree.topLevelItemCount())]},
    "frame": [window.frameGeometry().x(), window.frameGeometry().y(), window.frameGeometry().width(), window.frameGeometry().height()],
    "available": [available.x(), available.y(), available.width(), available.height()],
    "buttons": len(widgets), "out": out,
    "texts": [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()],
    "page": window.pageLabel.text(),
    "general_fits": window.general_tab.minimumSizeHint().width() <= window.editor.general_page.viewport().width(),
}))
window.close()
"""


@pytest.mark.parametrize("width, height", [(1366, 768), (1280, 720)])
def test_a_first_start_fits_the_screen_and_every_button_is_in_reach(tmp_path, width, height):
    database = tmp_path / "lan-dau.papi"
    DraftStore.create(database, sample=True).close()
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96}]}))
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(database), str(tmp_path / "s.ini")],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["available"] == [0, 0, width, height]
    x, y, w, h = seen["frame"]
    assert w <= width and h <= height and x >= 0 and y >= 0 and x + w <= width and y + h <= height
    assert seen["out"] == []
    for label in ("Mới", "Nhân bản", "Xóa", "Lịch sử…", "Vừa chiều rộng", "Cả trang", "+", "−"):
        assert label in seen["texts"]
    assert seen["general_fits"]  # no field of "Thông tin chung" cut off at the right
    listing = seen["list"]
    assert listing["cut"] == []  # period, status, last change and the column titles shown whole
    assert listing["elide"] == "ElideMiddle" and listing["tooltip_whole"]
    assert listing["title_width"] >= 100  # a readable piece of the trích yếu
    assert listing["columns"] <= listing["viewport"]  # no sideways scrolling
    assert all(re.fullmatch(r"\d\d/\d\d \d\d:\d\d", text) for text in listing["changed"])  # this year: day, month, time
    page = re.fullmatch(r"Trang (\d+)/(\d+)", seen["page"])
    assert page and 1 < int(page[1]) <= int(page[2])  # the preview followed the tab to part II.2


def test_the_first_start_takes_the_preferred_size_where_there_is_room():
    big = QRect(0, 0, 1920, 1040)
    rect = first_rect(big)
    assert rect.size() == PREFERRED
    assert big.contains(rect) and abs(rect.center().x() - big.center().x()) <= 1


def test_a_geometry_remembered_on_a_large_monitor_is_clamped_to_the_laptop():
    laptop = QRect(0, 0, 1366, 728)  # 768 less a 40-px task bar
    remembered = QRect(1500, 200, 1800, 1000)  # right half of a docked 3440-px monitor
    clamped = clamp_rect(remembered, laptop)
    assert laptop.contains(clamped)
    assert clamped.width() <= 1366 and clamped.height() <= 728 - 30  # room for the title bar
    # a window that fits stays where it was
    assert clamp_rect(QRect(100, 100, 800, 600), laptop) == QRect(100, 100, 800, 600)
    # a minimum size larger than the screen gives way to the screen
    assert clamp_rect(remembered, laptop, QSize(2000, 2000)).size() == QSize(1366, 698)


DOCKED = """
import sys
from PySide6.QtCore import QSettings
from papi_desktop.gui.app import create_application

app = create_application(sys.argv[:1])
from papi_desktop.gui.main_window import MainWindow
from papi_desktop.store import DraftStore

from papi_desktop.gui.requarter_dialog import RequarterDialog
RequarterDialog.exec = lambda self: self.reject() or 0  # the new quarter's review list: "Không sửa gì"

window = MainWindow(DraftStore.open(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
if sys.argv[3] == "place":
    window.setGeometry(1100, 300, 1400, 1000)  # on the big monitor
    app.processEvents()
frame = window.frameGeometry()
print("frame", frame.x(), frame.y(), frame.width(), frame.height())
window.close()  # remembers the geometry
"""


def _screen(tmp_path: Path, width: int, height: int) -> dict:
    config = tmp_path / f"screen-{width}.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96}]}))
    return dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")


def test_a_geometry_remembered_on_a_docked_monitor_is_clamped_on_the_laptop_screen(tmp_path):
    database = tmp_path / "mang-ve.papi"
    DraftStore.create(database, sample=True).close()
    settings = tmp_path / "s.ini"
    frames = []
    for (width, height), step in (((2560, 1440), "place"), ((1366, 768), "look")):
        result = subprocess.run([sys.executable, "-c", DOCKED, str(database), str(settings), step], cwd=ROOT,
                                env=_screen(tmp_path, width, height), capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-2000:]
        frames.append([int(n) for n in result.stdout.split("frame", 1)[1].split()])
    assert frames[0][0] >= 1000 and frames[0][3] >= 1000  # really placed off a laptop's screen
    x, y, w, h = frames[1]
    assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768
