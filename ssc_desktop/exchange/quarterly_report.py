"""The quarterly report PDF: a cover, the chosen sections and an optional roster appendix.

``write_quarterly_report(figures, target, options)`` prints figures already computed by
``services.reporting.quarterly_figures`` (so what is printed is what was queried);
``quarterly_report(db, group_id, quarter, target, options)`` does both.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from ..domain.errors import UserError
from ..domain.privacy import THRESHOLD
from ..domain.progress import NO_PROGRESS, Progress
from ..i18n import _
from ..services.reporting import quarterly_figures
from ..services.reporting_dto import SECTION_NAMES, SECTIONS, QuarterlyFigures
from ..store.database import Database
from ..store.files import part_file
from .pdf_style import ACCENT, RULE, ReportDocument, fonts, markup, styles, unprintable
from .report_sections import (
    SECTION_BUILDERS,
    at_risk_text,
    changeover_text,
    day,
    key_figures,
    p,
    signed,
)


@dataclass(frozen=True)
class ReportOptions:
    paper: str = "a4"  # "a4" | "letter"
    sections: tuple[str, ...] = SECTIONS

    def __post_init__(self) -> None:
        unknown = [s for s in self.sections if s not in SECTION_NAMES]
        if unknown:
            raise UserError(f"'{unknown[0]}' is not a section of the quarterly report; "
                            f"choose from {', '.join(SECTIONS)}.")
        if self.paper.lower() not in ("a4", "letter"):
            raise UserError(f"Unknown paper size '{self.paper}': use a4 or letter.")


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
    shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5
                                     else "")
    return (f"{len(missing)} name(s) use a script no font on this computer can print "
            f"({shown}); they are printed in Latin letters only (transliterated where no "
            "Latin form is recorded). Chinese, "
            "Japanese and Korean print as written once a CJK font is installed (e.g. "
            "WenQuanYi Zen Hei; on Debian/Ubuntu: fonts-wqy-zenhei).",)


def _cover(f: QuarterlyFigures, options: ReportOptions, width: float) -> list[Any]:
    st = styles()
    out: list[Any] = [Spacer(1, 30),
                      Paragraph("QUARTERLY REPORT · IUCN SPECIES SURVIVAL COMMISSION",
                                st.small),
                      Spacer(1, 6), Paragraph(markup(f.group_name), st.title),
                      Paragraph(f"{f.quarter} · {day(f.starts_on)} – {day(f.ends_on)}",
                                st.subtitle),
                      HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=4,
                                 spaceAfter=10)]
    if f.membership.renewal is not None:
        r = f.membership.renewal
        out.append(p(_("Quadrennia {old} and {new}").format(old=r.old_code, new=r.new_code)))
    else:
        out.append(p(f"Quadrennium {f.quadrennium}"))
    if f.chairs:
        out.append(p("; ".join(f.chairs)))
    else:
        out.append(p("No chair was recorded for the group at the end of the quarter."))
    out.append(p(f"Generated on {day(f.generated_on)} with SSC Desktop.", "note"))
    if not f.complete_quarter:
        out.append(p(f"The quarter is not over yet: figures are as of {day(f.as_of)}.",
                     "note"))
    m, t = f.membership, f.targets
    out += [Spacer(1, 16), Paragraph("Key figures", st.h2), key_figures([
        (f"Members at {day(f.as_of)}", f"{m.active_at_end:,}"),
        ("Change over the quarter", signed(m.active_at_end - m.active_at_start)),
        ("Joined / left in the quarter", f"{m.joined:,} / {m.left:,}"),
        ("Invitations past their deadline", f"{f.invitations.overdue:,}"),
        ("Targets at risk or off track", at_risk_text(t)),
        ("Letters overdue for follow-up", f"{f.letters.overdue:,}"),
    ], width)]
    if m.renewal is not None:
        out += [Spacer(1, 6), p(changeover_text(m, f.as_of))]
    out += [Spacer(1, 16), Paragraph("Contents", st.h2)]
    for number, code in enumerate(options.sections, 1):
        out.append(Paragraph(f"{number}. {SECTION_NAMES[code]}", st.body))
    out += [Spacer(1, 20), HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=4),
            p(_("Prepared from the group's own records in SSC Desktop. Gender and age appear "
                "only as aggregates: categories of fewer than {k} people are combined, and "
                "none is shown when it could single someone out.").format(k=THRESHOLD),
              "small")]
    return out


def write_quarterly_report(figures: QuarterlyFigures, target: str | Path | BinaryIO,
                           options: ReportOptions = ReportOptions(),
                           progress: Progress = NO_PROGRESS) -> ReportResult:
    """Print the figures to target (a path or a binary file object)."""
    if isinstance(target, str | Path):  # through a private .part file, renamed when whole
        with part_file(Path(target)) as part:
            return _write(figures, part, options, progress, shown=Path(target))
    return _write(figures, target, options, progress, shown=None)


def _write(figures: QuarterlyFigures, target: Path | BinaryIO, options: ReportOptions,
           progress: Progress, *, shown: Path | None) -> ReportResult:
    fonts()
    progress.step(0, 3, "Laying out the report")
    doc = ReportDocument(
        str(target) if isinstance(target, Path) else target, paper=options.paper,
        header_left=figures.group_name, header_right=f"Quarterly report {figures.quarter}",
        title=f"{figures.group_name}: quarterly report {figures.quarter}",
        author="; ".join(c.split(": ", 1)[-1] for c in figures.chairs) or "SSC Desktop",
        generated=figures.generated_on)
    story: list[Any] = _cover(figures, options, doc.width)
    story.append(PageBreak())
    for code in options.sections:
        if code == "roster" and len(story) > 2:
            story.append(PageBreak())
        story += SECTION_BUILDERS[code](figures, doc.width)
    progress.step(1, 3, "Writing the PDF")
    try:
        doc.build(story)
    except OSError as exc:
        raise UserError(f"The report could not be written to {shown} ({exc.strerror or exc})"
                        "; choose another file or folder.") from exc
    progress.step(3, 3, "Report ready")
    return ReportResult(doc.page_count, figures, font_warnings(figures, options.sections))


def quarterly_report(db: Database, group_id: str, quarter: str,
                     target: str | Path | BinaryIO,
                     options: ReportOptions = ReportOptions(), *, today: date | None = None,
                     progress: Progress = NO_PROGRESS) -> ReportResult:
    """Query the figures, then print them."""
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
