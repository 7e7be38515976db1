"""What the seven-step plan means: pure Python, no Qt, no SQL."""
