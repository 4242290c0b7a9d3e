"""Thirty departments' reports of quý II/2026, as the compiling office receives them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.departments import write_department_files


@pytest.fixture(scope="session")
def department_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_department_files(tmp_path_factory.mktemp("don-vi"))
