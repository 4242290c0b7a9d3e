"""Vietnamese spell checking without Qt: syllable rules, suggestions, tone-mark style.

- :class:`SpellChecker` (checker.py): which words of a text to underline, with the
  agency's word list given as plain strings;
- :func:`suggest` (suggest.py): the fixes for one underlined word, best first;
- tone_style.py: mixed "hòa"/"hoà" placement found and the replacements that end it.

The Qt side (underline and right-click entries) is papi_desktop/gui/spell_highlighter.py.
"""

from papi_desktop.spelling.checker import Flag, Issue, SpellChecker
from papi_desktop.spelling.suggest import suggest
from papi_desktop.spelling.syllable import STYLE_NEW, STYLE_OLD

__all__ = ["Flag", "Issue", "SpellChecker", "STYLE_NEW", "STYLE_OLD", "suggest"]
