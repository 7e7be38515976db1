"""The overview and the step tabs."""
