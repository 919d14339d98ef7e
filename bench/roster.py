"""Benchmark: the roster page at the size of the whole SSC (10,000) and ten times that.

    python bench/roster.py [--sizes 10000 100000] [--folder DIR] [--rebuild]

Budgets at 10,000 members on a 2-core machine: open + load under 300 ms, a filter
keystroke under 30 ms, a sort under 100 ms, the app under 250 MB, cold start to a
painted window under 1.5 s. Prints the figures; never part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from ssc_desktop.services import groups, roster
from ssc_desktop.store.database import Database

BUDGETS = {"load": 300.0, "keystroke": 30.0, "sort": 100.0, "memory": 250.0, "start": 1500.0}
TYPED = "garcia"  # typed letter by letter: g, ga, gar, ...


def build(path: Path, members: int) -> None:
    """A demo database whose main group has `members` members (reused when present).

    Built in a child process, so the building does not count in this one's peak memory.
    """
    if path.exists():
        return
    subprocess.run([sys.executable, __file__, "--build-only", str(path), str(members)],
                   check=True)


def build_here(path: Path, members: int) -> None:
    tmp = path.with_name(path.name + ".building")
    tmp.unlink(missing_ok=True)
    started = time.perf_counter()
    with Database.open(tmp, actor="bench") as db:
        try:
            from ssc_desktop.demo.build import build_demo
        except ImportError:
            _build_through_services(db, members)
        else:
            build_demo(db, members=members, seed=1)
    tmp.replace(path)
    print(f"built {path.name} ({members:,} members) in {time.perf_counter() - started:.0f} s")


def _build_through_services(db: Database, members: int) -> None:
    import random

    from ssc_desktop.domain.people import PersonFields
    from ssc_desktop.domain.reference import reference

    rng = random.Random(1)
    countries = list(reference().countries)
    given = ["José", "Ola", "Иван", "Ana", "Mai", "Wei", "Fatima", "Zoë", "Søren", "Αλέξης"]
    family = ["Núñez", "Ødegård", "Иванов", "Álvarez", "Nguyễn", "Zhang", "Haddad", "García"]
    term = groups.quadrennium_on(db, date.today())
    group_id = groups.create_group(db, "Bench Specialist Group", "BSG", "specialist_group",
                                   "mammals", quadrennium_id=term.id).subject_id
    for n in range(members):
        fields = PersonFields(given_names=rng.choice(given), family_name=rng.choice(family),
                              email=f"member{n}@example.org",
                              country_code=rng.choice(countries))
        roster.add_member(db, group_id, term.id, fields, status="active")


def peak_mb() -> float:
    """This process's own peak resident memory (VmHWM: not inherited from a parent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ms(seconds: float) -> float:
    return seconds * 1000


def timed(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = call()
    return ms(time.perf_counter() - started), result


def measure(path: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QTableView

    from ssc_desktop.ui.roster_filter import RosterFilter
    from ssc_desktop.ui.roster_model import RosterModel

    app = QApplication.instance() or QApplication([])
    figures: dict[str, float] = {}
    started = time.perf_counter()
    db = Database.open(path, actor="bench")
    figures["open"] = ms(time.perf_counter() - started)
    try:
        group = max(groups.list_groups(db), key=lambda g: g.short_code == "ASG"
                    or g.short_code == "BSG")
        term = groups.quadrennium_on(db, date.today())
        model = RosterModel()
        view = QTableView()
        view.setModel(model)
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        load, rows = timed(lambda: roster.load_roster(db, group.id, term.id))
        reset, _ = timed(lambda: model.reset_rows(rows))
        figures["rows"] = len(rows)
        figures["load"] = load + reset
        figures["open+load"] = figures["open"] + figures["load"]
        view.selectRow(len(rows) // 2)  # a selection the layout changes must carry along
        keystrokes = []
        for n in range(1, len(TYPED) + 1):
            spent, _ = timed(lambda n=n: (model.set_filter(RosterFilter(text=TYPED[:n])),
                                          app.processEvents()))
            keystrokes.append(spent)
        figures["keystroke"] = max(keystrokes)
        figures["keystroke median"] = statistics.median(keystrokes)
        figures["shown"] = model.rowCount()
        model.set_filter(RosterFilter())
        sorts = []
        for column in (2, 4, 0):  # country, organisation, name: first sort computes ranks
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                spent, _ = timed(lambda c=column, o=order: (model.sort(c, o),
                                                            app.processEvents()))
                sorts.append(spent)
        figures["sort"] = max(sorts)
        figures["memory"] = peak_mb()
    finally:
        db.close()
    return figures


START_CHILD = r"""
from pathlib import Path as _Path
def peak_mb():
    for line in _Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
t0 = float(sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings
from ssc_desktop.app import make_application, open_database
app = make_application()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.main_window import MainWindow
from ssc_desktop.services import groups
db = open_database(Path(sys.argv[2]))
# A returning chair: the window reopens on the big group, remembered from last time.
main_group = max(groups.list_groups(db), key=lambda g: g.short_code in ("ASG", "BSG"))
QSettings().setValue("window/group", main_group.id)
window = MainWindow(AppContext(db))
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            import json
            print(json.dumps({"start": (time.time() - t0) * 1000,
                              "rows": window.current_page.model.total,
                              "memory": peak_mb()}))
            sys.stdout.flush()
            window.close(); db.close(); os._exit(0)
        return False
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""


def cold_start(path: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as settings:
        out = subprocess.run([sys.executable, "-c", START_CHILD, repr(time.time()), str(path),
                              settings], capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"the app did not paint:\n{out.stderr}")
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--folder", type=Path,
                        default=Path(tempfile.gettempdir()) / "ssc-bench")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--build-only", nargs=2, metavar=("PATH", "MEMBERS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build_here(Path(args.build_only[0]), int(args.build_only[1]))
        return 0
    args.folder.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        path = args.folder / f"roster-{size}.sqlite"
        if args.rebuild:
            path.unlink(missing_ok=True)
        build(path, size)
        start = cold_start(path)  # first, in a fresh process, before this one holds the file
        figures = measure(path)
        results.append((size, figures, start))
    print()
    print(f"{'members':>9} {'rows':>7} {'open':>7} {'load':>7} {'key max':>8} {'key med':>8} "
          f"{'sort max':>9} {'bench MB':>9} {'app start':>10} {'app MB':>7}")
    for size, f, s in results:
        print(f"{size:>9,} {f['rows']:>7,.0f} {f['open']:>5.0f}ms {f['load']:>5.0f}ms "
              f"{f['keystroke']:>6.1f}ms {f['keystroke median']:>6.1f}ms {f['sort']:>7.0f}ms "
              f"{f['memory']:>9.0f} {s['start']:>8.0f}ms {s['memory']:>7.0f}")
    print(f"{'budget':>9} {'(10k)':>7} {'':>7} {BUDGETS['load']:>5.0f}ms "
          f"{BUDGETS['keystroke']:>6.0f}ms {'':>8} {BUDGETS['sort']:>7.0f}ms "
          f"{'':>9} {BUDGETS['start']:>8.0f}ms {BUDGETS['memory']:>7.0f}")
    print("load = load_roster + model reset; keystroke = filter + repaint per letter of "
          f"'{TYPED}'; app start/MB = a fresh process to the first paint of the window.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
