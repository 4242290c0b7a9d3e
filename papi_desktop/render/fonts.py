"""The fonts shipped in resources/fonts/: Liberation Serif, metric-compatible with Times New Roman.

The Word export names Times New Roman (every Windows machine has it). The preview, printing and
the PDF are painted by Qt, which on a machine without Times New Roman falls back to
``FONT_FALLBACKS`` — and a clerk's Linux box, or a stripped-down Windows image, may have none of
those either. Registering the bundled Liberation Serif (SIL Open Font License, see
``resources/fonts/LICENSE-OFL.txt``) with Qt at start makes the fallback always present, so
lines and pages break the same everywhere.
"""

from __future__ import annotations

import logging

from papi_desktop.resources import resource_path

log = logging.getLogger(__name__)

FONT_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)

_registered: list[str] | None = None


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database; returns the families added.

    Needs a QGuiApplication. Safe to call any number of times: only the first call (per
    process) registers anything, the later ones return the same families.
    """
    global _registered
    if _registered is not None:
        return list(_registered)
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        raise RuntimeError("register_bundled_fonts needs a QGuiApplication")
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not register the bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    return list(families)
