"""The SSC annual report as a PDF and as a workbook holding the same tables.

The tables are built once (`annual_tables`) so the PDF and the workbook cannot disagree;
the workbook has one sheet per table, for pasting into the SSC's own template.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from ..domain import privacy
from ..domain.errors import UserError
from ..domain.reference_names import ksr_translation_note, translated
from ..formats import percent
from ..i18n import _, using_language
from ..services.annual_report import AnnualFigures
from ..services.storage import part_file
from .pdf_style import ACCENT, ReportDocument, fonts, markup, styles
from .report_sections import data_table, heading, p, value_text
from .xlsx_writer import save_workbook, sheet_cell


@dataclass(frozen=True, slots=True)
class AnnualTable:
    title: str  # also the sheet's name
    headers: tuple[str, ...]
    rows: tuple[tuple[str | int | float, ...], ...]
    widths: tuple[float, ...]  # shares of the page width
    empty: str  # the sentence printed when there are no rows


def _balance_rows(b: privacy.Balance) -> tuple[tuple[str, str], ...]:
    if b.withheld:
        return ()
    return tuple((r.label, _("not shown") if r.count is None else str(r.count))
                 for r in b.rows)


def annual_tables(f: AnnualFigures) -> list[AnnualTable]:
    """Identity, targets, activities, summary and membership, in the SSC's order."""
    identity = [(_("Group"), f.group_name), (_("Short code"), f.group_code),
                (_("Type"), f.group_type), (_("Year"), str(f.year)),
                (_("Quadrennium"), ", ".join(f.quadrennia)),
                (_("Number of members"), str(f.members))]
    identity += [(leader.role, f"{leader.name}" + (f" ({leader.organisation})"
                                                   if leader.organisation else ""))
                 for leader in f.leaders]
    summary: list[tuple[str, str | int]] = [(_("Total targets"), len(f.targets))]
    summary += [(_("Targets {status}").format(status=name.lower()),
                 f"{n} ({percent(share)})") for name, n, share in f.status_shares()]
    summary += [(_("{component}: targets (KSRs)").format(component=translated(c)),
                 f"{n} ({ksrs})")
                for c, n, ksrs in f.by_component()]
    summary.append((_("Geographic scope"), f.scope() or "–"))
    makeup: list[tuple[str, str | int]] = [(_("Members"), f.members),
                                           (_("Countries"), f.countries)]
    makeup += [(r.label, r.count or 0) for r in f.by_region]
    makeup += [(_("Gender: {label}").format(label=label), n)
               for label, n in _balance_rows(f.gender)]
    makeup += [(_("Age: {label}").format(label=label), n) for label, n in _balance_rows(f.age)]
    return [
        AnnualTable(_("Identity"), (_("Item"), _("Value")), tuple(identity), (0.3, 0.7), ""),
        AnnualTable(_("Targets"), (_("Code"), _("Target"), _("KSR"), _("Component"),
                                   _("Status")),
                    tuple((t.code, t.title, t.ksr_number, translated(t.component), t.status_name)
                          for t in f.targets), (0.09, 0.53, 0.07, 0.14, 0.17),
                    _("The group had no targets in {year}.").format(year=f.year)),
        AnnualTable(_("Activities"), (_("Component"), _("Code"), _("Indicator"), _("Number"),
                                      _("Narrative"), _("KSR")),
                    tuple((translated(a.component), a.code, a.indicator,
                           value_text(a.number) if a.number is not None else "–",
                           a.narrative, a.ksr_number) for a in f.activities),
                    (0.14, 0.08, 0.23, 0.09, 0.39, 0.07),
                    _("No progress was recorded for any target in {year}.").format(
                        year=f.year)),
        AnnualTable(_("Summary"), (_("Item"), _("Value")), tuple(summary), (0.5, 0.5), ""),
        AnnualTable(_("Membership"), (_("Item"), _("Value")), tuple(makeup), (0.5, 0.5), ""),
    ]


def write_annual_pdf(f: AnnualFigures, target: Path, *, language: str | None = None) -> int:
    """Print the report in `language` (en, fr or es; None: the app's current language);
    returns the number of pages. The figures' names are in the language they were
    computed in (annual_figures' own language argument)."""
    with using_language(language):
        return _write_pdf(f, target)


def _write_pdf(f: AnnualFigures, target: Path) -> int:
    fonts()
    st = styles()
    with part_file(target) as part:
        doc = ReportDocument(str(part), header_left=f.group_name,
                             header_right=_("Annual report {year}").format(year=f.year),
                             title=_("{group}: annual report {year}").format(
                                 group=f.group_name, year=f.year), author="SSC Desktop")
        story = [Paragraph(markup(_("ANNUAL REPORT TO THE IUCN SPECIES SURVIVAL COMMISSION")),
                           st.small), Spacer(1, 6), Paragraph(markup(f.group_name), st.title),
                 Paragraph(str(f.year), st.subtitle),
                 HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=4,
                            spaceAfter=10)]
        if ksr_translation_note() and f.targets:
            story.append(p(ksr_translation_note(), "note"))
        for table in annual_tables(f):
            story += heading(table.title)
            if not table.rows:
                story.append(p(table.empty))
                continue
            story.append(data_table(list(table.headers),
                                    [[str(c) for c in row] for row in table.rows],
                                    [doc.width * w for w in table.widths]))
            if table.title == _("Membership"):
                for b in (f.gender, f.age):
                    if privacy.withheld_sentence(b):
                        story.append(p(privacy.withheld_sentence(b), "note"))
        try:
            doc.build(story)
        except OSError as exc:
            raise UserError(_("The report could not be written to {path} ({why}); choose "
                              "another file or folder.").format(
                path=target, why=exc.strerror or exc)) from exc
    return doc.page_count


def write_annual_xlsx(f: AnnualFigures, target: Path, *, language: str | None = None) -> None:
    """The same tables, one sheet each, in `language` (as write_annual_pdf)."""
    with using_language(language):
        _write_xlsx(f, target)


def _write_xlsx(f: AnnualFigures, target: Path) -> None:
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in annual_tables(f):
        ws = wb.create_sheet(table.title[:31])
        header = []
        for text in table.headers:
            cell = WriteOnlyCell(ws, value=text)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in table.rows:
            ws.append([sheet_cell(ws, v) for v in row])
        if not table.rows and table.empty:
            ws.append([table.empty])
    save_workbook(wb, target, reproducible=False)

