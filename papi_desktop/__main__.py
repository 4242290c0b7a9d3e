"""``python -m papi_desktop`` — the same entry point as the ``papi-desktop`` command."""

import sys

from papi_desktop.cli import main

sys.exit(main())
