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
from ..domain.reference_names import country_name
from ..formats import number, short_date
from ..i18n import N_, _, language, using_language
from ..services import letter_files
from ..services import letters as svc
from ..services.letter_dto import AttachmentCheck, LetterDetail
from ..services.storage import Database, part_file
from . import pdf_style as ps

NOT_GIVEN = N_("Not given")
CHECK_TEXT = {"ok": N_("Present"), "missing": N_("MISSING"), "modified": N_("CHANGED")}


@dataclass(frozen=True, slots=True)
class BriefResult:
    path: Path
    unprintable: tuple[str, ...]  # texts no font on this computer can print (warn)


def size_text(size: int) -> str:
    if size < 1024:
        return _("{bytes} bytes").format(bytes=number(size))
    if size < 1024 * 1024:
        return _("{size} KB ({bytes} bytes)").format(size=number(round(size / 1024, 1)),
                                                     bytes=number(size))
    return _("{size} MB ({bytes} bytes)").format(size=number(round(size / (1024 * 1024), 1)),
                                                 bytes=number(size))


def _country(code: str | None) -> str:
    return country_name(code) if code else ""


def _day(day: date | None) -> str:
    """The brief's one date style: ISO in English (as the Coordinator files requests), the
    reader's short form in French and Spanish ('10 janv. 2025')."""
    if day is None:
        return ""
    return day.isoformat() if language() == "en" else short_date(day)


def field_rows(d: LetterDetail) -> list[tuple[str, list[tuple[str, str]]]]:
    """The brief's sections and their (label, value) rows, in the Coordinator's order."""
    f = d.fields
    return [
        (_("Request"), [
            (_("Title"), f.title),
            (_("Requesting group"), d.group_name),
            (_("Requested by"), d.requested_by),
            (_("Alert raised by"), d.alert_raised_by),
            (_("Request date"), _day(f.requested_on)),
            (_("Urgency"), rules.label(rules.URGENCIES, f.urgency)),
            (_("Signatories requested"), rules.signatories_text(f.signatories, f.co_signatory)),
            (_("Current step"), _("{state} (held by {holder}; waits for {what})").format(
                state=d.state_name, holder=d.holder, what=d.waits_for)),
            (_("Next follow-up"), _day(f.follow_up_on)),
            (_("Request ID"), d.letter_id),
        ]),
        (_("Addressee"), [
            (_("Name"), f.addressee_name),
            (_("Type"), rules.label(rules.ADDRESSEE_TYPES, f.addressee_type)),
            (_("Country"), _country(f.addressee_country)),
        ]),
        (_("Species concerned"), [
            (_("Scientific name"), f.species_scientific),
            (_("Common name"), f.species_common),
            (_("Red List category"), rules.red_list_text(f.red_list_category)),
        ]),
        (_("The case"), [
            (_("Threat"), f.threat),
            (_("Action requested"), f.action_requested),
            (_("Evidence"), f.evidence_summary),
            (_("Key facts and statistics"), f.key_facts),
            (_("Stakeholders"), f.stakeholders),
        ]),
    ]


