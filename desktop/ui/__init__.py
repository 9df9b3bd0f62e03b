"""The PySide6 console: main window, pages, dialogs, table models, widgets."""
