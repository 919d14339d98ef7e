"""The sections of the quarterly report, each a list of platypus flowables.

A section whose data are empty prints one sentence that says so; nothing is invented.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Table

from .. import formats
from ..domain import privacy
from ..domain.reference_names import document_title, status_name
from ..formats import number, percent, short_date
from ..i18n import _, ngettext
from ..services.reporting_dto import (
    Balance,
    MembershipFigures,
    QuarterlyFigures,
    Renewal,
    TargetFigures,
)
from .pdf_style import (
    BOLD,
    MAX_CELL_HEIGHT,
    REGULAR,
    ZEBRA,
    cell,
    fit,
    is_printable,
    markup,
    styles,
    table_style,
)
from .pdf_tables import CELL_PADDING, PagedTable, TextTable
from .report_charts import bar_chart, status_chart

STAGES = {"proposed": "pipeline", "invited": "pipeline", "accepted": "pipeline",
          "active": "active"}


def day(d: date | None) -> str:
    """The report's one date style: '30 Sep 2025', '30 sept. 2025', '30 sept 2025'."""
    return short_date(d) if d else "–"


def num(n: int) -> str:
    """A count as the reader's language writes it: 1,234 · 1 234 · 1234."""
    return number(n)


def signed(n: int) -> str:
    if not n:
        return "0"
    return ("+" if n > 0 else "-") + number(abs(n))


def pct(n: int | None, total: int) -> str:
    if n is None:
        return ""
    return percent(n / total) if total else "–"


def quarter_name(code: str) -> str:
    """A quarter code (2025-Q3) as the reader's language names it: 2025-Q3, T3 2025, T3 2025."""
    return formats.quarter(code)


def p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(markup(text), getattr(styles(), style))


@functools.cache
def _flow_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    # keepWithNext would glue a heading to a whole long table and push both to the next
    # page, leaving a blank half page; a conditional page break does the job instead.
    st = styles()
    return (ParagraphStyle("h1flow", parent=st.h1, keepWithNext=0),
            ParagraphStyle("h2flow", parent=st.h2, keepWithNext=0))


def heading(text: str) -> list[Any]:
    return [CondPageBreak(110), Paragraph(markup(text), _flow_styles()[0])]


def subheading(text: str) -> list[Any]:
    return [CondPageBreak(80), Paragraph(markup(text), _flow_styles()[1])]


@functools.cache
def _bold_body() -> ParagraphStyle:
    return ParagraphStyle("body_bold", parent=styles().body, fontName=BOLD)


@functools.cache
def _compact() -> tuple[ParagraphStyle, ParagraphStyle]:
    st = styles()
    return (ParagraphStyle("td8", parent=st.td, fontSize=8, leading=10),
            ParagraphStyle("td8r", parent=st.td_right, fontSize=8, leading=10))


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
               numeric: Sequence[int] = (), compact: bool = False) -> PagedTable:
    """A house table that splits across pages with its header repeated."""
    st = styles()
    td, td_right = _compact() if compact else (st.td, st.td_right)
    head = [cell(h, st.th, w) for h, w in zip(header, widths, strict=True)]
    column_styles = [td_right if i in numeric else td for i in range(len(widths))]
    body = [[cell(v, column_styles[i], widths[i]) if isinstance(v, str) else v
             for i, v in enumerate(row)] for row in rows]
    style = table_style(numeric, zebra=False)
    # Plain-string cells take the table's font: the same size and leading as td.
    style.add("FONT", (0, 1), (-1, -1), td.fontName, td.fontSize, td.leading)
    return PagedTable(head, body, widths, style, leading=td.leading,
                      header_leading=st.th.leading, zebra=(colors.white, ZEBRA))


