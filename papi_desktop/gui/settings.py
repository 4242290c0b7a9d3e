"""The window's settings, each declared once with its type and default.

``QSettings`` keeps values in an INI file as text and gives back whatever the file happens to
hold: a list saved with one entry comes back as a plain string (and a menu built from it
shows one character per item), an empty list as None, a number as "3", a boolean as "true".
Reading a value with its declared type is therefore done in one place, here, as Picard does
with its typed options: every setting is a module-level object that knows its key, its type
and its default, and turns whatever the file holds into that type — or into the default,
with a line in the log, when the file holds something that cannot be one (a hand-edited or
damaged settings file must never stop the program starting).

Use::

    from papi_desktop.gui import settings as config

    store = config.open_settings()
    recent = config.RECENT_FILES.read(store)      # always a list of str
    config.LAST_TAB.write(store, 3)
    config.last_report(path).read(store)          # per-database setting

The keys are those the window already used, so existing settings files keep working.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

ORGANIZATION = "papi-desktop"
APPLICATION = "papi-desktop"
MAX_RECENT = 8

T = TypeVar("T")

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}


class Setting(Generic[T]):
    """One setting: its key, its default, and how a stored value becomes its type."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def convert(self, stored: Any) -> T:
        """The stored value as this setting's type; raises ValueError/TypeError when it cannot be."""
        raise NotImplementedError

    def read(self, store: QSettings) -> T:
        if not store.contains(self.key):
            return self._fresh_default()
        stored = store.value(self.key)
        try:
            return self.convert(stored)
        except (TypeError, ValueError):
            log.warning("setting %s holds %r, not a %s: using the default", self.key, stored, type(self).__name__)
            return self._fresh_default()

    def write(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, self.stored_form(value))

    def remove(self, store: QSettings) -> None:
        store.remove(self.key)

    def stored_form(self, value: T) -> Any:
        return value

    def _fresh_default(self) -> T:
        return list(self.default) if isinstance(self.default, list) else self.default  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, default={self.default!r})"


class TextSetting(Setting[str]):
    def convert(self, stored: Any) -> str:
        if stored is None:
            return self.default
        if isinstance(stored, (list, tuple)):  # "a, b" without quotes is read back as a list
            return ", ".join(str(part) for part in stored)
        if isinstance(stored, (QByteArray, bytes)):
            raise TypeError("bytes where text was expected")
        return str(stored)

    def stored_form(self, value: str) -> str:
        return str(value)


class IntSetting(Setting[int]):
    def convert(self, stored: Any) -> int:
        if isinstance(stored, bool):
            return int(stored)
        if isinstance(stored, float):
            return int(stored)
        return int(str(stored).strip())

    def stored_form(self, value: int) -> int:
        return int(value)


class FloatSetting(Setting[float]):
    def convert(self, stored: Any) -> float:
        return float(str(stored).strip())

    def stored_form(self, value: float) -> float:
        return float(value)


class BoolSetting(Setting[bool]):
    def convert(self, stored: Any) -> bool:
        if isinstance(stored, bool):
            return stored
        text = str(stored).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueError(text)

    def stored_form(self, value: bool) -> bool:
        return bool(value)


class TextListSetting(Setting[list]):
    """A list of strings, whatever its length: QSettings' INI file gives back a one-entry list
    as a string and an empty one as None (``@Invalid()``), so both are turned back into lists."""

    def __init__(self, key: str, default: list[str] | None = None, limit: int | None = None) -> None:
        super().__init__(key, list(default or []))
        self.limit = limit

    def convert(self, stored: Any) -> list[str]:
        if stored is None:
            return []
        if isinstance(stored, str):
            values = [stored] if stored else []
        elif isinstance(stored, (list, tuple)):
            values = [str(item) for item in stored]
        else:
            raise TypeError(type(stored).__name__)
        return values[: self.limit] if self.limit else values

    def stored_form(self, value: list[str]) -> list[str]:
        values = [str(item) for item in value]
        return values[: self.limit] if self.limit else values


class BytesSetting(Setting[QByteArray | None]):
    """Window geometry and splitter state, as Qt's ``saveGeometry()``/``saveState()`` give them."""

    def convert(self, stored: Any) -> QByteArray | None:
        if isinstance(stored, QByteArray):
            return stored
        if isinstance(stored, bytes):
            return QByteArray(stored)
        raise TypeError(type(stored).__name__)

    def stored_form(self, value: QByteArray | bytes | None) -> QByteArray | None:
        if isinstance(value, bytes):
            return QByteArray(value)
        return value


# -- every setting of the window, declared once ----------------------------------------------
LAST_DATABASE = TextSetting("session/database", "")
RECENT_FILES = TextListSetting("session/recent", [], limit=MAX_RECENT)
LAST_TAB = IntSetting("session/tab", 0)
WINDOW_GEOMETRY = BytesSetting("window/geometry", None)
WINDOW_SPLITTER = BytesSetting("window/splitter", None)
LANGUAGE = TextSetting("ui/language", "")
PREVIEW_ZOOM = FloatSetting("preview/zoom", 0.0)  # 0 = fit the page width
IMPORT_FOLDER = TextSetting("import/folder", str(Path.home()))
EXPORT_FOLDER = TextSetting("export/folder", str(Path.home()))
EDITOR_POINT_SIZE = FloatSetting("editor/point_size", 0.0)  # 0 = the editor's normal size


def last_report(database: os.PathLike[str] | str) -> TextSetting:
    """The report last shown from ``database`` (its id), remembered per database file."""
    return TextSetting(f"session/report/{database}", "")


def remember_recent(store: QSettings, path: os.PathLike[str] | str) -> list[str]:
    """Put ``path`` first in the recent files (once), keep at most MAX_RECENT; returns the list."""
    entry = str(path)
    recent = [entry] + [item for item in RECENT_FILES.read(store) if item != entry]
    RECENT_FILES.write(store, recent)
    return recent[:MAX_RECENT]


def open_settings() -> QSettings:
    """The clerk's settings file (an INI file in the user's configuration folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


ALL_SETTINGS: tuple[Setting, ...] = (
    LAST_DATABASE, RECENT_FILES, LAST_TAB, WINDOW_GEOMETRY, WINDOW_SPLITTER, LANGUAGE,
    PREVIEW_ZOOM, IMPORT_FOLDER, EXPORT_FOLDER, EDITOR_POINT_SIZE,
)
