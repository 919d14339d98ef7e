"""The hand-written streaming .xlsx reader (exchange/xlsx_rows.py) against python-calamine
(a Rust reader) on the same 10,000-row roster export, medians of several runs.

python-calamine is not a dependency: install it to run this (pip install python-calamine).
Run: python bench/xlsx_readers.py [members]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.exchange import build
from ssc_desktop.domain.progress import NO_PROGRESS
from ssc_desktop.exchange import table_reader
from ssc_desktop.exchange.roster_export import export_roster
from ssc_desktop.store.database import Database


def median(work, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def calamine_rows(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    return len(rows)


def main() -> None:
    members = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Database.open(root / "bench.sqlite", actor="bench") as db:
            group_id, term_id = build(db, members)
            export_roster(db, group_id, term_id, root / "r.xlsx")
        path = root / "r.xlsx"
        ours = median(lambda: table_reader._read_plain_xlsx(path, None, 50_000, NO_PROGRESS))
        theirs = median(lambda: calamine_rows(path))
    print(f"{members:,}-row roster: xlsx_rows {ours:.3f} s, python-calamine {theirs:.3f} s "
          f"(ratio {ours / theirs:.2f})")


if __name__ == "__main__":
    main()
