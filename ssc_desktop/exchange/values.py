"""Cell values to roster values: text, dates, statuses, roles and regions as people
write them in spreadsheets (names or codes, numbers stored as text, serial dates...)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..domain.people import fold, tidy
from ..domain.reference import reference
from ..i18n import _
from .table_reader import Formula

EXCEL_EPOCH = date(1899, 12, 30)
SERIAL_RANGE = (1, 2_958_466)  # 1900-01-01 .. 9999-12-31 as Excel day numbers


class ValueProblem(ValueError):
    """A cell that cannot be read as its field; str() is the sentence's ending."""


def text(value: object) -> str:
    """The text of a cell: numbers without a spurious '.0', dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        raise ValueProblem(_("the cell holds a formula ({text}), not a value; replace it with its "
                             "value (copy, then paste values only)").format(text=value.text[:40]))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_WORDY = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d-%b-%Y")


def to_date(value: object) -> date | None:
    """A date from a real date cell, an Excel serial number, or text (ISO, d/m/Y...)."""
    if value is None or isinstance(value, Formula):
        text(value)  # raises for a formula
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value)
    raw = tidy(str(value))
    if not raw:
        return None
    if re.fullmatch(r"\d+(\.0+)?", raw):
        return _serial(float(raw))  # a serial date stored as text
    try:
        return datetime.fromisoformat(raw).date()
    except ValueError:
        pass
    if match := _DMY.match(raw):
        day, month, year = (int(g) for g in match.groups())
        if day <= 12 and month <= 12 and day != month:
            raise ValueProblem(_("'{value}' could be day/month or month/day; write the date as "
                                 "year-month-day, e.g. 2024-05-03").format(value=raw))
        if month > 12:
            day, month = month, day  # only month/day/year reads as a date
        try:
            return date(year, month, day)
        except ValueError:
            pass
    for pattern in _WORDY:
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise ValueProblem(_("'{value}' is not a date; write it as year-month-day, e.g. 2024-05-03")
                       .format(value=raw))


def _serial(number: float) -> date:
    if not SERIAL_RANGE[0] <= number < SERIAL_RANGE[1]:
        raise ValueProblem(_("{text} is not a date; write it as year-month-day, e.g. 2024-05-03")
                           .format(text=text(number)))
    return EXCEL_EPOCH + timedelta(days=int(number))


def _lookup() -> dict[str, dict[str, str]]:
    ref = reference()
    statuses = {_key(s.name): s.code for s in ref.statuses.values()}
    statuses.update({_key(s.code.replace("_", " ")): s.code for s in ref.statuses.values()})
    statuses.update({
        "validated": "active", "active": "active", "member": "active", "actif": "active",
        "valide": "active", "activo": "active", "validado": "active",
        "accepted": "accepted", "awaiting validation": "accepted",
        "pending validation": "accepted", "accepte": "accepted", "aceptado": "accepted",
        "invited": "invited", "pending": "invited", "invitation sent": "invited",
        "invite": "invited", "invitado": "invited", "nominated": "proposed",
        "propose": "proposed", "propuesto": "proposed", "no response": "expired",
        "refuse": "declined", "rechazado": "declined", "resigned": "resigned",
        "demissionnaire": "resigned", "deceased": "deceased", "decede": "deceased",
        "fallecido": "deceased",
    })
    roles = {_key(r.name): r.code for r in ref.roles.values()}
    roles.update({_key(r.code.replace("_", " ")): r.code for r in ref.roles.values()})
    roles.update({"co chair": "co_chair", "cochair": "co_chair", "rla coordinator": "rlac",
                  "steering committee": "steering_committee", "student": "early_career",
                  "early career": "early_career", "membre": "member", "miembro": "member",
                  "president": "chair", "presidente": "chair"})
    regions = {_key(r.name): r.code for r in ref.regions.values()}
    regions.update({_key(r.code.replace("_", " ")): r.code for r in ref.regions.values()})
    return {"status": statuses, "roles": roles, "region": regions}


_TABLES: dict[str, dict[str, str]] = {}


def _table(kind: str) -> dict[str, str]:
    if not _TABLES:
        _TABLES.update(_lookup())
    return _TABLES[kind]


def _key(raw: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(raw)).split())


def to_status(raw: str) -> str:
    found = _table("status").get(_key(raw))
    if found is None:
        names = ", ".join(s.name for s in reference().statuses.values())
        raise ValueProblem(_("'{value}' is not a membership status; use one of: {names}").format(
                               value=raw, names=names))
    return found


def to_region(raw: str) -> str:
    found = _table("region").get(_key(raw))
    if found is None:
        raise ValueProblem(_("'{value}' is not an IUCN statutory region; use one of: "
                             "{regions}").format(value=raw, regions="; ".join(
                                 r.name for r in reference().regions.values())))
    return found


def to_roles(raw: str) -> tuple[str, ...]:
    """Role names or codes separated by ';', '|' or new lines (commas too, where the
    pieces are not parts of one role name such as 'Focal point, Ex-situ Conservation')."""
    table = _table("roles")
    out: list[str] = []
    for chunk in re.split(r"[;|\n]", raw):
        if not chunk.strip():
            continue
        code = table.get(_key(chunk))
        if code is not None:
            out.append(code)
            continue
        pieces = [p for p in chunk.split(",") if p.strip()]
        start = 0
        while start < len(pieces):
            for end in range(len(pieces), start, -1):
                code = table.get(_key(",".join(pieces[start:end])))
                if code is not None:
                    out.append(code)
                    start = end
                    break
            else:
                raise ValueProblem(_("'{value}' is not a role; use role names such as Chair; "
                                     "Member, "
                                     "separated by semicolons").format(value=tidy(pieces[start])))
    return tuple(dict.fromkeys(out))
