"""The compiling office's work: gather the departments' reports of a quarter into the
province's report, see who has reported what, and take their paragraphs into the draft.

``gather`` reads the departments' files (``.papi`` databases, read-only, and Word or text
reports through the importer); ``overview`` makes the departments × parts grid; ``compile``
lists a part's contributions and inserts them, attributed, into the province's draft — an
ordinary report of the compiling office's database that the window edits, prints and exports.
"""

from papi_desktop.consolidate.compile import Contribution, attribution, contributions, take
from papi_desktop.consolidate.gather import GatherResult, gather, open_consolidation
from papi_desktop.consolidate.overview import Overview, department_key, overview

__all__ = [
    "Contribution", "GatherResult", "Overview", "attribution", "contributions", "department_key", "gather",
    "open_consolidation", "overview", "take",
]
