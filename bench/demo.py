"""Benchmark: build demo databases of 10,000 and 100,000 members and check them.

    python bench/demo.py [N ...]

Prints, per size: the time to build (roster in one logged transaction, then the other
features' demo steps), where the roster time goes (change log vs inserts), the time of
`check`, and the file size. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import importlib
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import event

from ssc_desktop.demo import build as demo
from ssc_desktop.services.groups import list_groups
from ssc_desktop.services.integrity import check_file
from ssc_desktop.store import changelog
from ssc_desktop.store.database import AuditedSession, Database


def measure(members: int, folder: Path) -> None:
    path = folder / f"demo-{members}.sqlite"
    logging = {"seconds": 0.0}
    original = changelog._before_flush  # noqa: SLF001 - timing the log's share only

    def timed(*args: object) -> None:
        started = time.perf_counter()
        original(*args)  # type: ignore[arg-type]
        logging["seconds"] += time.perf_counter() - started

    event.remove(AuditedSession, "before_flush", original)
    event.listen(AuditedSession, "before_flush", timed)
    steps = list(demo.DEMO_STEPS)
    try:
        with Database.open(path) as db:
            demo.DEMO_STEPS[:] = []
            started = time.perf_counter()
            counts = demo.build_demo(db, members=members)
            roster_s = time.perf_counter() - started
            log_s = logging["seconds"]
            rows = sum(counts[k] for k in ("people", "memberships", "roles", "transitions"))
            print(f"{members:>8,} members: roster {roster_s:6.1f} s ({rows:,} rows + as many "
                  f"change-log entries; building the log {log_s:.1f} s of it)", flush=True)
            print(f"          {counts}", flush=True)
            demo.DEMO_STEPS[:] = steps
            started = time.perf_counter()
            failed = ""
            order = [p.short_code for p in demo.group_plans(members)]
            group_ids = [g.id for g in sorted(list_groups(db),
                                              key=lambda g: order.index(g.short_code))]
            for step in steps:  # as build_demo runs them, timed apart from the roster
                module, _, name = step.partition(":")
                try:
                    fn = getattr(importlib.import_module(module), name)
                    fn(db, group_ids, random.Random(1), date.today())
                except Exception as exc:  # noqa: BLE001 - another feature's step; report it
                    failed += f" [{step} failed: {exc!r}]"
            steps_s = time.perf_counter() - started
    finally:
        demo.DEMO_STEPS[:] = steps
        event.remove(AuditedSession, "before_flush", timed)
        event.listen(AuditedSession, "before_flush", original)
    started = time.perf_counter()
    report = check_file(path)
    check_s = time.perf_counter() - started
    print(f"          other demo steps {steps_s:.1f} s{failed}, check {check_s:.1f} s "
          f"({'healthy' if report.healthy else 'PROBLEMS'}), "
          f"file {path.stat().st_size / 1e6:,.0f} MB", flush=True)


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [10_000, 100_000]
    with tempfile.TemporaryDirectory() as folder:
        for members in sizes:
            measure(members, Path(folder))


if __name__ == "__main__":
    main(sys.argv[1:])
