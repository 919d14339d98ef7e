"""The roster import as steps the window and the command line share:
read the file, map its headers, preview the rows, apply the chosen ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.progress import NO_PROGRESS, Progress
from ..services import exchange as exchange_service
from ..services.dto import GroupInfo
from ..services.roster_import import ImportResult, apply_import, import_snapshot, known_names
from ..services.storage import Database
from .header_mapping import HeaderMapping, learned_from, map_headers
from .import_preview import ImportPreview, build_preview, file_keys
from .table_reader import RawTable, read_table


def learned_headers(db: Database) -> dict[str, str]:
    """Every header the user mapped by hand and saved, as header key -> field."""
    layouts = exchange_service.list_layouts(db, exchange_service.IMPORT_MAPPING)
    return learned_from([x.payload for x in layouts])


def read_and_map(db: Database, path: Path, sheet: str | None = None,
                 progress: Progress = NO_PROGRESS) -> tuple[RawTable, HeaderMapping]:
    table = read_table(Path(path), sheet, progress=progress)
    return table, map_headers(table, learned_headers(db))


def preview(db: Database, group: GroupInfo, quadrennium: str, table: RawTable,
            mapping: HeaderMapping, *, default_status: str = "proposed",
            progress: Progress = NO_PROGRESS, today: date | None = None,
            swapped: frozenset[int] = frozenset()) -> ImportPreview:
    """The preview of every row (``swapped``: rows whose split name is family name first)."""
    # Only the people the file can match are read, so the time depends on the file.
    snapshot = import_snapshot(db, group, quadrennium, today, file_keys(table, mapping))
    return build_preview(table, mapping, snapshot, default_status=default_status,
                         progress=progress, swapped=swapped,
                         names=lambda: known_names(db))


def apply(db: Database, group: GroupInfo, result: ImportPreview, rows: set[int] | None = None,
          *, accepted: bool | set[int] = False, progress: Progress = NO_PROGRESS,
          today: date | None = None) -> ImportResult:
    """Apply the new and updated rows (only those numbered in ``rows``; a row with warnings
    only when they are accepted: all, or its number in ``accepted``) as one undo step."""
    return apply_import(db, group.id, result.plans(rows, accepted), source=result.source,
                        progress=progress, today=today)
