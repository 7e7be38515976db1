"""The encrypted database and its keys. No Qt here."""
