"""Who may see what on a shared server: PostgreSQL roles and row-level security.

A server database can hold many groups; an officer's role sees and changes only the
groups granted to it (table ssc_access). Policies are keyed on the group: tables with a
group_id use it, the others reach it through their parent (a role through its
membership, a reminder through its invitation's membership, an update through its
target). People are visible through a membership in a granted group (or while they have
none, as when being added). Read-only roles get SELECT only, so the server itself
refuses their writes. The owner of the tables (who runs `server grant`) is not bound by
the policies. The checks run in SECURITY DEFINER functions, so a policy's lookups are
not themselves filtered.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

from ..i18n import _
from .errors import StoreError

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")

FUNCTIONS = """
CREATE TABLE IF NOT EXISTS ssc_access (
    role_name text NOT NULL,
    group_id uuid NOT NULL REFERENCES ssc_group (id) ON DELETE CASCADE,
    read_only boolean NOT NULL DEFAULT false,
    CONSTRAINT pk_ssc_access PRIMARY KEY (role_name, group_id)
);
CREATE OR REPLACE FUNCTION ssc_can_read(g uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM ssc_access WHERE role_name = session_user AND group_id = g)
$$;
CREATE OR REPLACE FUNCTION ssc_can_write(g uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM ssc_access
                   WHERE role_name = session_user AND group_id = g AND NOT read_only)
$$;
CREATE OR REPLACE FUNCTION ssc_membership_group(m uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT group_id FROM membership WHERE id = m
$$;
CREATE OR REPLACE FUNCTION ssc_invitation_group(i uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT m.group_id FROM invitation v JOIN membership m ON m.id = v.membership_id
    WHERE v.id = i
$$;
CREATE OR REPLACE FUNCTION ssc_letter_group(l uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT group_id FROM letter_request WHERE id = l
$$;
CREATE OR REPLACE FUNCTION ssc_target_group(t uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT group_id FROM target WHERE id = t
$$;
CREATE OR REPLACE FUNCTION ssc_person_allowed(p uuid, writing boolean) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT NOT EXISTS (SELECT 1 FROM membership WHERE person_id = p)
        OR EXISTS (SELECT 1 FROM membership m JOIN ssc_access a ON a.group_id = m.group_id
                   WHERE m.person_id = p AND a.role_name = session_user
                     AND (NOT writing OR NOT a.read_only))
$$;
CREATE OR REPLACE FUNCTION ssc_subject_visible(s uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT CASE
        WHEN s IS NULL THEN true
        WHEN EXISTS (SELECT 1 FROM person WHERE id = s) THEN ssc_person_allowed(s, false)
        WHEN EXISTS (SELECT 1 FROM letter_request WHERE id = s)
            THEN ssc_can_read(ssc_letter_group(s))
        WHEN EXISTS (SELECT 1 FROM target WHERE id = s)
            THEN ssc_can_read(ssc_target_group(s))
        ELSE true END
$$;
"""

# table -> the SQL expression giving the row's group
GROUP_OF = {
    "ssc_group": "id",
    "membership": "group_id",
    "letter_request": "group_id",
    "target": "group_id",
    "membership_role": "ssc_membership_group(membership_id)",
    "membership_transition": "ssc_membership_group(membership_id)",
    "invitation": "ssc_membership_group(membership_id)",
    "reminder": "ssc_invitation_group(invitation_id)",
    "letter_transition": "ssc_letter_group(letter_id)",
    "letter_attachment": "ssc_letter_group(letter_id)",
    "target_update": "ssc_target_group(target_id)",
}
PERSON_OF = {"person": "id", "document_acknowledgement": "person_id"}


def _policies() -> list[str]:
    out = []
    for table, group in GROUP_OF.items():
        out += _table_policies(table, f"ssc_can_read({group})", f"ssc_can_write({group})")
    for table, person in PERSON_OF.items():
        out += _table_policies(table, f"ssc_person_allowed({person}, false)",
                               f"ssc_person_allowed({person}, true)")
    out += _table_policies("audit_entry", "ssc_subject_visible(subject_id)", "true")
    out += _table_policies(
        "change_batch",
        "actor = session_user OR EXISTS (SELECT 1 FROM audit_entry a "
        "WHERE a.batch_id = change_batch.id)", "true")
    return out


def _table_policies(table: str, read: str, write: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS ssc_read ON {table}",
        f"DROP POLICY IF EXISTS ssc_write ON {table}",
        f"CREATE POLICY ssc_read ON {table} FOR SELECT USING ({read})",
        f"CREATE POLICY ssc_write ON {table} FOR ALL USING ({read} AND {write}) "
        f"WITH CHECK ({write})",
    ]


def install(conn: Connection) -> None:
    """The access table, functions and policies (idempotent: run at every grant)."""
    conn.exec_driver_sql(FUNCTIONS)
    for statement in _policies():
        conn.exec_driver_sql(statement)


def grant(conn: Connection, role: str, group_id: str, *, read_only: bool) -> bool:
    """Let a role (created, without a password, when new) see one group, and change it
    unless read_only. Returns whether the role was created."""
    if not ROLE_NAME.match(role):
        raise StoreError(_(
            "'{role}' cannot be a role name here: use lower-case letters, digits and _ . - "
            "(for example m_ortega).").format(role=role))
    install(conn)
    created = not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                               {"r": role}).first()
    quoted = conn.dialect.identifier_preparer.quote(role)
    if created:
        conn.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN")
    database = conn.dialect.identifier_preparer.quote(
        str(conn.execute(text("SELECT current_database()")).scalar_one()))
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {quoted}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {quoted}")
    conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {quoted}")
    rights = "INSERT, UPDATE, DELETE"
    verb = "REVOKE" if read_only and not _writes_elsewhere(conn, role, group_id) else "GRANT"
    target = "FROM" if verb == "REVOKE" else "TO"
    conn.exec_driver_sql(f"{verb} {rights} ON ALL TABLES IN SCHEMA public {target} {quoted}")
    conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON ssc_access FROM {quoted}")
    conn.execute(text(
        "INSERT INTO ssc_access (role_name, group_id, read_only) VALUES (:r, :g, :ro) "
        "ON CONFLICT (role_name, group_id) DO UPDATE SET read_only = EXCLUDED.read_only"),
        {"r": role, "g": group_id, "ro": read_only})
    return created


def _writes_elsewhere(conn: Connection, role: str, group_id: str) -> bool:
    """Whether the role may change another group (then it keeps its write privileges and
    the policies alone keep this group read-only)."""
    return bool(conn.execute(text(
        "SELECT 1 FROM ssc_access WHERE role_name = :r AND group_id <> :g AND NOT read_only"),
        {"r": role, "g": group_id}).first())
