"""Core commands: demo (a realistic demo database), check (integrity and counts), backup."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from ..domain.errors import UserError
from ..i18n import _
from . import common


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="write a realistic demo database",
                       description="Write a demo database: several groups, two quadrennia, "
                                   "members from every region, every membership status.")
    common.add_db_argument(p)
    p.add_argument("--members", type=int, default=500, metavar="N",
                   help="members of the large Specialist Group (default: %(default)s)")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="random seed; the same seed gives the same people (default: %(default)s)")
    p.add_argument("--force", action="store_true",
                   help="replace a database that already has groups (a backup is kept)")
    p.set_defaults(func=_demo)

    p = sub.add_parser("check", help="check a database's integrity and print its counts",
                       description="Check a database without changing it: SQLite's own checks, "
                                   "broken references, unknown codes, duplicate e-mails. Exit "
                                   "status 0 when healthy, 1 when problems were found.")
    common.add_db_argument(p)
    p.set_defaults(func=_check)

    p = sub.add_parser("backup", help="write a backup copy of a database now",
                       description="Write a consistent copy of the database, named after the "
                                   "time, into the backups folder beside it (or --to FOLDER).")
    common.add_db_argument(p)
    p.add_argument("--to", type=Path, default=None, metavar="FOLDER")
    p.set_defaults(func=_backup)

    p = sub.add_parser("restore", help="restore a backup as a new database",
                       description="Check a backup against its manifest and write its "
                                   "database and letter attachments to a new file; an "
                                   "existing file is never overwritten.")
    p.add_argument("backup", type=Path, metavar="BACKUP",
                   help="a backup folder (or a .sqlite copy made by an earlier version)")
    p.add_argument("--to", type=Path, required=True, metavar="PATH",
                   help="the new database file to write")
    p.set_defaults(func=_restore)


def _demo(args: argparse.Namespace) -> int:
    from ..demo.build import MAX_MEMBERS, MIN_MEMBERS, build_demo
    from ..services import backup, history
    from ..services.groups import list_groups
    from ..store.database import Database
    from ..store.files import private_folder
    from ..store.paths import check_database_path

    if not MIN_MEMBERS <= args.members <= MAX_MEMBERS:
        raise UserError(f"--members must be between {MIN_MEMBERS} and {MAX_MEMBERS:,} "
                        f"(it was {args.members:,}).")
    if common.db_location(args).is_server:
        return _demo_on_server(args)
    path = common.db_path(args).expanduser().resolve()
    kept: Path | None = None
    if path.parent.is_dir():
        check_database_path(path)  # never a pipe, a device or a folder
    if path.exists() and path.stat().st_size > 0:
        # Opening checks the file (not SQLite, locked, newer...) before anything is replaced.
        with Database.open(path) as existing:
            groups = list_groups(existing)
            if groups and not args.force:
                raise UserError(
                    f"{path} already holds {len(groups)} group(s) "
                    f"({', '.join(g.short_code for g in groups[:5])}); choose another file, "
                    "or add --force to replace it (a backup copy is kept).")
            if groups:
                kept = backup.backup_now(existing)
    # Built in a folder beside the target and moved over it at the end: an interrupted
    # demo never leaves a half-written file where the database was.
    if getattr(args, "db", None) is None:
        private_folder(path.parent)  # the user's data folder, first run
    elif not path.parent.is_dir():
        raise UserError(f"The folder {path.parent} does not exist. Choose another place.")
    work = path.with_name(f".{path.name}.demo-part")
    shutil.rmtree(work, ignore_errors=True)
    try:
        work.mkdir()
    except OSError as exc:
        raise UserError(f"Cannot write in {path.parent} ({exc.strerror}); choose a folder "
                        "you can write to.") from exc
    started = time.perf_counter()
    try:
        with Database.open(work / path.name) as db:
            counts = build_demo(db, members=args.members, seed=args.seed)
            history.rebuild_file(db)  # written in one go: pages left half-filled
        for folder in (p for p in work.iterdir() if p.is_dir()):
            _merge_folder(folder, path.parent / folder.name)  # e.g. letter attachments
        os.replace(work / path.name, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    seconds = time.perf_counter() - started
    print(f"Wrote a demo database to {path} in {seconds:.1f} s: {counts['groups']} groups, "
          f"{counts['people']:,} people, {counts['memberships']:,} memberships, "
          f"{counts['roles']:,} roles, {counts['transitions']:,} status changes.")
    if kept is not None:
        print(f"The previous database was kept as {kept}.")
    print(f"Open it with: ssc-desktop --db {path}")
    return 0


def _demo_on_server(args: argparse.Namespace) -> int:
    """Built in a temporary file, then copied to the server in one transaction: an
    interrupted demo leaves the server database as it was."""
    import tempfile

    from ..demo.build import build_demo
    from ..services.server import transfer

    location = common.db_location(args)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ssc-demo-") as work:
        from ..store.database import Database

        with Database.open(Path(work) / "demo.sqlite") as db:
            counts = build_demo(db, members=args.members, seed=args.seed)
        transfer(Path(work) / "demo.sqlite", location)
    seconds = time.perf_counter() - started
    print(f"Wrote a demo database to {location.display()} in {seconds:.1f} s: "
          f"{counts['groups']} groups, {counts['people']:,} people, "
          f"{counts['memberships']:,} memberships, {counts['roles']:,} roles, "
          f"{counts['transitions']:,} status changes.")
    print(f"Open it with: ssc-desktop --db {location.display()}")
    return 0


def _merge_folder(source: Path, target: Path) -> None:
    """Move files into target, keeping files already there (attachments are content-named)."""
    from ..store.files import private_folder

    for item in sorted(source.rglob("*")):
        if item.is_file():
            dest = target / item.relative_to(source)
            if not dest.exists():
                private_folder(dest.parent)
                os.replace(item, dest)


def _check(args: argparse.Namespace) -> int:
    from ..services.integrity import check_file, status_names

    report = check_file(common.db_target(args))
    print(f"{report.path}")
    if report.counts:
        print(f"  groups:      {report.counts['groups']:>8,}")
        print(f"  people:      {report.counts['people']:>8,}")
        print(f"  memberships: {report.counts['memberships']:>8,}")
        width = max((len(name) for name, _ in status_names(report.by_status)), default=0)
        for name, n in status_names(report.by_status):
            print(f"    {name + ':':<{width + 1}} {n:>8,}")
    if report.healthy:
        print("No problems found.")
        return 0
    print(f"{len(report.problems)} problem(s) found:")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1


def _backup(args: argparse.Namespace) -> int:
    from ..services.backup import backup_unit

    with common.open_existing(args) as db:
        unit = backup_unit(db, args.to)
    print(_("Backed up {name} and {count} attachment(s) to {folder}; every file was checked "
            "against its SHA-256.").format(name=db.path.name, count=unit.attachments,
                                           folder=unit.folder))
    if unit.missing:
        print(_("{count} attachment(s) the database refers to were already missing or changed "
                "and could not be backed up; 'ssc-desktop check' lists them.").format(
                    count=len(unit.missing)), file=sys.stderr)
        return 1
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ..services.backup import restore

    unit = restore(args.backup, args.to)
    print(_("Restored {path} with {count} attachment(s) from {backup}; every file was "
            "checked against the backup's manifest.").format(
                path=unit.database, count=unit.attachments, backup=unit.folder))
    print(_("Open it with: ssc-desktop --db {path}").format(path=unit.database))
    return 0
