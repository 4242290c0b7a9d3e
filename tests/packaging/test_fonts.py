"""The bundled Liberation Serif is registered with Qt, so the preview and PDF never lack a serif font."""

from papi_desktop.render.fonts import FONT_FILES, register_bundled_fonts
from papi_desktop.resources import resource_path


def test_the_fonts_and_their_licence_are_bundled():
    for name in FONT_FILES:
        assert resource_path("fonts", name).stat().st_size > 100_000, name
    assert "SIL OPEN FONT LICENSE Version 1.1" in resource_path("fonts", "LICENSE-OFL.txt").read_text(encoding="utf-8")


def test_registering_adds_liberation_serif_once(qapp):
    from PySide6.QtGui import QFontDatabase

    families = register_bundled_fonts()
    assert families == ["Liberation Serif"]
    assert "Liberation Serif" in QFontDatabase.families()
    assert register_bundled_fonts() == families  # idempotent
    styles = set(QFontDatabase.styles("Liberation Serif"))
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= styles


def test_the_application_registers_them_at_start(qapp):
    from PySide6.QtGui import QFontDatabase

    from papi_desktop.gui.app import create_application

    assert create_application() is qapp
    assert "Liberation Serif" in QFontDatabase.families()
    assert not qapp.windowIcon().isNull()
