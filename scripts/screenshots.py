"""Make the screenshots in docs/screenshots from the real window.

Run under a virtual screen so the window is drawn as on a clerk's desktop:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py
The window takes the size of a first start on that screen (an office laptop's 1366×768).
It works on a throw-away database and settings in a temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path
import sys
import tempfile

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def _menu_shot(app, window, menu, name: str, settle) -> None:
    """An open menu, drawn on its own (a popup is not part of the window's picture)."""
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    settle()
    menu.grab().save(str(OUT / name))
    menu.hide()
    settle()


def guide_shots(app, scratch: Path, settle) -> None:
    """The pictures of docs/huong-dan.md (the user guide), named guide-*.png, from a fresh start."""
    from PySide6.QtCore import QSettings
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.store import DraftStore

    from papi_desktop.compose import compose
    from papi_desktop.gui.language import install_language_menu
    from papi_desktop.render.qt import print_document

    database = scratch / "guide" / "bao-cao-papi.papi"
    database.parent.mkdir()
    DraftStore.create(database, sample=True).close()
    window = MainWindow(DraftStore.open(database), QSettings(str(scratch / "guide.ini"), QSettings.Format.IniFormat))
    install_language_menu(window)
    window.show()
    # first start: the sample report, on the general information tab
    window.ui.editorTabs.setCurrentIndex(0)
    settle()
    window.grab().save(str(OUT / "guide-first-start.png"))
    # a new quarter made from the latest report
    window.new_quarter()
    settle()
    window.grab().save(str(OUT / "guide-new-quarter.png"))
    # writing a dimension
    tab = window.section_tabs["transparency"]
    window.ui.editorTabs.setCurrentWidget(tab)
    tab.editor.setFocus()
    cursor = tab.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.insertText("Trong quý, Sở đã công khai 12 thủ tục hành chính mới trên Cổng thông tin điện tử.\n")
    tab.editor.setTextCursor(cursor)
    window.refresh_preview()
    settle()
    window.grab().save(str(OUT / "guide-dimension.png"))
    # the menus: file (export, copy), report (new quarter), help (language)
    _menu_shot(app, window, window.ui.menuFile, "guide-menu-file.png", settle)
    window.ui.menuHelp.popup(window.mapToGlobal(window.rect().topLeft()))
    settle()
    window.ui.menuLanguage.popup(window.ui.menuHelp.geometry().topRight())
    settle()
    window.ui.menuLanguage.grab().save(str(OUT / "guide-menu-language.png"))
    window.ui.menuLanguage.hide()
    window.ui.menuHelp.hide()
    # print preview
    composed = compose(window.report)
    printer = window.make_printer()  # must outlive the dialog
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(window.tr("Xem trước khi in"))
    dialog.paintRequested.connect(lambda target: print_document(composed, target))
    dialog.resize(1100, 700)
    dialog.show()
    settle()
    dialog.grab().save(str(OUT / "guide-print-preview.png"))
    dialog.close()
    settle()
    del dialog, printer
    window.close()


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
    guide_shots(app, scratch, settle)
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
