"""Steps of the invitation pipeline, for every selected membership at once, and renewal."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...services import invitations, renewal
from ...services.dto import Change
from ..operations import Op, OpChanges

PIPELINE = OpChanges(invitations=True, roster=True)


def tr(text: str) -> str:
    return QCoreApplication.translate("InvitationOps", text)


def invite(membership_ids: list[str], on: date, channel: str) -> Op[Change]:
    return Op(tr("Invite"), lambda db, _p: invitations.invite(
        db, membership_ids, on, channel=channel, sent_by=db.actor), PIPELINE)


def take_step(membership_ids: list[str], action: str, on: date) -> Op[Change]:
    return Op(tr("Record a pipeline step"), lambda db, _p: invitations.take_step(
        db, membership_ids, action, on), PIPELINE)


def renew(group_id: str, from_id: str, to_id: str, decisions: Mapping[str, Any], *,
          on: date, channel: str, deadline_days: int) -> Op[Change]:
    """The whole renewal: one transaction, one undo step, cancellable until it commits."""
    return Op(tr("Renewing the group"), lambda db, progress: renewal.commit_renewal(
        db, group_id, from_id, to_id, decisions, on=on, channel=channel, sent_by=db.actor,
        deadline_days_=deadline_days, progress=progress), PIPELINE, long=True,
        cancellable=True)
