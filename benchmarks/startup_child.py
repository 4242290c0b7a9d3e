"""A fresh process for the cold-start and memory figures (run by benchmarks/run.py).

``startup_child.py bare``: a bare PySide6 QApplication with an empty QMainWindow (the baseline).
``startup_child.py app DB SETTINGS``: papi-desktop's main window on DB, as ``run_window`` builds it
(settings in the INI file SETTINGS, so the clerk's own settings are never read or written).

Prints ``shown`` once the window is shown and the event loop has turned once, then, after the
loop has run 300 ms more (first paint of the preview), ``rss <kB>`` (VmRSS), and quits.
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
else:
    from PySide6.QtCore import QSettings, QTimer

    from papi_desktop.gui.app import create_application

    app = create_application(sys.argv[:1])
    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.store import DraftStore

    window = MainWindow(DraftStore.open(sys.argv[2]), QSettings(sys.argv[3], QSettings.Format.IniFormat))
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
