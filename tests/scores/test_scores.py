"""Published PAPI scores: read from both file shapes, kept in the drafts file, summed up in words."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from papi_desktop.cli import main
from papi_desktop.errors import UserError
from papi_desktop.model import load_catalogue
from papi_desktop.scores.model import ProvinceScores, comparison, summary_sentence
from papi_desktop.scores.readers import read_scores
from papi_desktop.store import DraftStore
from papi_desktop.store.scores import load_scores, save_scores

PAPI = load_catalogue("papi")
LAI_CHAU_2024 = [5.24, 5.43, 4.22, 6.64, 7.13, 7.72, 3.68, 3.42]  # total 43.48
LAI_CHAU_2023 = [5.00, 5.50, 4.30, 6.50, 7.00, 7.80, 3.90, 3.10]
HEADER = "province,year,total,d1,d2,d3,d4,d5,d6,d7,d8,rank"


def _csv_line(province: str, year: int, values: list[float], rank: int | None = None, sep: str = ",") -> str:
    cells = [province, str(year), "", *(f"{v:.2f}" for v in values), "" if rank is None else str(rank)]
    if sep == ";":
        cells = [c.replace(".", ",") for c in cells]
    return sep.join(cells)


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "diem.papi"
    DraftStore.create(path).close()
    return path


def test_a_plain_csv_with_a_decimal_comma_is_read_and_listed_in_vietnamese_style(tmp_path, database, capsys) -> None:
    source = tmp_path / "diem.csv"
    source.write_text("\n".join([HEADER.replace(",", ";"), _csv_line("Lai Châu", 2023, LAI_CHAU_2023, sep=";"),
                                 _csv_line("Lai Châu", 2024, LAI_CHAU_2024, 31, sep=";")]), encoding="utf-8-sig")
    code, out, err = run(capsys, "scores", "--db", str(database), "import", str(source))
    assert code == 0, err
    assert out.splitlines() == ["Đã lưu: Lai Châu năm 2023", "Đã lưu: Lai Châu năm 2024"]
    code, out, _ = run(capsys, "scores", "--db", str(database), "list")
    rows = [line.split("\t") for line in out.strip().splitlines()]
    assert rows[1][:3] == ["Lai Châu", "2024", "43,48"] and rows[1][3] == "5,24" and rows[1][-1] == "31"


def test_a_plain_excel_sheet_gives_the_same_records_as_the_csv(tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(["Quảng Trị", 2024, 44.1, *LAI_CHAU_2024, 20])
    path = tmp_path / "diem.xlsx"
    book.save(path)
    (record,) = read_scores(path, PAPI)
    assert (record.province, record.year, record.total, record.rank) == ("Quảng Trị", 2024, 44.1, 20)
    assert list(record.dimensions.values()) == LAI_CHAU_2024


def _published_workbook(path: Path, provinces: list[str], drop: int | None = None) -> None:
    """The shape PAPI's results are published in: dimensions down, provinces across, weighted
    and unweighted rows, confidence bounds."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Chi tieu cap tinh"
    sheet.append(["Chỉ số PAPI năm 2024 — số liệu cấp tỉnh"])
    sheet.append([])
    sheet.append(["Mã", "Chỉ số / Chỉ tiêu", "Loại", *provinces])
    for number, dimension in enumerate(PAPI.dimensions, start=1):
        if number == drop:
            continue
        base = LAI_CHAU_2024[number - 1]
        sheet.append([f"D{number}", f"Chỉ số nội dung {number}: {dimension.name}", "Không trọng số",
                      *(base + 0.5 + i for i in range(len(provinces)))])
        sheet.append([f"D{number}", f"Chỉ số nội dung {number}: {dimension.name}", "Có trọng số",
                      *(base + i for i in range(len(provinces)))])
        sheet.append([f"D{number}", "Cận dưới khoảng tin cậy", "", *(base - 0.3 for _ in provinces)])
        sheet.append([f"D{number}.1", "Chỉ tiêu thành phần", "", *(1.0 for _ in provinces)])
    sheet.append(["T", "Tổng điểm PAPI", "Có trọng số", *(43.48 + 8 * i for i in range(len(provinces)))])
    book.save(path)


