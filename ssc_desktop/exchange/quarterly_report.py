"""The quarterly report PDF: a cover, the chosen sections and an optional roster appendix.

``write_quarterly_report(figures, target, options)`` prints figures already computed by
``services.reporting.quarterly_figures`` (so what is printed is what was queried);
``quarterly_report(db, group_id, quarter, target, options)`` does both.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from ..domain.errors import UserError
from ..domain.privacy import THRESHOLD
from ..domain.progress import NO_PROGRESS, Progress
from ..domain.reference_names import ksr_translation_note
from ..i18n import _, check_language, using_language
from ..services.reporting import quarterly_figures
from ..services.reporting_dto import SECTION_NAMES, SECTIONS, QuarterlyFigures
from ..services.storage import Database, part_file
from .pdf_style import ACCENT, RULE, ReportDocument, fonts, markup, styles, unprintable
from .report_sections import (
    SECTION_BUILDERS,
    at_risk_text,
    changeover_text,
    day,
    key_figures,
    num,
    p,
    quarter_name,
    signed,
)


@dataclass(frozen=True)
class ReportOptions:
    paper: str = "a4"  # "a4" | "letter"
    sections: tuple[str, ...] = SECTIONS
    language: str | None = None  # en, fr or es; None: the app's current language

    def __post_init__(self) -> None:
        unknown = [s for s in self.sections if s not in SECTION_NAMES]
        if unknown:
            raise UserError(_("'{section}' is not a section of the quarterly report; choose "
                              "from {sections}.").format(section=unknown[0],
                                                         sections=", ".join(SECTIONS)))
        if self.paper.lower() not in ("a4", "letter"):
            raise UserError(_("Unknown paper size '{paper}': use a4 or letter.").format(
                paper=self.paper))
        if self.language is not None:
            check_language(self.language)


@dataclass(frozen=True)
class ReportResult:
    pages: int
    figures: QuarterlyFigures
    warnings: tuple[str, ...] = field(default=())  # sentences to show the user


def names_in(figures: QuarterlyFigures, sections: Iterable[str]) -> list[str]:
    """Every personal name the chosen sections print."""
    chosen = set(sections)
    names = [c.split(": ", 1)[-1] for c in figures.chairs]
    if "membership" in chosen:
        names += [m.name for m in figures.membership.joiners + figures.membership.leavers]
    if "invitations" in chosen:
        names += [r.name for r in figures.invitations.overdue_rows]
    if "targets" in chosen:
        names += [t.focal_point for t in figures.targets.rows]
    if "roster" in chosen:
        names += [r.name_as_written or r.name for r in figures.roster]
    return names


def font_warnings(figures: QuarterlyFigures, sections: Iterable[str]) -> tuple[str, ...]:
    """A sentence naming the names no font on this computer can print, if any."""
    missing = sorted(set(unprintable(names_in(figures, sections))))
    if not missing:
        return ()
    shown = ", ".join(missing[:5])
    if len(missing) > 5:
        shown = _("{names} and {count} more").format(names=shown, count=len(missing) - 5)
    return (_("{count} name(s) use a script no font on this computer can print ({names}); "
              "they are printed in Latin letters only (transliterated where no Latin form is "
              "recorded). Chinese, Japanese and Korean print as written once a CJK font is "
              "installed (e.g. WenQuanYi Zen Hei; on Debian/Ubuntu: fonts-wqy-zenhei).").format(
                  count=len(missing), names=shown),)


def _cover(f: QuarterlyFigures, options: ReportOptions, width: float) -> list[Any]:
    st = styles()
    out: list[Any] = [Spacer(1, 30),
                      Paragraph(markup(_("QUARTERLY REPORT · IUCN SPECIES SURVIVAL "
                                         "COMMISSION")), st.small),
                      Spacer(1, 6), Paragraph(markup(f.group_name), st.title),
                      Paragraph(markup(f"{quarter_name(f.quarter)} · {day(f.starts_on)} – "
                                       f"{day(f.ends_on)}"), st.subtitle),
                      HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=4,
                                 spaceAfter=10)]
    if f.membership.renewal is not None:
        r = f.membership.renewal
        out.append(p(_("Quadrennia {old} and {new}").format(old=r.old_code, new=r.new_code)))
    else:
        out.append(p(_("Quadrennium {code}").format(code=f.quadrennium)))
    if f.chairs:
        out.append(p("; ".join(f.chairs)))
    else:
        out.append(p(_("No chair was recorded for the group at the end of the quarter.")))
    out.append(p(_("Generated on {day} with SSC Desktop.").format(day=day(f.generated_on)),
                 "note"))
    if not f.complete_quarter:
        out.append(p(_("The quarter is not over yet: figures are as of {day}.").format(
            day=day(f.as_of)), "note"))
    m, t = f.membership, f.targets
    out += [Spacer(1, 16), Paragraph(markup(_("Key figures")), st.h2), key_figures([
        (_("Members at {day}").format(day=day(f.as_of)), num(m.active_at_end)),
        (_("Change over the quarter"), signed(m.active_at_end - m.active_at_start)),
        (_("Joined / left in the quarter"), f"{num(m.joined)} / {num(m.left)}"),
        (_("Invitations past their deadline"), num(f.invitations.overdue)),
        (_("Targets at risk or off track"), at_risk_text(t)),
        (_("Letters overdue for follow-up"), num(f.letters.overdue)),
    ], width)]
    if m.renewal is not None:
        out += [Spacer(1, 6), p(changeover_text(m, f.as_of))]
    out += [Spacer(1, 16), Paragraph(markup(_("Contents")), st.h2)]
    for number, code in enumerate(options.sections, 1):
        out.append(Paragraph(markup(f"{number}. {_(SECTION_NAMES[code])}"), st.body))
    note = ksr_translation_note()
    if note and "targets" in options.sections:
        out.append(p(note, "note"))
    out += [Spacer(1, 20), HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=4),
            p(_("Prepared from the group's own records in SSC Desktop. Gender and age appear "
                "only as aggregates: categories of fewer than {k} people are combined, and "
                "none is shown when it could single someone out.").format(k=THRESHOLD),
              "small")]
    return out


def write_quarterly_report(figures: QuarterlyFigures, target: str | Path | BinaryIO,
                           options: ReportOptions = ReportOptions(),
                           progress: Progress = NO_PROGRESS) -> ReportResult:
    """Print the figures to target (a path or a binary file object), in options.language.

    Names the figures carry (statuses, regions, roles) are in the language they were
    computed in: `quarterly_report` computes and prints in one language."""
    with using_language(options.language):
        if isinstance(target, str | Path):  # through a private .part file, renamed when whole
            with part_file(Path(target)) as part:
                result = _write(figures, part, options, progress, shown=Path(target))
        else:
            result = _write(figures, target, options, progress, shown=None)
    # The warnings are for whoever made the report: in the app's language, not the report's.
    return replace(result, warnings=font_warnings(figures, options.sections))


def _write(figures: QuarterlyFigures, target: Path | BinaryIO, options: ReportOptions,
           progress: Progress, *, shown: Path | None) -> ReportResult:
    fonts()
    progress.step(0, 3, _("Laying out the report"))
    quarter = quarter_name(figures.quarter)
    doc = ReportDocument(
        str(target) if isinstance(target, Path) else target, paper=options.paper,
        header_left=figures.group_name,
        header_right=_("Quarterly report {quarter}").format(quarter=quarter),
        title=_("{group}: quarterly report {quarter}").format(group=figures.group_name,
                                                              quarter=quarter),
        author="; ".join(c.split(": ", 1)[-1] for c in figures.chairs) or "SSC Desktop",
        generated=figures.generated_on)
    story: list[Any] = _cover(figures, options, doc.width)
    story.append(PageBreak())
    for code in options.sections:
        if code == "roster" and len(story) > 2:
            story.append(PageBreak())
        story += SECTION_BUILDERS[code](figures, doc.width)
    progress.step(1, 3, _("Writing the PDF"))
    try:
        doc.build(story)
    except OSError as exc:
        raise UserError(_("The report could not be written to {file} ({reason}); choose "
                          "another file or folder.").format(file=shown,
                                                            reason=exc.strerror or exc)) from exc
    progress.step(3, 3, _("Report ready"))
    return ReportResult(doc.page_count, figures)


def quarterly_report(db: Database, group_id: str, quarter: str,
                     target: str | Path | BinaryIO,
                     options: ReportOptions = ReportOptions(), *, today: date | None = None,
                     progress: Progress = NO_PROGRESS) -> ReportResult:
    """Query the figures, then print them, both in options.language (en, fr or es; None:
    the app's current language)."""
    with using_language(options.language):
        figures = quarterly_figures(db, group_id, quarter, today=today, progress=progress)
        return write_quarterly_report(figures, target, options, progress)


def quarterly_report_bytes(db: Database, group_id: str, quarter: str,
                           options: ReportOptions = ReportOptions(), *,
                           today: date | None = None,
                           progress: Progress = NO_PROGRESS) -> tuple[bytes, ReportResult]:
    """The report as bytes (for the preview) and its result."""
    buffer = io.BytesIO()
    result = quarterly_report(db, group_id, quarter, buffer, options, today=today,
                              progress=progress)
    return buffer.getvalue(), result
