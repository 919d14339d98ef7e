"""Benchmark: how much of a database file the change log takes.

    python bench/changelog_size.py [FILE.sqlite] [--members N]

Without a file, builds a demo database (default 10,000 members). Prints the file's size
(VACUUMed), the same database with change_batch and audit_entry emptied and VACUUMed (its
data alone), and the ratio; then the same after compacting the undo data of every
operation (retention 0 days: as the file looks once its history is older than the
retention period). Not a test: the figures depend on the demo.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path


def vacuumed_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.close()
    return path.stat().st_size


def data_alone(path: Path, folder: Path) -> int:
    copy = folder / "data-alone.sqlite"
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM audit_entry")
    conn.execute("DELETE FROM change_batch")
    conn.commit()
    conn.close()
    return vacuumed_size(copy)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--members", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        work = folder / "demo.sqlite"
        if args.file:
            shutil.copyfile(args.file, work)
        else:
            subprocess.run([sys.executable, "-m", "ssc_desktop.cli", "demo", "--db", str(work),
                            "--members", str(args.members)], check=True)
        data = data_alone(work, folder)
        whole = vacuumed_size(work)
        print(f"data alone        {data / 1e6:8.1f} MB")
        print(f"with change log   {whole / 1e6:8.1f} MB   {whole / data:.2f}× the data")
        from ssc_desktop.services.history import compact
        from ssc_desktop.store.database import Database

        with Database.open(work, actor="bench") as db:
            compacted = compact(db, retention_days=0)
        whole = vacuumed_size(work)
        print(f"after compacting  {whole / 1e6:8.1f} MB   {whole / data:.2f}× the data "
              f"({compacted:,} log entries compacted)")


if __name__ == "__main__":
    main()
