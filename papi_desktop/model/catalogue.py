"""The catalogue of an index, read from a data file: its dimensions and the report's outline.

Kept as data so that a report for another index (PAR INDEX, DTI, SIPAS, PCI) needs a new
file, not new code: the title template, the parts of the report in order (see
:mod:`papi_desktop.model.outline`) and the dimensions all come from it. The program's own
catalogues live in ``resources/catalogues``; a clerk may drop more into the data folder's
``catalogues`` folder, and they are validated with messages that say what is wrong.

The program's own files are also shipped parsed, as JSON beside each TOML file
(``scripts/build-catalogues.sh``): loading tomllib and parsing the TOML was 7 ms of every
start, the JSON takes 0.05 ms. The TOML stays the one to edit; tests/model/test_catalogue_files.py
fails when a JSON file no longer says what its TOML says.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
import json
from pathlib import Path
from typing import Any

from papi_desktop.model.outline import Numbering, Part, PartKind, body_parts
from papi_desktop.resources import resource_path

DEFAULT_CATALOGUE = "papi"
# The placeholders a heading or title template may use (filled by Report.template_fields).
TEMPLATE_FIELDS = {"period": "quý I", "next_period": "quý II/2022", "agency": "Sở", "year": 2022}
# Keys of the parts every report's code relies on; a dimension may not use them.
RESERVED_KEYS = frozenset({"preamble", "implementation", "results", "next_tasks", "other"})


class CatalogueError(ValueError):
    """A catalogue file is missing or malformed; the message says where and what."""


@dataclass(frozen=True)
class SubDimension:
    """A sub-dimension (nội dung thành phần) and the survey years it was measured in."""

    name: str
    from_year: int
    until_year: int | None = None

    def applies_in(self, year: int) -> bool:
        return self.from_year <= year and (self.until_year is None or year <= self.until_year)


@dataclass(frozen=True)
class Dimension:
    key: str
    number: int
    heading: str
    name: str
    short_name: str
    english_name: str
    hint: str
    sub_dimensions: tuple[SubDimension, ...] = ()

    def sub_dimensions_in(self, year: int) -> tuple[SubDimension, ...]:
        return tuple(s for s in self.sub_dimensions if s.applies_in(year))


@dataclass(frozen=True)
class Catalogue:
    key: str
    name: str
    english_name: str
    short_name: str  # what file names and lists call the index: "PAPI", "PAR INDEX"
    source: str  # where the names come from (decision, official site)
    document_type: str
    title_template: str
    parts: tuple[Part, ...]
    dimensions: tuple[Dimension, ...]

    def dimension(self, key: str) -> Dimension:
        for dimension in self.dimensions:
            if dimension.key == key:
                return dimension
        raise KeyError(key)

    @property
    def dimension_keys(self) -> tuple[str, ...]:
        return tuple(d.key for d in self.dimensions)

    @property
    def section_keys(self) -> tuple[str, ...]:
        """Every part that holds text, in printed order."""
        return tuple(part.key for part in body_parts(self.parts))

    def part(self, key: str) -> Part:
        for part in self.all_parts():
            if part.key == key:
                return part
        raise KeyError(key)

    def all_parts(self) -> tuple[Part, ...]:
        return tuple(p for top in self.parts for p in (top, *top.children))

    def _heading(self, key: str) -> str:
        try:
            return self.part(key).heading
        except KeyError:
            return ""

    # The headings of the PAPI skeleton's parts, for the code that still names them.
    @property
    def implementation_heading(self) -> str:
        return self._heading("implementation")

    @property
    def results_heading(self) -> str:
        return self._heading("results")

    @property
    def next_tasks_heading(self) -> str:
        return self._heading("next_tasks")


def _text(data: dict[str, Any], name: str, where: str, default: str | None = None) -> str:
    value = data.get(name, default)
    if value is None:
        raise CatalogueError(f"{where}: thiếu trường “{name}” (missing field {name!r})")
    if not isinstance(value, str):
        raise CatalogueError(f"{where}: trường “{name}” phải là chữ (field {name!r} must be text)")
    return value


def _check_template(template: str, where: str) -> None:
    try:
        template.format(**TEMPLATE_FIELDS)
    except (KeyError, IndexError, ValueError) as error:
        known = ", ".join("{" + name + "}" for name in TEMPLATE_FIELDS)
        raise CatalogueError(
            f"{where}: mẫu “{template}” dùng chỗ trống không có ({error}); chỉ dùng được {known}"
        ) from None


def _enum(enum: type, data: dict[str, Any], name: str, default: str, where: str):
    value = data.get(name, default)
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(str(member) for member in enum)
        raise CatalogueError(f"{where}: “{name}” = {value!r} không hợp lệ; chọn một trong: {allowed}") from None


def _sub_dimensions(raw: Any, where: str) -> tuple[SubDimension, ...]:
    result = []
    for index, item in enumerate(raw or [], start=1):
        spot = f"{where}, nội dung thành phần {index}"
        if not isinstance(item, dict):
            raise CatalogueError(f"{spot}: phải là một bảng (must be a table)")
        from_year, until_year = item.get("from", 0), item.get("until")
        if not isinstance(from_year, int) or not (until_year is None or isinstance(until_year, int)):
            raise CatalogueError(f"{spot}: “from”/“until” phải là năm (must be years)")
        result.append(SubDimension(_text(item, "name", spot), from_year, until_year))
    return tuple(result)


def _dimensions(raw: Any, source: str) -> tuple[Dimension, ...]:
    if not isinstance(raw, list):
        return ()
    dimensions = []
    for number, item in enumerate(raw, start=1):
        where = f"{source}: nội dung {number}"
        if not isinstance(item, dict):
            raise CatalogueError(f"{where}: phải là một bảng (must be a table)")
        values = {name: _text(item, name, where) for name in ("key", "heading", "name")}
        short = _text(item, "short_name", where, values["name"])
        dimensions.append(Dimension(
            number=number, short_name=short, english_name=_text(item, "english_name", where, ""),
            hint=_text(item, "hint", where, ""), sub_dimensions=_sub_dimensions(item.get("sub_dimensions"), where),
            **values,
        ))
    return tuple(dimensions)


def _parts(raw: Any, dimensions: tuple[Dimension, ...], source: str) -> tuple[Part, ...]:
    if not isinstance(raw, list) or not raw:
        raise CatalogueError(f"{source}: thiếu danh sách các phần [[parts]] (no [[parts]])")
    parts = []
    groups = 0
    for index, item in enumerate(raw, start=1):
        where = f"{source}: phần {index}"
        if not isinstance(item, dict):
            raise CatalogueError(f"{where}: phải là một bảng (must be a table)")
        kind = _enum(PartKind, item, "kind", "prose", where)
        heading = _text(item, "heading", where, "")
        _check_template(heading, where)
        children: tuple[Part, ...] = ()
        if kind is PartKind.GROUP:
            groups += 1
            children = tuple(
                Part(d.key, PartKind.PROSE, d.heading, d.short_name, d.hint, Numbering.ARABIC) for d in dimensions
            )
        parts.append(Part(
            key=_text(item, "key", where), kind=kind, heading=heading,
            tab_label=_text(item, "tab_label", where, heading), hint=_text(item, "hint", where, ""),
            numbering=_enum(Numbering, item, "numbering", "roman", where),
            optional=bool(item.get("optional", False)), children=children,
        ))
    if groups != 1:
        raise CatalogueError(f"{source}: cần đúng một phần kind = \"group\" chứa các nội dung (needs one group part)")
    return tuple(parts)


def parse_catalogue(data: dict, source: str = "<data>") -> Catalogue:
    """A catalogue from the data of a TOML file, checked; a :class:`CatalogueError` says what is wrong."""
    fields = {name: _text(data, name, source) for name in ("key", "name", "document_type", "title_template")}
    _check_template(fields["title_template"], source)
    dimensions = _dimensions(data.get("dimensions"), source)
    if not dimensions:
        raise CatalogueError(f"{source}: chưa có nội dung nào [[dimensions]] (no dimensions)")
    parts = _parts(data.get("parts"), dimensions, source)
    catalogue = Catalogue(
        english_name=_text(data, "english_name", source, ""), short_name=_text(data, "short_name", source, fields["key"]),
        source=_text(data, "source", source, ""), parts=parts, dimensions=dimensions, **fields,
    )
    keys = [p.key for p in catalogue.all_parts()]
    if len(set(keys)) != len(keys):
        raise CatalogueError(f"{source}: khóa của các phần và nội dung phải khác nhau (keys must be unique)")
    if RESERVED_KEYS & set(catalogue.dimension_keys):
        raise CatalogueError(f"{source}: nội dung không được dùng khóa {sorted(RESERVED_KEYS)}")
    if "other" not in keys:
        raise CatalogueError(f"{source}: cần phần “other” (Nội dung khác) cho những gì nhập vào không xếp được")
    return catalogue


COMPILED_SUFFIX = ".json"


def _compiled_data(path: Path) -> dict[str, Any] | None:
    """The parsed twin of one of the program's own catalogue files, or None (a clerk's file, or
    a program folder without it: the TOML is read then)."""
    if path.parent != resource_path("catalogues"):
        return None
    try:
        data = json.loads(path.with_suffix(COMPILED_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def read_toml(path: Path) -> dict[str, Any]:
    """A catalogue file's data; a syntax error is named with the file."""
    import tomllib  # (with its parser's regular expressions): not needed for the program's own files

    with path.open("rb") as handle:
        try:
            return tomllib.load(handle)
        except tomllib.TOMLDecodeError as error:
            raise CatalogueError(f"{path}: tệp TOML sai cú pháp ({error})") from error


