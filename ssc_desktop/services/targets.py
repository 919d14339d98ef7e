"""Species Strategic Plan targets: list with derived progress, create, edit, record a quarter.

Every write is one transaction (one undo step). "Current member" means an *active*
membership of the target's group in the target's quadrennium that has not ended before
today, or one that ran to the end of that quadrennium ("term ended": in a past term the
people who served to its end still answer for its targets). Proposed, invited or accepted
people are not members yet, so they cannot carry a target. When a focal point's membership
ends, the target is not changed; it is flagged "needs a new focal point" until the chair
names someone else.
"""

from __future__ import annotations

from collections import defaultdict, namedtuple
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from ..domain import targets as rules
from ..domain.errors import RuleRefused, ValidationFailed
from ..domain.people import Problem, display_name, fold
from ..domain.reference import reference
from ..i18n import N_, _
from ..labels import Label
from ..store.conflicts import changed_elsewhere
from ..store.database import Database
from ..store.errors import NotFound
from ..store.models import Group, Quadrennium, Target, TargetUpdate
from ..store.queries import targets as q
from . import field_limits
from .dto import Change
from .target_dto import FocalPointChoice, KsrInfo, TargetDetail, TargetRow, UpdateInfo


def list_ksrs(db: Database, quadrennium_id: str) -> list[KsrInfo]:
    with db.reading() as s:
        return [KsrInfo(k.id, k.number, k.objective_code, k.objective_name, k.title,
                        k.provisional) for k in q.ksrs_of(s, quadrennium_id)]


def list_targets(db: Database, group_id: str, quadrennium_id: str | None,
                 today: date | None = None) -> list[TargetRow]:
    """Every target of a group in a term (all terms when None), with derived fields."""
    today = today or date.today()
    with db.reading() as s:
        raw = q.target_rows(s, group_id, quadrennium_id)
        updates = q.updates_of_group(s, group_id, quadrennium_id)
        members = _current_members(s, raw, today)
    return _build_rows(raw, updates, members, today)


def targets_for_focal_point(db: Database, person_id: str,
                            today: date | None = None) -> list[TargetRow]:
    """The targets a person is focal point for, in every group and term, latest term first."""
    today = today or date.today()
    with db.reading() as s:
        raw = q.target_rows_of_focal_point(s, person_id)
        updates = q.updates_of(s, [r.id for r in raw])
        members = _current_members(s, raw, today)
    rows = _build_rows(raw, [_facts_row(u) for u in updates], members, today)
    return sorted(rows, key=lambda r: (r.quadrennium, -r.objective_order, -r.ksr_number),
                  reverse=True)


def people_needing_focal_point_replacement(db: Database, group_id: str,
                                           quadrennium_id: str | None = None,
                                           today: date | None = None) -> dict[str, int]:
    """person id -> number of the group's targets they still carry although their
    membership has ended (for the roster's "needs a new focal point" flag)."""
    today = today or date.today()
    with db.reading() as s:
        return q.focal_points_not_serving(s, group_id, quadrennium_id, today)


def list_updates(db: Database, group_id: str, quadrennium_id: str | None
                 ) -> dict[str, dict[str, UpdateInfo]]:
    """target id -> quarter -> its update, for every target of a group in a term."""
    with db.reading() as s:
        rows = q.updates_of_group(s, group_id, quadrennium_id, with_ids=True)
    out: dict[str, dict[str, UpdateInfo]] = defaultdict(dict)
    for target_id, quarter, value, done, status, text, update_id, links in rows:
        out[target_id][quarter] = UpdateInfo(update_id, quarter, value, done, text, status,
                                             links)
    return dict(out)


def target_detail(db: Database, target_id: str, today: date | None = None) -> TargetDetail:
    today = today or date.today()
    with db.reading() as s:
        raw = q.target_rows_by_ids(s, [target_id])
        if not raw:
            raise NotFound(_("That target no longer exists. Reload the targets page."))
        updates = q.updates_of(s, [target_id])
        members = _current_members(s, raw, today)
    row = _build_rows(raw, [_facts_row(u) for u in updates], members, today)[0]
    infos = sorted((UpdateInfo(u.id, u.quarter, u.value, u.milestone_done, u.narrative,
                               u.status, u.evidence_links) for u in updates),
                   key=lambda u: rules.parse_quarter(u.quarter), reverse=True)
    return TargetDetail(row, tuple(infos))


