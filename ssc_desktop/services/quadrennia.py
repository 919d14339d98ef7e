"""Quadrennia as reference data a chair can extend: the next term, once the Congress that
closes the current one is known (the shipped list cannot know future Congresses)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.errors import RuleRefused
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.models import Quadrennium
from ..store.queries import roster as q
from .dto import Change


@dataclass(frozen=True, slots=True)
class TermSuggestion:
    code: str
    starts_on: date
    ends_on: date


def suggest_next(db: Database) -> TermSuggestion:
    """The term after the latest: starts the day after it, four years, code by years."""
    with db.reading() as s:
        last = q.quadrennia(s)[-1]
    starts = last.ends_on + timedelta(days=1)
    first_year = int(last.code[-4:]) + 1 if re.fullmatch(r"\d{4}-\d{4}", last.code) \
        else starts.year
    return TermSuggestion(f"{first_year}-{first_year + 3}", starts,
                          date(first_year + 3, 12, 31))


def add_quadrennium(db: Database, code: str, starts_on: date, ends_on: date,
                    congress: str = "") -> Change:
    """Add the term after the latest one; it must follow it without a gap or an overlap."""
    code = code.strip()
    if not re.fullmatch(r"\d{4}-\d{4}", code):
        raise RuleRefused(_("'{code}' is not a quadrennium code like 2030-2033; write the "
                            "first and last year with a hyphen.").format(code=code))
    if ends_on <= starts_on:
        raise RuleRefused(_("{code} would end on {end}, before it starts on {start}; choose a "
                            "later end date.").format(code=code, end=ends_on.isoformat(),
                                                      start=starts_on.isoformat()))
    with db.transaction(Label(N_("Add quadrennium {code}"), code=code)) as tx:
        s = tx.session
        terms = q.quadrennia(s)
        if any(t.code == code for t in terms):
            raise RuleRefused(_("The quadrennium {code} already exists.").format(code=code))
        last = terms[-1]
        if starts_on != last.ends_on + timedelta(days=1):
            raise RuleRefused(_(
                "{code} must start on {day}, the day after {last} ends, so that every day "
                "belongs to one quadrennium.").format(
                code=code, day=(last.ends_on + timedelta(days=1)).isoformat(), last=last.code))
        s.add(Quadrennium(code=code, starts_on=starts_on, ends_on=ends_on,
                          congress=congress.strip()))
    return Change(tx.batch_id, _("Added the quadrennium {code} ({start} to {end})").format(
        code=code, start=starts_on.isoformat(), end=ends_on.isoformat()), None)
