"""The language of the window: Vietnamese (the product's language) or English.

The interface's source strings are Vietnamese (ui/*.ui and ``self.tr()`` in papi_desktop/gui);
``resources/translations/papi_desktop_<lang>.qm`` carries them into each language (made by
scripts/build-translations.sh). The choice is the setting ``ui/language``. Without a choice the
window is Vietnamese whatever the system's locale — papi-desktop is made for Vietnamese
agencies, and a Windows installed in English is common there; English is used only when the
clerk picks it in Trợ giúp → Ngôn ngữ / Language.

The report itself (the Word and PDF output) is always Vietnamese: only the window changes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication

from papi_desktop.gui.settings import LANGUAGE
from papi_desktop.resources import resource_path

log = logging.getLogger(__name__)

SETTING = LANGUAGE.key
DEFAULT_LANGUAGE = "vi"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
MENU_TITLE = "Ngôn ngữ / Language"  # in both languages on purpose: findable by whoever is lost

_installed: list[QTranslator] = []
_windows: list = []  # the windows made by a switch, kept alive here (no one else holds them)


def chosen_language(settings: QSettings) -> str:
    """The language the clerk chose, else Vietnamese (QLocale.system() is deliberately not used)."""
    value = LANGUAGE.read(settings)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return getattr(QApplication.instance(), "_papi_language", DEFAULT_LANGUAGE)


def install_translator(language: str) -> str:
    """Translate every string shown from now on into ``language`` ("vi" or "en"); returns it.

    Replaces the translators installed before. Besides the program's own strings, Qt's own
    words (the standard buttons, the editors' right-click menu, the print preview) are
    translated: into Vietnamese by ``resources/translations/qt_vi.qm``, ours, since Qt ships no
    Vietnamese; into other languages by Qt's qtbase_<lang>.qm from PySide6's translations folder.
    """
    app = QApplication.instance()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"papi_desktop_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s", language)
    standard = QTranslator(app)
    if language == "vi":
        loaded = standard.load(str(resource_path("translations", "qt_vi.qm")))
    else:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded = standard.load(QLocale(language), "qtbase", "_", qt_folder)
    if loaded:
        app.installTranslator(standard)
        _installed.append(standard)
    else:
        log.info("no translation of Qt's own strings for %s", language)
    app._papi_language = language
    return language


def install_language_menu(window) -> None:
    """Add "Ngôn ngữ / Language" with Tiếng Việt / English to the window's Help menu."""
    menu = window.ui.menuHelp.addMenu(MENU_TITLE)
    menu.setObjectName("menuLanguage")
    window.ui.menuLanguage = menu
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = current_language()
    for code, name in LANGUAGES.items():
        action = QAction(name, menu)
        action.setObjectName(f"actionLanguage_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, code=code: switch_language(window, code))
        group.addAction(action)
        menu.addAction(action)


def switch_language(window, language: str):
    """Rebuild the window in ``language`` so every string changes; returns the window now shown.

    The old window saves everything on closing (autosave flushed, layout kept, database closed);
    the new one reopens the same database, report and tab. Nothing changes if the old window
    refuses to close (a save that keeps failing and the clerk says no).
    """
    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.store import DraftStore

    if language == current_language() or language not in LANGUAGES:
        return window
    app = QApplication.instance()
    settings = window.settings
    window.autosaver.flush()
    path, read_only = window.store.path, window.store.read_only
    geometry_visible = window.isVisible()
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the old window is the last one for a moment
    try:
        if not window.close():
            return window
        if window in _windows:
            _windows.remove(window)
        LANGUAGE.write(settings, language)
        settings.sync()
        install_translator(language)
        new_window = MainWindow(DraftStore.open(path, read_only=read_only), settings)
        install_language_menu(new_window)
        _windows.append(new_window)
        if geometry_visible:
            new_window.show()
        window.deleteLater()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
    log.info("window language switched to %s", language)
    return new_window
