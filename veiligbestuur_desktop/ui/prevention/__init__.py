"""Step 2 — Preventieve maatregelen nemen: the risk analyses with their heat map, the measures and the
trainings (tabs of ui/steps/step_2_prevention.py)."""
