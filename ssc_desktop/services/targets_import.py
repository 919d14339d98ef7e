"""Applying a previewed targets import: every planned row in one transaction (one undo step).

The exchange layer reads the workbook and turns each row into a TargetPlan (or a problem);
nothing is written unless every row is clean, so a failed import leaves no half-change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..domain import targets as rules
from ..domain.errors import RuleRefused, ValidationFailed
from ..domain.people import Problem
from ..domain.progress import NO_PROGRESS, Progress
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.errors import ConflictError
from ..store.models import Quadrennium, Target, TargetUpdate
from ..store.queries import targets as q
from . import field_limits
from .dto import Change
from .targets import check_focal_point, target_columns


@dataclass(frozen=True, slots=True)
class TargetPlan:
    """What one workbook row will do."""

    row: int
    action: str  # "add" | "update" | "unchanged"
    title: str
    target_id: str | None
    version: int | None
    fields: rules.TargetFields
    update: rules.UpdateFields | None  # a quarter's progress to record, if it differs
    changed: tuple[str, ...] = ()  # names of the fields an update changes


@dataclass(frozen=True, slots=True)
class ImportCounts:
    added: int
    updated: int
    progress_recorded: int
    unchanged: int


def apply_target_import(db: Database, group_id: str, quadrennium_id: str,
                        plans: list[TargetPlan], *, source: str = "",
                        today: date | None = None,
                        progress: Progress = NO_PROGRESS) -> tuple[Change, ImportCounts]:
    today = today or date.today()
    work = [p for p in plans if p.action != "unchanged" or p.update is not None]
    if not work:
        raise RuleRefused(_("The workbook holds no new targets and no changes; nothing to import."))
    work = [_checked_texts(p) for p in work]
    counts = {"add": 0, "update": 0, "progress": 0}
    label = Label(N_("Import targets from {source}"), source=source) if source \
        else Label(N_("Import targets"))
    with db.transaction(label, isolation="REPEATABLE READ") as tx:
        s = tx.session
        term = s.get_one(Quadrennium, quadrennium_id)
        ksr_ids = {k.number: k.id for k in q.ksrs_of(s, quadrennium_id)}
        for done, plan in enumerate(work):
            progress.step(done, len(work), plan.title)
            target_id = plan.target_id
            if plan.action == "add":
                check_focal_point(s, group_id, term, plan.fields.focal_point_id, None, today)
                target = Target(group_id=group_id, quadrennium_id=quadrennium_id,
                                ksr_id=ksr_ids[plan.fields.ksr_number],  # type: ignore[index]
                                code=q.next_target_code(s, group_id),
                                **target_columns(plan.fields, term))
                s.add(target)
                s.flush()
                target_id = target.id
                counts["add"] += 1
            elif plan.action == "update":
                found = s.get(Target, plan.target_id)
                if found is None or found.version != plan.version:
                    target = None  # refused below
                else:
                    target = found
                if target is None or target.version != plan.version:
                    raise ConflictError(_("Row {row}: the target '{title}' changed or was deleted "
                                          "since the preview; import again.").format(
                                              row=plan.row, title=plan.title))
                check_focal_point(s, group_id, term, plan.fields.focal_point_id,
                                   target.focal_point_id, today)
                values = {"ksr_id": ksr_ids[plan.fields.ksr_number],  # type: ignore[index]
                          **target_columns(plan.fields, term)}
                for key, value in values.items():
                    if getattr(target, key) != value:
                        setattr(target, key, value)
                counts["update"] += 1
            if plan.update is not None:
                _record(s, target_id,  # type: ignore[arg-type]
                        plan.fields.is_milestone, plan.update)
                counts["progress"] += 1
        progress.step(len(work), len(work), "")
    unchanged = sum(1 for p in plans if p.action == "unchanged" and p.update is None)
    result = ImportCounts(counts["add"], counts["update"], counts["progress"], unchanged)
    summary = (_("Imported targets: {added} added, {updated} updated, {progress_recorded} "
                 "quarterly update(s) recorded, {unchanged} unchanged").format(
                     added=result.added, updated=result.updated,
                     progress_recorded=result.progress_recorded, unchanged=result.unchanged))
    return Change(tx.batch_id, summary), result


def _checked_texts(plan: TargetPlan) -> TargetPlan:
    """The plan's texts within the schema's limits (normalised), or the row's sentence."""
    problems = field_limits.dataclass_problems(Target, plan.fields)
    if plan.update is not None:
        problems += field_limits.dataclass_problems(TargetUpdate, plan.update)
    if problems:
        raise ValidationFailed([Problem(p.field, _("Row {row}: {problem}").format(
            row=plan.row, problem=p.message)) for p in problems])
    return replace(plan, fields=field_limits.normalise(plan.fields),
                   update=field_limits.normalise(plan.update) if plan.update else None)


def _record(s, target_id: str, is_milestone: bool, update: rules.UpdateFields) -> None:
    quarter = str(rules.parse_quarter(update.quarter))
    values = {"value": None if is_milestone else update.value,
              "milestone_done": update.milestone_done if is_milestone else False,
              "narrative": update.narrative.strip(), "status": update.status,
              "evidence_links": "\n".join(rules.split_links(update.evidence_links))}
    row = q.update_for_quarter(s, target_id, quarter)
    if row is None:
        s.add(TargetUpdate(target_id=target_id, quarter=quarter, **values))
        return
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
