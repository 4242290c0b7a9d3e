"""Folders and names as clerks have them on Windows: spaces, Vietnamese letters, long paths, forbidden names."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath
import sqlite3
from urllib.parse import unquote

import docx
import pytest

from papi_desktop.errors import UserError
from papi_desktop.export import export_docx
from papi_desktop.model import load_sample
from papi_desktop.store import DraftStore, list_backups
from papi_desktop.store.drafts import uri_from_posix
from papi_desktop.store.locking import lock_path


def work_in(path: Path) -> None:
    """Create, write, reopen, export beside it and keep a daily copy: all in ``path``'s folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with DraftStore.create(path, sample=True) as store:
        report_id = store.list_reports()[0].id
        store.save_section(report_id, "other", "Nội dung ở thư mục có dấu")
    with DraftStore.open(path) as store:
        assert lock_path(path).exists()
        report = store.load(report_id)
        assert report.section("other") == "Nội dung ở thư mục có dấu"
    exported = export_docx(report, path.with_name("Báo cáo quý I – bản xuất.docx"))
    assert "Nội dung ở thư mục có dấu" in "\n".join(p.text for p in docx.Document(str(exported)).paragraphs)
    assert len(list_backups(path)) == 1
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, exported.name])


def test_a_folder_with_spaces_and_vietnamese_letters(tmp_path):
    work_in(tmp_path / "Nguyễn Văn A" / "Tài liệu" / "Báo cáo quý I.papi")


def test_a_path_longer_than_200_characters(tmp_path):
    folder = tmp_path
    for part in ("Ủy ban nhân dân tỉnh Quảng Trị", "Văn phòng", "Phòng Tổng hợp – Kiểm soát thủ tục hành chính",
                 "Báo cáo Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024", "Quý I",
                 "Hồ sơ gửi Sở Nội vụ và Văn phòng Ủy ban nhân dân tỉnh"):
        folder = folder / part
    path = folder / "Báo cáo kết quả thực hiện các giải pháp nâng cao Chỉ số PAPI quý I năm 2024.papi"
    assert len(str(path)) > 300 and len(str(path.parent.relative_to(tmp_path))) > 200
    work_in(path)


@pytest.mark.parametrize(
    "name",
    ["báo<cáo>.papi", "a:b.papi", 'trích "dẫn".papi', "a|b.papi", "hỏi?.papi", "sao*.papi",
     "dấu chấm cuối.", "khoảng trắng cuối ", "CON.papi", "nul.papi", "COM1.papi", "LPT9.docx"],
)
def test_names_windows_forbids_are_refused_before_anything_is_written(tmp_path, name):
    folder = tmp_path / "Tài liệu"
    folder.mkdir()
    with pytest.raises(UserError) as caught:
        DraftStore.create(folder / name)
    assert "không hợp lệ trên Windows" in caught.value.message
    with pytest.raises(UserError) as caught:
        export_docx(load_sample(), folder / name)
    assert "không hợp lệ trên Windows" in caught.value.message
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "windows, expected",
    [
        (r"\\server\share\x.papi", "file:////server/share/x.papi?mode=rw"),
        (r"\\máy-chủ\Dữ liệu\Báo cáo quý I.papi", "file:////máy-chủ/Dữ liệu/Báo cáo quý I.papi?mode=rw"),
        (r"C:\Users\Nguyễn Văn A\Tài liệu\bao-cao #1.papi", "file:///C:/Users/Nguyễn Văn A/Tài liệu/bao-cao #1.papi?mode=rw"),
        (r"E:\bao-cao 50%.papi", "file:///E:/bao-cao 50%.papi?mode=rw"),
    ],
)
def test_windows_and_network_paths_become_uris_sqlite_accepts(windows, expected):
    made = uri_from_posix(PureWindowsPath(windows).as_posix())
    assert unquote(made.removesuffix("?mode=rw")) + "?mode=rw" == expected
    assert "#" not in made.split("?")[0] and " " not in made and "?" not in made.split("?mode")[0]
    assert not made.startswith("file://server")  # SQLite refuses a URI naming a host


def test_uri_characters_in_a_real_path_reach_the_right_file(tmp_path):
    path = tmp_path / "50% #1 &x=1" / "bao cao.papi"
    path.parent.mkdir()
    with DraftStore.create(path, sample=True):
        pass
    assert sorted(p.name for p in path.parent.iterdir()) == ["bao cao.papi"]
    conn = sqlite3.connect(uri_from_posix(path.as_posix(), "ro"), uri=True)
    assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    conn.close()
