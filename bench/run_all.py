"""Run the benches and print one table: operation, app, anchor, ratio, budget.

    python bench/run_all.py [--quick] [--only roster exchange ...] [--folder DIR]

Each bench runs in its own process (a fresh interpreter, so one's memory and caches do
not flatter the next) and writes its lines as JSON; this gathers them into the table that
goes into the README, with the machine's load average before and after. --quick runs the
roster at 10,000 members only and fewer runs. The database size comes from c-size's
bench/changelog_size.py, run over the 10,000-member roster bench's database.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from timing import Line, Timing, load, table  # noqa: E402

BENCHES: dict[str, list[str]] = {
    "roster": ["roster.py"],
    "targets": ["targets.py"],
    "invitations": ["invitations.py"],
    "report": ["report.py"],
    "exchange": ["exchange.py"],
    "undo": ["undo.py"],
    "size": ["changelog_size.py"],
}
QUICK: dict[str, list[str]] = {
    "roster": ["--sizes", "10000", "--runs", "3"],
    "targets": ["--runs", "3"],
    "invitations": ["--runs", "3"],
    "report": ["--sizes", "500", "--rounds", "3"],
    "exchange": ["--runs", "3"],
    "undo": ["--runs", "1"],
    "size": [],
}


def folder_options(name: str, folder: Path) -> list[str]:
    """Where the benches that build large databases keep them between runs."""
    if name == "roster":
        return ["--folder", str(folder)]
    if name in ("report", "invitations"):
        return ["--keep", str(folder)]
    return []


def database_size(folder: Path) -> list[Line]:
    """The 10,000-member demo file with its change log against its data alone (budget
    1.5×), read from changelog_size.py's printout (sizes in MB, VACUUMed)."""
    path = folder / "roster-10000.sqlite"
    if not path.exists():
        return []
    done = subprocess.run([sys.executable, str(HERE / "changelog_size.py"), str(path)],
                          capture_output=True, text=True)
    sizes = {}
    for key in ("data alone", "the file"):
        found = re.search(rf"^\s*{key}\s+([\d.,]+) MB", done.stdout, re.MULTILINE)
        if found:
            mb = float(found.group(1).replace(",", ""))
            sizes[key] = Timing(mb, 0.0, 1, mb)
    if len(sizes) < 2:
        raise RuntimeError(done.stderr.strip().splitlines()[-1:])
    return [Line("Database file, the 10k roster bench's demo (VACUUMed)", sizes["the file"],
                 sizes["data alone"], "the same file, change log emptied (VACUUMed)",
                 "1.5×", ratio_budget=1.5, unit="MB")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHES), default=list(BENCHES))
    parser.add_argument("--folder", type=Path,
                        default=Path(tempfile.gettempdir()) / "ssc-bench",
                        help="where the large bench databases are kept between runs")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    lines: list[Line] = []
    failed: list[str] = []
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only:
            print(f"running {name}…", flush=True)
            if name == "size":
                try:
                    sizes = database_size(args.folder)
                    lines.extend(sizes)
                    print(table(sizes), flush=True)
                except RuntimeError as exc:
                    failed.append(f"size: {exc}")
                continue
            out = Path(tmp) / f"{name}.json"
            command = [sys.executable, str(HERE / BENCHES[name][0]), "--json", str(out),
                       *folder_options(name, args.folder)]
            if args.quick:
                command += QUICK[name]
            done = subprocess.run(command, capture_output=True, text=True)
            if not out.exists():
                failed.append(f"{name}: {done.stderr.strip().splitlines()[-1:]}")
                continue
            lines.extend(load(out))
            print(table(load(out)), flush=True)  # as each bench ends, for a long run
            loads.append(os.getloadavg()[0])
    print()
    print(table(lines))
    print(f"\nLoad average (1 min) while the benches ran: "
          f"{min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} cores.")
    for failure in failed:
        print(f"did not finish: {failure}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
