"""Long report tables: every row printed once, in order, header on every page."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, TableStyle

from ssc_desktop.exchange import pdf_style
from ssc_desktop.exchange.pdf_tables import PagedTable, TextTable, plain_lines
from ssc_desktop.exchange.report_sections import roster
from ssc_desktop.exchange.report_shaping import visual
from ssc_desktop.services.reporting_dto import RosterLine


def test_plain_lines_break_at_spaces_and_refuse_overlong_words():
    pdf_style.fonts()
    lines = plain_lines("Regional Vice-Chair, Steering Committee member",
                        pdf_style.REGULAR, 8, 60)
    assert lines is not None and "\n" in lines
    assert lines.replace("\n", " ") == "Regional Vice-Chair, Steering Committee member"
    assert plain_lines("Wolfeschlegelsteinhausenbergerdorff", pdf_style.REGULAR, 8, 40) is None
    # A right-to-left run in visual order is one unbreakable word.
    shaped = visual("Haddad, Reza · رضا حسینی نژاد")
    assert "\u00a0" in shaped
    lines = plain_lines(shaped, pdf_style.REGULAR, 8, 200)
    assert lines is None or "\u00a0" in lines.splitlines()[-1]


def test_cell_is_plain_text_unless_only_a_paragraph_can_print_it():
    st = pdf_style.styles()
    assert pdf_style.cell("Kenya", st.td, 100) == "Kenya"
    wrapped = pdf_style.cell("North America and the Caribbean", st.td, 80)
    assert isinstance(wrapped, str) and "\n" in wrapped
    assert isinstance(pdf_style.cell("Supercalifragilisticexpialidocious", st.td, 60),
                      Paragraph)
    if pdf_style.fonts().fallback:
        assert isinstance(pdf_style.cell("Chen, Fang · 陈芳", st.td, 200), Paragraph)


def test_paged_table_splits_into_every_row_once():
    rows = [[str(i), "x\ny" if i % 7 == 0 else "x"] for i in range(1, 101)]
    table = PagedTable(["#", "Text"], rows, [40, 100], TableStyle([]), leading=10,
                       zebra=("white", "grey"))
    printed: list[str] = []
    while True:
        parts = table.split(140, 300)
        printed += [r[0] for r in parts[0]._cellvalues[1:]]
        assert parts[0].wrap(140, 300)[1] <= 300
        if len(parts) == 1:
            break
        table = parts[1]
    assert printed == [str(i) for i in range(1, 101)]


def test_a_long_roster_prints_every_member_once_on_one_line_each(tmp_path):
    people = [RosterLine(f"Member{i:05d}, Test", "", "Kenya", "Africa", "", "Active")
              for i in range(1, 1201)]
    figures = SimpleNamespace(roster=people, as_of=date(2025, 9, 30))
    path = tmp_path / "roster.pdf"
    doc = pdf_style.ReportDocument(str(path), header_left="Test group", header_right="Q3")
    doc.build(roster(figures, doc.width))
    pages = [page.extract_text() for page in PdfReader(path).pages]
    found = re.findall(r"(\d+)\s+Member(\d{5}), Test", "\n".join(pages))
    # Numbers of four digits stay on their member's line (a split number would not match).
    assert [int(n) for n, _ in found] == list(range(1, 1201))
    assert all(int(n) == int(m) for n, m in found)
    assert all(re.search(r"#\s*Name\s*Country\s*Region\s*Roles", p) for p in pages[1:])


def _table_pdf(path, table_class) -> None:
    """One page holding a table of every kind of cell TextTable writes or hands on."""
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate

    st = pdf_style.styles()
    rows = [["Name", "Region", "Count", "Note"]]
    for i in range(1, 25):
        rows.append([f"Member {i}, Ñúñez", "North America\nand the Caribbean" if i % 3 else "",
                     f"{i * 1_000:,}", Paragraph("<b>bold</b> note", st.td) if i % 5 == 0
                     else "plain"])
    style = pdf_style.table_style(numeric_columns=[2])
    style.add("VALIGN", (1, 1), (1, 8), "MIDDLE")
    style.add("VALIGN", (1, 9), (1, 16), "BOTTOM")
    style.add("TEXTCOLOR", (3, 1), (3, -1), colors.HexColor("#8a1c1c"))
    style.add("ALIGN", (3, 20), (3, -1), "CENTRE")
    doc = SimpleDocTemplate(str(path))
    doc.build([table_class(rows, colWidths=[150, 120, 60, 120], style=style, repeatRows=1)])


@pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
                    reason="pdftoppm/pdftotext (poppler-utils) are not installed")
def test_text_table_prints_what_reportlab_prints_in_one_text_object(tmp_path):
    from reportlab.platypus import Table

    pdf_style.fonts()
    plain, batched = tmp_path / "table.pdf", tmp_path / "text-table.pdf"
    _table_pdf(plain, Table)
    _table_pdf(batched, TextTable)

    def words(path):
        out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                             text=True, check=True).stdout
        return sorted(line.strip() for line in out.splitlines() if "<word" in line)

    assert len(words(plain)) > 150
    assert words(batched) == words(plain)  # the same words at the same places

    def pixels(path):
        subprocess.run(["pdftoppm", "-r", "100", "-gray", str(path), str(path.with_suffix(""))],
                       check=True)
        return path.with_name(path.stem + "-1.pgm").read_bytes()

    assert pixels(batched) == pixels(plain)

    def text_objects(path):
        return PdfReader(str(path)).pages[0].get_contents().get_data().split().count(b"BT")

    # One text object per string in reportlab; TextTable writes its plain strings in
    # one, leaving the Paragraph and centred cells to reportlab.
    assert text_objects(plain) > 100
    assert text_objects(batched) <= 1 + 4 + 5
