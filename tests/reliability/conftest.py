from tests.ui.conftest import app, dialogs  # noqa: F401  (GUI fixtures shared with the scan test)