def test_the_published_shape_is_read_for_the_chosen_province_weighted(tmp_path) -> None:
    path = tmp_path / "2024PAPI_ProvincialIndicators.xlsx"
    _published_workbook(path, ["Lai Châu", "Điện Biên", "TP. Hà Nội", "Quảng Trị"])
    (record,) = read_scores(path, PAPI, province="Lai Chau")
    assert record.province == "Lai Châu" and record.year == 2024 and record.total == pytest.approx(43.48)
    assert [record.dimensions[k] for k in PAPI.dimension_keys] == pytest.approx(LAI_CHAU_2024)
    (hanoi,) = read_scores(path, PAPI, province="Hà Nội")
    assert hanoi.dimensions["participation"] == pytest.approx(LAI_CHAU_2024[0] + 2)
    with pytest.raises(UserError, match="có 4 tỉnh"):
        read_scores(path, PAPI)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("province,year,total,d1,d2,d3,d4,d6,d7,d8\nX,2024,,1,1,1,1,1,1,1\n", encoding="utf-8"), "d5"),
        (lambda p: p.write_text(HEADER + "\n" + _csv_line("X", 2024, [12.0] * 8) + "\n", encoding="utf-8"), "ngoài"),
        (lambda p: p.write_text(HEADER + "\nX,2024,,5,5,5,năm,5,5,5,5,\n", encoding="utf-8"), "không phải một số"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)), "không"),
    ],
)
def test_a_malformed_file_is_refused_clearly_and_nothing_is_written(tmp_path, database, capsys, make, message) -> None:
    source = tmp_path / ("bad.xlsx" if "PNG" in message else "bad.csv")
    if message == "không":
        source = tmp_path / "bad.xlsx"
    make(source)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    code, out, err = run(capsys, "scores", "--db", str(database), "import", str(source))
    assert code == 1 and message in err and "Traceback" not in err and not out
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_a_published_workbook_missing_a_dimension_names_it(tmp_path) -> None:
    path = tmp_path / "2024.xlsx"
    _published_workbook(path, ["Lai Châu", "Điện Biên", "Sơn La"], drop=7)
    with pytest.raises(UserError, match="Quản trị môi trường"):
        read_scores(path, PAPI, province="Sơn La")


def test_scores_travel_in_the_file_and_the_sentence_counts_gains_and_losses(tmp_path, database) -> None:
    keys = PAPI.dimension_keys
    records = [ProvinceScores("Lai Châu", 2023, dict(zip(keys, LAI_CHAU_2023))),
               ProvinceScores("Lai Châu", 2024, dict(zip(keys, LAI_CHAU_2024)), rank=31, provinces_ranked=63)]
    with DraftStore.open(database) as store:
        save_scores(store, records)
        save_scores(store, records[1:])  # again: replaced, not doubled
    with DraftStore.open(database) as store:
        kept, bad = load_scores(store, "lai châu")
    assert [r.year for r in kept] == [2023, 2024] and not bad
    table = comparison(kept, PAPI)
    assert table.years == (2023, 2024) and table.rows[-1].label == "Tổng điểm"
    assert [row.direction for row in table.dimension_rows()] == [1, -1, -1, 1, 1, -1, -1, 1]
    sentence = summary_sentence(kept, PAPI)
    assert sentence.startswith("Năm 2024, tỉnh đạt 43,48 điểm, xếp thứ 31/63 (tăng 0,38 điểm so với năm 2023)")
    assert "tăng ở 4 nội dung" in sentence and "giảm ở 4 nội dung" in sentence and "−0,22" in sentence


