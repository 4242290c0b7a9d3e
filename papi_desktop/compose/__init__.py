"""Report → one layout description shared by every renderer."""

from papi_desktop.compose.blocks import (
    Block, ComposedDocument, PageSetup, Para, Role, Rule, Spacer, TwoColumnTable,
)
from papi_desktop.compose.composer import compose

__all__ = [
    "Block", "ComposedDocument", "PageSetup", "Para", "Role", "Rule", "Spacer",
    "TwoColumnTable", "compose",
]
