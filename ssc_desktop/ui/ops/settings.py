"""Writes to what the chair set up once: e-mail templates, export profiles, import mappings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...services import email_drafts
from ...services import exchange as exchange_service
from ...services.dto import Change
from ..operations import Op, OpChanges

SETTINGS = OpChanges(settings=True)


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsOps", text)


def save_template(kind: str, language: str, subject: str, body: str) -> Op[Change]:
    return Op(tr("Save e-mail template"), lambda db, _p: email_drafts.save_template(
        db, kind, language, subject, body), SETTINGS)


def reset_template(kind: str, language: str) -> Op[Change]:
    return Op(tr("Reset e-mail template"), lambda db, _p: email_drafts.reset_template(
        db, kind, language), SETTINGS)


def save_export_profile(name: str, payload: dict[str, Any]) -> Op[Change]:
    return Op(tr("Save export profile"), lambda db, _p: exchange_service.save_layout(
        db, exchange_service.EXPORT_PROFILE, name, payload), SETTINGS)


def save_import_mapping(name: str, payload: dict[str, Any]) -> Op[Change]:
    return Op(tr("Save import mapping"), lambda db, _p: exchange_service.save_layout(
        db, exchange_service.IMPORT_MAPPING, name, payload), SETTINGS)