def focal_point_candidates(db: Database, group_id: str, quadrennium_id: str,
                           today: date | None = None) -> list[FocalPointChoice]:
    """Current members of the group in the term, by name, as focal point choices."""
    today = today or date.today()
    with db.reading() as s:
        rows = q.current_members(s, group_id, quadrennium_id, today)
    choices = [FocalPointChoice(r.id, display_name(r.given_names, r.family_name), r.email or "",
                                (f"{r.given_names} {r.family_name}".strip(),
                                 r.name_as_written or ""))
               for r in rows]
    return sorted(choices, key=lambda c: fold(c.name))


# --------------------------------------------------------------------------- writes

def create_target(db: Database, group_id: str, quadrennium_id: str,
                  fields: rules.TargetFields, today: date | None = None) -> Change:
    today = today or date.today()
    fields, ksr_id, term = _checked(db, quadrennium_id, fields)
    with db.transaction(Label(N_("Add target '{short}'"), short=_short(fields.title))) as tx:
        s = tx.session
        check_focal_point(s, group_id, term, fields.focal_point_id, None, today)
        target = Target(group_id=group_id, quadrennium_id=quadrennium_id, ksr_id=ksr_id,
                        code=q.next_target_code(s, group_id), **target_columns(fields, term))
        s.add(target)
        s.flush()
        target_id = target.id
    return Change(tx.batch_id, _("Added target '{short}'").format(
        short=_short(fields.title)), target_id)


def edit_target(db: Database, target_id: str, expected_version: int,
                fields: rules.TargetFields, today: date | None = None) -> Change:
    today = today or date.today()
    with db.reading() as s:
        existing = s.get(Target, target_id)
        if existing is None:
            raise NotFound(_("That target no longer exists. Reload the targets page."))
        quadrennium_id, group_id = existing.quadrennium_id, existing.group_id
    fields, ksr_id, term = _checked(db, quadrennium_id, fields)
    with db.transaction(Label(N_("Edit target '{short}'"), short=_short(fields.title))) as tx:
        s = tx.session
        target = s.get(Target, target_id)
        if target is None:
            raise NotFound(_("That target no longer exists. Reload the targets page."))
        if target.version != expected_version:
            raise changed_elsewhere(s, target, _("The target '{short}'").format(
                short=_short(target.title)))
        if target.is_milestone != fields.is_milestone and _has_updates(s, target_id):
            raise RuleRefused(_("This target already has progress updates; a numeric target cannot "
                                "become a yes/no milestone (or back). Add a new target."))
        check_focal_point(s, group_id, term, fields.focal_point_id, target.focal_point_id,
                           today)
        values = {"ksr_id": ksr_id, **target_columns(fields, term)}
        for key, value in values.items():
            if getattr(target, key) != value:
                setattr(target, key, value)
    return Change(tx.batch_id, _("Saved target '{short}'").format(
        short=_short(fields.title)), target_id)


def delete_target(db: Database, target_id: str) -> Change:
    with db.reading() as s:
        existing = s.get(Target, target_id)
        if existing is None:
            raise NotFound(_("That target no longer exists. Reload the targets page."))
        title = existing.title
    with db.transaction(Label(N_("Delete target '{short}'"), short=_short(title))) as tx:
        s = tx.session
        target = s.get(Target, target_id)
        if target is None:
            raise NotFound(_("That target no longer exists. Reload the targets page."))
        for update in q.updates_of(s, [target_id]):
            s.delete(update)
        # Updates go first in the change log, so undo re-creates the target before them.
        s.flush()
        s.delete(target)
    return Change(tx.batch_id, _("Deleted target '{short}'").format(short=_short(title)), target_id)


