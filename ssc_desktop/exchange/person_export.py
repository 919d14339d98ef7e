"""A person's data as they may ask for it: a JSON file and a readable PDF beside it."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph, Spacer

from ..domain.errors import UserError
from ..domain.people import AGE_BANDS, GENDERS, display_name
from ..domain.reference import reference
from ..i18n import _
from ..services import people_rights
from ..services.history_text import FIELD_NAMES
from ..store.database import Database
from . import pdf_style as ps
from .report_sections import data_table

HIDDEN = ("id", "version", "person_id", "membership_id", "group_id", "quadrennium_id")


@dataclass(frozen=True, slots=True)
class PersonExport:
    json_path: Path
    pdf_path: Path


def _label(key: str) -> str:
    return FIELD_NAMES.get(key) or key.replace("_", " ").capitalize()


def _shown(key: str, value: Any) -> str:
    """A value as a chair reads it: names for codes (Woman, 35-49, South Africa)."""
    ref = reference()
    statuses = {k: v.name for k, v in ref.statuses.items()}
    names: dict[str, Any] = {"gender": GENDERS, "age_band": AGE_BANDS, "status": statuses,
                             "from_status": statuses, "to_status": statuses,
                             "country_code": {k: v.name for k, v in ref.countries.items()},
                             "nationality": {k: v.name for k, v in ref.countries.items()},
                             "region_override": {k: v.name for k, v in ref.regions.items()},
                             "role": {k: v.name for k, v in ref.roles.items()}}
    if key in names and isinstance(value, str):
        return names[key].get(value, value)
    return _text(value)


def _text(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


def _changes(before: dict | None, after: dict | None) -> str:
    before, after = before or {}, after or {}
    keys = [k for k in (after or before) if k not in HIDDEN and k not in (
        "created_at", "updated_at")]
    if before and after:
        return "; ".join(f"{_label(k)}: {_shown(k, before.get(k))} → {_shown(k, after.get(k))}"
                         for k in keys)
    values = after or before
    return "; ".join(f"{_label(k)}: {_shown(k, values[k])}" for k in keys
                     if values.get(k) not in (None, "", False))


def _story(data: dict[str, Any], width: float) -> list[Any]:
    st = ps.styles()
    person = data["person"]
    name = display_name(person["given_names"], person["family_name"])
    out: list[Any] = [
        Paragraph(ps.markup(_("Personal data held about {name}").format(name=name)), st.title),
        Paragraph(ps.markup(_("Everything SSC Desktop holds about this person in {file}, "
                              "exported on {day}. The JSON file beside this PDF holds the "
                              "same data, machine-readable.").format(
            file=data["database"], day=data["exported_on"])), st.note),
        Spacer(1, 6),
        Paragraph(ps.markup(_("Personal details")), st.h1),
        data_table([_("Field"), _("Value")],
                   [[_label(k), _shown(k, v)] for k, v in person.items() if k not in HIDDEN],
                   [width * 0.35, width * 0.65]),
        Paragraph(ps.markup(_("Memberships")), st.h1),
    ]
    if data["memberships"]:
        out.append(data_table(
            [_("Group"), _("Quadrennium"), _("Status"), _("From"), _("To"), _("Roles")],
            [[m["group"], m["quadrennium"], _shown("status", m["status"]),
              _text(m["starts_on"]), _text(m["ends_on"]),
              ", ".join(_shown("role", r["role"]) for r in m["roles"])]
             for m in data["memberships"]],
            [width * w for w in (0.27, 0.15, 0.16, 0.12, 0.12, 0.18)]))
    else:
        out.append(Paragraph(ps.markup(_("No memberships.")), st.body))
    for title, key, field in ((_("Focal point of targets"), "focal_point_of_targets", "title"),
                              (_("Named in letter requests"), "named_in_letter_requests",
                               "title")):
        if data[key]:
            out.append(Paragraph(ps.markup(title), st.h1))
            out.append(data_table([_("Title")], [[x[field]] for x in data[key]], [width]))
    out.append(Paragraph(ps.markup(_("History of changes")), st.h1))
    out.append(data_table(
        [_("When"), _("By"), _("Operation"), _("What changed")],
        [[h["at"][:16].replace("T", " "), h["by"], h["operation"],
          _changes(h["before"], h["after"])] for h in data["history"]],
        [width * w for w in (0.15, 0.12, 0.23, 0.5)], compact=True))
    return out


def _write_private(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    os.replace(part, path)


def export_person(db: Database, person_id: str, target: Path) -> PersonExport:
    """FILE.json (everything, machine-readable) and FILE.pdf beside it."""
    target = Path(target)
    if target.suffix.lower() != ".json":
        raise UserError(_("{name} does not end in .json; name the output like "
                          "person.json (the PDF is written beside it).").format(
            name=target.name))
    if not target.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist; choose another place.")
                        .format(folder=target.parent))
    data = people_rights.person_data(db, person_id)
    pdf_path = target.with_suffix(".pdf")
    try:
        _write_private(target, json.dumps(data, ensure_ascii=False, indent=2,
                                          default=str).encode("utf-8"))
        doc = ps.ReportDocument(str(pdf_path), header_left=db.name,
                                header_right=_("Personal data export"),
                                title=_("Personal data export"), author="SSC Desktop",
                                generated=date.today())
        doc.build(_story(data, doc.width))
        os.chmod(pdf_path, 0o600)
    except OSError as exc:
        raise UserError(_("{path} cannot be written ({reason}); choose another folder.")
                        .format(path=target, reason=exc.strerror or exc)) from exc
    return PersonExport(target, pdf_path)
