"""Read published scores from a file: a plain CSV or Excel sheet of a documented layout, or a
workbook shaped as PAPI's results are published (one row per dimension or indicator, one
column per province).

Plain layout (CSV with "," or ";", or the first sheet of an .xlsx), one row per province and
year, header in the first row::

    province, year, total, d1, d2, d3, d4, d5, d6, d7, d8[, rank]

``d1``…``d8`` are the dimensions in the catalogue's order; numbers may use a decimal comma.

Published shape: a header row naming provinces across (found by looking for the wanted
province), rows whose first text cells name a dimension ("Tham gia của người dân ở cấp cơ
sở", "Chỉ số nội dung 1", "Dimension 1", "D1") or the total ("Tổng", "Total", "PAPI");
where a dimension has both weighted and unweighted rows, the weighted one is read. Which
layout a file has is decided by its header, not its name. Excel is read with openpyxl,
imported only here, when a file is read.
"""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
import re
import unicodedata

from papi_desktop.errors import UserError
from papi_desktop.model.catalogue import Catalogue
from papi_desktop.model.text import fold as fold_text
from papi_desktop.scores.model import ProvinceScores

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_PREFIXES = re.compile(r"^(?:tinh|thanh pho|tp\.?)\s+")


def fold(text: object) -> str:
    """A label or name as compared: folded (:func:`~papi_desktop.model.text.fold`), punctuation
    but the dot as spaces, single spaces."""
    return " ".join(re.sub(r"[^\w.]+", " ", fold_text(unicodedata.normalize("NFC", str(text or "")))).split())


def province_key(name: str) -> str:
    return _PREFIXES.sub("", fold(name)).replace("-", " ")


