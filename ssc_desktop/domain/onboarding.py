"""Each member's onboarding checklist, derived from their roles and the seed's table.

The Guide's checklist has one column per audience: members, taxonomic group leaders
(Chairs, Co-Chairs, RLACs), cross-cutting group leaders (Chairs, Co-Chairs) and the
Steering Committee. A person reads the union of the columns of the roles they hold.
Two cells are conditions, met only when the person is flagged for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from ..i18n import N_, _
from .reference import Document, reference

CITES = "When engaging in CITES discussions"
COMMITTEE = "When part of a Committee"
CROSS_CUTTING_SET = "cross_cutting"


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    number: int
    category: str
    title: str
    because: str  # the audience (or condition) that puts the document on the list


@dataclass(frozen=True, slots=True)
class Completion:
    read: int
    total: int
    code_of_conduct: bool
    conflict_of_interest: bool
    missing: tuple[int, ...]

    @property
    def complete(self) -> bool:
        return self.read == self.total and self.code_of_conduct and self.conflict_of_interest

    def summary(self) -> str:
        """"12 of 14 documents; Code of Conduct not accepted" as a chair reads it."""
        parts = [_("{read} of {total} documents").format(read=self.read, total=self.total)]
        if not self.code_of_conduct:
            parts.append(_("Code of Conduct not accepted"))
        if not self.conflict_of_interest:
            parts.append(_("conflict of interest not declared"))
        return "; ".join(parts)


def audiences(roles: Iterable[str]) -> set[str]:
    """The checklist columns a person's roles point at ("member" when they hold none)."""
    ref = reference()
    out = {ref.roles[r].leader_audience for r in roles if r in ref.roles}
    return out or {"member"}


_AUDIENCE_NAMES = {
    ("member", False): N_("Members"),
    ("leader", False): N_("Taxonomic group leaders"),
    ("leader", True): N_("Cross-cutting group leaders"),
    ("steering_committee", False): N_("Steering Committee"),
    ("steering_committee", True): N_("Steering Committee"),
}
# The two conditional cells of the Guide's table, as a reason after the audience.
_CONDITIONS = {CITES: N_("{audience}: when engaging in CITES discussions"),
               COMMITTEE: N_("{audience}: when part of a Committee")}


def checklist(roles: Iterable[str], *, taxonomic_set: str | None, engages_in_cites: bool,
              committee_member: bool,
              documents: Iterable[Document] | None = None) -> list[ChecklistItem]:
    """The documents a holder of `roles` must read, in the table's order."""
    cross_cutting = taxonomic_set == CROSS_CUTTING_SET
    columns = sorted(audiences(roles), key=("steering_committee", "leader", "member").index)
    items = []
    for doc in documents if documents is not None else reference().documents:
        because = None
        for audience in columns:
            cell = doc.requirement(audience, cross_cutting)
            name = _(_AUDIENCE_NAMES[(audience, cross_cutting and audience == "leader")])
            if cell == "x" or (cell == CITES and engages_in_cites) or (
                    cell == COMMITTEE and committee_member):
                because = name if cell == "x" else _(_CONDITIONS[cell]).format(audience=name)
                break
        if because is not None:
            items.append(ChecklistItem(doc.number, _(doc.category) if doc.category else "",
                                       _(doc.title), because))
    return items


def completion(items: Iterable[ChecklistItem], acknowledged: Mapping[int, date], *,
               code_of_conduct_accepted_on: date | None,
               conflict_of_interest_declared_on: date | None) -> Completion:
    """How far a person is through their checklist and the two declarations."""
    items = list(items)
    missing = tuple(i.number for i in items if i.number not in acknowledged)
    return Completion(len(items) - len(missing), len(items),
                      code_of_conduct_accepted_on is not None,
                      conflict_of_interest_declared_on is not None, missing)
