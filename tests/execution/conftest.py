"""The GUI fixtures of tests/ui (the application, recorded message boxes) for these tests too."""

from tests.ui.conftest import app, dialogs  # noqa: F401
