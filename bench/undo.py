"""Benchmark: undo and redo next to the operation itself, for three large operations.

    python bench/undo.py [--runs 3]

A 2,000-member roster import, a 500-member quadrennium renewal and a bulk invitation of
500: each is run on a fresh copy of the same database, then undone, then redone. Prints
the median wall and CPU seconds of each step over the runs, and undo/operation ratios.
Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.exchange import importer
from ssc_desktop.services import groups, history, invitations, renewal, roster
from ssc_desktop.services.dto import Change
from ssc_desktop.store.database import Database

TODAY = date(2025, 3, 15)
COUNTRIES = ("Brazil", "France", "Kenya", "Viet Nam", "Norway", "Chile", "India", "Peru")


def base(folder: Path, status: str) -> Path:
    path = folder / f"base-{status}.sqlite"
    with Database.open(path, actor="bench") as db:
        term = groups.find_quadrennium(db, "2021-2025")
        assert term is not None
        group_id = groups.create_group(db, "Otter Specialist Group", "OSG", "specialist_group",
                                       "mammals", quadrennium_id=term.id,
                                       today=TODAY).subject_id
        if status != "none":
            for i in range(500):
                roster.add_member(db, group_id, term.id, PersonFields(
                    given_names=f"Given{i}", family_name=f"Family{i}", country_code="BR",
                    email=f"m{i}@example.org"), status=status, today=TODAY)
    return path


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def measure(name: str, template: Path, operation: Callable[[Database], Change],
            runs: int, folder: Path) -> None:
    steps: dict[str, list[tuple[float, float]]] = {"operation": [], "undo": [], "redo": []}
    for n in range(runs):
        path = folder / f"run-{n}.sqlite"
        shutil.copyfile(template, path)
        with Database.open(path, actor="bench") as db:
            wall, cpu, change = timed(lambda db=db: operation(db))
            steps["operation"].append((wall, cpu))
            assert isinstance(change, Change)
            wall, cpu, _ = timed(lambda db=db, c=change: history.undo(db, c.batch_id))
            steps["undo"].append((wall, cpu))
            wall, cpu, _ = timed(lambda db=db, c=change: history.redo(db, c.batch_id))
            steps["redo"].append((wall, cpu))
        path.unlink()
    op = statistics.median(w for w, _ in steps["operation"])
    for step, figures in steps.items():
        wall = statistics.median(w for w, _ in figures)
        cpu = statistics.median(c for _, c in figures)
        ratio = "" if step == "operation" else f"   {wall / op:4.2f}× the operation"
        print(f"{name:<28} {step:<10} {wall:7.2f} s wall  {cpu:7.2f} s CPU{ratio}",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "import.csv"
        with open(source, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Given name", "Family name", "Email", "Country", "Status"])
            for i in range(2000):
                writer.writerow([f"New{i}", f"Person{i}", f"new{i}@example.org",
                                 COUNTRIES[i % 8], "Invited"])

        def import_2000(db: Database) -> Change:
            group = groups.find_group(db, "OSG")
            assert group is not None
            table, mapping = importer.read_and_map(db, source)
            preview = importer.preview(db, group, "2021-2025", table, mapping)
            return importer.apply(db, group, preview).change

        def renew_500(db: Database) -> Change:
            group = groups.find_group(db, "OSG")
            old = groups.find_quadrennium(db, "2021-2025")
            new = groups.find_quadrennium(db, "2026-2029")
            assert group is not None and old is not None and new is not None
            return renewal.commit_renewal(db, group.id, old.id, new.id, on=date(2025, 12, 1))

        def invite_500(db: Database) -> Change:
            group = groups.find_group(db, "OSG")
            term = groups.find_quadrennium(db, "2021-2025")
            assert group is not None and term is not None
            ids = [r.membership_id for r in roster.load_roster(db, group.id, term.id)]
            return invitations.invite(db, ids, date(2025, 3, 20))

        measure("import 2,000 members", base(folder, "none"), import_2000, args.runs, folder)
        measure("renewal of 500 members", base(folder, "active"), renew_500, args.runs,
                folder)
        measure("bulk invite of 500", base(folder, "proposed"), invite_500, args.runs, folder)


if __name__ == "__main__":
    main()
