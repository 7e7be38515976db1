"""Exchange and privacy in the GUI (issue 14): the import wizard, exports, retention, inzage."""
