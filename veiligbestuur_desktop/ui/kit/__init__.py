"""Shared widgets, list models, the background worker, messages and settings."""
