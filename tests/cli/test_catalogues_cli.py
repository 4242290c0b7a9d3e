"""`papi-desktop catalogues` and `new --catalogue`: choosing the index a report is written for."""

from pathlib import Path

from papi_desktop.cli import main
from papi_desktop.store import DraftStore


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_catalogues_lists_key_name_and_source(capsys) -> None:
    code, out, _ = run(capsys, "catalogues")
    rows = {line.split("\t")[0]: line.split("\t") for line in out.strip().split("\n")}
    assert code == 0 and {"papi", "par_index"} <= set(rows)
    assert rows["par_index"][1] == "Chỉ số cải cách hành chính cấp tỉnh (PAR INDEX)"
    assert "876/QĐ-BNV" in rows["par_index"][2]


def test_new_with_a_catalogue_holds_one_empty_report_of_it(tmp_path: Path, capsys) -> None:
    db = tmp_path / "cchc.papi"
    code, _, err = run(capsys, "new", "--db", str(db), "--catalogue", "par_index")
    assert code == 0, err
    with DraftStore.open(db) as store:
        (summary,) = store.list_reports()
        report = store.load(summary.id)
    assert report.catalogue_key == "par_index"
    assert not any(report.sections.get(key, "").strip() for key in report.section_keys())


def test_an_unknown_catalogue_is_refused_before_any_file_is_made(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.papi"
    code, _, err = run(capsys, "new", "--db", str(db), "--catalogue", "sipas")
    assert code == 1 and "sipas" in err and "catalogues" in err
    assert not db.exists()
