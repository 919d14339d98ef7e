"""Erasing a person: their identifying data replaced everywhere, the old bytes gone.

``erase(db, person_id)`` rewrites the person row (keeping only what the figures need:
region, gender, age band, dates, statuses), their memberships' free text, every change-log
entry about them (before/after JSON), and any other text in the file that spells their
name, e-mail or username (letters, targets, settings, batch labels). It runs with SQLite's
secure_delete on, then VACUUMs the file, so the old values are not left in free pages.

The erasure log records that an erasure happened (the person's id and the day, nothing
else), beside the database and in the user's data folder; ``reapply(db)`` erases again any
logged person who still has data, e.g. after an older backup was restored.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.people import region_of
from ..i18n import N_, _
from ..labels import Label
from .queries import person_data as q

ANONYMISED = "[anonymised]"
LOG_ENV = "SSC_DESKTOP_ERASURE_LOG"  # the per-user log (tests point it elsewhere)
# The person columns kept: what the figures need, and bookkeeping.
KEPT = frozenset({"id", "version", "created_at", "updated_at", "region_override", "gender",
                  "age_band", "code_of_conduct_accepted_on",
                  "conflict_of_interest_declared_on", "engages_in_cites",
                  "committee_member"})
CLEARED: dict[str, Any] = {
    "given_names": "", "name_as_written": "", "email": None, "alternate_email": None,
    "organisation": "", "position": "", "country_code": None, "nationality": None,
    "expertise": "", "languages": "", "iucn_username": None, "notes": "",
}
MEMBERSHIP_CLEARED = {"notes": "", "proposed_by": ""}
TRANSITION_CLEARED = {"note": ""}


def anonymised_name(person_id: str) -> str:
    return _("Anonymised member {number}").format(number=person_id.replace("-", "")[:8])


def has_data(person: Any) -> bool:
    """True while a person row still holds anything identifying."""
    return (person.family_name != anonymised_name(person.id)
            or any(getattr(person, k) not in ("", None) for k in CLEARED))


def identifying_strings(values: Iterable[dict[str, Any]]) -> set[str]:
    """Every spelling of the person's name, address and username seen in their history."""
    found: set[str] = set()
    for v in values:
        given, family = (v.get("given_names") or "").strip(), (v.get("family_name") or "")
        family = family.strip()
        if given and family:
            found |= {f"{given} {family}", f"{family}, {given}", f"{family} {given}"}
        for key in ("email", "alternate_email", "iucn_username", "name_as_written"):
            if v.get(key):
                found.add(str(v[key]).strip())
    # Short strings would rub out other people's text; a lone first name is not erased
    # from free text (it identifies nobody without the rest).
    return {s for s in found if len(s) >= 5}


def _replace(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(ANONYMISED, value)
    if isinstance(value, dict):
        return {k: _replace(v, pattern) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, pattern) for v in value]
    return value


def _scrub_entry(entity: str, values: dict[str, Any] | None, replacement: dict[str, Any]
                 ) -> dict[str, Any] | None:
    if values is None:
        return None
    cleared = {"person": replacement, "membership": MEMBERSHIP_CLEARED,
               "membership_transition": TRANSITION_CLEARED}.get(entity, {})
    return {k: (cleared[k] if k in cleared else v) for k, v in values.items()}


def erase(db: Any, person_id: str, label: str | Label) -> str:
    """Replace the person's identifying data everywhere, then rebuild the file; the batch."""
    with db.transaction(label) as tx:
        s = tx.session
        q.secure_delete(s)
        p = q.person(s, person_id)
        if p is None:
            return tx.batch_id
        entries = q.history(s, person_id)
        seen = [{k: getattr(p, k) for k in ("given_names", "family_name", *CLEARED)}]
        for entry, _batch in entries:
            if entry.entity == "person":
                seen += [v for v in (entry.before, entry.after) if v]
        strings = identifying_strings(seen)
        replacement = dict(CLEARED, family_name=anonymised_name(person_id),
                           region_override=region_of(p.country_code, p.region_override))
        for key, value in replacement.items():
            if getattr(p, key) != value:
                setattr(p, key, value)
        for m, _group, _term in q.memberships(s, person_id):
            for key, value in MEMBERSHIP_CLEARED.items():
                setattr(m, key, value)
        for t in q.owned(s, person_id)["membership_transition"]:
            t.note = ""
        s.flush()  # the change log now holds this batch's entries too: scrub them all
        for entry, _batch in q.history(s, person_id):
            q.set_audit_values(s, entry.id,
                               _scrub_entry(entry.entity, entry.before, replacement),
                               _scrub_entry(entry.entity, entry.after, replacement))
        if strings:
            pattern = re.compile("|".join(re.escape(x) for x in sorted(
                strings, key=len, reverse=True)), re.IGNORECASE)
            # JSON keeps non-ASCII escaped (\u00f1): look for that spelling as well.
            patterns = strings | {json.dumps(x)[1:-1] for x in strings}
            for table, key_col, column, key, value in q.rows_containing(s, patterns):
                new = _replace(value, pattern)
                if new != value:
                    q.set_cell(s, table, key_col, column, key, new)
    q.vacuum(db.engine)
    return tx.batch_id


# --------------------------------------------------------------------------- the log

def log_paths(db_path: Path | None) -> list[Path]:
    """Beside the file (none for a server database), and the per-user log."""
    user = os.environ.get(LOG_ENV)
    if user is None:
        from platformdirs import user_data_path

        user = str(user_data_path("ssc-desktop", appauthor=False) / "erasures.log")
    beside = [db_path.with_name(db_path.name + ".erasures")] if db_path else []
    return [*beside, Path(user)]


def record(db_path: Path | None, person_id: str, on: date) -> None:
    """Append that an erasure happened (who by id, when; nothing else) to both logs."""
    line = json.dumps({"person_id": person_id, "erased_on": on.isoformat()}) + "\n"
    for path in log_paths(db_path):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, line.encode())
        finally:
            os.close(fd)


def logged(db_path: Path | None) -> set[str]:
    ids: set[str] = set()
    for path in log_paths(db_path):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeError):
            continue
        for line in lines:
            try:
                ids.add(str(json.loads(line)["person_id"]))
            except (ValueError, KeyError, TypeError):
                continue
    return ids


def reapply(db: Any) -> int:
    """Erase again every logged person this file still holds data about; how many."""
    if getattr(db, "read_only", False):
        return 0
    ids = logged(db.path)
    if not ids:
        return 0
    with db.reading() as s:
        pending = [pid for pid in ids if (p := q.person(s, pid)) is not None and has_data(p)]
    for pid in sorted(pending):
        erase(db, pid, Label(N_("Erasure re-applied after a restore")))
    return len(pending)
