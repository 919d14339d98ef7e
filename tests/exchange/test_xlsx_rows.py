"""The streamed .xlsx reader gives exactly what openpyxl's read-only mode gives, and
leaves every file it does not handle to openpyxl."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from ssc_desktop.domain.progress import NO_PROGRESS
from ssc_desktop.exchange import table_reader as tr

# Text openpyxl can store: no control characters other than tab, newline, carriage return.
TEXT = st.text(st.characters(blacklist_categories=("Cs",),
                             blacklist_characters=[chr(c) for c in range(32)
                                                   if chr(c) not in "\t\n"]),
               max_size=30)
VALUE = st.one_of(
    st.none(), TEXT, st.integers(-10**12, 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(), st.dates(date(1900, 3, 1), date(9999, 12, 31)),
    st.datetimes(datetime(1900, 3, 1), datetime(9999, 12, 31)).map(
        lambda d: d.replace(microsecond=0)),
    st.sampled_from(["=not a formula", "+33 1 23", "-", "@home", "Núñez\u00a0Ana",
                     "a_x000D_b", "x005F_y", " spaced  ", "ＦＵＬＬ", "李", "👩‍🔬"]),
)
ROWS = st.lists(st.lists(VALUE, max_size=8), max_size=12)


def _both(path: Path, sheet: str | None = None) -> tuple[object, object]:
    fast = tr._read_plain_xlsx(path, sheet, 50_000, NO_PROGRESS)
    slow = tr._read_xlsx_openpyxl(path, sheet, 50_000, NO_PROGRESS)
    return fast, slow


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=ROWS, write_only=st.booleans(), gap=st.integers(0, 3))
def test_same_values_as_openpyxl(tmp_path: Path, rows: list[list[object]], write_only: bool,
                                 gap: int) -> None:
    wb = Workbook(write_only=write_only)
    ws = wb.create_sheet("Roster") if write_only else wb.active
    for row in rows:
        ws.append(row)
    for _ in range(gap):
        ws.append([])
    ws.append(["last", None, 3])
    path = tmp_path / "values.xlsx"
    wb.save(path)
    fast, slow = _both(path)
    # Formula cells (openpyxl writes "=..." text as a formula) stay on the fast path too.
    assert fast is not None, "a plain workbook takes the fast path"
    assert fast == slow


def test_dates_times_rich_text_hidden_sheets_and_gaps(tmp_path: Path) -> None:
    wb = Workbook()
    hidden = wb.active
    hidden.title = "Notes"
    hidden["A1"] = "not this one"
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Members")
    ws["A1"], ws["B1"], ws["C1"] = "Given name", "Family name", "Invited on"
    ws["A3"] = CellRichText([TextBlock(InlineFont(b=True), "Ana "), "María"])
    ws["B3"], ws["C3"] = "Núñez", date(2024, 5, 3)
    ws["D3"], ws["E3"] = datetime(2024, 5, 3, 14, 30), time(9, 15)
    ws["F3"] = 45000
    ws["F3"].number_format = "dd/mm/yyyy"  # a serial number shown as a date
    ws["G3"] = 0.5
    ws["G3"].number_format = "[h]:mm"  # a duration
    ws["B7"] = "after a gap"
    ws.merge_cells("A9:C9")
    ws["A9"] = "merged"
    path = tmp_path / "mixed.xlsx"
    wb.save(path)
    fast, slow = _both(path)
    assert fast is not None
    assert fast == slow
    assert fast.sheet == "Members"
    assert [n for n, _ in fast.rows] == [1, 3, 7, 9]
    fast_notes, slow_notes = _both(path, "Notes")
    assert fast_notes == slow_notes and fast_notes is not None


def _rewrite_sheet(source: Path, target: Path, sheet_xml: bytes) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, sheet_xml if item.filename == "xl/worksheets/sheet1.xml"
                         else data)


MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def test_hand_written_xml_as_openpyxl_reads_it(tmp_path: Path) -> None:
    """Phonetic runs, cells and rows without references, rows out of order, booleans,
    errors, empty inline strings: details other programs write."""
    base = tmp_path / "base.xlsx"
    Workbook().save(base)
    sheet = (f'<worksheet {MAIN}><sheetData>'
             '<row r="1"><c t="inlineStr"><is><t>Given name</t></is></c>'
             '<c t="inlineStr"><is><r><t>Fam</t></r><r><rPr><b/></rPr><t>ily name</t></r>'
             '<rPh sb="0" eb="1"><t>ファミリー</t></rPh></is></c></row>'
             '<row><c r="C2" t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>'
             '<c t="str"><v>text result</v></c><c t="inlineStr"><is><t/></is></c>'
             '<c t="inlineStr"><is><t>=not a formula</t></is></c></row>'
             '<row r="5"><c r="B5"><v>1.5E3</v></c><c r="A5" t="inlineStr">'
             '<is><t xml:space="preserve">  out of order </t></is></c></row>'
             '<row r="4"><c r="A4"><v>9</v></c></row>'
             '<row r="6"><c r="A6" t="inlineStr"/><c r="B6"><v></v></c></row>'
             '</sheetData></worksheet>').encode()
    path = tmp_path / "hand.xlsx"
    _rewrite_sheet(base, path, sheet)
    fast, slow = _both(path)
    assert fast is not None
    assert fast == slow


def test_formulas_stay_on_the_fast_path_and_dtds_are_left_to_openpyxl(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Given name", "Family name"])
    wb.active.append(["Ana", "=UPPER(A2)"])
    path = tmp_path / "formula.xlsx"
    wb.save(path)
    fast, slow = _both(path)
    assert fast is not None and fast == slow
    assert fast.rows[1][1][1] == tr.Formula("=UPPER(A2)")

    # LibreOffice saves booleans as formulas with their cached value; shared formulas
    # leave the text out of every cell but the first.
    libre = tmp_path / "libre.xlsx"
    _rewrite_sheet(path, libre, (
        f'<worksheet {MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t>'
        '</is></c><c r="B1" t="b"><f>TRUE()</f><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Bo</t></is></c>'
        '<c r="B2"><f t="shared" ref="B2:B3" si="0">A2&amp;"x"</f><v>0</v></c></row>'
        '<row r="3"><c r="B3"><f t="shared" si="0"/><v>0</v></c></row>'
        '</sheetData></worksheet>').encode())
    table = tr._read_plain_xlsx(libre, None, 50_000, NO_PROGRESS)
    assert table is not None
    assert [cells for _n, cells in table.rows] == [
        ("Name", tr.Formula("=TRUE()")), ("Bo", tr.Formula('=A2&"x"')),
        (None, tr.Formula("="))]

    dtd = (f'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "Ana">]>'
           f'<worksheet {MAIN}><sheetData><row r="1"><c t="inlineStr"><is><t>&a;</t>'
           '</is></c></row></sheetData></worksheet>').encode()
    hostile = tmp_path / "dtd.xlsx"
    _rewrite_sheet(path, hostile, dtd)
    assert tr._read_plain_xlsx(hostile, None, 50_000, NO_PROGRESS) is None
