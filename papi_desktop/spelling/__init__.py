"""Vietnamese spell checking without Qt: syllable rules, suggestions, tone-mark style."""
