"""The typing slips kept in this folder, read for the tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Slip:
    typed: str
    meant: str
    kind: str
    line: str = ""  # for old font codes: the whole line the word came in, encoded alike


def load_slips() -> list[Slip]:
    slips = []
    for name in ("hand_slips.tsv", "machine_slips.tsv"):
        for row in (HERE / name).read_text(encoding="utf-8").splitlines():
            if row and not row.startswith("#"):
                slips.append(Slip(*row.split("\t")))
    return slips
