"""Alembic environment: always run on the connection the store hands over."""

from alembic import context

from ssc_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("SSC Desktop migrations run through ssc_desktop.store.migrate only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # Batch mode (copy-and-move tables) is SQLite's way to alter a table; PostgreSQL
    # alters in place, inside the one transaction (transactional DDL).
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
