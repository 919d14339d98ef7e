"""The request brief: one PDF the group leader sends to the SSC Network Coordinator.

Fields come in the order the Coordinator works through a request: who asks and how
urgently, to whom the letter goes, about which species, the threat and the action
asked for, the evidence and who is involved, then the attached files (with their
SHA-256 so both sides know they hold the same documents), the steps so far and any
outcome. An empty field is printed as "Not given" so gaps are visible, not hidden.
Fonts, styles and the page template are the quarterly report's (pdf_style).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain import letters as rules
from ..domain.reference import reference
from ..services import letter_files
from ..services import letters as svc
from ..services.letter_dto import AttachmentCheck, LetterDetail
from ..store.database import Database
from ..store.files import part_file
from . import pdf_style as ps

NOT_GIVEN = "Not given"
CHECK_TEXT = {"ok": "Present", "missing": "MISSING", "modified": "CHANGED"}


@dataclass(frozen=True, slots=True)
class BriefResult:
    path: Path
    unprintable: tuple[str, ...]  # texts no font on this computer can print (warn)


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size:,} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB ({size:,} bytes)"
    return f"{size / (1024 * 1024):.1f} MB ({size:,} bytes)"


def _country(code: str | None) -> str:
    country = reference().countries.get(code or "")
    return country.name if country else (code or "")


def field_rows(d: LetterDetail) -> list[tuple[str, list[tuple[str, str]]]]:
    """The brief's sections and their (label, value) rows, in the Coordinator's order."""
    f = d.fields
    return [
        ("Request", [
            ("Title", f.title),
            ("Requesting group", d.group_name),
            ("Requested by", d.requested_by),
            ("Alert raised by", d.alert_raised_by),
            ("Request date", f.requested_on.isoformat() if f.requested_on else ""),
            ("Urgency", rules.URGENCIES.get(f.urgency, f.urgency)),
            ("Signatories requested", rules.signatories_text(f.signatories, f.co_signatory)),
            ("Current step", f"{d.state_name} (held by {d.holder}; waits for "
                             f"{d.waits_for})"),
            ("Next follow-up", f.follow_up_on.isoformat() if f.follow_up_on else ""),
            ("Request ID", d.letter_id),
        ]),
        ("Addressee", [
            ("Name", f.addressee_name),
            ("Type", rules.ADDRESSEE_TYPES.get(f.addressee_type, f.addressee_type)),
            ("Country", _country(f.addressee_country)),
        ]),
        ("Species concerned", [
            ("Scientific name", f.species_scientific),
            ("Common name", f.species_common),
            ("Red List category", rules.red_list_text(f.red_list_category)),
        ]),
        ("The case", [
            ("Threat", f.threat),
            ("Action requested", f.action_requested),
            ("Evidence", f.evidence_summary),
            ("Key facts and statistics", f.key_facts),
            ("Stakeholders", f.stakeholders),
        ]),
    ]


def outcome_rows(d: LetterDetail) -> list[tuple[str, str]]:
    f = d.fields
    rows = [
        ("Response received", f.response_received_on.isoformat()
         if f.response_received_on else ""),
        ("Response", f.response_summary),
        ("Dialogue opened", rules.DIALOGUE.get(f.dialogue_opened or "", "")),
        ("Impact", f.impact),
    ]
    return rows if any(value for _label, value in rows) else []


def _para(text: str, style: Any) -> Paragraph:
    lines = text.split("\n")
    return Paragraph("<br/>".join(ps.markup(line) for line in lines), style)


def _field_table(rows: list[tuple[str, str]], width: float) -> Table:
    st = ps.styles()
    label_width = 44 * mm
    data = []
    for label, value in rows:
        shown = _para(value, st.td) if value else Paragraph(
            f'<font color="#404040">{NOT_GIVEN}</font>', st.td)
        data.append([Paragraph(ps.markup(label), st.th), shown])
    # splitInRow: a long evidence summary or threat flows on over the next pages
    # instead of making one row taller than a page.
    table = Table(data, colWidths=[label_width, width - label_width], splitInRow=1)
    # The house rules without a header row: every row is label + value.
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), ps.REGULAR, 8.5, 10.5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ps.INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, ps.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _attachment_table(d: LetterDetail, checks: list[AttachmentCheck],
                      width: float) -> list[Any]:
    st = ps.styles()
    if not d.attachments:
        return [Paragraph("No files are attached to this request.", st.note)]
    status = {c.attachment_id: c.status for c in checks}
    hash_style = ParagraphStyle("hash", parent=st.td, fontSize=6.5, leading=8.5)
    data: list[list[Any]] = [["File", "SHA-256", "Check"]]
    for a in d.attachments:
        data.append([
            Paragraph(f"{ps.markup(a.filename)}<br/><font size=7 color='#404040'>"
                      f"{size_text(a.size_bytes)}</font>", st.td),
            Paragraph(a.sha256, hash_style),
            Paragraph(CHECK_TEXT.get(status.get(a.attachment_id, ""), ""), st.td),
        ])
    check_width, hash_width = 18 * mm, 98 * mm
    table = Table(data, colWidths=[width - hash_width - check_width, hash_width, check_width],
                  repeatRows=1)
    table.setStyle(ps.table_style())
    out: list[Any] = [table]
    problems = [c.sentence for c in checks if c.sentence]
    for sentence in problems:
        out.append(Paragraph(ps.markup(sentence), st.note))
    return out


def _timeline_table(d: LetterDetail, width: float) -> Table:
    st = ps.styles()
    data: list[list[Any]] = [["Date", "Step", "Note"]]
    for t in d.timeline:
        data.append([t.on.isoformat(), ps.cell(t.name, st.td, 60 * mm),
                     _para(t.note, st.td) if t.note else ""])
    table = Table(data, colWidths=[24 * mm, 60 * mm, width - 84 * mm], repeatRows=1,
                  splitInRow=1)
    table.setStyle(ps.table_style())
    return table


def _section(heading: str, table: Table, width: float) -> list[Any]:
    """A heading kept with its table; a table longer than half a page starts where it is."""
    st = ps.styles()
    if table.wrap(width, 1e9)[1] < 300:
        return [KeepTogether([Paragraph(heading, st.h1), table])]
    return [CondPageBreak(120), Paragraph(heading, ParagraphStyle(
        "h1_long", parent=st.h1, keepWithNext=0)), table]


def brief_story(d: LetterDetail, checks: list[AttachmentCheck], width: float,
                today: date) -> list[Any]:
    st = ps.styles()
    story: list[Any] = [
        Paragraph("Intervention letter request", st.title),
        _para(d.fields.title, st.subtitle),
        Paragraph(ps.markup(f"{d.group_name} · brief for the SSC Network Coordinator · "
                            f"{today.isoformat()}"), st.note),
        Spacer(1, 4 * mm),
    ]
    for heading, rows in field_rows(d):
        story += _section(heading, _field_table(rows, width), width)
    story.append(Paragraph("Attachments", st.h1))
    story.extend(_attachment_table(d, checks, width))
    story.append(Paragraph("Steps so far", st.h1))
    story.append(_timeline_table(d, width))
    outcome = outcome_rows(d)
    if outcome:
        story += _section("Outcome", _field_table(outcome, width), width)
    if d.fields.notes:
        story.append(Paragraph("Notes", st.h1))
        story.append(_para(d.fields.notes, st.body))
    return story


def all_texts(d: LetterDetail) -> list[str]:
    texts = [value for _h, rows in field_rows(d) for _label, value in rows]
    texts += [value for _label, value in outcome_rows(d)]
    texts += [a.filename for a in d.attachments] + [t.note for t in d.timeline]
    return texts + [d.fields.notes]


def write_brief(path: Path, d: LetterDetail, checks: list[AttachmentCheck], *,
                today: date, paper: str = "a4") -> BriefResult:
    """Write the brief through a temporary file, so a failure leaves nothing behind."""
    with part_file(path) as part:
        doc = ps.ReportDocument(str(part), paper=paper, header_left=d.group_name,
                                header_right="Letter request brief",
                                title=f"Letter request: {d.fields.title}",
                                author=d.requested_by or d.group_name, generated=today)
        doc.build(brief_story(d, checks, doc.width, today))
    return BriefResult(path, tuple(ps.unprintable(all_texts(d))))


def write_brief_for(db: Database, letter_id: str, path: Path, *, today: date | None = None,
                    paper: str = "a4") -> BriefResult:
    """The brief of one request, with its attachments checked as it is written."""
    today = today or date.today()
    detail = svc.letter_detail(db, letter_id, today=today)
    checks = letter_files.verify_attachments(db, letter_id)
    return write_brief(path, detail, checks, today=today, paper=paper)
