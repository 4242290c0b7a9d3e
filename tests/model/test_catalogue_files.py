"""The program's own catalogues ship parsed (resources/catalogues/*.json, made by
scripts/build-catalogues.sh) so that a start needs no TOML parser: each twin must say exactly what
its TOML file says, and a clerk's own files are still read as TOML."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

import pytest

from papi_desktop.model import catalogue as catalogue_module
from papi_desktop.model.catalogue import COMPILED_SUFFIX, CatalogueError, load_catalogue_file
from papi_desktop.resources import resource_path

BUILTIN = sorted(resource_path("catalogues").glob("*.toml"))


@pytest.mark.parametrize("path", BUILTIN, ids=lambda path: path.stem)
def test_each_shipped_twin_says_what_its_toml_says(path):
    twin = path.with_suffix(COMPILED_SUFFIX)
    assert twin.exists(), f"run scripts/build-catalogues.sh: {twin.name} is missing"
    with path.open("rb") as handle:
        expected = tomllib.load(handle)
    assert json.loads(twin.read_text(encoding="utf-8")) == expected, \
        f"{path.name} changed: run scripts/build-catalogues.sh"


def test_the_programs_catalogue_is_read_from_its_twin_and_a_clerks_file_from_toml(tmp_path, monkeypatch):
    read = []
    real = catalogue_module.read_toml
    monkeypatch.setattr(catalogue_module, "read_toml", lambda path: read.append(path.name) or real(path))
    papi = load_catalogue_file(resource_path("catalogues", "papi.toml"))
    assert papi.key == "papi" and read == []
    own = tmp_path / "papi.toml"  # a clerk's copy, in their own folder: TOML, with its errors named
    own.write_text("key = [not toml", encoding="utf-8")
    with pytest.raises(CatalogueError, match="papi.toml: tệp TOML sai cú pháp"):
        load_catalogue_file(own)
    assert read == ["papi.toml"]


def test_a_start_loads_no_toml_parser():
    code = ("import sys, papi_desktop.model, papi_desktop.store\n"
            "from papi_desktop.model import load_catalogue\n"
            "load_catalogue('papi')\n"
            "print('tomllib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
