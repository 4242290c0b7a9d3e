"""``papi-desktop`` run as a process, with a disk that fills up or a write that hangs.

``python exporter.py ARGS…`` runs the command line with ARGS. Faults come from the
environment, so the test decides them per run:

- ``PAPI_TEST_FULL_AFTER=N``: every ``os.write`` to a file (not stdout/stderr) fails with
  ENOSPC once N bytes have been written, as on a disk with N bytes free;
- ``PAPI_TEST_HANG_AFTER=N``: after N bytes the writer prints ``writing`` and waits forever,
  so that the test can kill it in the middle of the file.
"""

import errno
import os
import sys
import time

_real_write = os.write
_written = 0


def _faulty_write(handle: int, data) -> int:
    global _written
    if handle <= 2:
        return _real_write(handle, data)
    full = os.environ.get("PAPI_TEST_FULL_AFTER")
    hang = os.environ.get("PAPI_TEST_HANG_AFTER")
    limit = int(full if full is not None else hang)
    room = limit - _written
    if room <= 0:
        if full is not None:
            raise OSError(errno.ENOSPC, "No space left on device")
        print("writing", flush=True)
        while True:
            time.sleep(60)
    count = _real_write(handle, bytes(data[:room]))
    _written += count
    return count


if "PAPI_TEST_FULL_AFTER" in os.environ or "PAPI_TEST_HANG_AFTER" in os.environ:
    os.write = _faulty_write

from papi_desktop.cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
