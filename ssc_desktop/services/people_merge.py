"""Merging two records of one person (an import that came in under a second e-mail).

The kept person takes over everything the other one had: memberships with their roles,
life-cycle steps, invitations and reminders, documents read, targets they are focal
point for and letters they asked for; their empty fields are filled from the other
record and the other address becomes the alternate one. One transaction, so one undo
step. A merge that would make one person a member twice of one group in one term is
refused: end or remove one of the two memberships first.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..domain.errors import UserError
from ..domain.lifecycle import full_name
from ..domain.people import PersonFields
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.models import DocumentAcknowledgement, Group, Membership, Person, Quadrennium
from ..store.queries import people as q
from .dto import Change

_UNIQUE_PER_PERSON = (DocumentAcknowledgement,)  # one row per person and document


@dataclass(frozen=True, slots=True)
class MergePreview:
    keep_name: str
    keep_email: str
    merge_name: str
    merge_email: str
    memberships: int  # of the merged person, moving to the kept one


def _find(s: object, email: str) -> Person:
    person = q.person_by_email(s, email)  # type: ignore[arg-type]
    if person is None:
        raise UserError(_("No person has the e-mail address {email}; check the address "
                          "(the main or the alternate one).").format(email=email))
    return person


def _check(s: object, keep: Person, merged: Person) -> None:
    if keep.id == merged.id:
        raise UserError(_("{email} is one person already: there is nothing to merge.").format(
            email=keep.email or merged.email))
    seen: dict[tuple[str, str], Membership] = {}
    for m in q.memberships_of(s, keep.id, merged.id):  # type: ignore[arg-type]
        key = (m.group_id, m.quadrennium_id)
        if key in seen and seen[key].person_id != m.person_id:
            raise UserError(_(
                "Cannot merge {merged} into {keep}: both are members of {group} in "
                "{term}, and one person is a member of a group once per term. End or "
                "remove one of the two memberships first.").format(
                merged=full_name(merged.given_names, merged.family_name),
                keep=full_name(keep.given_names, keep.family_name),
                group=s.get(Group, m.group_id).name,  # type: ignore[attr-defined]
                term=s.get(Quadrennium, m.quadrennium_id).code))  # type: ignore[attr-defined]
        seen[key] = m


def preview_merge(db: Database, keep_email: str, merge_email: str) -> MergePreview:
    with db.reading() as s:
        keep, merged = _find(s, keep_email), _find(s, merge_email)
        _check(s, keep, merged)
        count = len(q.rows_naming(s, Membership, "person_id", merged.id))
        return MergePreview(full_name(keep.given_names, keep.family_name), keep.email or "",
                            full_name(merged.given_names, merged.family_name),
                            merged.email or "", count)


def merge_people(db: Database, keep_email: str, merge_email: str) -> Change:
    """Move everything of the person with ``merge_email`` to the one with ``keep_email``
    and delete the first, as one undoable operation."""
    with db.transaction(Label(N_("Merge people"))) as tx:
        s = tx.session
        keep, merged = _find(s, keep_email), _find(s, merge_email)
        _check(s, keep, merged)
        name = full_name(merged.given_names, merged.family_name)
        taken = {a.document_number for a in
                 q.rows_naming(s, DocumentAcknowledgement, "person_id", keep.id)}
        for model, column in q.PERSON_REFERENCES:
            for row in q.rows_naming(s, model, column, merged.id):
                if model in _UNIQUE_PER_PERSON and row.document_number in taken:
                    s.delete(row)  # the kept person's own acknowledgement stays
                    continue
                if model is Membership:
                    row.person = keep
                setattr(row, column, keep.id)
        _fill(keep, merged)
        s.flush()
        s.expire(merged, ["memberships"])
        s.delete(merged)
    return Change(tx.batch_id, _("Merged {merged} into {keep}.").format(
        merged=name, keep=full_name(keep.given_names, keep.family_name)), keep.id)


def _fill(keep: Person, merged: Person) -> None:
    """The kept person's empty fields take the merged person's values."""
    other_address = merged.email
    username = merged.iucn_username
    merged.email = merged.alternate_email = merged.iucn_username = None
    for f in fields(PersonFields):
        name = f.name
        if name in ("email", "alternate_email", "iucn_username"):
            continue
        mine, theirs = getattr(keep, name), getattr(merged, name)
        if mine in (None, "", False) and theirs not in (None, "", False):
            setattr(keep, name, theirs)
    if not keep.iucn_username and username:
        keep.iucn_username = username
    if other_address and not keep.alternate_email and \
            other_address.casefold() != (keep.email or "").casefold():
        keep.alternate_email = other_address
