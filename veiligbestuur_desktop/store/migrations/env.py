"""Alembic environment: always run from code with a connection handed in (see store.migrate)."""

from __future__ import annotations

from alembic import context

from veiligbestuur_desktop.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run from code only (veiligbestuur_desktop.store.migrate).")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
