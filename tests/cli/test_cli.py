"""The command line, driven in-process (main(argv)) and once as a real process."""

import subprocess
import sys

import docx
import pytest

from papi_desktop.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_new_list_export_round_trip(tmp_path, capsys):
    db = tmp_path / "Báo cáo quý I.papi"
    assert run(capsys, "new", "--db", str(db), "--sample")[0] == 0
    code, out, _ = run(capsys, "list", "--db", str(db))
    assert code == 0
    lines = out.strip().split("\n")
    assert len(lines) == 1
    report_id, period, title, updated = lines[0].split("\t")
    assert period == "quý I/2022"
    assert title.startswith("Kết quả công tác duy trì và củng cố")
    assert len(updated) == len("2026-01-01 10:00")
    target = tmp_path / "ra.docx"
    code, out, err = run(capsys, "export", "--db", str(db), "--report", report_id[:8], "-o", str(target))
    assert code == 0, err
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    # the part heading, in whichever case the stored report prints its headings
    assert "kế hoạch thực hiện quý ii/2022" in text.lower()


def test_new_refuses_to_overwrite(tmp_path, capsys):
    db = tmp_path / "a.papi"
    db.write_bytes(b"something precious")
    code, _, err = run(capsys, "new", "--db", str(db))
    assert code == 1 and "Lỗi:" in err
    assert db.read_bytes() == b"something precious"


def test_export_sample_without_database(tmp_path, capsys):
    target = tmp_path / "mau.docx"
    assert run(capsys, "export", "--sample", "-o", str(target))[0] == 0
    assert target.stat().st_size > 5000


@pytest.mark.parametrize(
    "argv_tail, fragment",
    [
        (["list", "--db", "{missing}"], "không"),
        (["list", "--db", "{garbage}"], "cơ sở dữ liệu"),
        (["export", "--db", "{db}", "--report", "ffffffff", "-o", "{out}"], "Không có báo cáo"),
        (["export", "--sample", "-o", "{bad_suffix}"], ".docx"),
        (["export", "--db", "{db}", "-o", "{out}"], "--report"),
        (["export", "--sample", "-o", "{no_folder}"], "không tồn tại"),
    ],
)
def test_user_mistakes_exit_1_with_a_vietnamese_message(tmp_path, capsys, argv_tail, fragment):
    db = tmp_path / "d.papi"
    assert run(capsys, "new", "--db", str(db), "--sample")[0] == 0
    garbage = tmp_path / "rác.papi"
    garbage.write_bytes(b"\x00not sqlite at all" * 20)
    names = {
        "missing": tmp_path / "không-có.papi", "garbage": garbage, "db": db, "out": tmp_path / "o.docx",
        "bad_suffix": tmp_path / "o.odt", "no_folder": tmp_path / "nowhere" / "o.docx",
    }
    argv = [part.format(**{k: str(v) for k, v in names.items()}) for part in argv_tail]
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err.startswith("Lỗi: ") and fragment in err
    assert "Traceback" not in err
    assert garbage.read_bytes() == b"\x00not sqlite at all" * 20


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["export"])
    assert stopped.value.code == 2
    assert "lỗi" in capsys.readouterr().err


def test_python_dash_m_is_the_same_command(tmp_path):
    missing = tmp_path / "none.papi"
    result = subprocess.run(
        [sys.executable, "-m", "papi_desktop", "list", "--db", str(missing)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Lỗi: ") and "Traceback" not in result.stderr


def test_pdf_export_from_the_command_line_needs_no_window(tmp_path):
    """A real process without DISPLAY: Qt's PDF writer runs headless."""
    import os

    target = tmp_path / "Báo cáo mẫu.pdf"
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "papi_desktop", "export", "--sample", "-o", str(target)],
        capture_output=True, text=True, timeout=120, env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_import_a_word_report_prints_the_new_id(tmp_path, capsys):
    source = tmp_path / "Quý I.docx"
    assert run(capsys, "export", "--sample", "-o", str(source))[0] == 0
    db = tmp_path / "d.papi"
    assert run(capsys, "new", "--db", str(db))[0] == 0
    code, out, err = run(capsys, "import", "--db", str(db), str(source))
    assert code == 0, err
    new_id = out.strip()
    code, out, _ = run(capsys, "list", "--db", str(db))
    assert out.startswith(new_id + "\tquý I/2022\t")


def test_import_of_an_old_doc_file_is_refused_with_advice(tmp_path, capsys):
    old = tmp_path / "cũ.doc"
    old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600)
    db = tmp_path / "d.papi"
    assert run(capsys, "new", "--db", str(db))[0] == 0
    code, _, err = run(capsys, "import", "--db", str(db), str(old))
    assert code == 1 and ".docx" in err
    assert run(capsys, "list", "--db", str(db))[1] == ""


def test_export_warns_about_empty_parts_and_exports_all_the_same(tmp_path, capsys):
    from papi_desktop.model import Period, Report
    from papi_desktop.store import DraftStore

    db = tmp_path / "trống.papi"
    report = Report(period=Period(2023, 1))
    report.set_section("implementation", "Đã ban hành kế hoạch.")
    report.set_section("participation", "Tổ chức hội nghị.")
    with DraftStore.create(db) as store:
        store.add(report)
    target = tmp_path / "ra.docx"
    code, out, err = run(capsys, "export", "--db", str(db), "--report", report.id[:8], "-o", str(target))
    assert code == 0 and target.exists() and "Đã xuất" in out
    assert "còn trống" in err
    assert "II.2. " in err and "III. " in err
    assert "II.1. " not in err and "I. " not in err.replace("II. ", "").replace("III. ", "")


def test_export_of_a_complete_report_says_nothing_on_stderr(tmp_path, capsys):
    target = tmp_path / "mau.docx"
    code, _, err = run(capsys, "export", "--sample", "-o", str(target))
    assert code == 0 and "còn trống" not in err


def test_starting_the_window_builds_no_command_parser():
    """``papi-desktop`` alone (or with ``--db FILE`` or a .papi file) goes straight to the
    window: argparse stays off the start-up path."""
    code = (
        "import sys; from papi_desktop import cli; seen = []; cli._start_window = seen.append; "
        "cli.main([]); cli.main(['--db', 'a.papi']); cli.main(['b.papi']); "
        "print(seen, 'argparse' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[0] == "[None, PosixPath('a.papi'), PosixPath('b.papi')] False" or (
        "WindowsPath" in done.stdout and done.stdout.strip().endswith("False")
    ), done.stdout
