"""The Inno Setup script, read as text (Inno Setup runs on Windows only): what the issue asks of it."""

from pathlib import Path
import re

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "papi-desktop.iss").read_text(encoding="utf-8-sig")
SPEC = (ROOT / "packaging" / "papi-desktop.spec").read_text(encoding="utf-8")
BUILD = (ROOT / "packaging" / "build-windows.ps1").read_text(encoding="utf-8")


def _section(name: str) -> str:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    return match.group(1) if match else ""


def test_per_user_install_without_administrator_rights():
    setup = _section("Setup")
    assert re.search(r"^PrivilegesRequired=lowest$", setup, re.M)
    assert "DefaultDirName={autopf}" in setup
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$", setup, re.M)


def test_start_menu_and_desktop_shortcuts_start_the_windowed_program():
    icons = _section("Icons")
    assert "{autoprograms}" in icons and "{autodesktop}" in icons
    assert '#define AppExe "papi-desktop.exe"' in ISS
    assert 'name="papi-desktop", console=False' in SPEC  # the windowed executable of the spec
    assert 'name="papi-desktop-cli", console=True' in SPEC


def test_a_papi_file_opens_in_papi_desktop():
    registry = _section("Registry")
    assert r'Subkey: "Software\Classes\.papi"' in registry
    assert r'shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""' in registry
    assert all(line.startswith("Root: HKA;") for line in registry.splitlines() if line.startswith("Root:"))
    assert "ChangesAssociations=yes" in _section("Setup")


def test_uninstalling_keeps_the_clerks_data():
    assert "[UninstallDelete]" not in ISS
    assert "localappdata" not in _section("Files").lower() and "{userappdata}" not in ISS


def test_the_build_script_passes_the_pyproject_version_and_the_folder():
    assert "tomllib" in BUILD and "/DAppVersion=$version" in BUILD and "/DAppFolder=$app" in BUILD
    assert "packaging\\papi-desktop.spec" in BUILD and "packaging\\papi-desktop.iss" in BUILD
    assert BUILD.isascii()  # Windows PowerShell 5 reads a BOM-less script as the ANSI code page
