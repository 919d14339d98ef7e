"""Groups, people, memberships, roles, change log.

Revision ID: 0001
Revises: None
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_batch",
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reverts_batch_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("reverted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reverts_batch_id"],
            ["change_batch.id"],
            name=op.f("fk_change_batch_reverts_batch_id_change_batch"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_batch")),
    )
    with op.batch_alter_table("change_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_batch_at"), ["at"], unique=False)

    op.create_table(
        "person",
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("name_as_written", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("alternate_email", sa.String(length=320), nullable=True),
        sa.Column("organisation", sa.String(length=400), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("region_override", sa.String(length=40), nullable=True),
        sa.Column("nationality", sa.String(length=2), nullable=True),
        sa.Column("gender", sa.String(length=40), nullable=True),
        sa.Column("age_band", sa.String(length=40), nullable=True),
        sa.Column("expertise", sa.Text(), nullable=False),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("iucn_username", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("code_of_conduct_accepted_on", sa.Date(), nullable=True),
        sa.Column("conflict_of_interest_declared_on", sa.Date(), nullable=True),
        sa.Column("engages_in_cites", sa.Boolean(), nullable=False),
        sa.Column("committee_member", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_email", ["email"], unique=False)
        batch_op.create_index("ix_person_iucn_username", ["iucn_username"], unique=False)

    op.create_table(
        "quadrennium",
        sa.Column("code", sa.String(length=9), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("congress", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quadrennium")),
        sa.UniqueConstraint("code", name=op.f("uq_quadrennium_code")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "ssc_group",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_code", sa.String(length=40), nullable=False),
        sa.Column("group_type", sa.String(length=40), nullable=False),
        sa.Column("taxonomic_set", sa.String(length=40), nullable=True),
        sa.Column("mandate_ends_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ssc_group")),
        sa.UniqueConstraint("short_code", name=op.f("uq_ssc_group_short_code")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("batch_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("subject_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["change_batch.id"], name=op.f("fk_audit_entry_batch_id_change_batch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_subject_id"), ["subject_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("person_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("group_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("quadrennium_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=40), nullable=True),
        sa.Column("proposed_by", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["ssc_group.id"], name=op.f("fk_membership_group_id_ssc_group")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_membership_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["quadrennium_id"],
            ["quadrennium.id"],
            name=op.f("fk_membership_quadrennium_id_quadrennium"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
        sa.UniqueConstraint(
            "person_id",
            "group_id",
            "quadrennium_id",
            name=op.f("uq_membership_person_id_group_id_quadrennium_id"),
        ),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_membership_quadrennium_id"), ["quadrennium_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_membership_status"), ["status"], unique=False)

    op.create_table(
        "membership_role",
        sa.Column("membership_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("person_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_membership_role_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_membership_role_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_role")),
    )
    with op.batch_alter_table("membership_role", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_membership_role_membership_id"), ["membership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_membership_role_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "membership_transition",
        sa.Column("membership_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("person_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("from_status", sa.String(length=40), nullable=True),
        sa.Column("to_status", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_membership_transition_membership_id_membership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_membership_transition_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_transition")),
    )
    with op.batch_alter_table("membership_transition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_membership_transition_membership_id"), ["membership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_membership_transition_on"), ["on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_membership_transition_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("membership_transition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_transition_person_id"))
        batch_op.drop_index(batch_op.f("ix_membership_transition_on"))
        batch_op.drop_index(batch_op.f("ix_membership_transition_membership_id"))

    op.drop_table("membership_transition")
    with op.batch_alter_table("membership_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_role_person_id"))
        batch_op.drop_index(batch_op.f("ix_membership_role_membership_id"))

    op.drop_table("membership_role")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_status"))
        batch_op.drop_index(batch_op.f("ix_membership_quadrennium_id"))
        batch_op.drop_index(batch_op.f("ix_membership_person_id"))
        batch_op.drop_index(batch_op.f("ix_membership_group_id"))

    op.drop_table("membership")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_subject_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_batch_id"))

    op.drop_table("audit_entry")
    op.drop_table("ssc_group")
    op.drop_table("setting")
    op.drop_table("quadrennium")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_iucn_username")
        batch_op.drop_index("ix_person_email")

    op.drop_table("person")
    with op.batch_alter_table("change_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_batch_at"))

    op.drop_table("change_batch")
