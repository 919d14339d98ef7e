"""Ksr sets, targets and quarterly updates.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ksr",
        sa.Column("quadrennium_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("objective_code", sa.String(length=40), nullable=False),
        sa.Column("objective_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["quadrennium_id"], ["quadrennium.id"], name=op.f("fk_ksr_quadrennium_id_quadrennium")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ksr")),
        sa.UniqueConstraint("quadrennium_id", "number", name=op.f("uq_ksr_quadrennium_id_number")),
    )
    with op.batch_alter_table("ksr", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ksr_quadrennium_id"), ["quadrennium_id"], unique=False)

    op.create_table(
        "target",
        sa.Column("group_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("quadrennium_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("ksr_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("is_milestone", sa.Boolean(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("focal_point_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["focal_point_id"], ["person.id"], name=op.f("fk_target_focal_point_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["ssc_group.id"], name=op.f("fk_target_group_id_ssc_group")
        ),
        sa.ForeignKeyConstraint(["ksr_id"], ["ksr.id"], name=op.f("fk_target_ksr_id_ksr")),
        sa.ForeignKeyConstraint(
            ["quadrennium_id"],
            ["quadrennium.id"],
            name=op.f("fk_target_quadrennium_id_quadrennium"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
    )
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_target_focal_point_id"), ["focal_point_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_target_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_target_ksr_id"), ["ksr_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_target_quadrennium_id"), ["quadrennium_id"], unique=False
        )

    op.create_table(
        "target_update",
        sa.Column("target_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("quarter", sa.String(length=7), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("milestone_done", sa.Boolean(), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("evidence_links", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
            name=op.f("fk_target_update_target_id_target"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_update")),
        sa.UniqueConstraint(
            "target_id", "quarter", name=op.f("uq_target_update_target_id_quarter")
        ),
    )
    with op.batch_alter_table("target_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_update_target_id"), ["target_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("target_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_update_target_id"))

    op.drop_table("target_update")
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_quadrennium_id"))
        batch_op.drop_index(batch_op.f("ix_target_ksr_id"))
        batch_op.drop_index(batch_op.f("ix_target_group_id"))
        batch_op.drop_index(batch_op.f("ix_target_focal_point_id"))

    op.drop_table("target")
    with op.batch_alter_table("ksr", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ksr_quadrennium_id"))

    op.drop_table("ksr")
