"""Intervention letter requests.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_request",
        sa.Column("group_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("addressee_name", sa.String(length=200), nullable=False),
        sa.Column("addressee_type", sa.String(length=40), nullable=False),
        sa.Column("addressee_country", sa.String(length=2), nullable=True),
        sa.Column("species_scientific", sa.String(length=200), nullable=False),
        sa.Column("species_common", sa.String(length=200), nullable=False),
        sa.Column("red_list_category", sa.String(length=8), nullable=True),
        sa.Column("threat", sa.Text(), nullable=False),
        sa.Column("action_requested", sa.Text(), nullable=False),
        sa.Column("evidence_summary", sa.Text(), nullable=False),
        sa.Column("key_facts", sa.Text(), nullable=False),
        sa.Column("stakeholders", sa.Text(), nullable=False),
        sa.Column("requested_by_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("alert_raised_by_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("urgency", sa.String(length=40), nullable=False),
        sa.Column("signatories", sa.String(length=200), nullable=False),
        sa.Column("co_signatory", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=40), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("response_received_on", sa.Date(), nullable=True),
        sa.Column("response_summary", sa.Text(), nullable=False),
        sa.Column("dialogue_opened", sa.String(length=8), nullable=True),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["alert_raised_by_id"],
            ["person.id"],
            name=op.f("fk_letter_request_alert_raised_by_id_person"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["ssc_group.id"], name=op.f("fk_letter_request_group_id_ssc_group")
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["person.id"],
            name=op.f("fk_letter_request_requested_by_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_request")),
    )
    with op.batch_alter_table("letter_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_letter_request_alert_raised_by_id"), ["alert_raised_by_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_letter_request_group_id"), ["group_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_letter_request_requested_by_id"), ["requested_by_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_letter_request_state"), ["state"], unique=False)

    op.create_table(
        "letter_attachment",
        sa.Column("letter_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("filename", sa.String(length=400), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter_request.id"],
            name=op.f("fk_letter_attachment_letter_id_letter_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_attachment")),
    )
    with op.batch_alter_table("letter_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_letter_attachment_letter_id"), ["letter_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_letter_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "letter_transition",
        sa.Column("letter_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("from_state", sa.String(length=40), nullable=True),
        sa.Column("to_state", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter_request.id"],
            name=op.f("fk_letter_transition_letter_id_letter_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_transition")),
    )
    with op.batch_alter_table("letter_transition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_letter_transition_letter_id"), ["letter_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("letter_transition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_transition_letter_id"))

    op.drop_table("letter_transition")
    with op.batch_alter_table("letter_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_letter_attachment_letter_id"))

    op.drop_table("letter_attachment")
    with op.batch_alter_table("letter_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_request_state"))
        batch_op.drop_index(batch_op.f("ix_letter_request_requested_by_id"))
        batch_op.drop_index(batch_op.f("ix_letter_request_group_id"))
        batch_op.drop_index(batch_op.f("ix_letter_request_alert_raised_by_id"))

    op.drop_table("letter_request")
