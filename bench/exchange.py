"""Roster exchange speed: export of 10,000 memberships against openpyxl's bare write-only
mode, and the import preview of the same 10,000 rows.

    python bench/exchange.py [members] [people in the big database] [--runs 5] [--json FILE]

Budgets: export no slower than 1.3x openpyxl write_only writing the same rows bare;
import preview under 3 s with every check (issue #11); a workbook with LibreOffice's
boolean formulas read within 1.2x of the same file without them; a foreign workbook's
preview under 3 s; the preview against 100,000 people at most 1.2x the same preview
against 10,000 (both measured in turns). Medians of several runs, CPU time beside wall.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import Line, measure, median_timing, save, table

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.domain.reference import reference
from ssc_desktop.exchange import importer
from ssc_desktop.exchange.columns import default_profile
from ssc_desktop.exchange.roster_export import export_roster, table_row
from ssc_desktop.heap import settle
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("members", nargs="?", type=int, default=10_000)
    parser.add_argument("big", nargs="?", type=int, default=100_000,
                        help="people in the big database")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the lines here (run_all.py)")
    args = parser.parse_args()
    members, big, runs = args.members, args.big, args.runs
    few = max(1, min(runs, 3))
    size = f"{members:,}"
    lines: list[Line] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Database.open(root / "bench.sqlite", actor="bench") as db:
            started = time.perf_counter()
            group_id, term_id = build(db, members)
            print(f"setup: {size} memberships written in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
            settle()  # as the window does once start-up is over (ssc_desktop/heap.py)
            group = next(g for g in groups.list_groups(db) if g.id == group_id)
            export_xlsx = measure(lambda: export_roster(db, group_id, term_id,
                                                        root / "r.xlsx"), few)
            profile = default_profile()

            def bare() -> None:
                # The anchor does the same work: the same records read, the same cells
                # made, written by openpyxl's write-only mode with no styling.
                rows = [table_row(r, profile) for r in export_records(db, group_id, term_id)]
                wb = Workbook(write_only=True)
                ws = wb.create_sheet("Roster")
                ws.append(list(profile.headers))
                for row in rows:
                    ws.append(row)
                wb.save(root / "bare.xlsx")

            lines.append(Line(f"Export {size} memberships to .xlsx", export_xlsx,
                              measure(bare, few), "openpyxl write_only, same rows, no styling",
                              "1.3×", ratio_budget=1.3))
            export_roster(db, group_id, term_id, root / "r.csv")

            def preview(path: Path):
                return importer.preview(db, group, "2021-2025",
                                        *importer.read_and_map(db, path))

            result = preview(root / "r.xlsx")
            assert result.summary().startswith("0 new, 0 updated"), result.summary()
            small_db = measure(lambda: preview(root / "r.xlsx"), runs)
            lines.append(Line(f"Import preview, {size}-row .xlsx, all checks", small_db,
                              measure(lambda: openpyxl_read(root / "r.xlsx"), runs),
                              "openpyxl read-only reading the same file", "3 s",
                              ms_budget=3000.0))
            lines.append(Line(f"Import preview, {size}-row .csv, all checks",
                              measure(lambda: preview(root / "r.csv"), runs),
                              budget="3 s", ms_budget=3000.0))
            libre = libreoffice_style(root / "r.xlsx", root / "libre.xlsx")
            with_formulas, without = [], []
            for _ in range(runs):  # in turns, so the machine's load falls on both alike
                with_formulas.append(measure(lambda: importer.read_and_map(db, libre), 1))
                without.append(measure(lambda: importer.read_and_map(db, root / "r.xlsx"), 1))
            lines.append(Line(f"Read a {size}-row .xlsx with LibreOffice's boolean formulas",
                              median_timing(with_formulas), median_timing(without),
                              "the app reading the same file without formulas, in turns",
                              "1.2×", ratio_budget=1.2))
            foreign = foreign_workbook(root / "foreign.xlsx", members)
            foreign_result = preview(foreign)
            print(f"foreign workbook: {foreign_result.summary()}, "
                  f"{len(foreign_result.warnings())} warnings", flush=True)
            lines.append(Line(f"Import preview, a foreign {size}-row workbook (French "
                              "headers, title row, native country names)",
                              measure(lambda: preview(foreign), few), budget="3 s",
                              ms_budget=3000.0))
        # The same file against a database of `big` people (the others in another group),
        # a copy of this one, so both can be measured in turns in the same minutes.
        shutil.copyfile(root / "bench.sqlite", root / "big.sqlite")
        with Database.open(root / "big.sqlite", actor="bench") as big_db:
            other = groups.create_group(big_db, "Other Specialist Group", "OTH",
                                        "specialist_group", "mammals", quadrennium_id=term_id,
                                        today=date(2025, 3, 1))
            rng = random.Random(3)
            for start in range(0, big - members, 20_000):
                plans = [RowPlan(row=i + 2, action="new", name=f"O{i}", quadrennium="2021-2025",
                                 fields=PersonFields(given_names=rng.choice(GIVEN),
                                                     family_name=f"Other {i}",
                                                     email=f"other{i}@example.org").cleaned(),
                                 status="active", status_on=date(2024, 1, 1), roles=("member",))
                         for i in range(start, min(start + 20_000, big - members))]
                apply_import(big_db, other.subject_id, plans, source="bench",
                             today=date(2025, 3, 1))
            print(f"big database: {big:,} people", flush=True)
            with Database.open(root / "bench.sqlite", actor="bench") as db:
                def preview_in(database: Database) -> object:
                    found = next(g for g in groups.list_groups(database) if g.id == group_id)
                    return importer.preview(database, found, "2021-2025",
                                            *importer.read_and_map(database, root / "r.xlsx"))

                large, small = [], []
                for _ in range(few):  # in turns, so the machine's load falls on both alike
                    large.append(measure(lambda: preview_in(big_db), 1))
                    small.append(measure(lambda: preview_in(db), 1))
        lines.append(Line(f"Import preview, {size}-row file against {big:,} people",
                          median_timing(large), median_timing(small),
                          f"the same preview against {members:,} people", "1.2×",
                          ratio_budget=1.2))
    print(table(lines))
    save(lines, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
