"""The change log keeps only what changed: an update entry holds the fields whose value
changed (before and after), no entry holds version bookkeeping.

Logs written by earlier versions may hold whole rows on both sides of an update and the
version/updated_at columns; this revision rewrites those entries in place (batches of
5,000 rows, both backends). Nothing is lost: undo needs exactly the changed fields.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SKIP = ("version", "updated_at")
BATCH = 5000

audit = sa.table("audit_entry", sa.column("id", sa.String()), sa.column("action", sa.String()),
                 sa.column("before", sa.JSON(none_as_null=True)),
                 sa.column("after", sa.JSON(none_as_null=True)))


def _slim(action: str, before: dict | None, after: dict | None) -> tuple[dict | None, dict | None]:
    before = {k: v for k, v in before.items() if k not in SKIP} if before is not None else None
    after = {k: v for k, v in after.items() if k not in SKIP} if after is not None else None
    if action == "update" and before is not None and after is not None:
        changed = [k for k in after if before.get(k) != after[k]]
        before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    return before, after


def upgrade() -> None:
    conn = op.get_bind()
    last = None
    while True:
        page = sa.select(audit.c.id, audit.c.action, audit.c.before, audit.c.after)
        if last is not None:
            page = page.where(audit.c.id > last)
        rows = conn.execute(page.order_by(audit.c.id).limit(BATCH)).all()
        if not rows:
            break
        last = rows[-1].id
        changed = []
        for r in rows:
            before, after = _slim(r.action, r.before, r.after)
            if (before, after) != (r.before, r.after):
                changed.append({"b_id": r.id, "b_before": before, "b_after": after})
        if changed:
            conn.execute(audit.update().where(audit.c.id == sa.bindparam("b_id"))
                         .values(before=sa.bindparam("b_before"), after=sa.bindparam("b_after")),
                         changed)


def downgrade() -> None:
    pass  # the slimmer entries are valid for the earlier code too
