"""The GUI fixtures of tests/ui (the application, message boxes recorded instead of shown)."""

from tests.ui.conftest import app, dialogs

__all__ = ["app", "dialogs"]
