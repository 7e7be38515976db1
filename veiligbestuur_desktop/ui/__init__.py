"""PySide6 only: application bootstrap, main window with overview + seven step tabs, dialogs, table models."""
