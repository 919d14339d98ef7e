"""Export a group's roster to .xlsx or .csv in a column profile (default: the documented
layout). Every text cell is checked first, so a refused value stops the export before
any file is written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.errors import UserError
from ..domain.progress import NO_PROGRESS, Progress
from ..domain.reference import reference
from ..formats import number
from ..i18n import _
from ..services.exchange import MemberRecord, export_records
from ..services.storage import Database
from .cells import check_cell
from .columns import BY_KEY, ColumnProfile, default_profile
from .csv_writer import write_csv
from .xlsx_writer import DropDown, write_xlsx

FORMATS = (".xlsx", ".csv")


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    rows: int

    def sentence(self) -> str:
        return _("Exported {count} membership(s) to {file}.").format(count=number(self.rows),
                                                                     file=self.path.name)


def export_roster(db: Database, group_id: str, quadrennium_id: str | None, path: Path, *,
                  statuses: tuple[str, ...] | None = None, profile: ColumnProfile | None = None,
                  bom: bool = False, progress: Progress = NO_PROGRESS,
                  today: date | None = None) -> ExportSummary:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(_("Cannot export to '{file}': choose a file name ending in .xlsx or .csv.")
                        .format(
            file=path.name))
    if not path.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist; choose another place.").format(
            folder=path.parent))
    profile = profile or default_profile()
    progress.step(0, 1, _("Reading the roster…"))
    records = export_records(db, group_id, quadrennium_id, statuses, today)
    table = [table_row(r, profile) for r in records]
    total = len(table)

    def rows() -> Iterator[list[str | date | None]]:
        for done, values in enumerate(table):
            if done % 1000 == 0:
                progress.step(done, total, _("Writing row {row} of {total}…").format(
                    row=number(done + 1), total=number(total)))
            yield values

    try:
        if suffix == ".csv":
            write_csv(path, profile.headers, rows(), bom=bom)
        else:
            widths = [BY_KEY[k].width for k in profile.keys]
            write_xlsx(path, profile.headers, widths, rows(), total,
                       drop_downs=_drop_downs(profile))
    except PermissionError as exc:
        raise UserError(_("Cannot write {file} ({reason}); close it in the spreadsheet program or "
                          "choose "
                          "another name.").format(file=path.name, reason=exc.strerror)) from exc
    progress.step(total, total, _("Done"))
    return ExportSummary(path, total)


def table_row(record: MemberRecord, profile: ColumnProfile) -> list[str | date | None]:
    """One file row; refuses (with the member's name and the field) what no cell holds."""
    out: list[str | date | None] = []
    for key, header in profile.columns:
        value = BY_KEY[key].value(record)
        if isinstance(value, str):
            check_cell(value, record.name, header)
        out.append(value)
    return out


def _drop_downs(profile: ColumnProfile) -> list[DropDown]:
    ref = reference()
    lists = {
        "status": ("Status", tuple(s.name for s in ref.statuses.values()), True),
        "roles": ("Roles", tuple(r.name for r in sorted(ref.roles.values(),
                                                        key=lambda r: r.sort_order)), False),
        "region": ("Statutory region", tuple(r.name for r in ref.regions.values()), True),
    }
    out = []
    for index, key in enumerate(profile.keys):
        if key in lists:
            title, values, strict = lists[key]
            # Several roles go in one cell ("Chair; Member"): the list helps, never refuses.
            out.append(DropDown(index, title, values, strict))
    return out
