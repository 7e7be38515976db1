"""Step 6: the incident register, form and detail view."""
