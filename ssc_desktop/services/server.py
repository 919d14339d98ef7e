"""Moving a database between a file and a server, and granting officers a server's groups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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
                _remove_new_file(dst_at.path)
            raise
    return TransferReport(src_at.display(), dst_at.display(), counts)


def _remove_new_file(path: Path) -> None:
    import shutil

    path.unlink(missing_ok=True)
    shutil.rmtree(path.with_name(f"{path.stem}-attachments"), ignore_errors=True)
