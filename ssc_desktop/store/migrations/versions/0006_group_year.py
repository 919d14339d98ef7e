"""The group's year: provisional KSR sets, target codes, scope and carry-forward.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ksr", schema=None) as batch_op:
        batch_op.add_column(sa.Column("provisional", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("geographic_scope", sa.String(length=200),
                                      nullable=False, server_default="Global"))
        batch_op.add_column(sa.Column("carried_from_id", sa.Uuid(as_uuid=False),
                                      nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_target_carried_from_id_target"), "target",
                                    ["carried_from_id"], ["id"])
        batch_op.create_index(batch_op.f("ix_target_carried_from_id"), ["carried_from_id"],
                              unique=False)
    # Codes for the targets already there, per group in the order they were created.
    conn = op.get_bind()
    target = sa.table("target", sa.column("id"), sa.column("group_id"),
                      sa.column("created_at"), sa.column("code"))
    seen: dict[str, int] = {}
    rows = conn.execute(sa.select(target.c.id, target.c.group_id)
                        .order_by(target.c.group_id, target.c.created_at, target.c.id)).all()
    for target_id, group_id in rows:
        seen[group_id] = seen.get(group_id, 0) + 1
        conn.execute(target.update().where(target.c.id == target_id)
                     .values(code=f"T-{seen[group_id]:03d}"))


def downgrade() -> None:
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_carried_from_id"))
        batch_op.drop_constraint(batch_op.f("fk_target_carried_from_id_target"),
                                 type_="foreignkey")
        batch_op.drop_column("carried_from_id")
        batch_op.drop_column("geographic_scope")
        batch_op.drop_column("code")
    with op.batch_alter_table("ksr", schema=None) as batch_op:
        batch_op.drop_column("provisional")
