"""Readers with bounds: every hostile or damaged file of issue 13 is generated here (none
is committed), refused with a sentence or read correctly, and the database file's digest
is unchanged. Bounds are limits in the code, so nothing here is timed."""

from __future__ import annotations

import base64
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ssc_desktop import cli
from ssc_desktop.domain.errors import UserError
from ssc_desktop.exchange import limits
from ssc_desktop.exchange import table_reader as tr
from ssc_desktop.exchange.import_preview import NEW, PROBLEM

from .conftest import digest, preview_file

MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'



def refused(db, db_location, group, path: Path) -> str:
    before = digest(db_location)
    with pytest.raises(UserError) as caught:
        preview_file(db, group, path)
    assert digest(db_location) == before
    return str(caught.value)


def people_csv(count: int) -> list[str]:
    lines = ["Given name,Family name,Email,Organisation"]
    lines += [f"Given{i},Family{i},p{i}@example.org,Institute {i}" for i in range(count)]
    return lines


def test_unbalanced_quote_is_a_problem_of_its_row_and_the_rest_is_read(
        db, db_location, group, tmp_path, capsys):
    lines = people_csv(100)
    lines[4] = 'Given3,Family3,p3@example.org,"Institute 3'  # the quote is never closed
    path = tmp_path / "quote.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    preview = preview_file(db, group, path)
    assert preview.count(NEW) == 99 and preview.count(PROBLEM) == 1
    (problem,) = preview.problems()
    assert problem.sentence() == (
        "Row 5: line 5 opens a quotation mark that is never closed, so the lines after it "
        "were read into one cell; add the missing quotation mark (or remove the stray "
        "one), and import again.")
    assert {r.name for r in preview.rows if r.kind == NEW} >= {"Family4, Given4",
                                                               "Family99, Given99"}
    # The command line stops on it, and the file is unchanged.
    db.close()
    before = digest(db_location)
    code = cli.main(["import", "roster", "--db", db_location, "--group", "OSG",
                     "--quadrennium", "2021-2025", str(path)])
    _out, err = capsys.readouterr()
    assert code == 2 and "Row 5: line 5 opens a quotation mark" in err
    assert digest(db_location) == before


