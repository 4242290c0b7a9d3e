"""Modules compiled from the Qt Designer forms in ``ui/`` by ``scripts/build-forms.sh``."""