def record_update(db: Database, target_id: str, update: rules.UpdateFields,
                  today: date | None = None) -> Change:
    """Record (or correct) a target's progress for one quarter."""
    today = today or date.today()
    with db.reading() as s:
        target = s.get(Target, target_id)
        if target is None:
            raise NotFound(_("That target no longer exists. Reload the targets page."))
        term = s.get_one(Quadrennium, target.quadrennium_id)
        is_milestone, title = target.is_milestone, target.title
        starts_on, ends_on = term.starts_on, term.ends_on
    update = field_limits.normalise(update)
    problems = field_limits.dataclass_problems(TargetUpdate, update) + rules.validate_update(
        update, is_milestone=is_milestone, starts_on=starts_on, ends_on=ends_on, today=today)
    if problems:
        raise ValidationFailed(problems)
    quarter = str(rules.parse_quarter(update.quarter))
    values = {
        "value": None if is_milestone else float(update.value),  # type: ignore[arg-type]
        "milestone_done": bool(update.milestone_done) if is_milestone else False,
        "narrative": update.narrative.strip(), "status": update.status,
        "evidence_links": "\n".join(rules.split_links(update.evidence_links)),
    }
    with db.transaction(Label(N_("Record {quarter} progress of '{short}'"),
                              quarter=quarter, short=_short(title))) as tx:
        s = tx.session
        row = q.update_for_quarter(s, target_id, quarter)
        if row is None:
            s.add(TargetUpdate(target_id=target_id, quarter=quarter, **values))
        else:
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
    status = rules.STATUSES[update.status].name.lower()
    return Change(tx.batch_id, _("Recorded {quarter} progress of '{short}' ({status})").format(
        quarter=quarter, short=_short(title), status=status),
                  target_id)


# --------------------------------------------------------------------------- helpers

def _checked(db: Database, quadrennium_id: str, fields: rules.TargetFields
             ) -> tuple[rules.TargetFields, str, Quadrennium]:
    fields = field_limits.checked_text(Target, fields.cleaned())
    with db.reading() as s:
        term = q.quadrennium(s, quadrennium_id)
        if term is None:
            raise NotFound(_("That quadrennium is not in this database."))
        ksrs = {k.number: k.id for k in q.ksrs_of(s, quadrennium_id)}
    problems = rules.validate_target(fields, sorted(ksrs), term.code, term.starts_on,
                                     term.ends_on)
    if problems:
        raise ValidationFailed(problems)
    if fields.due_on is None:
        fields = replace(fields, due_on=term.ends_on)
    return fields, ksrs[fields.ksr_number], term  # type: ignore[index]


def target_columns(fields: rules.TargetFields, term: Quadrennium) -> dict[str, object]:
    numeric = not fields.is_milestone
    return {
        "title": fields.title, "description": fields.description,
        "indicator": fields.indicator, "unit": fields.unit,
        "baseline": (float(fields.baseline) if fields.baseline is not None else 0.0)
        if numeric else None,
        "target_value": float(fields.target_value) if numeric else None,  # type: ignore[arg-type]
        "is_milestone": fields.is_milestone, "due_on": fields.due_on or term.ends_on,
        "focal_point_id": fields.focal_point_id,
        **({} if fields.geographic_scope is None else
           {"geographic_scope": fields.geographic_scope}),
    }


def check_focal_point(s: Session, group_id: str, term: Quadrennium, person_id: str | None,
                       unchanged: str | None, today: date) -> None:
    """Refuse a focal point who is not a current member (keeping the old one is allowed)."""
    if person_id is None or person_id == unchanged:
        return
    if (person_id, term.id) in q.current_member_ids(s, group_id, [term.id], today):
        return
    from ..store.models import Person

    person = s.get(Person, person_id)
    group = s.get_one(Group, group_id)
    name = " ".join(filter(None, (person.given_names, person.family_name))) if person \
        else _("That person")
    raise ValidationFailed([Problem(
        "focal_point", _("{name} is not a current member of the {group} in {code}; choose an "
                         "active member as focal point.").format(
                             name=name, group=group.name, code=term.code))])


def _has_updates(s: Session, target_id: str) -> bool:
    return bool(q.updates_of(s, [target_id]))


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[:limit - 1] + "…"


