"""A double-click on a .papi file runs ``papi-desktop FILE.papi``: that opens FILE in the window."""

from pathlib import Path

import pytest

from papi_desktop import cli


@pytest.fixture
def opened(monkeypatch) -> list:
    calls = []
    monkeypatch.setattr(cli, "_start_window", lambda db: calls.append(db) or 0)
    return calls


def test_a_single_papi_file_means_db(opened):
    assert cli.main([r"C:\Users\Lan\Documents\Báo cáo quý.PAPI"]) == 0
    assert opened == [Path(r"C:\Users\Lan\Documents\Báo cáo quý.PAPI")]


def test_db_option_still_works_and_no_argument_opens_the_default(opened):
    assert cli.main(["--db", "a.papi"]) == 0
    assert cli.main([]) == 0
    assert opened == [Path("a.papi"), None]


def test_other_words_are_not_taken_for_a_file(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["bao-cao.docx"])
    assert stop.value.code == 2
    assert "lỗi" in capsys.readouterr().err
