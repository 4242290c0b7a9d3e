"""The window: main window, editors, the print preview pane and dialogs (PySide6 widgets)."""
