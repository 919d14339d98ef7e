"""Benchmark of the membership life cycle: renewal preview and commit of a 500-member
group, and 500 .eml drafts. Budgets: under 1 s, 1 s and 2 s. Prints figures; not a test.

    python bench/lifecycle.py [--members 500]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from ssc_desktop.exchange.eml import write_drafts
from ssc_desktop.services import email_drafts, groups, invitations, renewal
from ssc_desktop.store.database import Database
from ssc_desktop.store.models import Membership, MembershipRole, MembershipTransition, Person


def seed(db: Database, group_id: str, term_id: str, members: int, on: date) -> list[str]:
    """A group of `members` active members written in one go (the set-up is not timed)."""
    ids = []
    with db.transaction("Bench roster") as tx:
        s = tx.session
        for i in range(members):
            p = Person(given_names=f"Zoë {i}", family_name=f"Ødegård {i}",
                       email=f"member{i}@example.org")
            s.add(p)
            s.flush()
            m = Membership(person_id=p.id, group_id=group_id, quadrennium_id=term_id,
                           status="invited" if i % 2 else "active", starts_on=on)
            s.add(m)
            s.flush()
            s.add(MembershipRole(membership_id=m.id, person_id=p.id,
                                 role="chair" if i == 0 else "member", starts_on=on))
            s.add(MembershipTransition(membership_id=m.id, person_id=p.id, from_status=None,
                                       to_status=m.status, on=on))
            ids.append(m.id)
    return ids


def timed(label: str, budget: float, fn):
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    verdict = "ok" if elapsed <= budget else "OVER BUDGET"
    print(f"{label:<44} {elapsed * 1000:8.0f} ms   (budget {budget * 1000:.0f} ms, {verdict})")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "bench.sqlite", actor="bench")
        old = groups.find_quadrennium(db, "2021-2025")
        new = groups.find_quadrennium(db, "2026-2029")
        group_id = groups.create_group(db, "Bench Specialist Group", "BSG", "specialist_group",
                                       "mammals", quadrennium_id=old.id).subject_id
        on = date(2025, 3, 1)
        ids = seed(db, group_id, old.id, args.members, on)
        invited = [m for i, m in enumerate(ids) if i % 2]
        print(f"{args.members} members, {len(invited)} of them invited")
        drafts = timed(f"drafts_for ({len(ids)} members)", 1.0,
                       lambda: email_drafts.drafts_for(db, ids, "reminder", "en", on))
        timed(f"write {len(drafts.drafts)} .eml drafts (incl. drafts_for)", 2.0,
              lambda: write_drafts(email_drafts.drafts_for(db, ids, "reminder", "en", on)
                                   .drafts, Path(tmp) / "drafts"))
        plan = timed("renewal preview", 1.0,
                     lambda: renewal.preview_renewal(db, group_id, old.id, new.id,
                                                     date(2025, 10, 20)))
        print(f"  {len(plan.rows)} rows in the plan")
        timed("renewal commit (one transaction)", 1.0,
              lambda: renewal.commit_renewal(db, group_id, old.id, new.id,
                                             on=date(2025, 10, 20)))
        timed("pipeline of the new term", 1.0,
              lambda: invitations.pipeline(db, group_id, new.id, date(2025, 11, 1)))
        db.close()


if __name__ == "__main__":
    main()
