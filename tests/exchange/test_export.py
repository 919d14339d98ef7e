"""Roster export: the .xlsx and .csv files read back with real readers."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime

import openpyxl
import pytest

from ssc_desktop.domain.errors import ValidationFailed
from ssc_desktop.exchange.cells import CellRefused
from ssc_desktop.exchange.columns import (
    DEFAULT_KEYS,
    ColumnProfile,
    checked_profile,
    default_profile,
)
from ssc_desktop.exchange.roster_export import export_roster
from ssc_desktop.services import exchange as service
from ssc_desktop.services import roster

from .conftest import fingerprint

HEADERS = ["Group", "Quadrennium", "Given name", "Family name", "Email", "Alternate email",
           "Organisation", "Position", "Country", "Country code", "Statutory region", "Roles",
           "Status", "Invited on", "Accepted on", "Validated on",
           "Code of Conduct accepted on", "IUCN username", "Record ID"]


@pytest.fixture
def members(add_member):
    return [
        add_member("Ana María", "Núñez", country="ES", roles=["chair", "focal_point_ex_situ"],
                   organisation="Universidad de Málaga", iucn_username="Ana.NUNEZ"),
        add_member("Søren", "Ødegård", country="NO", status="invited"),
        add_member("Nguyễn", "Thị Mai", country="VN", status="accepted"),
    ]


def test_default_layout_has_the_documented_headers():
    assert list(default_profile().headers) == HEADERS
    assert len(DEFAULT_KEYS) == len(HEADERS)


def test_xlsx_is_a_working_spreadsheet(db, group, term, members, tmp_path):
    path = tmp_path / "roster.xlsx"
    summary = export_roster(db, group.id, term.id, path)
    assert summary.rows == 3
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.title == "Roster" and ws.sheet_state == "visible"
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:S4"
    assert ws.column_dimensions["E"].width == 30
    assert wb["Lists"].sheet_state == "hidden"
    rows = {r[3]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    ana = rows["Núñez"]
    assert ana[2] == "Ana María" and ana[8] == "Spain" and ana[9] == "ES"
    assert ana[10] == "West Europe"
    assert ana[11] == "Chair; Focal point, Ex-situ Conservation"
    assert ana[12] == "Active (validated)"
    assert ana[15] == datetime(2025, 3, 15)  # a real date, from the status history
    assert ana[17] == "Ana.NUNEZ"
    assert ana[18] == members[0]
    validated = ws.cell(row=2, column=16)
    assert validated.is_date and validated.number_format == "yyyy-mm-dd"
    assert rows["Ødegård"][13] == datetime(2025, 3, 15) and rows["Ødegård"][15] is None
    validations = {str(dv.sqref).split(":")[0][0]: dv for dv in ws.data_validations.dataValidation}
    assert set(validations) == {"K", "L", "M"}  # Statutory region, Roles, Status
    lists = wb["Lists"]
    status_column = validations["M"].formula1.split("$")[1]
    allowed = [c.value for c in lists[status_column]][1:]
    assert "Active (validated)" in allowed and "Invited" in allowed
    assert validations["M"].showErrorMessage and not validations["L"].showErrorMessage


def test_status_filter_and_csv_with_bom(db, group, term, members, tmp_path):
    path = tmp_path / "roster.csv"
    export_roster(db, group.id, term.id, path, statuses=("invited",), bom=True)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0] == HEADERS
    assert [r[3] for r in rows[1:]] == ["Ødegård"]
    assert rows[1][13] == "2025-03-15"
    plain = tmp_path / "plain.csv"
    export_roster(db, group.id, term.id, plain)
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+44 20 7946", "-5", "@SUM(A1)",
                                   "=1+1"])
def test_formula_like_text_is_text_and_reads_back_unchanged(db, group, term, add_member,
                                                            tmp_path, value):
    add_member("Eve", "Mallory", notes=value)
    profile = ColumnProfile("notes", (("family_name", "Family name"), ("notes", "Notes")))
    xlsx, text = tmp_path / "r.xlsx", tmp_path / "r.csv"
    export_roster(db, group.id, term.id, xlsx, profile=profile)
    export_roster(db, group.id, term.id, text, profile=profile)
    cell = openpyxl.load_workbook(xlsx).worksheets[0]["B2"]
    stored = roster.member_detail(db, roster.load_roster(db, group.id, term.id)[0]
                                  .membership_id).fields.notes
    assert cell.data_type == "s" and cell.value == stored and cell.quotePrefix
    raw = text.read_text(encoding="utf-8")
    assert f"'{stored[:1]}" in raw  # guarded for spreadsheet programs
    from ssc_desktop.exchange.table_reader import read_table

    assert read_table(text).rows[1][1][1] == stored
    assert read_table(xlsx).rows[1][1][1] == stored


@pytest.mark.parametrize("value", ["\tindented", "\rstart", "=A1*2", "-", "'=x", "''"])
def test_writers_keep_formula_like_text_as_text(tmp_path, value):
    # Tab and CR cannot reach the database (names and notes are trimmed): test the writers.
    from ssc_desktop.exchange.csv_writer import write_csv
    from ssc_desktop.exchange.table_reader import read_table
    from ssc_desktop.exchange.xlsx_writer import write_xlsx

    xlsx, text = tmp_path / "w.xlsx", tmp_path / "w.csv"
    write_xlsx(xlsx, ["Notes", "Other"], [10, 10], [[value, "x"]], 1)
    write_csv(text, ["Notes", "Other"], [[value, "x"]])
    cell = openpyxl.load_workbook(xlsx).worksheets[0]["A2"]
    assert cell.data_type == "s"
    assert read_table(xlsx).rows[1][1][0] == value
    assert read_table(text).rows[1][1][0] == value


def _written_by_an_older_version(db, membership_id: str, **values: object) -> None:
    """A value the services now refuse at entry, as an earlier version let it in."""
    from ssc_desktop.store.models import Membership

    with db.transaction("older version") as tx:
        person = tx.session.get(Membership, membership_id).person
        for key, value in values.items():
            setattr(person, key, value)


def test_control_characters_are_refused_with_name_and_field(db, group, term, add_member,
                                                          tmp_path):
    with pytest.raises(ValidationFailed, match=r"Notes: “rings \\x07 here” contains"):
        add_member("Bea", "Bell", notes="rings \x07 here")
    mid = add_member("Bea", "Bell")
    _written_by_an_older_version(db, mid, notes="rings \x07 here")
    path = tmp_path / "r.xlsx"
    profile = ColumnProfile("p", (("family_name", "Family name"), ("notes", "Notes")))
    with pytest.raises(CellRefused) as caught:
        export_roster(db, group.id, term.id, path, profile=profile)
    assert "Bell, Bea: Notes contains a control character (U+0007)" in str(caught.value)
    assert not list(tmp_path.glob("r.xlsx*"))


def test_over_long_cells_are_refused(db, group, term, add_member, tmp_path):
    with pytest.raises(ValidationFailed, match="Notes: .* is 40,000 characters long"):
        add_member("Long", "Notes", notes="x" * 40_000)
    mid = add_member("Long", "Notes")
    _written_by_an_older_version(db, mid, notes="x" * 40_000)
    profile = ColumnProfile("p", (("notes", "Remarks"),))
    with pytest.raises(CellRefused, match="Notes, Long: Remarks is 40,000 characters long"):
        export_roster(db, group.id, term.id, tmp_path / "r.csv", profile=profile)


def test_profiles_choose_order_rename_and_are_saved(db, group, term, members, tmp_path):
    profile = checked_profile(ColumnProfile(" Chair's Office ", (
        ("email", "E-mail address"), ("family_name", "Surname"), ("record_id", "ID"))))
    service.save_layout(db, service.EXPORT_PROFILE, profile.name, profile.payload())
    saved = service.list_layouts(db, service.EXPORT_PROFILE)
    assert [s.name for s in saved] == ["Chair's Office"]
    loaded = ColumnProfile.from_payload(saved[0].name, saved[0].payload)
    assert loaded == profile
    path = tmp_path / "office.xlsx"
    export_roster(db, group.id, term.id, path, profile=loaded)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [c.value for c in ws[1]] == ["E-mail address", "Surname", "ID"]
    assert ws.data_validations.dataValidation == []
    with pytest.raises(Exception, match="both headed 'id'"):
        checked_profile(ColumnProfile("x", (("email", "ID"), ("record_id", "id"))))


def test_bad_export_targets_are_refused(db, group, term, members, tmp_path):
    before = fingerprint(db)
    with pytest.raises(Exception, match="ending in .xlsx or .csv"):
        export_roster(db, group.id, term.id, tmp_path / "r.pdf")
    with pytest.raises(Exception, match="does not exist"):
        export_roster(db, group.id, term.id, tmp_path / "missing" / "r.xlsx")
    assert fingerprint(db) == before


@pytest.mark.libreoffice
def test_libreoffice_opens_the_export(db, group, term, members, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    path = tmp_path / "roster.xlsx"
    export_roster(db, group.id, term.id, path)
    out = tmp_path / "out"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                    str(out), str(path)], check=True, capture_output=True, timeout=120)
    rows = list(csv.reader((out / "roster.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0] == HEADERS
    assert {r[3] for r in rows[1:]} == {"Núñez", "Ødegård", "Thị Mai"}
    ana = next(r for r in rows if r[3] == "Núñez")
    assert ana[15] == date(2025, 3, 15).isoformat()
