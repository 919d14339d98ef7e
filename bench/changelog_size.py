"""Benchmark: how much of a database file the change log takes.

    python bench/changelog_size.py [FILE.sqlite] [--members N] [--keep DIR]

Without a file, writes the demo with `ssc-desktop demo` (default 10,000 members) and
measures it as written, with all its undo data (the command rebuilds the file at the
end); then a copy after compacting the undo data of every operation and rebuilding the
file (`history.compact` with retention 0, as `ssc-desktop history --compact` does for
what is older than the retention period): the file once its history is all older. For
each it prints its data alone (the same file with change_batch and audit_entry emptied,
then VACUUMed: the same rows without the log), the file VACUUMed the same way and as
written, the ratio (budget 1.5×), and where the log's bytes are (SQLite's dbstat: each
table and index, and free pages). A given FILE is measured as it is. Sizes do not vary
between runs of one seed (one run; the ids are random but of fixed size).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

BUDGET = 1.5
LOG = ("audit_entry", "change_batch")


def vacuumed_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.close()
    return path.stat().st_size


def data_alone(path: Path, folder: Path) -> int:
    """The file without its change log: the same rows, the log tables emptied, VACUUMed."""
    copy = folder / "data-alone.sqlite"
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM audit_entry")
    conn.execute("DELETE FROM change_batch")
    conn.commit()
    conn.close()
    size = vacuumed_size(copy)
    copy.unlink()
    return size


def log_parts(path: Path) -> list[tuple[str, int]]:
    """(table or index, bytes in pages) of the change log's tables and their indexes."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT d.name, sum(d.pgsize) FROM dbstat d JOIN sqlite_master m "
            "ON m.name = d.name WHERE m.tbl_name IN (?, ?) GROUP BY d.name ORDER BY 2 DESC",
            LOG).fetchall()
        free = conn.execute("PRAGMA freelist_count").fetchone()[0] * \
            conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return [(name, int(size)) for name, size in rows] + [("free pages", free)]


def entries(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        n = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        kept = conn.execute("SELECT count(*) FROM audit_entry WHERE after IS NOT NULL "
                            "OR before IS NOT NULL").fetchone()[0]
    finally:
        conn.close()
    return n, kept


def report(title: str, path: Path, folder: Path) -> float:
    written = path.stat().st_size
    data = data_alone(path, folder)
    n, kept = entries(path)
    copy = folder / "vacuumed.sqlite"
    shutil.copyfile(path, copy)
    whole = vacuumed_size(copy)  # as the data alone: the same VACUUM, the log kept
    copy.unlink()
    ratio = whole / data
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"{title}")
    print(f"  data alone        {data / 1e6:8.1f} MB")
    print(f"  the file          {whole / 1e6:8.1f} MB   {ratio:.2f}× the data "
          f"({verdict} the {BUDGET}× budget); as written {written / 1e6:.1f} MB "
          f"({written / data:.2f}×)")
    print(f"  log entries       {n:>10,}   ({kept:,} with undo data)")
    for name, size in log_parts(path):
        print(f"    {name:32s} {size / 1e6:8.2f} MB")
    return ratio


def build(path: Path, members: int) -> None:
    subprocess.run([sys.executable, "-m", "ssc_desktop.cli", "demo", "--db", str(path),
                    "--members", str(members)], check=True, stdout=subprocess.DEVNULL)


def compacted_copy(path: Path, folder: Path) -> Path:
    from ssc_desktop.services.history import compact
    from ssc_desktop.store.database import Database

    copy = folder / f"{path.stem}-compacted.sqlite"
    shutil.copyfile(path, copy)
    with Database.open(copy, actor="bench") as db:
        compact(db, retention_days=0, rebuild=True)
    return copy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the demo files in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if args.file:
            report(str(args.file), args.file, folder)
            return
        built = folder / f"demo-{args.members}.sqlite"
        if not built.exists():
            build(built, args.members)
        print(f"Demo, {args.members:,} members")
        report("as `ssc-desktop demo` writes it (all its undo data)", built, folder)
        report("its undo data compacted, the file rebuilt (history older than the "
               "retention period)", compacted_copy(built, folder), folder)


if __name__ == "__main__":
    main()
