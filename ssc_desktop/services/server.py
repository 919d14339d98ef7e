"""Moving a database between a file and a server, and granting officers a server's groups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..i18n import _
from ..store import transfer as store_transfer
from ..store.backend import Location, locate
from ..store.database import Database


@dataclass(frozen=True, slots=True)
class TransferReport:
    source: str
    target: str
    counts: dict[str, int]


def transfer(source: str | Path | Location, target: str | Path | Location,
             progress: Callable[[str, int], None] | None = None) -> TransferReport:
    """Copy the whole source database into an empty target (created when it is a new file);
    a refused or failed copy leaves a new target file removed, an existing one unchanged."""
    src_at, dst_at = locate(source), locate(target)
    created = dst_at.path is not None and (not dst_at.path.exists()
                                           or dst_at.path.stat().st_size == 0)
    with Database.open(src_at) as src:
        try:
            with Database.open(dst_at, backup_before_migrate=False) as dst:
                counts = store_transfer.transfer(src, dst, progress)
        except BaseException:
            if created and dst_at.path is not None:
                store_transfer.remove_file(dst_at.path)
            raise
    return TransferReport(src_at.display(), dst_at.display(), counts)


@dataclass(frozen=True, slots=True)
class Grant:
    role: str
    group: str
    read_only: bool
    created: bool
    database: str


def grant(target: str | Location, role: str, group: str, *, read_only: bool) -> Grant:
    """Let an officer's database role see (and change, unless read_only) one group."""
    from ..domain.errors import UserError
    from ..store import access
    from . import groups

    location = locate(target)
    if not location.is_server:
        raise UserError(_("{location} is a file; roles and grants exist on a PostgreSQL server "
                          "only (give postgresql://user@host:port/dbname).").format(
                              location=location.display()))
    with Database.open(location) as db:
        found = groups.find_group(db, group)
        if found is None:
            known = ", ".join(g.short_code for g in groups.list_groups(db)) or _("none yet")
            raise UserError(_("There is no group '{group}' in {db} (groups: {known}).").format(
                group=group, db=db.name, known=known))
        created = db.administer(lambda conn: access.grant(conn, role, found.id,
                                                          read_only=read_only))
    return Grant(role, found.short_code, read_only, created, location.display())
