"""Every bad file of the issue: a sentence for the user, and nothing changed."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from ssc_desktop.domain.errors import UserError
from ssc_desktop.exchange import importer
from ssc_desktop.exchange.table_reader import IMPORT_ROW_LIMIT, list_sheets, read_table
from ssc_desktop.services import roster

from .conftest import fingerprint, preview_file


def refused(db, group, path: Path, *, sheet: str | None = None) -> str:
    before = fingerprint(db)
    with pytest.raises(UserError) as caught:
        preview_file(db, group, path, sheet)
    assert fingerprint(db) == before
    assert "Traceback" not in str(caught.value)
    return str(caught.value)


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_empty_file(db, group, tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    assert refused(db, group, tmp_path / "empty.csv") == \
        "empty.csv is empty: it has no header row and no members."
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "empty.xlsx")
    assert refused(db, group, tmp_path / "empty.xlsx") == \
        "empty.xlsx is empty: it has no header row and no members."


def test_header_only_file(db, group, tmp_path):
    (tmp_path / "h.csv").write_text("Given name,Family name,Email\n\n\n", encoding="utf-8")
    assert refused(db, group, tmp_path / "h.csv") == (
        "h.csv has a header row but no members below it; add the members (one per row) "
        "and import again.")


def test_corrupt_and_non_zip_xlsx(db, group, tmp_path):
    (tmp_path / "notes.xlsx").write_text("just some text", encoding="utf-8")
    assert refused(db, group, tmp_path / "notes.xlsx").startswith(
        "notes.xlsx is not a readable .xlsx workbook (it is damaged, or another kind of file "
        "renamed).")
    good = xlsx(tmp_path / "good.xlsx", [["Given name", "Family name"], ["A", "B"]])
    data = good.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert "cut.xlsx is not a readable .xlsx workbook" in refused(db, group,
                                                                 tmp_path / "cut.xlsx")
    archive = tmp_path / "other.xlsx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    assert "other.xlsx is not a readable .xlsx workbook" in refused(db, group, archive)


def test_legacy_xls(db, group, tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "save it as an Excel workbook (.xlsx)" in refused(db, group, tmp_path / "old.xls")
    (tmp_path / "renamed.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "is an old Excel 97-2003 (.xls) file" in refused(db, group,
                                                            tmp_path / "renamed.xlsx")


def test_zip_bomb(db, group, tmp_path):
    good = xlsx(tmp_path / "good.xlsx", [["Given name", "Family name"], ["A", "B"]])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w",
                                                          zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        with target.open("xl/worksheets/padding.xml", "w") as handle:
            chunk = b" " * 1_000_000
            for _ in range(60):  # 60 MB of spaces packs into a few dozen KB
                handle.write(chunk)
    assert bomb.stat().st_size < 1_000_000
    assert "looks like a 'zip bomb'" in refused(db, group, bomb)


def test_xml_entity_bomb(db, group, tmp_path):
    good = xlsx(tmp_path / "good.xlsx", [["Given name", "Family name"], ["A", "B"]])
    bomb = tmp_path / "laughs.xlsx"
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                        for i in range(1, 10)).replace("&lol0;", "&lol;")
              + ']>')
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                text = text.split("?>", 1)[1] if text.startswith("<?xml") else text
                text = text.replace("<v>", "<v>&lol9;", 1) if "<v>" in text else text
                text = text.replace("<t>", "<t>&lol9;", 1)
                data = (laughs + text).encode("utf-8")
            target.writestr(item, data)
    assert "contains XML entity declarations" in refused(db, group, bomb)


def test_too_many_rows(db, group, tmp_path):
    path = tmp_path / "million.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("Given name,Family name\n")
        handle.writelines(f"G{i},F{i}\n" for i in range(1_000_000))
    sentence = refused(db, group, path)
    assert sentence.startswith(f"million.csv has more than {IMPORT_ROW_LIMIT:,} rows")
    small = xlsx(tmp_path / "many.xlsx", [["Given name", "Family name"]]
                 + [[f"G{i}", "F"] for i in range(30)])
    with pytest.raises(UserError, match="more than 20 rows"):
        read_table(small, max_rows=20)


def test_merged_header_cells(db, group, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", None, "Email"])
    ws.merge_cells("A1:B1")
    ws.append(["Ana", "Silva", "ana@example.org"])
    wb.save(tmp_path / "merged.xlsx")
    assert refused(db, group, tmp_path / "merged.xlsx") == (
        "merged.xlsx: Column B has values but no header (merged header cells?): choose "
        "which field it holds or ignore it, or give it a header in the file.")
    # Mapped by hand (the wizard's header step), the same file imports.
    table, mapping = importer.read_and_map(db, tmp_path / "merged.xlsx")
    mapping = mapping.with_target(0, "given_names").with_target(1, "family_name")
    (row,) = importer.preview(db, group, "2021-2025", table, mapping).rows
    assert row.name == "Silva, Ana" and row.kind == "new"


def test_hidden_sheets(db, group, tmp_path):
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Old list"
    hidden.append(["Given name", "Family name"])
    hidden.append(["Hidden", "Person"])
    hidden.sheet_state = "hidden"
    visible = wb.create_sheet("Roster")
    visible.append(["Given name", "Family name"])
    visible.append(["Shown", "Person"])
    wb.save(tmp_path / "hidden.xlsx")
    assert [(s.name, s.state) for s in list_sheets(tmp_path / "hidden.xlsx")] == \
        [("Old list", "hidden"), ("Roster", "visible")]
    assert [r.name for r in preview_file(db, group, tmp_path / "hidden.xlsx").rows] == \
        ["Person, Shown"]
    chosen = preview_file(db, group, tmp_path / "hidden.xlsx", sheet="Old list")
    assert [r.name for r in chosen.rows] == ["Person, Hidden"]
    assert "has no sheet called 'Nope'" in refused(db, group, tmp_path / "hidden.xlsx",
                                                    sheet="Nope")


def test_numbers_as_text_serial_dates_and_trailing_blank_rows(db, group, term, tmp_path):
    path = xlsx(tmp_path / "types.xlsx", [
        ["Given name", "Family name", "IUCN username", "Code of Conduct accepted on",
         "Validated on", "Status"],
        ["Ana", "Silva", 12345, 45292, "45300", "Active"],
        ["Bo", "Chen", "007", "2024-01-05", datetime(2024, 2, 1, 0, 0), "Active"],
        ["Cy", "Diaz", 1.5e3, "31/12/2023", date(2024, 3, 1), "Active"],
        [None, None, None, None, None, None],
        ["", "  ", None, None, None, None],
    ])
    result = preview_file(db, group, path)
    assert [r.kind for r in result.rows] == ["new", "new", "new"]
    importer.apply(db, group, result)
    rows = {r.family_name: r for r in roster.load_roster(db, group.id, term.id)}
    assert rows["Silva"].iucn_username == "12345"  # not "12345.0"
    assert rows["Chen"].iucn_username == "007"  # text keeps its leading zeros
    assert rows["Diaz"].iucn_username == "1500"
    assert rows["Silva"].code_of_conduct_accepted_on == date(2024, 1, 1)
    assert rows["Chen"].code_of_conduct_accepted_on == date(2024, 1, 5)
    assert rows["Diaz"].code_of_conduct_accepted_on == date(2023, 12, 31)
    ambiguous = xlsx(tmp_path / "amb.xlsx", [["Given name", "Family name",
                                              "Code of Conduct accepted on"],
                                             ["Ed", "Eve", "03/05/2024"]])
    (row,) = preview_file(db, group, ambiguous).rows
    assert row.problems[0].sentence() == (
        "Row 2, column 'Code of Conduct accepted on': '03/05/2024' could be day/month or "
        "month/day; write the date as year-month-day, e.g. 2024-05-03.")


def test_spaces_and_capitals_in_names(db, group, term, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Given name,Family name,Email\n"
                    "Ana\u00a0 María ,  DE LA  CRUZ ,adlc@example.org\n", encoding="utf-8")
    (row,) = preview_file(db, group, path).rows
    assert row.name == "De la Cruz, Ana María"  # spaces folded, capitals as a name
    assert [w.sentence() for w in row.warnings] == [
        "Row 2, column 'Family name': name written in capitals, written as a name usually "
        "is (edit it if the person writes it otherwise): 'DE LA CRUZ' → 'De la Cruz'; "
        "accept to apply."]


def test_formula_cells(db, group, tmp_path):
    path = xlsx(tmp_path / "f.xlsx", [["Given name", "Family name", "Email"],
                                      ["Ana", "=UPPER(\"silva\")", "ana@example.org"]])
    before = fingerprint(db)
    result = preview_file(db, group, path)
    (row,) = result.rows
    assert row.kind == "problem"
    assert row.problems[0].sentence() == (
        "Row 2, column 'Family name': the cell holds a formula (=UPPER(\"silva\")), not a "
        "value; replace it with its value (copy, then paste values only).")
    assert result.plans() == []
    assert fingerprint(db) == before


def test_wrong_kind_of_file(db, group, tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG....")
    assert "choose an Excel workbook (.xlsx) or a CSV file" in refused(
        db, group, tmp_path / "photo.png")
    (tmp_path / "binary.csv").write_bytes(b"a,b\x00\x01\x02")
    assert "is not a text file" in refused(db, group, tmp_path / "binary.csv")
    assert "does not exist" in refused(db, group, tmp_path / "missing.csv")


def test_no_name_columns(db, group, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(io.BytesIO(b"Email,Phone\na@b.org,123\n").getvalue())
    assert refused(db, group, path).startswith("x.csv: No column holds the given name")
