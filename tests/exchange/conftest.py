"""The GUI fixtures of tests/ui (the application, recorded message boxes) for the exchange tests."""

from tests.ui.conftest import app, dialogs  # noqa: F401
