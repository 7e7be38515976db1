"""The schema and its queries. No Qt, no vault: the vault hands this layer an engine."""
