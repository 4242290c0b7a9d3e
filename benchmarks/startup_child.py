"""A fresh process for the cold-start and memory figures (run by benchmarks/run.py).

``startup_child.py bare``: a bare PySide6 QApplication with an empty QMainWindow (the baseline).
``startup_child.py floor``: the main window's Qt part alone: the same Designer forms (main window,
general tab, eleven section tabs with text in them, tabs on the west side), a scroll area and a laid-out QTextDocument of
about the sample's length, none of papi-desktop's own code. What PySide6 costs for this window
whoever writes it: the figure that shows how much of the cold start is ours.
``startup_child.py app DB SETTINGS``: papi-desktop's main window on DB, as ``run_window`` builds it
(settings in the INI file SETTINGS, so the clerk's own settings are never read or written).

Prints ``shown`` once the window is shown and the event loop has turned once (the window
also prints ``pages`` when the preview has laid its pages out, on the turn after the first paint),
then, after the loop has run 300 ms more, ``rss <kB>`` (VmRSS), and quits.
Imports only what the measured program itself imports.
"""

import sys

mode = sys.argv[1]
if mode == "bare":
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
elif mode == "floor":
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor, QTextDocument
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMainWindow, QTabWidget, QTextEdit, QWidget

    # The generated forms are Qt code (pyside6-uic output); the custom widgets they name (the
    # section editor, the column of part tabs) are replaced by their Qt base classes, set as the
    # window sets them, so that none of papi-desktop's code runs.
    import types

    class WestTabs(QTabWidget):
        def __init__(self, parent=None):
            super().__init__(parent)
            self.setTabPosition(QTabWidget.TabPosition.West)

    for name, attribute, widget in (
        ("papi_desktop.gui.section_editor", "SectionEditor", QTextEdit),
        ("papi_desktop.gui.part_tabs", "PartTabs", WestTabs),
    ):
        stand_in = types.ModuleType(name)
        setattr(stand_in, attribute, widget)
        sys.modules[name] = stand_in
    from papi_desktop.gui.forms.ui_general_tab import Ui_GeneralTab
    from papi_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from papi_desktop.gui.forms.ui_section_tab import Ui_SectionTab

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    form = Ui_MainWindow()
    form.setupUi(window)
    tabs = []
    for index in range(12):
        tab = QWidget()
        tab_form = Ui_GeneralTab() if index == 0 else Ui_SectionTab()
        tab_form.setupUi(tab)
        if index:
            tab_form.editor.setPlainText("Sở Khoa học và Công nghệ báo cáo kết quả thực hiện. " * 40)
        form.editorTabs.addTab(tab, str(index))
        tabs.append(tab_form)
    preview = QAbstractScrollArea()
    form.previewLayout.addWidget(preview)
    text = QTextDocument()
    cursor = QTextCursor(text)
    for _block in range(70):
        cursor.insertBlock()
        cursor.insertText("Sở Khoa học và Công nghệ tỉnh Quảng Trị báo cáo kết quả công tác. " * 4)
    text.pageCount()
    window.show()
else:
    # In the program's order: the command line's window start imports gui.app first.
    from papi_desktop.gui.app import create_application

    from PySide6.QtCore import QSettings, QTimer

    app = create_application(sys.argv[:1])
    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.store import DraftStore

    window = MainWindow(DraftStore.open(sys.argv[2]), QSettings(sys.argv[3], QSettings.Format.IniFormat))
    window.preview.pagesChanged.connect(lambda _pages: print("pages", flush=True))
    window.show()


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _shown() -> None:
    print("shown", flush=True)
    QTimer.singleShot(300, _finish)


def _finish() -> None:
    print(f"rss {_rss_kb()}", flush=True)
    app.quit()


QTimer.singleShot(0, _shown)
app.exec()