def _facts_row(u: TargetUpdate) -> tuple[str, str, float | None, bool, str, str, str, str]:
    return (u.target_id, u.quarter, u.value, u.milestone_done, u.status, u.narrative, u.id,
            u.evidence_links)


def _current_members(s: Session, raw: list[Row], today: date) -> set[tuple[str, str, str]]:
    """(group, person, term) of every current member the rows' focal points could be."""
    by_group: dict[str, set[str]] = defaultdict(set)
    for r in raw:
        by_group[r.group_id].add(r.quadrennium_id)
    out: set[tuple[str, str, str]] = set()
    for group_id, terms in by_group.items():
        out |= {(group_id, p, t) for p, t in q.current_member_ids(s, group_id, terms, today)}
    return out


def _objective_order() -> dict[tuple[str, str], int]:
    return {(o.quadrennium, o.code): i for i, o in enumerate(reference().objectives)}


@cache
def _plain_row(fields: tuple[str, ...]) -> Any:
    return namedtuple("RawTarget", fields)


def _build_rows(raw: list[Row], updates: Iterable[Any], members: set[tuple[str, str, str]],
                today: date) -> list[TargetRow]:
    # A named tuple reads a field ~20 times faster than a SQLAlchemy Row (2,000 rows).
    rows: list[Any] = [_plain_row(tuple(raw[0]._fields))._make(r) for r in raw] if raw else []
    by_target: dict[str, list[rules.UpdateFacts]] = defaultdict(list)
    narrative: dict[tuple[str, str], str] = {}
    for target_id, quarter, value, done, status, text, *_rest in updates:
        by_target[target_id].append(rules.UpdateFacts(quarter, value, done, status))
        narrative[(target_id, quarter)] = text
    order = _objective_order()
    out = []
    for r in rows:
        facts = by_target.get(r.id, [])
        d = rules.derive(facts)
        if r.focal_point_id is None:
            state, fp_name = rules.FOCAL_NONE, ""
        else:
            fp_name = display_name(r.fp_given, r.fp_family)
            current = (r.group_id, r.focal_point_id, r.quadrennium_id) in members
            state = rules.FOCAL_OK if current else rules.FOCAL_LEFT
        progress = rules.progress_fraction(
            is_milestone=r.is_milestone, baseline=r.baseline, target_value=r.target_value,
            current_value=d.current_value, milestone_done=d.milestone_done)
        final = rules.status_of(d.status).final
        out.append(TargetRow(
            id=r.id, version=r.version, group_id=r.group_id, quadrennium_id=r.quadrennium_id,
            quadrennium=r.quadrennium, ksr_id=r.ksr_id, ksr_number=r.ksr_number,
            ksr_title=r.ksr_title, objective_code=r.objective_code,
            objective_name=r.objective_name,
            objective_order=order.get((r.quadrennium, r.objective_code), 100 + r.ksr_number),
            title=r.title, description=r.description, indicator=r.indicator, unit=r.unit,
            baseline=r.baseline, target_value=r.target_value, is_milestone=r.is_milestone,
            due_on=r.due_on, focal_point_id=r.focal_point_id, focal_point_name=fp_name,
            focal_point_email=r.fp_email or "", focal_point_state=state,
            current_value=d.current_value, milestone_done=d.milestone_done, status=d.status,
            last_quarter=d.last_quarter,
            last_narrative=narrative.get((r.id, d.last_quarter), ""),
            progress=progress,
            # In a finished term, "this quarter" is its last quarter.
            needs_update=rules.needs_update(d.status, d.last_quarter,
                                            min(today, r.term_ends_on)),
            overdue=not final and r.due_on < today, update_count=len(facts),
            search_key=fold(" ".join((r.title, r.indicator, r.description, fp_name,
                                      f"KSR {r.ksr_number}", r.objective_name,
                                      r.code or ""))),
            code=r.code or "", geographic_scope=r.geographic_scope,
            ksr_provisional=r.ksr_provisional, carried_from_id=r.carried_from_id,
        ))
    return out

