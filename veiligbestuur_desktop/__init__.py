"""VeiligBestuur Desktop: offline registration and follow-up of aggression and threats against office holders."""

__version__ = "0.1.0"
APP_NAME = "VeiligBestuur"
