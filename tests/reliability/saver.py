"""The writer of the kill test: saves a section through the real DraftStore, over and over.

Run as ``python saver.py FILE REPORT_ID``. It is a small fork server, so that the hundred
restarts after a kill do not each pay for starting Python: for every ``go N`` line on
stdin it forks a writer that prints ``pid P``, opens FILE with ``DraftStore.open`` and
saves ``Lần lưu N``, ``Lần lưu N+1``, … into the section ``other``, printing ``saved K``
only once save K has been committed. When the writer dies (the test SIGKILLs it) the
server prints ``dead``.
"""

from __future__ import annotations

import os
import sys

from papi_desktop.store import DraftStore

FILLER = "Nội dung báo cáo được lưu nhiều lần. " * 150


def say(line: str) -> None:
    """One whole line in one write(2) (shorter than PIPE_BUF): a kill never leaves half of it."""
    os.write(1, f"{line}\n".encode())


def write_forever(path: str, report_id: str, first: int) -> None:
    say(f"pid {os.getpid()}")
    store = DraftStore.open(path)
    number = first
    while True:
        # A few pages per save, so that a kill often lands while the file itself is being written.
        store.save_section(report_id, "other", f"Lần lưu {number}\n{FILLER}")
        say(f"saved {number}")
        number += 1


def main() -> None:
    path, report_id = sys.argv[1], sys.argv[2]
    for line in sys.stdin:
        command, _, argument = line.partition(" ")
        if command != "go":
            break
        child = os.fork()
        if child == 0:
            try:
                write_forever(path, report_id, int(argument))
            finally:
                os._exit(3)  # only reached if saving failed: the test sees a writer that died by itself
        _pid, status = os.waitpid(child, 0)
        say(f"dead {status}")


if __name__ == "__main__":
    main()
