"""Benchmark: undo and redo next to the operation itself, for three large operations.

    python bench/undo.py [--runs 3] [--json FILE]

A 2,000-member roster import, a 500-member quadrennium renewal and a bulk invitation of
500: each is run on a fresh copy of the same database, then undone, then redone. Prints
the median wall and CPU time of each step over the runs, beside the operation itself
(undo no slower than the operation, issue #17).
Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import csv
import gc
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import Line, Timing, save, table

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.exchange import importer
from ssc_desktop.heap import settle
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
    gc.collect()  # from a collected heap, as timing.measure: no step pays another's garbage
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, result


def measure(name: str, template: Path, operation: Callable[[Database], Change],
            runs: int, folder: Path) -> list[Line]:
    steps: dict[str, list[tuple[float, float]]] = {"operation": [], "undo": [], "redo": []}
    settle()  # as the window does once start-up is over (ssc_desktop/heap.py)
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
    timings = {step: Timing(statistics.median(w for w, _ in figures),
                            statistics.median(c for _, c in figures), len(figures),
                            max(w for w, _ in figures))
               for step, figures in steps.items()}
    # Undo no slower than the operation itself (issue #17); redo is reported beside it.
    return [Line(f"Undo of {name}", timings["undo"], timings["operation"],
                 f"{name}, the operation itself", "1×", ratio_budget=1.0),
            Line(f"Redo of {name}", timings["redo"], timings["operation"],
                 f"{name}, the operation itself", "1×", ratio_budget=1.0)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the lines here (run_all.py)")
    args = parser.parse_args()
    lines: list[Line] = []
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

        lines += measure("an import of 2,000 members", base(folder, "none"), import_2000,
                         args.runs, folder)
        lines += measure("a renewal of 500 members", base(folder, "active"), renew_500,
                         args.runs, folder)
        lines += measure("a bulk invitation of 500", base(folder, "proposed"), invite_500,
                         args.runs, folder)
    print(table(lines))
    save(lines, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
