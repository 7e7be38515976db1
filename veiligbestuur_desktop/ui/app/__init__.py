"""Start, lock and the main window."""
