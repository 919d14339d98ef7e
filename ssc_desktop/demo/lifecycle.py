"""Demo data for the membership life cycle: invitations, reminders, acknowledgements.

The roster demo already puts people in every status with dated transitions; this step
gives them what a chair's pipeline holds: an invitation behind every invited or
accepted membership (some overdue, some reminded), and onboarding well under way.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain import onboarding as rules
from ..services.groups import quadrennium_on
from ..services.invitations import DEFAULT_DEADLINE_DAYS, pipeline
from ..store.database import Database
from ..store.models import DocumentAcknowledgement, Invitation, Reminder, new_id
from ..store.queries import lifecycle as q


def add_demo_invitations(db: Database, group_ids: list[str], rng: random.Random,
                         today: date) -> None:
    """Invitations and reminders for the pipeline, acknowledgements for members."""
    term = quadrennium_on(db, today)
    invitations: list[Invitation] = []
    reminders: list[Reminder] = []
    read: dict[str, tuple[date, list[int]]] = {}
    declarations: dict[str, date] = {}
    channels = ("commission_system", "commission_system", "commission_system", "email")
    for index, group_id in enumerate(group_ids):
        rows = pipeline(db, group_id, term.id, today)
        for row in rows:
            day = row.last_step_on or term.starts_on
            if row.status == "invited" and row.invited_on is None:
                # About half were (re)sent recently, so not every invitation is overdue.
                recent = today - timedelta(days=rng.randint(2, 26))
                sent = max(day, recent) if rng.random() < 0.5 else day
                inv = Invitation(id=new_id(), membership_id=row.membership_id,
                                 person_id=row.person_id, sent_on=sent,
                                 channel=rng.choice(channels), sent_by="Demo Chair",
                                 deadline_on=sent + timedelta(days=DEFAULT_DEADLINE_DAYS),
                                 is_renewal=rng.random() < 0.3)
                invitations.append(inv)
                if inv.deadline_on < today and rng.random() < 0.6:
                    first = inv.deadline_on + timedelta(days=rng.randint(1, 10))
                    for n in range(rng.randint(1, 2)):
                        on = min(today, first + timedelta(days=14 * n))
                        reminders.append(Reminder(invitation_id=inv.id, person_id=row.person_id,
                                                  sent_on=on, channel="email"))
            elif row.status == "accepted" and row.invited_on is None:
                sent = day - timedelta(days=rng.randint(3, 25))
                invitations.append(Invitation(
                    id=new_id(), membership_id=row.membership_id, person_id=row.person_id,
                    sent_on=sent, channel=rng.choice(channels), sent_by="Demo Chair",
                    deadline_on=sent + timedelta(days=DEFAULT_DEADLINE_DAYS),
                    response="accepted", responded_on=day, is_renewal=False))
            elif row.status == "active" and row.person_id not in read:
                # Most members are done; the main group keeps a visible tail of laggards.
                share = 1.0 if rng.random() < (0.6 if index == 0 else 0.85) else 0.5
                docs = [i.number for i in rules.checklist(
                    row.roles, taxonomic_set=None, engages_in_cites=False,
                    committee_member=False)]
                chosen = [n for n in docs if rng.random() < share]
                on = min(today, day + timedelta(days=rng.randint(1, 40)))
                read[row.person_id] = (on, chosen)
                if share == 1.0:
                    declarations[row.person_id] = on
    if not (invitations or read):
        return
    with db.transaction("Demo invitations, reminders and onboarding") as tx:
        s = tx.session
        s.add_all(invitations)
        s.flush()
        s.add_all(reminders)
        for person_id, (on, numbers) in read.items():
            for number in numbers:
                s.add(DocumentAcknowledgement(person_id=person_id, document_number=number,
                                              acknowledged_on=on))
        for person in q.people(s, declarations):
            on = declarations[person.id]
            if person.code_of_conduct_accepted_on is None:
                person.code_of_conduct_accepted_on = on
            if person.conflict_of_interest_declared_on is None:
                person.conflict_of_interest_declared_on = on
