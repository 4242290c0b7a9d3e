"""The compiled forms in papi_desktop/gui/forms match the Designer files in ui/."""

from pathlib import Path
import shutil
import subprocess
import sys

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _uic() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-uic"
    return str(beside) if beside.exists() else shutil.which("pyside6-uic")


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_is_up_to_date(form, tmp_path):
    uic = _uic()
    if uic is None:
        pytest.skip("pyside6-uic is not installed")
    fresh = tmp_path / "fresh.py"
    subprocess.run([uic, "--no-autoconnection", str(form), "-o", str(fresh)], check=True, timeout=60)
    compiled = ROOT / "papi_desktop" / "gui" / "forms" / f"ui_{form.stem}.py"
    assert compiled.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        f"{compiled.name} is out of date: run scripts/build-forms.sh"
    )


def test_every_form_is_compiled():
    compiled = {p.stem for p in (ROOT / "papi_desktop" / "gui" / "forms").glob("ui_*.py")}
    assert compiled == {f"ui_{f.stem}" for f in FORMS}