def _records() -> list[ProvinceScores]:
    keys = PAPI.dimension_keys
    return [ProvinceScores("Lai Châu", 2023, dict(zip(keys, LAI_CHAU_2023)), rank=35),
            ProvinceScores("Lai Châu", 2024, dict(zip(keys, LAI_CHAU_2024)), rank=31)]


def _chart_table():
    from papi_desktop.scores.blocks import score_chart

    return score_chart(_records(), PAPI, "Lai Châu", [2023, 2024])


def test_the_chart_matches_its_reference_drawing(qapp) -> None:
    """Compared pixel by pixel with a stored rendering (regenerate with REGENERATE_CHART=1 after a
    deliberate change and look at it): fonts may differ by antialiasing, not by layout."""
    import os

    from PySide6.QtGui import QImage

    from papi_desktop.render.score_chart import chart_image

    image = chart_image(_chart_table(), dpi=100)
    reference_path = Path(__file__).parent / "reference" / "chart-2023-2024.png"
    if os.environ.get("REGENERATE_CHART"):
        image.save(str(reference_path))
    reference = QImage(str(reference_path)).convertToFormat(image.format())
    assert reference.size() == image.size()
    width, height = image.width(), image.height()
    differing = sum(
        1 for y in range(0, height, 2) for x in range(0, width, 2)
        if abs(QImage.pixelColor(image, x, y).lightness() - QImage.pixelColor(reference, x, y).lightness()) > 64
    )
    assert differing / ((width // 2) * (height // 2)) < 0.01
    # black-and-white friendly: the newest year is solid black, the older one is not
    dark = sum(1 for y in range(0, height, 3) for x in range(0, width, 3) if image.pixelColor(x, y).lightness() < 30)
    assert dark > 0.02 * (width // 3) * (height // 3)


def test_the_chart_as_png_bytes_is_a_print_resolution_picture(qapp) -> None:
    from PySide6.QtGui import QImage

    from papi_desktop.render.score_chart import chart_png

    data = chart_png(_chart_table())
    image = QImage.fromData(data, "PNG")
    assert data.startswith(b"\x89PNG") and image.width() == round(160 / 25.4 * 300)
    assert round(image.dotsPerMeterX() * 0.0254) == 300


def test_a_score_table_in_a_part_follows_the_kept_scores_until_unbound() -> None:
    from papi_desktop.model.report import ParagraphKind, paragraphs
    from papi_desktop.scores.blocks import refresh_part, score_chart, score_table, unbind

    table = score_table(_records(), PAPI, "Lai Châu", [2023, 2024])
    assert table.rows[1] == ("Tham gia của người dân ở cấp cơ sở", "5,00", "5,24", "+0,24 ▲")
    assert table.rows[-2] == ("Tổng điểm (8 nội dung)", "43,10", "43,48", "+0,38 ▲")
    assert table.rows[-1] == ("Xếp hạng", "35", "31", "")
    assert table.numeric_columns() == (False, True, True, True)
    chart = score_chart(_records(), PAPI, "Lai Châu", [2023, 2024])
    frozen = unbind(table)
    body = "\n".join(["Điểm của tỉnh:", table.to_line(), chart.to_line(), frozen.to_line()])
    corrected = _records()
    corrected[0].dimensions["participation"] = 6.0
    kinds = [(p.kind, p.table or p.chart) for p in paragraphs(refresh_part(body, corrected, PAPI))]
    assert [k for k, _ in kinds] == [ParagraphKind.TEXT, ParagraphKind.TABLE, ParagraphKind.CHART, ParagraphKind.TABLE]
    assert kinds[1][1].rows[1][1:] == ("6,00", "5,24", "−0,76 ▼")  # bound: filled again
    assert kinds[2][1].values[0] == (6.0, 5.24)
    assert kinds[3][1].rows[1][1:] == ("5,00", "5,24", "+0,24 ▲")  # unbound: as the clerk left it
