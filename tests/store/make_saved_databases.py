"""Write tests/store/saved/rev-NNNN.sqlite: a small chair's database at each past schema
revision, for the migration tests (run again only when a revision is added).

    python tests/store/make_saved_databases.py [REVISION ...]

(only the revisions named, when some are: the files of older ones stay as they are)

Each file holds what that revision's app could hold: a group, four members with edits
and an ended membership (history), invitations from 0002, a target with progress from
0004, a letter request from 0005. It is built by today's services, then stepped down to
the revision by the migrations' own downgrades, and its change log is written in the
older format (whole rows on both sides of an edit, version bookkeeping included) that
0008 converts. The files are VACUUMed so they stay small.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from ssc_desktop.domain.letters import LetterFields  # noqa: E402
from ssc_desktop.domain.people import PersonFields  # noqa: E402
from ssc_desktop.domain.targets import TargetFields, UpdateFields  # noqa: E402
from ssc_desktop.services import groups, invitations, letters, roster, targets  # noqa: E402
from ssc_desktop.store import migrate  # noqa: E402
from ssc_desktop.store.database import Database  # noqa: E402

TODAY = date(2025, 3, 15)
PEOPLE = (("Ana María", "Núñez", "BR", "active"), ("Søren", "Ødegård", "NO", "active"),
          ("Lê", "Văn Hưng", "VN", "proposed"), ("Иван", "Иванов", "RU", "active"))


def build(path: Path, revision: str) -> None:
    with Database.open(path, actor="chair") as db:
        term = groups.find_quadrennium(db, "2021-2025")
        assert term is not None
        group_id = groups.create_group(db, "Otter Specialist Group", "OSG",
                                       "specialist_group", "mammals",
                                       quadrennium_id=term.id, today=TODAY).subject_id
        ids = [roster.add_member(db, group_id, term.id, PersonFields(
            given_names=g, family_name=f, country_code=c,
            email=f"{f.lower()}@example.org".replace(" ", "")), status=s,
            roles=["chair"] if i == 0 else None, today=TODAY).subject_id
            for i, (g, f, c, s) in enumerate(PEOPLE)]
        member = roster.member_detail(db, ids[0])
        roster.update_member(db, ids[0], member.person_version,
                             replace(member.fields, organisation="Universidad de Málaga",
                                     position="Professor"))
        roster.end_membership(db, ids[3], "resigned", date(2025, 3, 20))
        if revision >= "0002":
            invitations.invite(db, [ids[2]], date(2025, 3, 16))
        if revision >= "0004":
            target_id = targets.create_target(db, group_id, term.id, TargetFields(
                6, "Assess all 13 otter species", indicator="Species assessed",
                unit="species", baseline=0.0, target_value=13.0), today=TODAY).subject_id
            targets.record_update(db, target_id, UpdateFields("2025-Q1", value=4.0),
                                  today=TODAY)
        if revision >= "0005":
            letters.create_letter(db, group_id, LetterFields(
                title="Hydropower dam on the Rio Xingu", addressee_name="Ministry",
                addressee_type="government", addressee_country="BR",
                species_scientific="Pteronura brasiliensis", threat="Flooding",
                action_requested="Suspend the licence", requested_by_id=member.person_id,
                requested_on=date(2025, 1, 10)), today=TODAY)
        engine = db.engine
        migrate.downgrade(engine, revision)


def old_log_format(path: Path) -> None:
    """Edits logged as whole rows with version bookkeeping, as 0008 finds older logs."""
    conn = sqlite3.connect(path)
    for entry_id, table, entity_id, before, after in conn.execute(
            "SELECT id, entity, entity_id, before, after FROM audit_entry "
            "WHERE action = 'update'").fetchall():
        row = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (entity_id,)).fetchone()
        names = [d[1] for d in conn.execute(f'PRAGMA table_info("{table}")')]
        whole = {n: v for n, v in zip(names, row, strict=True) if n not in ("id",)}
        old, new = json.loads(before), json.loads(after)
        conn.execute("UPDATE audit_entry SET before = ?, after = ? WHERE id = ?",
                     (json.dumps({**whole, **old}), json.dumps({**whole, **new}), entry_id))
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


def main() -> None:
    out = HERE / "saved"
    out.mkdir(exist_ok=True)
    from alembic.script import ScriptDirectory

    revisions = [r.revision for r in ScriptDirectory.from_config(
        migrate.alembic_config()).walk_revisions()]
    wanted = set(sys.argv[1:]) or set(revisions)
    for revision in sorted(wanted & set(revisions)):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / "saved.sqlite"
            build(work, revision)
            if revision < "0008":
                old_log_format(work)
            target = out / f"rev-{revision}.sqlite"
            target.write_bytes(work.read_bytes())
            print(f"{target.relative_to(HERE.parent.parent)}: {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
