"""Run the benches and print one table: operation, app, anchor, ratio, budget.

    python bench/run_all.py [--quick] [--only roster targets ...]

Each bench runs in its own process (a fresh interpreter, so one's memory and caches do
not flatter the next) and writes its lines as JSON; this gathers them into the table that
goes into the README. --quick runs the roster at 10,000 members only and fewer runs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from timing import Line, load, table  # noqa: E402

BENCHES: dict[str, list[str]] = {
    "roster": ["roster.py"],
    "targets": ["targets.py"],
    "report": ["report.py"],
}
QUICK: dict[str, list[str]] = {
    "roster": ["--sizes", "10000", "--runs", "3"],
    "targets": ["--runs", "3"],
    "report": ["--sizes", "500", "--rounds", "3"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHES), default=sorted(BENCHES))
    args = parser.parse_args()
    lines: list[Line] = []
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only:
            out = Path(tmp) / f"{name}.json"
            command = [sys.executable, str(HERE / BENCHES[name][0]), "--json", str(out)]
            if args.quick:
                command += QUICK[name]
            print(f"running {name}…", flush=True)
            done = subprocess.run(command, capture_output=True, text=True)
            if not out.exists():
                failed.append(f"{name}: {done.stderr.strip().splitlines()[-1:]}")
                continue
            lines.extend(load(out))
    print()
    print(table(lines))
    for failure in failed:
        print(f"did not finish: {failure}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
