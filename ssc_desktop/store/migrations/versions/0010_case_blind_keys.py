"""Indexes on the lower-case e-mail, alternate e-mail and IUCN username of a person.

An import matches its rows to people by these keys whatever their case
(``lower(email) IN (...)``); without an index on the lower-case value each batch of
addresses read the whole person table, so a file's preview took longer the larger the
database. With them it reads only the people the file names.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KEYS = {"ix_person_lower_email": "email",
        "ix_person_lower_alternate_email": "alternate_email",
        "ix_person_lower_iucn_username": "iucn_username"}


def upgrade() -> None:
    for name, column in KEYS.items():
        op.create_index(name, "person", [sa.text(f"lower({column})")])


def downgrade() -> None:
    for name in KEYS:
        op.drop_index(name, table_name="person")
