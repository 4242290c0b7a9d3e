"""Errors a clerk can act on: a Vietnamese message for the person, an English one for the log."""

from __future__ import annotations


class UserError(Exception):
    """A failure caused by input or circumstances, not by a bug.

    ``message`` is shown to the clerk (Vietnamese); ``detail`` goes to the log in English.
    The command line prints ``message`` and exits 1; the window shows it in a dialog.
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail or message

    def __str__(self) -> str:
        return self.message
