"""The compiling office gathers thirty departments' files, sees the grid and compiles a part."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from papi_desktop import consolidate
from papi_desktop.cli import main
from papi_desktop.consolidate.overview import RowState
from papi_desktop.store import DraftStore
from papi_desktop.store import consolidation as tables
from tests.helpers.departments import AS_PAPI, DEPARTMENTS, EMPTY_PART, MISSING, PERIOD, TWICE


def _hashes(files: list[Path]) -> dict[Path, str]:
    return {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in files}


@pytest.fixture
def office(tmp_path: Path, department_files: list[Path]):
    store = DraftStore.create(tmp_path / "tong-hop.papi")
    tables.set_expected_departments(store, [(consolidate.department_key(n), n.title()) for n in DEPARTMENTS])
    yield store
    store.close()


def test_gathering_thirty_departments_counts_refuses_and_changes_no_source(office, department_files) -> None:
    before = _hashes(department_files)
    result = consolidate.gather(office, PERIOD, department_files)
    assert _hashes(department_files) == before  # not a byte of any department's file changed
    assert not [p for p in department_files[0].parent.iterdir() if p.name.endswith(("-journal", "-wal", "-shm"))]

    assert len(result.taken) == 29
    refused = "\n".join(result.refused)
    assert "31-hong.papi" in refused  # the damaged file is named …
    assert "đã có bản mới hơn" in refused and TWICE in refused  # … and the older copy of the department sent twice
    view = consolidate.overview(office, PERIOD)
    states = {row.department_key: row.state for row in view.rows}
    assert view.reported == 29 and len(view.rows) == 30
    assert states[consolidate.department_key(MISSING)] is RowState.MISSING
    labels = [c.label for c in view.columns]
    assert labels == ["I", *(f"II.{n}" for n in range(1, 9)), "III"]
    row = next(r for r in view.rows if r.department_key == consolidate.department_key(EMPTY_PART[0]))
    assert row.words[EMPTY_PART[1]] == 0 and row.words["participation"] > 50
    assert view.empty_cells() == 1
    text = view.as_text()
    assert "29/30 đơn vị" in text and "chưa gửi" in text and "—" in text


def test_gathering_again_updates_and_a_changed_file_shows_as_newer(office, department_files, tmp_path) -> None:
    papi_files = [p for p in department_files if p.suffix == ".papi" and p.name != "31-hong.papi"]
    consolidate.gather(office, PERIOD, papi_files[:3])
    # a copy of one department's database, changed after it was gathered
    changed = tmp_path / papi_files[1].name
    changed.write_bytes(papi_files[1].read_bytes())
    consolidate.gather(office, PERIOD, [changed])
    with DraftStore.open(changed) as theirs:
        report_id = next(s.id for s in theirs.list_reports() if s.period == PERIOD)
        theirs.save_section(report_id, "services", "Thêm một đoạn sau khi đã gửi.")
    again = consolidate.gather(office, PERIOD, papi_files[:1])
    assert again.updated and not again.taken
    view = consolidate.overview(office, PERIOD)
    province = tables.consolidation_for(office, PERIOD)
    assert len(tables.load_gathered(office, province)[0]) == 3  # updated, never duplicated
    states = {row.department_key: row.state for row in view.rows}
    assert states[consolidate.department_key(AS_PAPI[1])] is RowState.NEWER
    assert states[consolidate.department_key(AS_PAPI[0])] is RowState.REPORTED


def test_taking_paragraphs_into_the_province_draft_attributes_each(office, department_files) -> None:
    consolidate.gather(office, PERIOD, department_files)
    own = "Văn phòng UBND tỉnh tổng hợp như sau."
    province_id = tables.consolidation_for(office, PERIOD)
    office.save_section(province_id, "participation", own)
    parts = consolidate.contributions(office, PERIOD, "participation")
    assert len(parts) == 29 and all(not any(c.taken) for c in parts)
    first, second = parts[0], parts[5]
    assert consolidate.take(office, PERIOD, first.department_key, "participation") == len(first.paragraphs)
    assert consolidate.take(office, PERIOD, second.department_key, "participation", [0, 2]) == 2

    attributed = consolidate.attribution(office, PERIOD, "participation")
    expected = [(own, None), *((p, first.department) for p in first.paragraphs),
                (second.paragraphs[0], second.department), (second.paragraphs[2], second.department)]
    assert attributed == expected
    marks = {c.department_key: c.taken for c in consolidate.contributions(office, PERIOD, "participation")}
    assert all(marks[first.department_key]) and marks[second.department_key][:3] == (True, False, True)
    # the province's draft is an ordinary report of the office's file
    summary = next(s for s in office.list_reports() if s.id == province_id)
    assert summary.period == PERIOD


def test_command_line_gathers_and_prints_the_grid(tmp_path, department_files, capsys) -> None:
    listing = tmp_path / "don-vi.txt"
    listing.write_text("\n".join(DEPARTMENTS) + "\n", encoding="utf-8")
    out_db = tmp_path / "tinh.papi"
    code = main(["consolidate", "--db", str(out_db), "--period", "quý II/2026", "--departments", str(listing),
                 *map(str, department_files)])
    printed = capsys.readouterr().out
    assert code == 0
    assert printed.count("Đã gom: ") == 29 and "Không gom: 31-hong.papi" in printed
    assert main(["consolidate", "--db", str(out_db), "--status"]) == 0
    grid = capsys.readouterr().out
    assert "Tổng hợp quý II/2026: 29/30" in grid and MISSING[:20] in grid


def test_command_line_refuses_a_bad_period_without_making_a_file(tmp_path, capsys) -> None:
    out_db = tmp_path / "tinh.papi"
    assert main(["consolidate", "--db", str(out_db), "--period", "quý V/2026", str(tmp_path / "a.docx")]) == 1
    assert "quý II/2026" in capsys.readouterr().err and not out_db.exists()
