"""Published index scores kept in the drafts file, so they travel with the reports that quote them.

Each row is one province's result for one survey year of one catalogue; the dimension scores
are kept as JSON keyed by the catalogue's dimension keys. Rows are checked on reading like
any value from a file: a row that does not make sense is named and left out.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from papi_desktop.model.catalogue import CatalogueError, load_catalogue
from papi_desktop.scores.model import ProvinceScores
from papi_desktop.scores.readers import province_key

if TYPE_CHECKING:
    from sqlite_utils import Database

    from papi_desktop.store.drafts import DraftStore

log = logging.getLogger(__name__)

TABLE = """
    CREATE TABLE scores (
        catalogue TEXT NOT NULL,
        province_key TEXT NOT NULL,
        province TEXT NOT NULL,
        year INTEGER NOT NULL,
        total REAL,
        rank INTEGER,
        provinces_ranked INTEGER,
        national_average REAL,
        dimensions TEXT NOT NULL,
        PRIMARY KEY (catalogue, province_key, year)
    )
"""


def create_table(db: "Database") -> None:
    db.execute(TABLE)


def save_scores(store: "DraftStore", records: list[ProvinceScores]) -> None:
    """Add or replace ``records`` (one province-year each) in one transaction."""
    rows = [{
        "catalogue": r.catalogue_key, "province_key": province_key(r.province), "province": r.province,
        "year": r.year, "total": r.total, "rank": r.rank, "provinces_ranked": r.provinces_ranked,
        "national_average": r.national_average, "dimensions": json.dumps(r.dimensions, ensure_ascii=False),
    } for r in records]
    with store.transaction():
        store.db["scores"].upsert_all(rows, pk=("catalogue", "province_key", "year"))


def load_scores(store: "DraftStore", province: str | None = None, catalogue_key: str = "papi") -> tuple[list[ProvinceScores], list[str]]:
    """The kept scores (of ``province`` only, when given), years ascending, and the rows left out."""
    query = ("SELECT province, year, total, rank, provinces_ranked, national_average, dimensions FROM scores "
             "WHERE catalogue = ?")
    arguments: list[object] = [catalogue_key]
    if province:
        query += " AND province_key = ?"
        arguments.append(province_key(province))
    try:
        catalogue = load_catalogue(catalogue_key)
    except CatalogueError:
        return [], [f"bộ chỉ số “{catalogue_key}”"]
    records, bad = [], []
    for name, year, total, rank, ranked, average, dimensions in store.conn.execute(query + " ORDER BY province, year", arguments):
        try:
            values = json.loads(dimensions)
            record = ProvinceScores(str(name), int(year), {str(k): float(v) for k, v in values.items()},
                                    None if total is None else float(total), rank, ranked,
                                    None if average is None else float(average), catalogue_key)
        except (TypeError, ValueError, AttributeError) as error:
            log.warning("scores row %r/%r unreadable: %s", name, year, error)
            bad.append(f"{name} năm {year}")
            continue
        if record.problems(catalogue):
            bad.append(f"{name} năm {year}")
            continue
        records.append(record)
    return records, bad
