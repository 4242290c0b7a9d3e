"""Helpers shared by the test modules."""

from pathlib import Path

# The seed report's text, kept in the repository (tests/data/README.md).
SEED_REPORT = Path(__file__).resolve().parents[1] / "data" / "bao-cao-papi-quy-I-2022-so-khcn-quang-tri.txt"
