"""The sample report: the real Quảng Trị report for quarter I of 2022, kept as data."""

from __future__ import annotations

from papi_desktop.model.report import Report
from papi_desktop.model.serialize import report_from_dict
from papi_desktop.resources import resource_path

SAMPLE_FILE = resource_path("sample", "bao-cao-papi-quy-I-2022-so-khcn-quang-tri.toml")


def load_sample() -> Report:
    """A fresh copy of the sample report (a new identity each call, like a new draft)."""
    import tomllib  # only when a sample is made, not at every start

    with SAMPLE_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    data.pop("id", None)
    return report_from_dict(data)
