"""Roster exchange speed: export of 10,000 memberships (xlsx, csv) against openpyxl's bare
write-only mode, and the import preview of the same 10,000 rows.

Budgets: export under 1.5 s and no slower than 1.5x openpyxl writing the same rows bare;
import preview under 3 s. Run: python bench/exchange.py [members]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.domain.reference import reference
from ssc_desktop.exchange import importer
from ssc_desktop.exchange.columns import default_profile
from ssc_desktop.exchange.roster_export import export_roster, table_row
from ssc_desktop.services import groups
from ssc_desktop.services.exchange import export_records
from ssc_desktop.services.roster_import import RowPlan, apply_import
from ssc_desktop.store.database import Database

GIVEN = ["Ana", "Søren", "Thị Mai", "Jürgen", "Ayşe", "María José", "Олег", "Γιώργος", "李",
         "Fatima", "Kwame", "Siobhán", "Chloé", "Hiroshi", "Lê Văn"]
FAMILY = ["Núñez", "Ødegård", "Nguyễn", "Müller", "Çelik", "Rodríguez Peña", "Иванов",
          "Παπαδόπουλος", "王", "Haddad", "Mensah", "O'Connor", "Dubois", "Tanaka", "Hưng"]
STATUSES = ["proposed", "invited", "accepted", "active", "active", "active", "declined"]
ROLES = ["member"] * 8 + ["chair", "rlac", "steering_committee", "focal_point_planning"]


def build(db: Database, members: int, seed: int = 7) -> tuple[str, str]:
    """A group of `members` memberships, written through the import service."""
    rng = random.Random(seed)
    term = groups.find_quadrennium(db, "2021-2025")
    made = groups.create_group(db, "Bench Specialist Group", "BSG", "specialist_group",
                               "mammals", quadrennium_id=term.id, today=date(2025, 3, 1))
    countries = list(reference().countries)
    plans = []
    for i in range(members):
        fields = PersonFields(
            given_names=rng.choice(GIVEN), family_name=f"{rng.choice(FAMILY)} {i}",
            email=f"member{i}@example.org", organisation=f"Institute {rng.randint(1, 900)}",
            position="Researcher", country_code=rng.choice(countries),
            iucn_username=f"Member.N{i}", notes="=not a formula" if i % 97 == 0 else "")
        plans.append(RowPlan(row=i + 2, action="new", name=fields.family_name,
                             quadrennium=term.code, fields=fields.cleaned(),
                             status=rng.choice(STATUSES), status_on=date(2024, 1, 1),
                             roles=(rng.choice(ROLES),)))
    apply_import(db, made.subject_id, plans, source="bench", today=date(2025, 3, 1))
    return made.subject_id, term.id


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    members = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Database.open(root / "bench.sqlite", actor="bench") as db:
            seconds, (group_id, term_id) = timed(lambda: build(db, members))
            print(f"setup: {members:,} memberships written in {seconds:.1f} s")
            group = next(g for g in groups.list_groups(db) if g.id == group_id)
            export_xlsx, _ = timed(lambda: export_roster(db, group_id, term_id,
                                                         root / "r.xlsx"))
            export_csv, _ = timed(lambda: export_roster(db, group_id, term_id, root / "r.csv"))
            profile = default_profile()
            rows = [table_row(r, profile) for r in export_records(db, group_id, term_id)]

            def bare() -> None:
                wb = Workbook(write_only=True)
                ws = wb.create_sheet("Roster")
                ws.append(list(profile.headers))
                for row in rows:
                    ws.append(row)
                wb.save(root / "bare.xlsx")

            bare_seconds, _ = timed(bare)
            read_xlsx, _ = timed(lambda: importer.read_and_map(db, root / "r.xlsx"))
            table, mapping = importer.read_and_map(db, root / "r.xlsx")
            preview_xlsx, result = timed(lambda: importer.preview(db, group, "2021-2025",
                                                                  table, mapping))
            table_csv, mapping_csv = importer.read_and_map(db, root / "r.csv")
            full_csv, _ = timed(lambda: importer.preview(
                db, group, "2021-2025", *importer.read_and_map(db, root / "r.csv")))
            assert result.summary().startswith("0 new, 0 updated"), result.summary()
    ratio = export_xlsx / bare_seconds
    print(f"export xlsx: {export_xlsx:.2f} s (budget 1.5 s) | openpyxl write-only bare: "
          f"{bare_seconds:.2f} s | ratio {ratio:.2f} (budget 1.5)")
    print(f"export csv: {export_csv:.2f} s")
    print(f"import preview xlsx: read {read_xlsx:.2f} s + classify {preview_xlsx:.2f} s = "
          f"{read_xlsx + preview_xlsx:.2f} s (budget 3 s)")
    print(f"import preview csv (read + classify): {full_csv:.2f} s")
    print(f"re-import of the export: {result.summary()}")


if __name__ == "__main__":
    main()
