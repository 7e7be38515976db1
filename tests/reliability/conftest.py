from tests.ui.conftest import _no_dialogs, app  # noqa: F401  (GUI fixtures shared with the scan test)
