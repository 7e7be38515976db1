"""Use cases shared by the GUI and the command line: transactions, validation, audit, report data."""