def key_figures(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label / figure pairs in two columns of pairs: the at-a-glance block."""
    st = styles()
    label, figure = st.body, _bold_body()
    half = (len(pairs) + 1) // 2
    left, right = list(pairs[:half]), list(pairs[half:])
    right += [("", "")] * (half - len(right))
    col = width / 2
    widths = [col * 0.72, col * 0.28, col * 0.72, col * 0.28]
    # cell() keeps room for 8 points of padding; these cells have 12 (figures: 20).
    rows = [[cell(a, label, widths[0] - 4), cell(b, figure, widths[1] - 12),
             cell(c, label, widths[2] - 4), cell(d, figure, widths[3] - 12)]
            for (a, b), (c, d) in zip(left, right, strict=True)]
    table = TextTable(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (0, 0), (-1, -1), label.fontName, label.fontSize, label.leading),
                    ("FONT", (1, 0), (1, -1), figure.fontName, figure.fontSize, figure.leading),
                    ("FONT", (3, 0), (3, -1), figure.fontName, figure.fontSize, figure.leading),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#bbbbbb"),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                    ("RIGHTPADDING", (1, 0), (1, -1), 14),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    return table


def renewal_text(r: Renewal) -> str:
    """'337 joined the new term, 445 memberships of the old term ended'."""
    joined = ngettext("{n} joined the new term", "{n} joined the new term", r.joined_new)
    ended = ngettext("{n} membership of the old term ended",
                     "{n} memberships of the old term ended", r.ended_old)
    return _("{joined}, {ended}").format(joined=joined.format(n=num(r.joined_new)),
                                         ended=ended.format(n=num(r.ended_old)))


def at_risk_text(t: TargetFigures) -> str:
    """'3 of 12', or in words when there are no targets to count."""
    if not t.rows:
        return _("no targets yet")
    at_risk = sum(c.count or 0 for c in t.by_status if c.code in ("at_risk", "off_track"))
    return _("{n} of {total}").format(n=num(at_risk), total=num(len(t.rows)))


def changeover_text(m: MembershipFigures, as_of: date) -> str:
    """A quarter across a changeover, in two sentences; empty for a quarter of one term."""
    if m.renewal is None:
        return ""
    terms = "; ".join(_("{term}: {n} memberships, {active} validated").format(
        term=c.code, n=num(c.memberships), active=num(c.active)) for c in m.by_term)
    return _("The quarter spans the renewal into {term}: {renewal}. At {day}, {terms}.").format(
        term=m.renewal.new_code, renewal=renewal_text(m.renewal), day=day(as_of), terms=terms)


def membership(f: QuarterlyFigures, width: float) -> list[Any]:
    m = f.membership
    out = heading(_("Membership at a glance"))
    change = m.active_at_end - m.active_at_start
    out.append(key_figures([
        (_("Members at {day}").format(day=day(f.starts_on - timedelta(days=1))),
         num(m.active_at_start)),
        (_("Members at {day}").format(day=day(f.as_of)), num(m.active_at_end)),
        (_("Change over the quarter"), signed(change)),
        (_("Joined (validated) in the quarter"), num(m.joined)),
        (_("Left the group in the quarter"), num(m.left)),
        (_("All memberships of the term"), num(sum(c.count or 0 for c in m.by_status))),
    ], width))
    if m.renewal is not None:
        out.append(p(changeover_text(m, f.as_of)))
    out.append(p(_("Members are validated memberships. Figures come from the dated history: "
                   "each membership counts with the status it had on the day."), "note"))
    if m.by_status:
        out += subheading(_("Memberships by status"))
        out.append(status_chart([c.label for c in m.by_status],
                                [c.count or 0 for c in m.by_status],
                                [STAGES.get(c.code, "ended") for c in m.by_status], width))
    if m.active_at_end:
        out.append(KeepTogether([Paragraph(markup(_("Members by statutory region")),
                                           _flow_styles()[1]),
                                 bar_chart([c.label for c in m.by_region],
                                           [c.count or 0 for c in m.by_region], width)]))
    else:
        out.append(p(_("The group had no validated members at the end of the quarter.")))
    out += subheading(_("Joined during the quarter"))
    if m.joiners:
        out.append(data_table([_("Member"), _("Validated on")],
                              [[j.name, day(j.on)] for j in m.joiners],
                              [width * 0.7, width * 0.3]))
    else:
        out.append(p(_("Nobody joined the group this quarter.")))
    out += subheading(_("Left during the quarter"))
    if m.leavers:
        out.append(data_table([_("Member"), _("Reason"), _("On")],
                              [[v.name, v.status_name, day(v.on)] for v in m.leavers],
                              [width * 0.5, width * 0.3, width * 0.2]))
    else:
        out.append(p(_("Nobody left the group this quarter.")))
    return out


def _balance_table(title: str, b: Balance, width: float) -> list[Any]:
    rows = [[c.label, num(c.count) if c.count is not None else _("not shown"),
             pct(c.count, b.total)] for c in b.rows]
    return [Paragraph(markup(title), _flow_styles()[1]),
            data_table([_("Category"), _("Members"), _("Share")], rows,
                       [width * 0.5, width * 0.3, width * 0.2], numeric=(1, 2))]


def balance(f: QuarterlyFigures, width: float) -> list[Any]:
    out = heading(_("Gender and age balance"))
    if f.gender.total == 0:
        return out + [p(_("There were no validated members at the end of the quarter, so "
                          "no balance can be shown."))]
    if not (f.gender.shown and f.age.shown):
        return out + [p(privacy.withheld_sentence(f.gender if not f.gender.shown else f.age))]
    half = (width - 18) / 2
    grid = Table([[_balance_table(_("Gender"), f.gender, half),
                   _balance_table(_("Age"), f.age, half)]],
                 colWidths=[half + 18, half], hAlign="LEFT")
    # FONT too: a table without one sets reportlab's unembedded Helvetica for its cells.
    grid.setStyle([("FONT", (0, 0), (-1, -1), REGULAR),
                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("RIGHTPADDING", (0, 0), (0, -1), 18), ("RIGHTPADDING", (1, 0), (1, -1), 0)])
    out.append(grid)
    note = _("Aggregates of the {total} validated members; gender and age band are "
             "optional, private fields.").format(total=num(f.gender.total))
    withheld = privacy.withheld_sentence(f.gender) or privacy.withheld_sentence(f.age)
    out.append(p(f"{note} {withheld}".strip(), "note"))
    return out


def invitations(f: QuarterlyFigures, width: float) -> list[Any]:
    i = f.invitations
    out = heading(_("Invitations"))
    if not (i.sent or i.accepted or i.declined or i.expired or i.outstanding):
        return out + [p(_("No invitations were sent, answered or outstanding this quarter."))]
    out.append(key_figures([
        (_("Invitations sent in the quarter"), num(i.sent)),
        (_("Accepted in the quarter"), num(i.accepted)),
        (_("Declined in the quarter"), num(i.declined)),
        (_("Expired without an answer"), num(i.expired)),
        (_("Outstanding at {day}").format(day=day(f.as_of)), num(i.outstanding)),
        (_("Of which past their deadline"), num(i.overdue)),
    ], width))
    if i.overdue_rows:
        out += subheading(_("Invitations past their deadline"))
        out.append(data_table(
            [_("Invitee"), _("Invited on"), _("Deadline"), _("Reminders"), _("Days overdue")],
            [[r.name, day(r.invited_on), day(r.deadline_on), num(r.reminders),
              num(r.days_overdue)] for r in i.overdue_rows],
            [width * 0.4, width * 0.16, width * 0.16, width * 0.13, width * 0.15],
            numeric=(3, 4)))
    elif i.outstanding:
        out.append(p(_("Every outstanding invitation was still within its deadline.")))
    return out


def onboarding(f: QuarterlyFigures, width: float) -> list[Any]:
    o = f.onboarding
    out = heading(_("Onboarding"))
    if not o.members:
        return out + [p(_("No member had accepted or been validated by the end of the "
                          "quarter."))]
    n = o.members
    out.append(data_table(
        [_("Step"), _("Members"), _("Share")],
        [[label, _("{n} of {total}").format(n=num(value), total=num(n)), pct(value, n)]
         for label, value in (
            (_("Code of Conduct accepted"), o.code_of_conduct),
            (_("Conflict of interest declared"), o.conflict_of_interest),
            (_("All required documents acknowledged"), o.all_documents),
            (_("Onboarding complete (all of the above)"), o.complete))],
        [width * 0.6, width * 0.25, width * 0.15], numeric=(1, 2)))
    out.append(p(_("Over the {n} accepted or validated members; each member's documents "
                   "follow from their roles (the Guide's checklist).").format(n=num(n)),
                 "note"))
    if o.documents:
        out += subheading(_("Documents acknowledged"))
        out.append(data_table(
            [_("No."), _("Document"), _("Must read"), _("Have read"), _("Share")],
            [[str(d.number), document_title(d.number) or d.title, num(d.required),
              num(d.acknowledged), pct(d.acknowledged, d.required)] for d in o.documents],
            [width * 0.06, width * 0.58, width * 0.12, width * 0.13, width * 0.11],
            numeric=(0, 2, 3, 4)))
    return out


def _progress(t) -> str:
    if t.is_milestone:
        return _("Milestone done") if t.milestone_done else _("Milestone open")
    current = value_text(t.current_value) if t.current_value is not None else "–"
    target = value_text(t.target_value)
    if t.unit:
        text = _("{current} of {target} {unit}").format(current=current, target=target,
                                                         unit=t.unit)
    else:
        text = _("{current} of {target}").format(current=current, target=target)
    if t.baseline:
        text = _("{progress} (from {baseline})").format(progress=text,
                                                        baseline=value_text(t.baseline))
    if t.fraction is not None:
        text += " · " + percent(t.fraction)
    return text


def targets(f: QuarterlyFigures, width: float) -> list[Any]:
    t = f.targets
    out = heading(_("Species Strategic Plan targets"))
    if not t.rows:
        return out + [p(_("No targets have been recorded for the {quadrennium} quadrennium.")
                        .format(quadrennium=f.quadrennium))]
    terms = list(dict.fromkeys(r.quadrennium for r in t.rows))
    if len(terms) > 1:
        out.append(p(_("The quarter spans two quadrennia: the targets of {old} and of {new} "
                       "are listed, each with its updates up to the quarter.").format(
            old=terms[0], new=terms[-1])))
    summary = "; ".join(f"{c.label.lower()} {num(c.count or 0)}" for c in t.by_status)
    out.append(p(_("{count} targets: {summary}. {updated} of them were updated for {quarter}. "
                   "Status and value are those of each target's latest update up to "
                   "{quarter}.").format(count=num(len(t.rows)), summary=summary,
                                        updated=num(t.updated_in_quarter),
                                        quarter=quarter_name(f.quarter))))
    st = styles()
    widths = [width * w for w in (0.08, 0.36, 0.17, 0.17, 0.12, 0.10)]
    room = widths[1] - CELL_PADDING
    small = ParagraphStyle("narrative", parent=st.td, fontSize=7.5)
    rows = []
    for r in t.rows:
        # Title and narrative share one cell: each may take half of its height.
        text = f"<b>{markup(fit(r.title, st.td, room, MAX_CELL_HEIGHT / 2))}</b>"
        if r.narrative:
            narrative = fit(r.narrative, small, room, MAX_CELL_HEIGHT / 2)
            text += f"<br/><font size=7.5 color='#404040'>{markup(narrative)}</font>"
        focal = r.focal_point or _("none named")
        if r.focal_point_left:
            focal = _("{name} (no longer a member)").format(name=focal)
        status = f"{r.status_symbol} {r.status_name}"
        ksr = _("KSR {number}").format(number=r.ksr_number)
        if len(terms) > 1:
            ksr = Paragraph(f"{r.quadrennium}<br/>{ksr}", st.td)
        rows.append([ksr, Paragraph(text, st.td), focal, _progress(r),
                     status, quarter_name(r.last_quarter) if r.last_quarter else _("never")])
    out.append(data_table([_("KSR"), _("Target"), _("Focal point"), _("Progress"), _("Status"),
                           _("Updated")], rows, widths))
    out.append(p(_("Status symbols print without colour: ● on track, ▲ at risk, ✖ off track, "
                   "★ achieved, — dropped, ○ no update yet."), "note"))
    return out


def letters(f: QuarterlyFigures, width: float) -> list[Any]:
    lt = f.letters
    out = heading(_("Intervention letters"))
    if not lt.rows and not (lt.opened or lt.sent or lt.answered):
        return out + [p(_("No intervention letters were requested this quarter, and none "
                          "was open."))]
    out.append(key_figures([
        (_("Requests opened in the quarter"), num(lt.opened)),
        (_("Letters sent to the addressee"), num(lt.sent)),
        (_("Responses received"), num(lt.answered)),
        (_("Open at {day}").format(day=day(f.as_of)), num(lt.open_at_end)),
        (_("Overdue for follow-up"), num(lt.overdue)),
    ], width))
    if lt.rows:
        out += subheading(_("Requests open or active in the quarter"))
        out.append(data_table(
            [_("Request"), _("Addressee"), _("State at quarter end"), _("Requested"),
             _("Follow-up")],
            [[_("{title} — {species}").format(title=r.title, species=r.species)
              if r.species else r.title, r.addressee, r.state_name,
              day(r.requested_on), _follow_up(r.follow_up_on, r.overdue)] for r in lt.rows],
            [width * w for w in (0.34, 0.22, 0.18, 0.12, 0.14)]))
    return out


def _follow_up(on: date | None, overdue: bool) -> str:
    if on is None:
        return "–"
    return _("{day} (overdue)").format(day=day(on)) if overdue else day(on)


def roster(f: QuarterlyFigures, width: float) -> list[Any]:
    out = heading(_("Roster appendix"))
    if not f.roster:
        return out + [p(_("The group had no accepted or validated members at the end of the "
                          "quarter."))]
    out.append(p(_("The {count} accepted and validated members at {day}, by family name.")
                 .format(count=num(len(f.roster)), day=day(f.as_of)), "note"))
    rows = []
    for i, r in enumerate(f.roster, 1):
        name = r.name
        # The form as written is an extra; when no font here prints its script, the
        # Latin form stands alone (the app's warning names it) rather than a garbled copy.
        if r.name_as_written and is_printable(r.name_as_written):
            name = f"{r.name} · {r.name_as_written}"
        roles = r.roles
        if r.status_name == status_name("accepted"):
            roles = "; ".join(x for x in (roles, _("awaiting validation")) if x)
        rows.append([str(i), name, r.country, r.region, roles])
    # Widths fit the longest region and most countries on one line at 8 pt: fewer
    # wrapped cells make a 10,000-name appendix both shorter and faster to lay out.
    # The number column grows with the last number (a 4-digit one split over two lines
    # would double every row's height); the name column gives up the room.
    widths = [width * w for w in (0.05, 0.285, 0.185, 0.318, 0.162)]
    last = _compact()[1]
    number = stringWidth(str(len(rows)), last.fontName, last.fontSize) + CELL_PADDING + 1
    if number > widths[0]:
        widths[1] -= number - widths[0]
        widths[0] = number
    out.append(data_table(["#", _("Name"), _("Country"), _("Region"), _("Roles")], rows,
                          widths, numeric=(0,), compact=True))
    return out


SECTION_BUILDERS = {
    "membership": membership, "balance": balance, "invitations": invitations,
    "onboarding": onboarding, "targets": targets, "letters": letters, "roster": roster,
}


def value_text(value: float | None) -> str:
    """A target's value as the reader's language writes numbers, to two decimals at most."""
    return "" if value is None else number(round(value, 2))
