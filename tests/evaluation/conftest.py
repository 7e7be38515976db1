"""The GUI fixtures of tests/ui (the application, recorded message boxes) for the step 7 tests."""

from tests.ui.conftest import app, dialogs  # noqa: F401
