"""Where the files under ``resources/`` are, in a checkout and in a frozen (PyInstaller) build.

The resources sit beside the package rather than inside it so that translators and clerks
find them at the top of the repository; the frozen build copies them next to the code.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
