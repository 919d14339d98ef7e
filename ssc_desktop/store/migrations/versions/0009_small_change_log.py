"""A smaller change log: an integer key for each entry, the batch, row and subject
references as 16 bytes on SQLite (native uuid on PostgreSQL already), no index on
entity_id (a row's changes are found through its subject), JSON without spaces, and an
insert logs no row ({}: the row is in its table; undo rebuilds it from there and the
later entries, redo from the undo's delete entries).

On SQLite the two log tables are rebuilt and their rows copied across with their ids
packed (foreign keys are checked before the upgrade commits); on PostgreSQL the entry
key becomes an identity column and the entity_id index goes. Every entry keeps its
batch, order, row, subject and what undo and the history need. A downgrade leaves the
inserts as {} (an older app undoes them, but cannot redo them).

Revision ID: 0009
Revises: 0008
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

ENTRY_COLUMNS = "batch_id, seq, entity, entity_id, subject_id, action, before, after"


def _pack(value: object) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value
    return bytes.fromhex(str(value).replace("-", ""))


def _unpack(value: object) -> str | None:
    if value is None:
        return None
    return bytes(value).hex() if isinstance(value, bytes) else str(value)


def _functions(conn: sa.Connection) -> None:
    raw = conn.connection.driver_connection
    raw.create_function("ssc_pack", 1, _pack, deterministic=True)
    raw.create_function("ssc_unpack", 1, _unpack, deterministic=True)
    raw.create_function("ssc_new_hex", 0, lambda: uuid.uuid4().hex)


def _batch_table(key: sa.types.TypeEngine) -> None:
    op.create_table(
        "change_batch",
        sa.Column("id", key, nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reverts_batch_id", key, nullable=True),
        sa.Column("reverted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["reverts_batch_id"], ["change_batch.id"],
                                name=op.f("fk_change_batch_reverts_batch_id_change_batch")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_batch")),
    )
    op.create_index(op.f("ix_change_batch_at"), "change_batch", ["at"], unique=False)


def _entry_table(key: sa.types.TypeEngine, entry_id: sa.Column) -> None:
    op.create_table(
        "audit_entry",
        entry_id,
        sa.Column("batch_id", key, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", key, nullable=False),
        sa.Column("subject_id", key, nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["batch_id"], ["change_batch.id"],
                                name=op.f("fk_audit_entry_batch_id_change_batch")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index(op.f("ix_audit_entry_batch_id"), "audit_entry", ["batch_id"], unique=False)
    op.create_index(op.f("ix_audit_entry_subject_id"), "audit_entry", ["subject_id"],
                    unique=False)


def _set_aside() -> None:
    """The old tables renamed (their indexes dropped: SQLite's index names are global)."""
    for index in ("ix_audit_entry_batch_id", "ix_audit_entry_entity_id",
                  "ix_audit_entry_subject_id", "ix_change_batch_at"):
        op.execute(f"DROP INDEX IF EXISTS {index}")
    op.execute("ALTER TABLE audit_entry RENAME TO audit_entry_old")
    op.execute("ALTER TABLE change_batch RENAME TO change_batch_old")


def _drop_old() -> None:
    op.execute("DROP TABLE audit_entry_old")
    op.execute("DROP TABLE change_batch_old")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        op.drop_index("ix_audit_entry_entity_id", table_name="audit_entry")
        op.drop_constraint("pk_audit_entry", "audit_entry", type_="primary")
        op.drop_column("audit_entry", "id")
        op.add_column("audit_entry", sa.Column("id", sa.Integer(), sa.Identity(),
                                               nullable=False))
        op.create_primary_key("pk_audit_entry", "audit_entry", ["id"])
        op.execute("UPDATE audit_entry SET after = '{}' WHERE action = 'insert' "
                   "AND after IS NOT NULL")
        return
    _functions(conn)
    _set_aside()
    packed = sa.LargeBinary(16)
    _batch_table(packed)
    _entry_table(packed, sa.Column("id", sa.Integer(), nullable=False))
    op.execute("INSERT INTO change_batch (id, label, actor, at, reverts_batch_id, reverted) "
               "SELECT ssc_pack(id), label, actor, at, ssc_pack(reverts_batch_id), reverted "
               "FROM change_batch_old")
    # In the order they were written (a JSON value minified by SQLite's json()).
    op.execute(f"INSERT INTO audit_entry ({ENTRY_COLUMNS}) "
               "SELECT ssc_pack(batch_id), seq, entity, ssc_pack(entity_id), "
               "ssc_pack(subject_id), action, json(before), "
               "CASE WHEN action = 'insert' AND after IS NOT NULL THEN '{}' "
               "ELSE json(after) END "
               "FROM audit_entry_old ORDER BY rowid")
    _drop_old()


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        op.drop_constraint("pk_audit_entry", "audit_entry", type_="primary")
        op.drop_column("audit_entry", "id")
        op.add_column("audit_entry", sa.Column("id", sa.Uuid(as_uuid=False), nullable=True,
                                               server_default=sa.text("gen_random_uuid()")))
        op.alter_column("audit_entry", "id", server_default=None, nullable=False)
        op.create_primary_key("pk_audit_entry", "audit_entry", ["id"])
        op.create_index("ix_audit_entry_entity_id", "audit_entry", ["entity_id"])
        return
    _functions(conn)
    _set_aside()
    hex_key = sa.Uuid(as_uuid=False)
    _batch_table(hex_key)
    _entry_table(hex_key, sa.Column("id", hex_key, nullable=False))
    op.create_index(op.f("ix_audit_entry_entity_id"), "audit_entry", ["entity_id"],
                    unique=False)
    op.execute("INSERT INTO change_batch (id, label, actor, at, reverts_batch_id, reverted) "
               "SELECT ssc_unpack(id), label, actor, at, ssc_unpack(reverts_batch_id), "
               "reverted FROM change_batch_old")
    op.execute(f"INSERT INTO audit_entry (id, {ENTRY_COLUMNS}) "
               "SELECT ssc_new_hex(), ssc_unpack(batch_id), seq, entity, "
               "ssc_unpack(entity_id), ssc_unpack(subject_id), action, before, after "
               "FROM audit_entry_old ORDER BY id")
    _drop_old()
