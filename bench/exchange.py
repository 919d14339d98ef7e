"""Roster exchange speed: export of 10,000 memberships (xlsx, csv) against openpyxl's bare
write-only mode, and the import preview of the same 10,000 rows.

Budgets: export under 1.5 s and no slower than 1.5x openpyxl writing the same rows bare;
import preview under 3 s with every check; a workbook with LibreOffice's boolean formulas
read as fast as one without; the preview against 100,000 people at most 1.2x the same
preview against 10,000. Medians of several runs, CPU time beside wall time.
Run: python bench/exchange.py [members] [people in the big database]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

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


def median_of(work, runs: int = 5) -> tuple[float, float, object]:
    """(median wall seconds, median CPU seconds, last result) of several runs."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        result = work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def openpyxl_read(path: Path) -> int:
    """The anchor: openpyxl's read-only mode reading every value of the same file."""
    wb = load_workbook(path, read_only=True)
    count = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return count


def libreoffice_style(source: Path, target: Path) -> Path:
    """The same roster with one more column of booleans saved as formulas, the way
    LibreOffice writes them (<c t="b"><f>TRUE()</f><v>1</v></c>)."""
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                       zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</row>",
                                    b'<c t="b"><f>TRUE()</f><v>1</v></c></row>')
            new.writestr(item.filename, data)
    return target


def foreign_workbook(path: Path, members: int, seed: int = 11) -> Path:
    """A workbook another office made: a title row, French headers, a hidden sheet,
    names in capitals, countries in their own languages, dates as text."""
    rng = random.Random(seed)
    wb = Workbook()
    hidden = wb.active
    hidden.title = "Ancienne liste"
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Membres")
    ws.append(["Liste des membres du groupe, 2024"])
    ws.append(["Prénom", "Nom", "Courriel", "Pays", "Institution", "Statut", "Invité le"])
    countries = ["Deutschland", "España", "Norge", "Россия", "中国", "Brasil", "France",
                 "Netherlands (Kingdom of the)", "Bahamas, The", "Viet Nam"]
    for i in range(members):
        ws.append([rng.choice(GIVEN), f"{rng.choice(FAMILY).upper()} {i}",
                   f"foreign{i}@example.org", rng.choice(countries),
                   f"Institut {rng.randint(1, 500)}", rng.choice(["Validé", "Invité", ""]),
                   "2024-05-03"])
    wb.save(path)
    return path


def main() -> None:
    members = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    big = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Database.open(root / "bench.sqlite", actor="bench") as db:
            seconds, (group_id, term_id) = timed(lambda: build(db, members))
            print(f"setup: {members:,} memberships written in {seconds:.1f} s")
            group = next(g for g in groups.list_groups(db) if g.id == group_id)
            export_xlsx, _, _ = median_of(lambda: export_roster(db, group_id, term_id,
                                                                root / "r.xlsx"), 3)
            export_csv, _, _ = median_of(lambda: export_roster(db, group_id, term_id,
                                                               root / "r.csv"), 3)
            profile = default_profile()
            rows = [table_row(r, profile) for r in export_records(db, group_id, term_id)]

            def bare() -> None:
                wb = Workbook(write_only=True)
                ws = wb.create_sheet("Roster")
                ws.append(list(profile.headers))
                for row in rows:
                    ws.append(row)
                wb.save(root / "bare.xlsx")

            bare_seconds, _, _ = median_of(bare, 3)

            def preview(path: Path):
                return importer.preview(db, group, "2021-2025",
                                        *importer.read_and_map(db, path))

            xlsx, xlsx_cpu, result = median_of(lambda: preview(root / "r.xlsx"))
            assert result.summary().startswith("0 new, 0 updated"), result.summary()
            csv_wall, csv_cpu, _ = median_of(lambda: preview(root / "r.csv"))
            anchor, _, _ = median_of(lambda: openpyxl_read(root / "r.xlsx"))
            libre = libreoffice_style(root / "r.xlsx", root / "libre.xlsx")
            read_plain, _, _ = median_of(lambda: importer.read_and_map(db, root / "r.xlsx"))
            read_libre, _, _ = median_of(lambda: importer.read_and_map(db, libre))
            libre_anchor, _, _ = median_of(lambda: openpyxl_read(libre))
            foreign = foreign_workbook(root / "foreign.xlsx", members)
            foreign_wall, foreign_cpu, foreign_result = median_of(lambda: preview(foreign), 3)
            small_db = xlsx
            # The same file against a database of `big` people (the others in another group).
            other = groups.create_group(db, "Other Specialist Group", "OTH", "specialist_group",
                                        "mammals", quadrennium_id=term_id,
                                        today=date(2025, 3, 1))
            rng = random.Random(3)
            for start in range(0, big - members, 20_000):
                plans = [RowPlan(row=i + 2, action="new", name=f"O{i}", quadrennium="2021-2025",
                                 fields=PersonFields(given_names=rng.choice(GIVEN),
                                                     family_name=f"Other {i}",
                                                     email=f"other{i}@example.org").cleaned(),
                                 status="active", status_on=date(2024, 1, 1), roles=("member",))
                         for i in range(start, min(start + 20_000, big - members))]
                apply_import(db, other.subject_id, plans, source="bench",
                             today=date(2025, 3, 1))
            large_db, _, _ = median_of(lambda: preview(root / "r.xlsx"), 3)
    print(f"export xlsx: {export_xlsx:.2f} s (budget 1.5 s) | openpyxl write-only bare: "
          f"{bare_seconds:.2f} s | ratio {export_xlsx / bare_seconds:.2f} (budget 1.5)")
    print(f"export csv: {export_csv:.2f} s")
    print(f"import preview of {members:,} rows, all checks (read + classify), median of 5: "
          f"xlsx {xlsx:.2f} s wall / {xlsx_cpu:.2f} s CPU, csv {csv_wall:.2f} s wall / "
          f"{csv_cpu:.2f} s CPU (budget 3 s)")
    print(f"  anchor, openpyxl read-only reading the same .xlsx: {anchor:.2f} s")
    print(f"read of the .xlsx: {read_plain:.2f} s; with a LibreOffice column of boolean "
          f"formulas: {read_libre:.2f} s ({read_libre / read_plain:.2f}x; openpyxl reads it "
          f"in {libre_anchor:.2f} s)")
    print(f"foreign workbook ({members:,} rows, French headers, title row, capitals, native "
          f"country names): preview {foreign_wall:.2f} s wall / {foreign_cpu:.2f} s CPU; "
          f"{foreign_result.summary()}, {len(foreign_result.warnings())} warnings")
    print(f"preview of the {members:,}-row file against {big:,} people: {large_db:.2f} s vs "
          f"{small_db:.2f} s against {members:,}: ratio {large_db / small_db:.2f} (budget 1.2)")


if __name__ == "__main__":
    main()
