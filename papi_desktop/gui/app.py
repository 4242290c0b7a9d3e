"""Starting the window: the Qt application, settings, the database to open, the log file."""

from __future__ import annotations

import logging
import os
from pathlib import Path
import sys

from papi_desktop.errors import UserError

# The Qt-free core before Qt itself. Once PySide6 is imported it reads the source of every module
# imported after it, looking for ``from __feature__ import`` (see napari/napari#8584): about
# 0.15 ms a module, some 15 ms for the sixty modules of the model and the store and what they
# import. An installed program has those sources; a frozen one has none to read.
import papi_desktop.model  # noqa: E402,F401
import papi_desktop.store  # noqa: E402,F401

log = logging.getLogger(__name__)

from papi_desktop.gui.settings import APPLICATION, LAST_DATABASE, ORGANIZATION, open_settings  # noqa: F401 (re-exported)


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def rotate_log(path: Path, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> None:
    """At start, a log over ``max_bytes`` becomes ``.1`` (``.1`` becomes ``.2`` …, the oldest goes).

    Once per start rather than while writing (logging.handlers.RotatingFileHandler): a clerk's
    day logs a few kilobytes, and that module brings socket, pickle and queue into every start.
    """
    try:
        if path.stat().st_size <= max_bytes:
            return
        for number in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:  # no log yet; or held open elsewhere (Windows): written on, rotated next time
        return


def _log_to_file() -> None:
    """English log in the user's log folder: what a support person reads when a clerk calls."""
    from platformdirs import user_log_dir

    folder = Path(user_log_dir(APPLICATION, appauthor=False))
    path = folder / "papi-desktop.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        rotate_log(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for console in root.handlers:  # the terminal keeps showing warnings only
        console.setLevel(max(console.level, logging.WARNING))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def create_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("papi-desktop")
    from PySide6.QtGui import QIcon

    from papi_desktop.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "papi-desktop.png"))))
    # The bundled fonts are the pages' (the editors use the system's): registered by the first
    # layout of a report (render/qt/document.py), after the window's first paint.
    return app


def choose_store(requested: Path | None, settings, opener=None):
    """The database to open: the one asked for, else the last one used, else the default one.

    ``opener(path)`` opens a named file (the window passes one that asks the clerk what to do
    with a file locked elsewhere, and returns None when they give up); it defaults to
    ``DraftStore.open``.
    """
    from papi_desktop.store import DraftStore, LockedError, open_default_store

    opener = opener or DraftStore.open
    if requested is not None:
        return opener(requested)
    last = LAST_DATABASE.read(settings)
    if last and Path(last).exists():
        try:
            return DraftStore.open(Path(last))
        except LockedError:
            return opener(Path(last))
        except UserError as error:
            log.warning("last database unusable, opening the default one: %s", error.detail)
    return open_default_store()


_requested_before_the_window: list[str] = []


def open_requested_file(path: str) -> None:
    """A later start's file (or none): bring the window forward and open it there."""
    from PySide6.QtWidgets import QApplication

    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.gui.single_instance import bring_to_front

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:  # still starting (a question about the first file is open): opened once shown
        _requested_before_the_window.append(path)
        return
    window = windows[-1]
    bring_to_front(window)
    if path:
        window.open_database(Path(path))  # a file already shown there only comes to the front


def open_files_requested_while_starting() -> None:
    """Open what later starts handed over before the first window was shown."""
    waiting = list(_requested_before_the_window)
    _requested_before_the_window.clear()
    for path in waiting:
        open_requested_file(path)


def run_window(db: Path | None = None) -> int:
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        print("Lỗi: không có màn hình để mở cửa sổ (DISPLAY chưa đặt).", file=sys.stderr)
        return 1
    _log_to_file()
    app = create_application()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from papi_desktop.gui.language import chosen_language, install_language_menu, install_translator
    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.gui.open_database import open_store

    settings = open_settings()
    # One program per user: a second start hands its file to the running window and ends.
    from papi_desktop.gui.single_instance import SingleInstance, hand_over, server_name

    instance_name = server_name(settings)
    if hand_over(instance_name, db):
        return 0
    instance = SingleInstance(instance_name, app)
    instance.listen()
    instance.fileRequested.connect(open_requested_file)
    install_translator(chosen_language(settings))
    try:
        store = choose_store(db, settings, opener=open_store)
    except UserError as error:
        log.error("cannot open database: %s", error.detail)
        QMessageBox.critical(None, "papi-desktop", error.translated(QCoreApplication.translate))
        return 1
    if store is None:  # the clerk chose not to open a file locked elsewhere
        return 0
    window = MainWindow(store, settings)
    install_language_menu(window)
    window.show()
    open_files_requested_while_starting()
    return app.exec()