def _number(value: object, what: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace("\u2212", "-")
    if not _NUMBER.match(text):
        raise UserError(f"{what}: “{value}” không phải một số.", f"not a number: {value!r} ({what})")
    return float(text.replace(",", "."))


def _rows_of(path: Path) -> list[list[object]]:
    """The file's cells, row by row (first sheet for Excel); UserError for what cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UserError(f"Không đọc được tệp “{path.name}”.", f"{path}: {error}") from None
    if not path.is_file():
        raise UserError(f"“{path.name}” không phải một tệp.", f"not a regular file: {path}")
    if size > MAX_BYTES:
        raise UserError(f"Tệp “{path.name}” quá lớn cho một bảng điểm.", f"{path}: {size} bytes")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1258", errors="strict") if raw else ""
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    if suffix in (".xlsx", ".xlsm"):
        import zipfile

        from openpyxl import load_workbook  # heavy: only when a workbook is read

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
            raise UserError(f"“{path.name}” không phải một tệp Excel đọc được.", f"{path}: {error}") from None
        try:
            sheet = book.worksheets[0]
            return [list(row) for row in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    raise UserError(f"Chỉ đọc được bảng điểm .csv hoặc .xlsx, không đọc được “{path.name}”.", f"suffix {suffix}")


def read_scores(path: Path, catalogue: Catalogue, province: str | None = None, year: int | None = None) -> list[ProvinceScores]:
    """Every province-year found in ``path`` (only ``province`` when given); UserError otherwise."""
    rows = [row for row in _rows_of(path) if any(cell not in (None, "") for cell in row)]
    if not rows:
        raise UserError(f"Tệp “{path.name}” không có số liệu.", f"{path}: empty")
    header = [fold(cell) for cell in rows[0]]
    if "province" in header and "year" in header:
        records = _plain(rows, header, catalogue, path)
        if province:
            records = [r for r in records if province_key(r.province) == province_key(province)]
            if not records:
                raise UserError(f"Tệp “{path.name}” không có số liệu của “{province}”.", f"{province} not in {path}")
    else:
        records = [_published(rows, catalogue, path, province, year)]
    for record in records:
        problems = record.problems(catalogue)
        if problems:
            raise UserError(
                f"Số liệu của {record.province} năm {record.year} trong “{path.name}” không hợp lệ: {'; '.join(problems)}.",
                f"{path}: {problems}",
            )
    return records


def _plain(rows: list[list[object]], header: list[str], catalogue: Catalogue, path: Path) -> list[ProvinceScores]:
    count = len(catalogue.dimensions)
    wanted = ["province", "year", *(f"d{n}" for n in range(1, count + 1))]
    missing = [name for name in wanted if name not in header]
    if missing:
        raise UserError(
            f"Tệp “{path.name}” thiếu cột: {', '.join(missing)} (cần: province, year, total, d1 … d{count}[, rank]).",
            f"{path}: missing columns {missing}",
        )
    at = {name: header.index(name) for name in header if name}
    records = []
    for line, row in enumerate(rows[1:], start=2):
        cell = lambda name: row[at[name]] if name in at and at[name] < len(row) else None  # noqa: E731
        where = f"dòng {line}"
        year = _number(cell("year"), where)
        if year is None or not str(cell("province") or "").strip():
            raise UserError(f"Tệp “{path.name}”, {where}: thiếu tỉnh hoặc năm.", f"{path}:{line}: province/year")
        dimensions = {}
        for number, dimension in enumerate(catalogue.dimensions, start=1):
            value = _number(cell(f"d{number}"), f"{where}, cột d{number}")
            if value is None:
                raise UserError(f"Tệp “{path.name}”, {where}: thiếu điểm d{number} ({dimension.name}).", f"{path}:{line}: d{number}")
            dimensions[dimension.key] = value
        rank = _number(cell("rank"), f"{where}, cột rank")
        records.append(ProvinceScores(
            str(cell("province")).strip(), int(year), dimensions, _number(cell("total"), f"{where}, cột total"),
            int(rank) if rank is not None else None, catalogue_key=catalogue.key,
        ))
    return records


def _label(row: list[object], upto: int) -> str:
    return " ".join(fold(cell) for cell in row[:upto] if isinstance(cell, str))


def _dimension_of(label: str, catalogue: Catalogue) -> str | None:
    for number, dimension in enumerate(catalogue.dimensions, start=1):
        names = (fold(dimension.name), fold(dimension.short_name))
        codes = (f"chi so noi dung {number}", f"dimension {number}", f"d{number}", f"noi dung {number}")
        if any(name and name in label for name in names) or any(re.search(rf"(?<!\w){re.escape(code)}(?!\d)", label) for code in codes):
            return dimension.key
    return None


def _published(rows: list[list[object]], catalogue: Catalogue, path: Path, province: str | None, year: int | None) -> ProvinceScores:
    header_index, names = _province_header(rows)
    if header_index is None:
        raise UserError(
            f"Không nhận ra bố cục của “{path.name}”: không có cột province/year, cũng không có dòng tên các tỉnh.",
            f"{path}: unknown layout",
        )
    found = {province_key(name): (column, name) for column, name in names.items()}
    if province is None:
        if len(found) != 1:
            sample = ", ".join(list(name for _, name in found.values())[:6])
            raise UserError(f"Tệp “{path.name}” có {len(found)} tỉnh ({sample}…): hãy chọn tỉnh.", f"{path}: choose province")
        province = next(iter(found.values()))[1]
    if province_key(province) not in found:
        raise UserError(f"Tệp “{path.name}” không có cột của “{province}”.", f"{province} not in {path}")
    column, written = found[province_key(province)]
    label_width = min(names)  # the cells left of the first province name are the row's label
    if year is None:
        match = _YEAR.search(f"{path.stem} " + " ".join(str(c) for r in rows[: header_index + 1] for c in r if c))
        if not match:
            raise UserError(f"Không biết số liệu của năm nào trong “{path.name}”: hãy ghi năm.", f"{path}: no year")
        year = int(match.group(1))
    values: dict[str, tuple[bool, float]] = {}
    total: float | None = None
    for row in rows[header_index + 1:]:
        label = _label(row, label_width)
        if not label or column >= len(row):
            continue
        weighted = "trong so" in label and "khong trong so" not in label or "weighted" in label and "unweighted" not in label
        if any(word in label for word in ("can tren", "can duoi", "upper", "lower", "khoang tin cay")):
            continue  # confidence bounds
        key = _dimension_of(label, catalogue)
        value = _number(row[column], f"{written}, {label}")
        if value is None:
            continue
        if key and (key not in values or weighted and not values[key][0]):
            values[key] = (weighted, value)
        elif key is None and re.search(r"(?<!\w)(tong|total|papi)(?!\w)", label) and total is None:
            total = value
    missing = [d.name for d in catalogue.dimensions if d.key not in values]
    if missing:
        raise UserError(f"“{path.name}” thiếu điểm của: {'; '.join(missing)}.", f"{path}: missing {missing}")
    return ProvinceScores(written, year, {key: value for key, (_, value) in values.items()}, total,
                          catalogue_key=catalogue.key)


def _province_header(rows: list[list[object]]) -> tuple[int | None, dict[int, str]]:
    """The first row with at least three text cells above columns that hold numbers: the names
    of the provinces (the label columns on the left hold text only)."""
    for index, row in enumerate(rows[:30]):
        texts = {c: str(v).strip() for c, v in enumerate(row) if isinstance(v, str) and v.strip() and not _NUMBER.match(v.strip())}
        numeric = {c for below in rows[index + 1: index + 40] for c, v in enumerate(below) if isinstance(v, (int, float))}
        names = {c: v for c, v in texts.items() if c in numeric}
        if len(names) >= 3:
            return index, names
    return None, {}
