"""The persons register."""
