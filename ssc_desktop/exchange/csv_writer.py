"""Write a roster table to CSV: UTF-8 (optionally with a BOM so Excel reads accents),
comma-separated, ISO dates, formula-like text guarded by an apostrophe (see cells)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from ..store.files import part_file
from .cells import csv_escape


def write_csv(path: Path, headers: Sequence[str],
              rows: Iterable[Sequence[str | date | None]], *, bom: bool = False) -> None:
    with part_file(path) as part, open(part, "w", encoding="utf-8-sig" if bom else "utf-8",
                                        newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([csv_escape(h) for h in headers])
        for values in rows:
            writer.writerow([_text(v) for v in values])


def _text(value: str | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return csv_escape(value)
