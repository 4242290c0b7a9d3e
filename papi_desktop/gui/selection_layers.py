"""Several owners of an editor's extra selections, each with its own layer.

An editor has one list of ExtraSelections (view-only highlights that never enter the text, its
undo history or the printed report). Both the carried-over marks and the find highlights use
it; setting the list directly, each would wipe the other's. Each owner sets its layer here and
the editor shows all layers, in a fixed order (later layers paint over earlier ones). A spell
checker's QSyntaxHighlighter formats the text itself and composes with these by nature.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

LAYER_ORDER = ("carried_over", "compare", "find")
_PROPERTY = "_papiSelectionLayers"


def set_layer(editor: QPlainTextEdit | QTextEdit, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
    """Show ``selections`` as ``layer`` of ``editor``, keeping the other layers."""
    layers = getattr(editor, _PROPERTY, None)
    if layers is None:
        layers = {}
        setattr(editor, _PROPERTY, layers)
    layers[layer] = list(selections)
    ordered = sorted(layers, key=lambda name: LAYER_ORDER.index(name) if name in LAYER_ORDER else len(LAYER_ORDER))
    editor.setExtraSelections([selection for name in ordered for selection in layers[name]])


def layer(editor: QPlainTextEdit | QTextEdit, name: str) -> list[QTextEdit.ExtraSelection]:
    return list(getattr(editor, _PROPERTY, {}).get(name, []))