def load_catalogue_file(path: Path) -> Catalogue:
    try:
        data = _compiled_data(path) or read_toml(path)
    except OSError as error:
        raise CatalogueError(f"{path}: không đọc được tệp ({error.strerror or error})") from error
    catalogue = parse_catalogue(data, str(path))
    if catalogue.key != path.stem:
        raise CatalogueError(f"{path}: khóa “{catalogue.key}” phải trùng tên tệp “{path.stem}”")
    return catalogue


def user_catalogue_dir() -> Path:
    """``<user data folder>/papi-desktop/catalogues``: where a clerk's own catalogue files go."""
    from platformdirs import user_data_dir  # the data folder's rule lives with platformdirs

    return Path(user_data_dir("papi-desktop", appauthor=False)) / "catalogues"


def _catalogue_files() -> dict[str, Path]:
    """Catalogue key → file; the program's own files win over a clerk's file of the same name."""
    found: dict[str, Path] = {}
    for folder in (user_catalogue_dir(), resource_path("catalogues")):
        try:
            files = sorted(folder.glob("*.toml"))
        except OSError:
            continue
        found.update({path.stem: path for path in files})
    return found


@lru_cache(maxsize=None)
def load_catalogue(key: str = DEFAULT_CATALOGUE) -> Catalogue:
    """The catalogue named ``key`` (cached: it never changes while running)."""
    own = resource_path("catalogues", f"{key}.toml") if key.replace("_", "").isalnum() else None
    # The program's own files win over a clerk's of the same name, so they need no search of
    # the clerk's folder (nor platformdirs and glob, at every start).
    path = own if own is not None and own.is_file() else _catalogue_files().get(key)
    if path is None:
        raise CatalogueError(f"không có bộ chỉ số “{key}” (no catalogue {key!r})")
    return load_catalogue_file(path)


def available_catalogues() -> tuple[list[Catalogue], list[CatalogueError]]:
    """Every catalogue that can be chosen, and the errors of the files that cannot."""
    catalogues, errors = [], []
    for key in _catalogue_files():
        try:
            catalogues.append(load_catalogue(key))
        except CatalogueError as error:
            errors.append(error)
    catalogues.sort(key=lambda c: (c.key != DEFAULT_CATALOGUE, c.key))
    return catalogues, errors


def compile_builtin_catalogues() -> list[Path]:
    """Write the JSON twin of each of the program's catalogue files; returns the files written."""
    written = []
    for path in sorted(resource_path("catalogues").glob("*.toml")):
        target = path.with_suffix(COMPILED_SUFFIX)
        target.write_text(json.dumps(read_toml(path), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(target)
    return written