def outcome_rows(d: LetterDetail) -> list[tuple[str, str]]:
    f = d.fields
    rows = [
        (_("Response received"), _day(f.response_received_on)),
        (_("Response"), f.response_summary),
        (_("Dialogue opened"), rules.label(rules.DIALOGUE, f.dialogue_opened)),
        (_("Impact"), f.impact),
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
            f'<font color="#404040">{ps.markup(_(NOT_GIVEN))}</font>', st.td)
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
        return [Paragraph(ps.markup(_("No files are attached to this request.")), st.note)]
    status = {c.attachment_id: c.status for c in checks}
    hash_style = ParagraphStyle("hash", parent=st.td, fontSize=6.5, leading=8.5)
    data: list[list[Any]] = [[_("File"), "SHA-256", _("Check")]]
    for a in d.attachments:
        data.append([
            Paragraph(f"{ps.markup(a.filename)}<br/><font size=7 color='#404040'>"
                      f"{size_text(a.size_bytes)}</font>", st.td),
            Paragraph(a.sha256, hash_style),
            Paragraph(_(CHECK_TEXT[status.get(a.attachment_id, "")])
                      if status.get(a.attachment_id, "") in CHECK_TEXT else "", st.td),
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
    data: list[list[Any]] = [[_("Date"), _("Step"), _("Note")]]
    for t in d.timeline:
        data.append([_day(t.on), ps.cell(t.name, st.td, 60 * mm),
                     _para(t.note, st.td) if t.note else ""])
    table = Table(data, colWidths=[24 * mm, 60 * mm, width - 84 * mm], repeatRows=1,
                  splitInRow=1)
    table.setStyle(ps.table_style())
    return table


def _section(heading: str, table: Table, width: float) -> list[Any]:
    """A heading kept with its table; a table longer than half a page starts where it is."""
    st = ps.styles()
    if table.wrap(width, 1e9)[1] < 300:
        return [KeepTogether([Paragraph(ps.markup(heading), st.h1), table])]
    return [CondPageBreak(120), Paragraph(ps.markup(heading), ParagraphStyle(
        "h1_long", parent=st.h1, keepWithNext=0)), table]


def brief_story(d: LetterDetail, checks: list[AttachmentCheck], width: float,
                today: date) -> list[Any]:
    st = ps.styles()
    story: list[Any] = [
        Paragraph(ps.markup(_("Intervention letter request")), st.title),
        _para(d.fields.title, st.subtitle),
        Paragraph(ps.markup(_("{group} · brief for the SSC Network Coordinator · {day}").format(
            group=d.group_name, day=_day(today))), st.note),
        Spacer(1, 4 * mm),
    ]
    for heading, rows in field_rows(d):
        story += _section(heading, _field_table(rows, width), width)
    story.append(Paragraph(ps.markup(_("Attachments")), st.h1))
    story.extend(_attachment_table(d, checks, width))
    story.append(Paragraph(ps.markup(_("Steps so far")), st.h1))
    story.append(_timeline_table(d, width))
    outcome = outcome_rows(d)
    if outcome:
        story += _section(_("Outcome"), _field_table(outcome, width), width)
    if d.fields.notes:
        story.append(Paragraph(ps.markup(_("Notes")), st.h1))
        story.append(_para(d.fields.notes, st.body))
    return story


def all_texts(d: LetterDetail) -> list[str]:
    texts = [value for _h, rows in field_rows(d) for _label, value in rows]
    texts += [value for _label, value in outcome_rows(d)]
    texts += [a.filename for a in d.attachments] + [t.note for t in d.timeline]
    return texts + [d.fields.notes]


def write_brief(path: Path, d: LetterDetail, checks: list[AttachmentCheck], *,
                today: date, paper: str = "a4", language: str | None = None) -> BriefResult:
    """Write the brief through a temporary file, so a failure leaves nothing behind; in
    `language` (en, fr or es; None: the app's current language)."""
    with using_language(language), part_file(path) as part:
        doc = ps.ReportDocument(str(part), paper=paper, header_left=d.group_name,
                                header_right=_("Letter request brief"),
                                title=_("Letter request: {title}").format(title=d.fields.title),
                                author=d.requested_by or d.group_name, generated=today)
        doc.build(brief_story(d, checks, doc.width, today))
    return BriefResult(path, tuple(ps.unprintable(all_texts(d))))


def write_brief_for(db: Database, letter_id: str, path: Path, *, today: date | None = None,
                    paper: str = "a4", language: str | None = None) -> BriefResult:
    """The brief of one request, with its attachments checked as it is written, in
    `language` (en, fr or es; None: the app's current language)."""
    today = today or date.today()
    with using_language(language):
        detail = svc.letter_detail(db, letter_id, today=today)
        checks = letter_files.verify_attachments(db, letter_id)
        return write_brief(path, detail, checks, today=today, paper=paper)
