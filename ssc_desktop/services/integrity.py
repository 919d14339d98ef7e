"""Is the database sound? SQLite's checks plus the roster's own rules, and its counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from ..domain.lifecycle_history import IMPORTED, Step, history_problems
from ..domain.people import AGE_BANDS, GENDERS
from ..domain.reference import reference
from ..domain.reference_names import status_name
from ..i18n import N_, _
from ..store.attachments import MISSING, MODIFIED
from ..store.backend import locate
from ..store.database import Database
from ..store.errors import DamagedDatabase
from ..store.queries import integrity as q

SHOWN_PER_KIND = 10  # a damaged file can have thousands of the same problem


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    path: Path | str  # a file, or a server address
    problems: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)  # status code -> memberships

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_file(path: str | Path) -> IntegrityReport:
    """Check a database file or server database without changing it (opened read-only,
    no lock taken).

    A file damaged at the SQLite level is reported as a problem; a file that is not an
    SSC Desktop database at all raises the store's one-sentence error.
    """
    location = locate(path)
    if location.path is None:
        with Database.open(location, read_only=True) as server_db:
            return check_database(server_db)
    path = location.path
    try:
        db = Database.open(path, read_only=True)
    except DamagedDatabase as exc:
        return IntegrityReport(path, (str(exc),))
    with db:
        return check_database(db)


def check_database(db: Database) -> IntegrityReport:
    problems: list[str] = []
    with db.reading() as s:
        quick = q.quick_check(s)
        if quick != ["ok"]:
            problems += [_("SQLite quick_check: {line}").format(
                line=line) for line in quick[:SHOWN_PER_KIND]]
        problems += _limited(_("broken reference"), [
            _("{table} row {row} points at a missing {target} row").format(
                table=r[0], row=r[1], target=r[2]) for r in q.foreign_key_check(s)])
        problems += _limited("membership", [_dangling(r) for r in q.dangling_memberships(s)])
        problems += _limited("detail", [
            _("{table} {row} belongs to a missing membership").format(table=table, row=row_id)
            for table, row_id in q.dangling_details(s)])
        problems += _unknown_codes(q.distinct_values(s))
        problems += _limited("e-mail", [
            _("{people} people share the e-mail {email} in {name} ({code})").format(
                people=r.people, email=r.email, name=r.name, code=r.code)
            for r in q.duplicate_emails(s)])
        problems += _limited("history", _history_problems(q.transition_histories(s)))
        problems += _limited("date", _date_problems(s))
        counts = q.counts(s)
        by_status = q.memberships_by_status(s)
        files = q.attachments(s)
    problems += _limited("attachment", _evidence_problems(db, files))
    return IntegrityReport(db.path or db.location.display(), tuple(problems), counts, by_status)


def _evidence_problems(db: Database, files: list[Row]) -> list[str]:
    """Every letter attachment read back against its recorded SHA-256 and size."""
    store = db.attachments()
    where = getattr(store, "folder", db.name)
    problems = []
    for filename, sha256, size, title in files:
        status = store.verify(sha256, size)
        if status == MISSING:
            problems.append(_("attachment {file} of the letter request '{title}' is missing "
                              "from {folder}").format(file=filename, title=title,
                                                      folder=where))
        elif status == MODIFIED:
            problems.append(_("attachment {file} of the letter request '{title}' was changed "
                              "or damaged (its SHA-256 no longer matches)").format(
                                  file=filename, title=title))
    return problems


def _history_problems(histories: dict[str, tuple[str, str, list[Row]]]) -> list[str]:
    out = []
    for status, who, rows in histories.values():
        steps = [Step(r.from_status, r.to_status, r.on, imported=r.note == IMPORTED)
                 for r in rows]
        for problem in history_problems(steps, status):
            out.append(_("membership of {who}: {problem}").format(who=who, problem=problem))
    return sorted(out)


def _date_problems(s: Session) -> list[str]:
    out = []
    for r in q.invitations_against_steps(s):
        if r.accepted_on is not None and r.first_sent > r.accepted_on:
            out.append(_("membership of {who}: invited on {sent}, after the acceptance on "
                         "{accepted}").format(who=r.who, sent=r.first_sent.isoformat(),
                                              accepted=r.accepted_on.isoformat()))
    for r in q.invitations_answered_before_sent(s):
        out.append(_("invitation of {who}: answered on {answered}, before it was sent on "
                     "{sent}").format(who=r.who, answered=r.responded_on.isoformat(),
                                      sent=r.sent_on.isoformat()))
    for r in q.memberships_ending_before_start(s):
        out.append(_("membership of {who}: ends on {end}, before it starts on {start}").format(
            who=r.who, end=r.ends_on.isoformat(), start=r.starts_on.isoformat()))
    return out


def _dangling(r: Row) -> str:
    missing = [what for what, value in (("person", r.person), ("group", r.group),
                                        ("quadrennium", r.term)) if value is None]
    return _("membership {id} has no {missing}").format(id=r.id, missing=' or '.join(missing))


def _limited(kind: str, problems: list[str]) -> list[str]:
    if len(problems) <= SHOWN_PER_KIND:
        return problems
    rest = len(problems) - SHOWN_PER_KIND
    more = _("... and {rest:,} more {kind} problems like these").format(rest=rest, kind=kind)
    return problems[:SHOWN_PER_KIND] + [more]


# The kinds of code _unknown_codes names, for the catalogue.
_KINDS = (N_("membership status"), N_("end reason"), N_("role"), N_("transition status"),
          N_("country of residence"), N_("nationality"), N_("region"), N_("group type"),
          N_("taxonomic set"), N_("gender"), N_("age band"))


def _unknown_codes(values: dict[str, set[str]]) -> list[str]:
    ref = reference()
    known: dict[str, Any] = {  # the labels are marked for the catalogue in _KINDS
        "membership status": ref.statuses, "end reason": ref.end_reasons, "role": ref.roles,
        "transition status": ref.statuses, "country of residence": ref.countries,
        "nationality": ref.countries, "region": ref.regions, "group type": ref.group_types,
        "taxonomic set": ref.taxonomic_sets, "gender": GENDERS, "age band": AGE_BANDS,
    }
    problems = []
    for label, used in values.items():
        for code in sorted(used - set(known[label])):
            problems.append(_("unknown {kind} code '{code}'").format(kind=_(label), code=code))
    return problems


def status_names(by_status: dict[str, int]) -> list[tuple[str, int]]:
    """(human name, count) in the life cycle's order, unknown codes last."""
    ref = reference()
    ordered = [(status_name(code), by_status[code]) for code in ref.statuses
               if code in by_status]
    return ordered + [(code, n) for code, n in sorted(by_status.items())
                      if code not in ref.statuses]
