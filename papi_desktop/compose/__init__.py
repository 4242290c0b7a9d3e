"""Report → one layout description shared by every renderer."""

from papi_desktop.compose.blocks import (
    Block, ComposedDocument, Figure, PageSetup, Para, Role, Rule, Spacer, TableBlock, TwoColumnTable,
)
from papi_desktop.compose.composer import compose

__all__ = [
    "Block", "ComposedDocument", "Figure", "PageSetup", "Para", "Role", "Rule", "Spacer",
    "TableBlock", "TwoColumnTable", "compose",
]
