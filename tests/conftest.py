"""Shared test set-up.

Qt needs a platform even for widgets that are never shown: without ``DISPLAY`` (CI, a
terminal) the offscreen platform is used, so the GUI tests drive real widgets anywhere.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

import pytest  # noqa: E402

from papi_desktop.model import Report, load_sample  # noqa: E402


@pytest.fixture
def sample_report() -> Report:
    return load_sample()


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's data and settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
