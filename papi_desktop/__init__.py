"""papi-desktop: draft, keep and print the quarterly PAPI report of a provincial department."""

__version__ = "0.1.0"
