"""Renderers of the one layout description: Word (python-docx) and Qt (preview, print, PDF)."""
