"""First run, unlock, recovery and key management."""
