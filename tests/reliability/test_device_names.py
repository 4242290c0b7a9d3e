"""Windows device names, in every spelling Windows itself takes for a device, are refused
before anything is written; names that merely look like one are accepted."""

from __future__ import annotations

import pytest

from papi_desktop.errors import UserError
from papi_desktop.export import export_docx
from papi_desktop.fileio import check_file_name, is_device_name
from papi_desktop.model import load_sample

DEVICES = [
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{d}" for d in "0123456789¹²³"), *(f"LPT{d}" for d in "0123456789¹²³"),
]


@pytest.mark.parametrize("device", DEVICES)
def test_every_device_in_every_case_and_with_any_extension(device):
    for name in (device, device.lower(), device.title(), f"{device}.docx", f"{device.lower()}.pdf",
                 f"{device}.tar.gz", f"{device} .docx", f"{device}  .docx", f"{device}. .docx",
                 f"{device}...docx", f"{device.lower()} . .pdf"):
        assert is_device_name(name), name
        with pytest.raises(UserError) as caught:
            check_file_name(name)
        assert "không hợp lệ trên Windows" in caught.value.message and "thiết bị" in caught.value.message


@pytest.mark.parametrize("name", ["CON .docx", "NUL .docx", "COM0.docx", "COM¹.docx", "LPT¹.pdf", "CONIN$.docx",
                                  "conout$.pdf", "lpt³ .docx"])
def test_an_export_to_a_device_name_writes_nothing(tmp_path, name):
    with pytest.raises(UserError, match="không hợp lệ trên Windows"):
        export_docx(load_sample(), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["CONTRACT.docx", "COM10.docx", "LPT.pdf", "COM.docx", "con-so.docx", "NULL.docx",
                                  "Báo cáo CON.docx", "COM1a.docx", "xCON.docx", "AUX1.docx", "COM⁴.docx"])
def test_names_that_only_look_like_devices_are_fine(tmp_path, name):
    assert not is_device_name(name)
    check_file_name(name)
    assert export_docx(load_sample(), tmp_path / name).exists()
