from tests.ui.conftest import app, dialogs  # noqa: F401  (the GUI fixtures of tests/ui)
