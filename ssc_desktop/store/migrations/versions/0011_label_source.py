"""Each operation's label kept as its source as well: the English msgid and its arguments.

Officers sharing one database read in different languages, and a chair may switch: the
label text is in the language the operation ran in. With its source beside it (JSON,
nullable) each reader sees the label translated into their own language. Older rows
keep their text and no source, and are shown as stored.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_batch") as batch:
        batch.add_column(sa.Column("label_source", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_batch") as batch:
        batch.drop_column("label_source")
