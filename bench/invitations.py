"""Benchmark: the Invitations page of a 10,000-member group, as the chair waits for it.

    python bench/invitations.py [--members 10000] [--runs 5] [--keep DIR] [--shots DIR]
                                [--json FILE]

What the chair waits for, each beside an anchor measured in the same run, in turns: the
page's refresh (InvitationsPage.refresh() + a synchronous repaint of the visible table) on
the largest stage tab (Validated), against everything the page shows read raw with
sqlite3 (the membership, person and latest invitation in one statement written here from
the models, not taken from the app's queries, then the roles held today, the reminders
and the documents read, each a plain statement) - budget 3×, as the roster; the same
refresh beside the membership, person and invitation columns alone (no budget); the
refresh after one edit (one proposed member recorded as invited through the service the
page's button uses, untimed, then the refresh the change triggers, timed) on the
Proposed tab, where that button is, beside the raw reads run after an edit too; and a
switch of stage tab (worst of the six, budget the 30 ms of a keystroke).
Medians of several runs, CPU beside wall. The 10,000-member demo is built once with
demo.build.build_demo(seed=7) and kept in --keep; each run works on a copy of it, so the
edits never accumulate in the kept file. Never part of the tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import Line, measure, median_timing, save, table

from ssc_desktop.heap import settle
from ssc_desktop.services import groups, invitations
from ssc_desktop.store.database import Database


def demo_db(folder: Path, members: int) -> Path:
    """The demo with a main group of `members` members, built once and kept."""
    path = folder / f"invitations-demo-{members}.sqlite"
    if not path.exists():
        from ssc_desktop.demo.build import build_demo

        started = time.perf_counter()
        db = Database.open(path, actor="bench")
        build_demo(db, members, seed=7, today=date.today())
        db.close()
        print(f"  built the {members:,}-member demo in {time.perf_counter() - started:.1f} s")
    return path


def raw_select(path: Path, group_id: str, term_id: str) -> Callable[[], None]:
    """The columns the page shows from the membership, its person and its latest
    invitation, in one statement written from the models (Core, compiled to SQLite's SQL)
    and fetched with sqlite3 alone: the floor any load of the page stands on."""
    from sqlalchemy import func, select

    from ssc_desktop.store.models import Invitation, Membership, Person

    latest = (select(Invitation.membership_id, Invitation.sent_on, Invitation.channel,
                     Invitation.deadline_on, Invitation.response, Invitation.responded_on,
                     func.row_number().over(
                         partition_by=Invitation.membership_id,
                         order_by=(Invitation.sent_on.desc(), Invitation.created_at.desc()),
                     ).label("newest"))
              .join(Membership, Membership.id == Invitation.membership_id)
              .where(Membership.group_id == group_id, Membership.quadrennium_id == term_id)
              .subquery())
    stmt = (select(Membership.id, Person.id, Person.given_names, Person.family_name,
                   Person.email, Membership.status, Membership.proposed_by,
                   latest.c.sent_on, latest.c.channel, latest.c.deadline_on,
                   latest.c.response, latest.c.responded_on)
            .join(Person, Person.id == Membership.person_id)
            .outerjoin(latest, (latest.c.membership_id == Membership.id)
                       & (latest.c.newest == 1))
            .where(Membership.group_id == group_id, Membership.quadrennium_id == term_id))
    return fetch(path, [stmt])


def raw_everything(path: Path, group_id: str, term_id: str) -> Callable[[], None]:
    """Everything the page shows, read raw: raw_select's statement and, each in a plain
    statement of its own, the roles held today, the reminders of each invitation and the
    documents each person read: the floor of reading the data alone, the anchor of the
    page's budget (3×)."""
    from sqlalchemy import func, or_, select

    from ssc_desktop.store.models import (
        DocumentAcknowledgement,
        Invitation,
        Membership,
        MembershipRole,
        Reminder,
    )

    of_term = (Membership.group_id == group_id, Membership.quadrennium_id == term_id)
    today = date.today()
    roles = (select(MembershipRole.membership_id, MembershipRole.role)
             .join(Membership, Membership.id == MembershipRole.membership_id)
             .where(*of_term, or_(MembershipRole.ends_on.is_(None),
                                  MembershipRole.ends_on >= today)))
    reminders = (select(Reminder.invitation_id, func.count(), func.max(Reminder.sent_on))
                 .join(Invitation, Invitation.id == Reminder.invitation_id)
                 .join(Membership, Membership.id == Invitation.membership_id)
                 .where(*of_term).group_by(Reminder.invitation_id))
    read = (select(DocumentAcknowledgement.person_id, DocumentAcknowledgement.document_number)
            .join(Membership, Membership.person_id == DocumentAcknowledgement.person_id)
            .where(*of_term))
    first = raw_select(path, group_id, term_id)
    rest = fetch(path, [roles, reminders, read])
    return lambda: (first(), rest())


def fetch(path: Path, statements: list) -> Callable[[], None]:
    """Run these statements, compiled to SQLite's SQL, with sqlite3 alone."""
    from sqlalchemy.dialects import sqlite as dialect

    sql = [str(stmt.compile(dialect=dialect.dialect(), compile_kwargs={"literal_binds": True}))
           for stmt in statements]
    connection = sqlite3.connect(path)

    def run() -> None:
        for one in sql:
            connection.execute(one).fetchall()

    return run


def measure_page(path: Path, runs: int, shots: Path | None) -> list[Line]:
    from PySide6.QtWidgets import QApplication

    from ssc_desktop.ui.context import AppContext
    from ssc_desktop.ui.pages.invitations import STAGE_TABS, InvitationsPage

    app = QApplication.instance() or QApplication([])
    db = Database.open(path, actor="bench")
    lines: list[Line] = []
    try:
        group = max(groups.list_groups(db), key=lambda g: g.short_code in ("ASG", "BSG"))
        term = groups.quadrennium_on(db, date.today())
        context = AppContext(db)
        context.set_group(group.id, term.id)
        page = InvitationsPage(context)
        context.ops.changed.connect(lambda _changes: page.refresh())
        page.resize(1280, 720)
        page.show()
        app.processEvents()
        raw = raw_select(path, group.id, term.id)
        raw()  # both read the file from the page cache, not the disk
        rows = invitations.pipeline(db, group.id, term.id, date.today())
        counts = invitations.counts(rows)

        def on(stage: str) -> Callable[[], None]:
            index = STAGE_TABS.index(stage)
            table = page.tables[stage]

            def shown() -> None:
                page.refresh()
                table.viewport().repaint()  # the paint, synchronously

            page.ui.stages.setCurrentIndex(index)
            app.processEvents()
            return shown

        page.refresh()
        shown = on("active")
        everything = raw_everything(path, group.id, term.id)
        everything()
        settle()  # as the window does once start-up is over (ssc_desktop/heap.py)
        app_runs, all_runs, narrow_runs = [], [], []
        for _ in range(runs):  # in turns, so the machine's load falls on all alike
            app_runs.append(measure(shown, 1))
            all_runs.append(measure(everything, 1))
            narrow_runs.append(measure(raw, 1))
        lines.append(Line(f"Invitations 10k ({len(rows):,} rows, {counts.active:,} "
                          "validated shown): refresh + repaint",
                          median_timing(app_runs), median_timing(all_runs),
                          "raw select of every column it shows: memberships, people, latest "
                          "invitations, roles, reminders, documents read (sqlite3), in turns",
                          "3×", ratio_budget=3.0))
        lines.append(Line("Invitations 10k: the same refresh, beside the membership, person "
                          "and invitation columns alone", lines[-1].app,
                          median_timing(narrow_runs),
                          "raw select of those columns only (sqlite3), in turns"))
        if shots:
            shots.mkdir(parents=True, exist_ok=True)
            page.grab().save(str(shots / "inv-active-10k.png"))

        proposed = [r.membership_id for r in rows if r.stage == "proposed"]
        shown = on("proposed")
        waiting = iter(proposed)

        def one_edit() -> None:  # what the Invite button does, untimed
            page.select_ids([next(waiting)])
            page.take_step("invite")  # through the ops: the page refreshes...
            app.processEvents()

        # ...so time the refresh that follows one edit: the edit made untimed, then the
        # same refresh the ops' change signal runs, with the row gone from the tab.
        # The anchor after an edit too: a write makes both read the changed pages again.
        edited, raw_after = [], []
        for _ in range(runs):  # in turns
            edited.append(measure(shown, 1, before=lambda: edit(db, waiting)))
            raw_after.append(measure(everything, 1, before=lambda: edit(db, waiting)))
        lines.append(Line(f"Invitations 10k: refresh after one edit (one of {len(proposed):,}"
                          " proposed invited), Proposed tab", median_timing(edited),
                          median_timing(raw_after),
                          "raw select of every column it shows after an edit (sqlite3), "
                          "in turns", "3×", ratio_budget=3.0))
        started = time.perf_counter()
        one_edit()  # once through the button and the ops, as the chair does it
        through_ops = (time.perf_counter() - started) * 1000
        print(f"  one Invite through the button, the ops and the refresh: "
              f"{through_ops:,.0f} ms wall")
        if shots:
            page.grab().save(str(shots / "inv-proposed-10k.png"))

        switches = []
        for _ in range(runs):
            for index in range(len(STAGE_TABS)):
                def switch(i: int = index) -> None:
                    page.ui.stages.setCurrentIndex(i)
                    page.tables[STAGE_TABS[i]].viewport().repaint()

                switches.append(measure(switch, 1))
        lines.append(Line("Invitations 10k: switch stage tab, worst",
                          max(switches, key=lambda t: t.wall_ms), budget="30 ms",
                          ms_budget=30.0))
        page.close()
    finally:
        db.close()
    return lines


def edit(db: Database, waiting) -> None:
    invitations.invite(db, [next(waiting)], date.today())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "ssc-bench")
    parser.add_argument("--shots", type=Path, default=None)
    parser.add_argument("--json", type=Path, help="also write the lines here (run_all.py)")
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    kept = demo_db(args.keep, args.members)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / kept.name
        shutil.copyfile(kept, path)
        lines = measure_page(path, args.runs, args.shots)
    print(table(lines))
    save(lines, args.json)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # As bench/targets.py: PySide6 6.12.0 on Python 3.11 may abort while finalising after
    # heavy painting; the figures are printed by then, so leave without finalising.
    os._exit(code)
