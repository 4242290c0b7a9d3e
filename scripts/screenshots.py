"""Make the screenshots in docs/screenshots from the real window.

Run under a virtual screen so the window is drawn as on a clerk's desktop:
    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots.py
It works on a throw-away database and settings in a temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path
import sys
import tempfile

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="papi-shots-"))
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    from PySide6.QtCore import QSettings

    from papi_desktop.gui.app import create_application
    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.store import DraftStore

    app = create_application()
    database = scratch / "Báo cáo PAPI.papi"
    DraftStore.create(database, sample=True).close()
    window = MainWindow(DraftStore.open(database), QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1440, 880)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    window.grab().save(str(OUT / "sample-final.png"))
    window.new_quarter()
    window.ui.editorTabs.setCurrentWidget(window.section_tabs["transparency"])
    window.refresh_preview()
    settle()
    window.grab().save(str(OUT / "main-window.png"))
    window.ui.editorTabs.setCurrentIndex(0)
    window.preview.scroll_to_anchor("header")
    settle()
    window.grab().save(str(OUT / "general-tab.png"))
    window.close()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
