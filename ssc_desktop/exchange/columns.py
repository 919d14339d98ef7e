"""The roster file layout: every column the app can write or read, and column profiles.

A column has a stable key (what the code and saved profiles refer to), a default header
(what the file shows), a kind (how its cells are written and read) and a width. The
default layout is the documented one (README, "Roster file layout"); a profile chooses,
orders and renames columns for the day the Chair's Office sends its own template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.errors import UserError
from ..i18n import _
from ..services.exchange import MemberRecord


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    kind: str  # text | date | status | roles | region | country | id
    width: int
    value: Callable[[MemberRecord], str | date | None]
    meaning: str


def _text(attr: str) -> Callable[[MemberRecord], str | date | None]:
    return lambda r: getattr(r, attr) or None


COLUMNS: tuple[Column, ...] = (
    Column("group", "Group", "text", 28, _text("group_name"),
           "The group's name (or short code). Rows naming another group are refused."),
    Column("quadrennium", "Quadrennium", "text", 12, _text("quadrennium"),
           "The term of the membership, e.g. 2021-2025. Empty: the term you import into."),
    Column("given_names", "Given name", "text", 18, _text("given_names"),
           "Given name(s) as the person writes them. Required."),
    Column("family_name", "Family name", "text", 20, _text("family_name"),
           "Family name as the person writes it. Required."),
    Column("email", "Email", "text", 30, _text("email"),
           "Main e-mail address; matches a row to a known person (case is ignored)."),
    Column("alternate_email", "Alternate email", "text", 26, _text("alternate_email"),
           "A second address."),
    Column("organisation", "Organisation", "text", 30, _text("organisation"),
           "Institution or affiliation."),
    Column("position", "Position", "text", 20, _text("position"), "Job title."),
    Column("country", "Country", "country", 20, _text("country"),
           "Country of residence: a name, a common variant (UK, USA, Viet Nam...) or an "
           "ISO code."),
    Column("country_code", "Country code", "country", 8, _text("country_code"),
           "ISO 3166-1 alpha-2 code of the country of residence (XK for Kosovo)."),
    Column("region", "Statutory region", "region", 24, _text("region"),
           "One of the eight IUCN statutory regions; when it differs from the country's "
           "region it is kept as an override."),
    Column("roles", "Roles", "roles", 24, lambda r: "; ".join(r.role_names) or None,
           "Current roles in the group, separated by semicolons (Chair; Member)."),
    Column("status", "Status", "status", 22, _text("status_name"),
           "Membership status (Proposed, Invited, Accepted (awaiting validation), "
           "Active (validated), Declined, ...); 'Validated' is read as Active."),
    Column("invited_on", "Invited on", "date", 12, lambda r: r.invited_on,
           "Date of the (latest) invitation."),
    Column("accepted_on", "Accepted on", "date", 12, lambda r: r.accepted_on,
           "Date the invitation was accepted."),
    Column("validated_on", "Validated on", "date", 12, lambda r: r.validated_on,
           "Date the group leader validated the membership."),
    Column("code_of_conduct_accepted_on", "Code of Conduct accepted on", "date", 14,
           lambda r: r.code_of_conduct_accepted_on,
           "Date the person committed to the Code of Conduct."),
    Column("iucn_username", "IUCN username", "text", 20, _text("iucn_username"),
           "Username in the IUCN Commission System (e.g. Peter.SMITH); matches a row to a "
           "known person."),
    Column("record_id", "Record ID", "id", 38, lambda r: r.membership_id,
           "The app's stable identifier of the membership; leave it as exported so a "
           "re-import updates instead of duplicating. Empty for new people."),
    # Not in the default layout; a profile can add them.
    Column("name_as_written", "Name as written", "text", 24, _text("name_as_written"),
           "The full name in the person's own script or order."),
    Column("nationality", "Nationality", "country", 16, _text("nationality"),
           "Nationality (a country name or ISO code)."),
    Column("expertise", "Expertise", "text", 30, _text("expertise"), "Expertise keywords."),
    Column("languages", "Languages", "text", 16, _text("languages"), "Languages spoken."),
    Column("notes", "Notes", "text", 40, _text("notes"), "Free notes about the person."),
)

BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}
DEFAULT_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS[:COLUMNS.index(BY_KEY["record_id"])
                                                             + 1])
DEFAULT_PROFILE_NAME = "Default layout"


@dataclass(frozen=True, slots=True)
class ColumnProfile:
    """A named choice and order of columns, each with the header the file shows."""

    name: str
    columns: tuple[tuple[str, str], ...]  # (key, header)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.columns)

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(h for _, h in self.columns)

    def payload(self) -> dict[str, Any]:
        return {"columns": [[k, h] for k, h in self.columns]}

    @classmethod
    def from_payload(cls, name: str, payload: dict[str, Any]) -> ColumnProfile:
        pairs = tuple((str(k), str(h)) for k, h in payload.get("columns", ())
                      if str(k) in BY_KEY)
        return cls(name, pairs or default_profile().columns)


def default_profile() -> ColumnProfile:
    return ColumnProfile(DEFAULT_PROFILE_NAME, tuple((k, BY_KEY[k].header) for k in DEFAULT_KEYS))


def checked_profile(profile: ColumnProfile) -> ColumnProfile:
    """Refuse a profile a file could not be read back with: empty, repeated or blank."""
    if not profile.name.strip():
        raise UserError(_("Give the column profile a name."))
    if not profile.columns:
        raise UserError(_("Choose at least one column for the profile."))
    seen: dict[str, str] = {}
    for key, header in profile.columns:
        if key not in BY_KEY:
            raise UserError(_("'{key}' is not a roster column.").format(key=key))
        if not header.strip():
            raise UserError(_("Give the column '{column}' a header.").format(
                column=BY_KEY[key].header))
        folded = header.strip().casefold()
        if folded in seen:
            raise UserError(_("Two columns are both headed '{header}'; give each column its "
                              "own header.").format(header=header.strip()))
        seen[folded] = key
    return ColumnProfile(profile.name.strip(),
                         tuple((k, h.strip()) for k, h in profile.columns))
