"""PostgreSQL next to SQLite on the same machine: the 10,000-member roster load, a filter
keystroke, an export and a 2,000-row import, as medians and as ratios.

    python bench/postgres.py postgresql://postgres@127.0.0.1:55432/postgres [--runs 3]

The address is an administrator's (it creates and drops the database ssc_bench). Budgets:
load within 2x of SQLite, import within 2x. Prints the figures; never part of the tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from exchange import build
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.exchange.roster_export import export_roster
from ssc_desktop.services import groups, roster
from ssc_desktop.services.roster_import import RowPlan, apply_import
from ssc_desktop.store.database import Database

MEMBERS, IMPORTED = 10_000, 2_000
BUDGETS = {"load": 2.0, "import": 2.0}
TYPED = "garcia"


def ms(seconds: float) -> float:
    return seconds * 1000


def import_plans(term_code: str, n: int, tag: int) -> list[RowPlan]:
    return [RowPlan(row=i + 2, action="new", name=f"Import {i}", quadrennium=term_code,
                    fields=PersonFields(given_names="Ana", family_name=f"Import {tag}-{i}",
                                        email=f"import{tag}.{i}@example.org",
                                        country_code="BR").cleaned(),
                    status="proposed", status_on=date(2025, 3, 1), roles=("member",))
            for i in range(n)]


def measure_once(db: Database, group_id: str, term_id: str, run: int, folder: Path,
                 out: dict[str, list[float]]) -> int:
    from PySide6.QtWidgets import QApplication

    from ssc_desktop.ui.roster_filter import RosterFilter
    from ssc_desktop.ui.roster_model import RosterModel

    QApplication.instance() or QApplication([])
    term = groups.find_quadrennium(db, "2021-2025")
    model = RosterModel()
    started = time.perf_counter()
    rows = roster.load_roster(db, group_id, term_id)
    model.reset_rows(rows)
    out["load"].append(ms(time.perf_counter() - started))
    for n in range(1, len(TYPED) + 1):
        started = time.perf_counter()
        model.set_filter(RosterFilter(text=TYPED[:n]))
        out["keystroke"].append(ms(time.perf_counter() - started))
    started = time.perf_counter()
    export_roster(db, group_id, term_id, folder / f"roster-{run}.xlsx")
    out["export"].append(ms(time.perf_counter() - started))
    target = groups.create_group(db, f"Import group {run}", f"IG{run}", "specialist_group",
                                 "mammals", quadrennium_id=term.id,
                                 today=date(2025, 3, 1)).subject_id
    plans = import_plans(term.code, IMPORTED, run)
    started = time.perf_counter()
    apply_import(db, target, plans, source="bench", today=date(2025, 3, 1))
    out["import"].append(ms(time.perf_counter() - started))
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("admin_url")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    admin = make_url(args.admin_url).set(drivername="postgresql+psycopg")
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS ssc_bench WITH (FORCE)"))
        conn.execute(text("CREATE DATABASE ssc_bench"))
    server = admin.set(database="ssc_bench").render_as_string(hide_password=False)
    figures: dict[str, dict[str, list[float]]] = {}
    rows = 0
    try:
        with tempfile.TemporaryDirectory() as work:
            folder = Path(work)
            places = {"SQLite": str(folder / "bench.sqlite"), "PostgreSQL": server}
            built = {}
            for name, where in places.items():
                with Database.open(where, actor="bench") as db:
                    started = time.perf_counter()
                    built[name] = build(db, MEMBERS)
                    print(f"{name}: built {MEMBERS:,} members in "
                          f"{time.perf_counter() - started:.0f} s", flush=True)
                figures[name] = {"load": [], "keystroke": [], "export": [], "import": []}
            # Runs alternate between the backends, so a busy moment of a shared machine
            # weighs on both alike.
            for run in range(args.runs):
                for name, where in places.items():
                    with Database.open(where, actor="bench") as db:
                        rows = measure_once(db, *built[name], run, folder, figures[name])
    finally:
        with engine.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS ssc_bench WITH (FORCE)"))
        engine.dispose()
    lite = {k: statistics.median(v) for k, v in figures["SQLite"].items()}
    pg = {k: statistics.median(v) for k, v in figures["PostgreSQL"].items()}
    print(f"\n{'median (ms)':<34}{'SQLite':>10}{'PostgreSQL':>12}{'ratio':>8}  budget")
    for key, label in (("load", f"roster load, {rows:,} members"),
                       ("keystroke", "filter keystroke"),
                       ("export", f"export .xlsx, {rows:,} rows"),
                       ("import", f"import, {IMPORTED:,} new rows")):
        ratio = pg[key] / lite[key] if lite[key] else float("nan")
        budget = f"<= {BUDGETS[key]:.0f}x {'ok' if ratio <= BUDGETS[key] else 'OVER'}" \
            if key in BUDGETS else ""
        print(f"{label:<34}{lite[key]:>10.1f}{pg[key]:>12.1f}{ratio:>7.2f}x  {budget}")


if __name__ == "__main__":
    main()
