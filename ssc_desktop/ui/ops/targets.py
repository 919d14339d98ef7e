"""Writes to the Species Strategic Plan targets, and their workbook in and out."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain import targets as rules
from ...services import targets as svc
from ...services.dto import Change, GroupInfo, QuadrenniumInfo
from ..operations import Op, OpChanges

TARGETS = OpChanges(targets=True)
TARGETS_AND_ROSTER = OpChanges(targets=True, roster=True)  # focal points show on the roster


def tr(text: str) -> str:
    return QCoreApplication.translate("TargetOps", text)


def create_target(group_id: str, quadrennium_id: str, fields: rules.TargetFields,
                  today: date) -> Op[Change]:
    return Op(tr("New target"), lambda db, _p: svc.create_target(
        db, group_id, quadrennium_id, fields, today=today), TARGETS_AND_ROSTER)


def edit_target(target_id: str, version: int, fields: rules.TargetFields,
                today: date) -> Op[Change]:
    return Op(tr("Edit target"), lambda db, _p: svc.edit_target(
        db, target_id, version, fields, today=today), TARGETS_AND_ROSTER)


def delete_target(target_id: str) -> Op[Change]:
    return Op(tr("Delete target"), lambda db, _p: svc.delete_target(db, target_id),
              TARGETS_AND_ROSTER)


def record_update(target_id: str, update: rules.UpdateFields, today: date) -> Op[Change]:
    return Op(tr("Record progress"), lambda db, _p: svc.record_update(
        db, target_id, update, today=today), TARGETS)


def export_workbook(group: GroupInfo, term: QuadrenniumInfo, path: str,
                    today: date) -> Op[int]:
    def work(db: Any, progress: Any) -> int:
        from ...exchange import targets_xlsx

        return targets_xlsx.export_for_group(db, group, term, path, today, progress)

    return Op(tr("Exporting targets…"), work, long=True, cancellable=True)


def read_workbook(group: GroupInfo, term: QuadrenniumInfo, path: str, today: date) -> Op[Any]:
    def work(db: Any, progress: Any) -> Any:
        from ...exchange import targets_xlsx

        return targets_xlsx.preview_for_group(db, group, term, path, today, progress)

    return Op(tr("Reading the workbook…"), work, long=True, cancellable=True)


def apply_import(group_id: str, quadrennium_id: str, plans: list[Any], source: str,
                 today: date) -> Op[Any]:
    def work(db: Any, progress: Any) -> Any:
        from ...services.targets_import import apply_target_import

        return apply_target_import(db, group_id, quadrennium_id, plans, source=source,
                                   today=today, progress=progress)

    return Op(tr("Importing targets"), work, TARGETS_AND_ROSTER, long=True, cancellable=True)


def load_ksr_set(path: str) -> Op[Change]:
    def work(db: Any, _progress: Any) -> Change:
        from ...services import ksr_sets

        return ksr_sets.load_ksr_set(db, path)

    return Op(tr("Load a KSR set"), work, TARGETS)


def carry_ksrs(quadrennium_id: str) -> Op[Change]:
    def work(db: Any, _progress: Any) -> Change:
        from ...services import term_start

        return term_start.carry_ksrs_forward(db, quadrennium_id)

    return Op(tr("Use the previous KSRs"), work, TARGETS)


def carry_targets(target_ids: list[str], quadrennium_id: str, today: date) -> Op[Change]:
    def work(db: Any, _progress: Any) -> Change:
        from ...services import term_start

        return term_start.carry_targets_forward(db, target_ids, quadrennium_id, today=today)

    return Op(tr("Carry targets forward"), work, TARGETS_AND_ROSTER)
