"""Entry point of the frozen build: both executables run the same command line as ``papi-desktop``."""

import sys

from papi_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
