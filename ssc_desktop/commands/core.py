"""Core commands: demo (a realistic demo database), check (integrity and counts), backup."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from ..domain.errors import UserError
from ..formats import number
from ..i18n import _
from . import common


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help=_("write a realistic demo database"),
                       description=_("Write a demo database: several groups, two quadrennia, "
                                     "members from every region, every membership status."))
    common.add_db_argument(p)
    p.add_argument("--members", type=int, default=500, metavar="N",
                   help=_("members of the large Specialist Group (default: %(default)s)"))
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help=_("random seed; the same seed gives the same people "
                          "(default: %(default)s)"))
    p.add_argument("--force", action="store_true",
                   help=_("replace a database that already has groups (a backup is kept)"))
    p.set_defaults(func=_demo)

    p = sub.add_parser("check", help=_("check a database's integrity and print its counts"),
                       description=_("Check a database without changing it: SQLite's own checks, "
                                     "broken references, unknown codes, duplicate e-mails. Exit "
                                     "status 0 when healthy, 1 when problems were found."))
    common.add_db_argument(p)
    p.set_defaults(func=_check)

    p = sub.add_parser("backup", help=_("write a backup copy of a database now"),
                       description=_("Write a consistent copy of the database, named after the "
                                     "time, into the backups folder beside it (or --to FOLDER)."))
    common.add_db_argument(p)
    p.add_argument("--to", type=Path, default=None, metavar="FOLDER")
    p.set_defaults(func=_backup)

    p = sub.add_parser("restore", help=_("restore a backup as a new database"),
                       description=_("Check a backup against its manifest and write its "
                                     "database and letter attachments to a new file; an "
                                     "existing file is never overwritten."))
    p.add_argument("backup", type=Path, metavar="BACKUP",
                   help=_("a backup folder (or a .sqlite copy made by an earlier version)"))
    p.add_argument("--to", type=Path, required=True, metavar="PATH",
                   help=_("the new database file to write"))
    p.set_defaults(func=_restore)


def _demo(args: argparse.Namespace) -> int:
    from ..demo.build import MAX_MEMBERS, MIN_MEMBERS, build_demo
    from ..services import backup, history
    from ..services.groups import list_groups
    from ..store.database import Database
    from ..store.files import private_folder
    from ..store.paths import check_database_path

    if not MIN_MEMBERS <= args.members <= MAX_MEMBERS:
        raise UserError(_("--members must be between {low} and {high} (it was {given}).")
                        .format(low=number(MIN_MEMBERS), high=number(MAX_MEMBERS),
                                given=number(args.members)))
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
                    _("{file} already holds {count} group(s) ({groups}); choose another file, "
                      "or add --force to replace it (a backup copy is kept).").format(
                          file=path, count=len(groups),
                          groups=", ".join(g.short_code for g in groups[:5])))
            if groups:
                kept = backup.backup_now(existing)
    # Built in a folder beside the target and moved over it at the end: an interrupted
    # demo never leaves a half-written file where the database was.
    if getattr(args, "db", None) is None:
        private_folder(path.parent)  # the user's data folder, first run
    elif not path.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist. Choose another place.").format(
            folder=path.parent))
    work = path.with_name(f".{path.name}.demo-part")
    shutil.rmtree(work, ignore_errors=True)
    try:
        work.mkdir()
    except OSError as exc:
        raise UserError(_("Cannot write in {folder} ({reason}); choose a folder you can write "
                          "to.").format(folder=path.parent, reason=exc.strerror)) from exc
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
    print(_demo_sentence(str(path), seconds, counts))
    if kept is not None:
        print(_("The previous database was kept as {file}.").format(file=kept))
    print(_("Open it with: ssc-desktop --db {path}").format(path=path))
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
    print(_demo_sentence(location.display(), seconds, counts))
    print(_("Open it with: ssc-desktop --db {path}").format(path=location.display()))
    return 0


def _demo_sentence(place: str, seconds: float, counts: dict[str, int]) -> str:
    return _("Wrote a demo database to {place} in {seconds} s: {groups} groups, {people} "
             "people, {memberships} memberships, {roles} roles, {changes} status changes."
             ).format(place=place, seconds=number(round(seconds, 1)),
                      groups=number(counts["groups"]), people=number(counts["people"]),
                      memberships=number(counts["memberships"]),
                      roles=number(counts["roles"]), changes=number(counts["transitions"]))


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
        labels = [_("groups:"), _("people:"), _("memberships:")]
        wide = max(len(label) for label in labels)
        for label, key in zip(labels, ("groups", "people", "memberships"), strict=True):
            print(f"  {label:<{wide}} {number(report.counts[key]):>8}")
        named = status_names(report.by_status)
        width = max((len(name) for name, _n in named), default=0)
        for name, n in named:
            print(f"    {name + ':':<{width + 1}} {number(n):>8}")
    if report.healthy:
        print(_("No problems found."))
        return 0
    print(_("{count} problem(s) found:").format(count=len(report.problems)))
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
