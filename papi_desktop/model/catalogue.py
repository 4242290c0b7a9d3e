"""The dimension catalogue of an index, read from a data file in ``resources/catalogues``.

Kept as data so that a report for another index (PAR INDEX, SIPAS, PCI) needs a new file,
not new code: the title template, the section headings and the dimensions all come from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
import tomllib

from papi_desktop.resources import resource_path

DEFAULT_CATALOGUE = "papi"


class CatalogueError(ValueError):
    """A catalogue file is missing or malformed."""


@dataclass(frozen=True)
class Dimension:
    key: str
    number: int
    heading: str
    name: str
    short_name: str
    english_name: str
    hint: str


@dataclass(frozen=True)
class Catalogue:
    key: str
    name: str
    english_name: str
    document_type: str
    title_template: str
    implementation_heading: str
    results_heading: str
    next_tasks_heading: str
    dimensions: tuple[Dimension, ...]

    def dimension(self, key: str) -> Dimension:
        for dimension in self.dimensions:
            if dimension.key == key:
                return dimension
        raise KeyError(key)

    @property
    def dimension_keys(self) -> tuple[str, ...]:
        return tuple(d.key for d in self.dimensions)


_TEXT_FIELDS = (
    "key", "name", "english_name", "document_type", "title_template",
    "implementation_heading", "results_heading", "next_tasks_heading",
)
_DIMENSION_FIELDS = ("key", "heading", "name", "short_name", "english_name", "hint")
# Section keys the model reserves for the parts every report has; a dimension may not use them.
RESERVED_KEYS = frozenset({"preamble", "implementation", "next_tasks", "other"})


def parse_catalogue(data: dict, source: str = "<data>") -> Catalogue:
    try:
        fields = {name: str(data[name]) for name in _TEXT_FIELDS}
        raw_dimensions = data["dimensions"]
    except KeyError as missing:
        raise CatalogueError(f"{source}: missing field {missing}") from None
    dimensions = []
    for number, raw in enumerate(raw_dimensions, start=1):
        try:
            values = {name: str(raw[name]) for name in _DIMENSION_FIELDS}
        except KeyError as missing:
            raise CatalogueError(f"{source}: dimension {number} lacks {missing}") from None
        dimensions.append(Dimension(number=number, **values))
    keys = [d.key for d in dimensions]
    if not keys:
        raise CatalogueError(f"{source}: no dimensions")
    if len(set(keys)) != len(keys) or RESERVED_KEYS & set(keys):
        raise CatalogueError(f"{source}: dimension keys must be unique and not {sorted(RESERVED_KEYS)}")
    return Catalogue(dimensions=tuple(dimensions), **fields)


def load_catalogue_file(path: Path) -> Catalogue:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CatalogueError(f"{path}: {error}") from error
    return parse_catalogue(data, str(path))


@lru_cache(maxsize=None)
def load_catalogue(key: str = DEFAULT_CATALOGUE) -> Catalogue:
    """The catalogue named ``key`` from the resources folder (cached: it never changes while running)."""
    return load_catalogue_file(resource_path("catalogues", f"{key}.toml"))