def test_a_quoted_multi_line_cell_is_still_one_cell(db, group, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('Given name,Family name,Notes\nAna,Silva,"first line\nsecond, line"\n'
                    "Bo,Chen,\n", encoding="utf-8")
    preview = preview_file(db, group, path)
    assert [r.kind for r in preview.rows] == [NEW, NEW]


def test_one_cp1252_line_in_a_utf8_csv_is_a_problem_with_its_line(db, db_location, group,
                                                                   tmp_path):
    head = "Given name,Family name,Email\nJosé,Núñez,jn@example.org\n".encode()
    bad = "Hélène,Lefèvre,hl@example.org\n".encode("cp1252")
    tail = "Zoë,Ødegård,zo@example.org\n".encode()
    path = tmp_path / "mixed.csv"
    path.write_bytes(head + bad + tail)
    preview = preview_file(db, group, path)
    by_row = {r.row: r for r in preview.rows}
    assert by_row[2].name == "Núñez, José" and by_row[4].name == "Ødegård, Zoë"
    assert by_row[3].kind == PROBLEM
    assert by_row[3].problems[0].sentence() == (
        "Row 3: line 3 is not written in UTF-8 like the rest of the file (its accented "
        "letters would be read wrongly); save the file again as CSV UTF-8 or as an .xlsx "
        "workbook, and import again.")


def test_encodings_are_detected_not_guessed_in_turn(db, group, tmp_path):
    for encoding, given, family in (("cp1251", "Иван", "Петров"),
                                    ("mac_roman", "François", "Müller"),
                                    ("cp1252", "Hélène", "Lefèvre")):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(f"Given name;Family name\n{given};{family}\n".encode(encoding))
        (row,) = preview_file(db, group, path).rows
        assert row.name == f"{family}, {given}", encoding


def test_a_csv_with_18280_columns_is_a_sentence(db, db_location, group, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Given name,Family name" + "," * 18_278 + "\nAna,Silva\n",
                    encoding="utf-8")
    assert path.stat().st_size < 40_000
    assert refused(db, db_location, group, path) == (
        "wide.csv, line 1: the row has 18,280 cells, more than the 1,000 columns the app "
        "reads; a roster needs far fewer. Remove the extra columns and import again.")


def test_an_over_long_csv_cell_is_a_sentence(db, db_location, group, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Given name,Family name\nAna," + "x" * 40_000 + "\n", encoding="utf-8")
    assert refused(db, db_location, group, path) == (
        "long.csv, line 2: a cell has 40,000 characters, more than the 32,767 a "
        "spreadsheet cell holds; shorten it and import again.")
    path.write_text("Given name,Family name\nAna," + "x" * 200_000 + "\n", encoding="utf-8")
    assert refused(db, db_location, group, path).startswith(
        "long.csv, line 2: a cell is longer than the 32,767 characters")


def _with_sheet(tmp_path: Path, name: str, sheet_xml: bytes) -> Path:
    base = tmp_path / "base.xlsx"
    openpyxl.Workbook().save(base)
    target = tmp_path / name
    with zipfile.ZipFile(base) as old, zipfile.ZipFile(target, "w",
                                                       zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, sheet_xml if item.filename ==
                         "xl/worksheets/sheet1.xml" else old.read(item.filename))
    return target


def _row(number: int, *values: str, pad: bool = False) -> str:
    cells = "".join(f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values))
    if pad:  # a styled empty cell in the sheet's last column, as some tools write
        cells += f'<c r="XFD{number}" s="0"/>'
    return f'<row r="{number}">{cells}</row>'


def test_a_huge_attribute_is_refused_early(db, db_location, group, tmp_path):
    # Random text, so the part is not refused as a zip bomb first.
    noise = base64.b64encode(os.urandom(3 * limits.MAX_XML_TOKEN_BYTES)).decode()
    sheet = (f'<worksheet {MAIN}><sheetData>{_row(1, "Given name", "Family name")}'
             f'<row r="2" spans="{noise}">'
             '<c r="A2" t="inlineStr"><is><t>Ana</t></is></c></row>'
             '</sheetData></worksheet>').encode()
    path = _with_sheet(tmp_path, "attribute.xlsx", sheet)
    assert refused(db, db_location, group, path) == (
        "attribute.xlsx holds a piece of XML of more than 1,000,000 bytes, which no "
        "spreadsheet writes; it was not read. Save the roster again from your spreadsheet "
        "program.")


def test_a_sheet_padded_to_column_xfd_reads_only_its_cells(db, group, tmp_path):
    rows = [_row(1, "Given name", "Family name", pad=True)]
    rows += [_row(n, f"G{n}", f"F{n}", pad=True) for n in range(2, 3002)]
    sheet = f'<worksheet {MAIN}><sheetData>{"".join(rows)}</sheetData></worksheet>'
    path = _with_sheet(tmp_path, "padded.xlsx", sheet.encode())
    table = tr.read_table(path)
    assert len(table.rows) == 3001
    assert max(len(cells) for _n, cells in table.rows) == 2  # no 16,384-cell rows
    assert preview_file(db, group, path).count(NEW) == 3000


def test_a_value_beyond_the_column_limit_is_a_sentence(db, db_location, group, tmp_path):
    far = '<c r="XFD2" t="inlineStr"><is><t>far away</t></is></c>'
    sheet = (f'<worksheet {MAIN}><sheetData>{_row(1, "Given name", "Family name")}'
             f'<row r="2"><c r="A2" t="inlineStr"><is><t>Ana</t></is></c>{far}</row>'
             '</sheetData></worksheet>')
    path = _with_sheet(tmp_path, "far.xlsx", sheet.encode())
    assert refused(db, db_location, group, path) == (
        "far.xlsx, row 2: a value sits in column 16,384, beyond the 1,000 columns the app "
        "reads; a roster needs far fewer. Remove it and import again.")


def test_an_over_long_xlsx_cell_is_a_sentence(db, db_location, group, tmp_path):
    sheet = (f'<worksheet {MAIN}><sheetData>{_row(1, "Given name", "Family name")}'
             f'{_row(2, "Ana", "x" * 33_000)}</sheetData></worksheet>')
    path = _with_sheet(tmp_path, "longcell.xlsx", sheet.encode())
    assert refused(db, db_location, group, path) == (
        "longcell.xlsx, row 2: a cell has 33,000 characters, more than the 32,767 a "
        "spreadsheet cell holds; shorten it and import again.")


def test_x000d_written_in_a_name_survives_the_xlsx_round_trip(db, group, term, add_member,
                                                              tmp_path):
    from ssc_desktop.exchange.roster_export import export_roster

    add_member("Ana_x000D_", "Silva_x005F_", email="ana@example.org")
    path = tmp_path / "round.xlsx"
    export_roster(db, group.id, term.id, path)
    (row,) = preview_file(db, group, path).rows
    assert row.kind == "unchanged" and row.name == "Silva_x005F_, Ana_x000D_"
    table = tr.read_table(path)
    assert "Ana_x000D_" in table.rows[1][1]
