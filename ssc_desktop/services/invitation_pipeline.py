"""The invitation pipeline read: every membership of a term with its latest invitation, as
rows made when first asked for.

The Invitations page of a 10,000-member group reloads after every step, undo and import,
and shows about twenty rows at a time. Reading the whole term is two statements (the
rows, the roles held); what the page needs of every row (its stage, whether it is
overdue, its place by name, its id) is worked out at once, and a row becomes a
PipelineRow only when something reads it (a painted row, a selected one, a search).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple, overload

from ..domain import lifecycle
from ..domain.onboarding import Completion
from ..domain.reference import reference
from ..store.database import Database
from ..store.models import Group
from ..store.queries import pipeline as pipeline_q
from ..store.queries.ids import as_date, stored_id, uuid_text
from . import onboarding


class PipelineRow(NamedTuple):
    """One membership of the term with its latest invitation, as the pipeline shows it."""

    membership_id: str
    person_id: str
    name: str
    given_names: str
    family_name: str
    email: str
    status: str
    status_name: str
    stage: str  # proposed | invited | accepted | active | ended
    overdue: bool
    roles: tuple[str, ...]
    proposed_by: str
    invited_on: date | None
    channel: str
    sent_by: str
    deadline_on: date | None
    reminders: int
    last_reminder_on: date | None
    response: str
    responded_on: date | None
    renewal: bool
    last_step_on: date | None


@dataclass(frozen=True, slots=True)
class PipelineCounts:
    proposed: int
    invited: int
    overdue: int
    accepted: int
    active: int
    ended: int


def counts(rows: Iterable[PipelineRow]) -> PipelineCounts:
    if isinstance(rows, Pipeline):
        return rows.counts()
    rows = list(rows)
    by_stage = Counter(r.stage for r in rows)
    return PipelineCounts(by_stage["proposed"], by_stage["invited"],
                          sum(r.overdue for r in rows), by_stage["accepted"],
                          by_stage["active"], by_stage["ended"])


def read_pipeline(db: Database, group_id: str, quadrennium_id: str, today: date, *,
                  with_onboarding: bool) -> Pipeline:
    """The term's pipeline by family name. with_onboarding, the accepted and validated
    also have their onboarding (Pipeline.completion, as onboarding.group_onboarding gives
    it) and the rows have no last step (None: the page does not show it); without, the
    rows have their last step and no onboarding is read."""
    with db.reading() as s:
        rows = pipeline_q.pipeline_rows(
            s, group_id, quadrennium_id, steps=not with_onboarding,
            documents_for=onboarding.ONBOARDING_STATUSES if with_onboarding else ())
        roles = pipeline_q.term_roles(s, group_id, quadrennium_id, today)
        checklists = (onboarding.Checklists(s.get_one(Group, group_id).taxonomic_set)
                      if with_onboarding else None)
    return Pipeline(rows, roles, checklists, today)


# The columns of pipeline_q.pipeline_rows used here, by position.
(_ID, _PERSON, _GIVEN, _FAMILY, _EMAIL, _STATUS, _PROPOSED_BY, _SENT_ON, _CHANNEL, _SENT_BY,
 _DEADLINE, _RESPONSE, _RESPONDED, _RENEWAL, _REMINDERS, _LAST_REMINDER, _FLAGS, _READ,
 _STEP) = range(len(pipeline_q.COLUMNS))


class Pipeline(Sequence[PipelineRow]):
    """The rows of a term's pipeline by family name, each made when first read."""

    def __init__(self, rows: Sequence[Any], roles: dict[str, tuple[str, ...]],
                 checklists: onboarding.Checklists | None, today: date) -> None:
        keys = [(r[_FAMILY].casefold(), r[_GIVEN].casefold()) for r in rows]
        order = sorted(range(len(rows)), key=keys.__getitem__)
        self._raw = [rows[i] for i in order]
        self.name_keys: list[tuple[str, str]] = [keys[i] for i in order]
        self._roles, self._checklists, self._today = roles, checklists, today
        statuses = reference().statuses
        self._names = {code: s.name for code, s in statuses.items()}
        stage_of = {code: "ended" if code in lifecycle.ENDED else code
                    for code in {*statuses, *(r[_STATUS] for r in self._raw)}}
        self.stages: list[str] = [stage_of[r[_STATUS]] for r in self._raw]
        self.overdue: list[bool] = [
            r[_SENT_ON] is not None and lifecycle.is_overdue(
                r[_STATUS], as_date(r[_DEADLINE]), as_date(r[_RESPONDED]), today)
            for r in self._raw]
        self._at = {r[_ID]: n for n, r in enumerate(self._raw)}  # stored id -> row
        self._made: list[PipelineRow | None] = [None] * len(self._raw)

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> PipelineRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[PipelineRow]: ...

    def __getitem__(self, index: int | slice) -> PipelineRow | list[PipelineRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        row = self._made[index]
        if row is None:
            row = self._made[index] = self._make(self._raw[index], self.stages[index],
                                                 self.overdue[index])
        return row

    def __iter__(self) -> Iterator[PipelineRow]:
        return (self[i] for i in range(len(self._raw)))

    def membership_id(self, index: int) -> str:
        """The membership id of a row, without making the row."""
        return uuid_text(self._raw[index][_ID])

    def search_text(self, index: int) -> str:
        """What a search looks in (name, e-mail, proposer, status), without making the
        row."""
        r = self._raw[index]
        given, family, status = r[_GIVEN], r[_FAMILY], r[_STATUS]
        name = f"{family}, {given}" if given and family else family or given
        return f"{name} {r[_EMAIL] or ''} {r[_PROPOSED_BY]} {self._names.get(status, status)}"

    def status(self, index: int) -> str:
        """The membership status of a row, without making the row."""
        return self._raw[index][_STATUS]

    def index_of(self, membership_id: str) -> int | None:
        """The row of a membership (dashed id), or None when it is not in the term."""
        return self._at.get(stored_id(membership_id))

    def counts(self) -> PipelineCounts:
        by_stage = Counter(self.stages)
        return PipelineCounts(by_stage["proposed"], by_stage["invited"], sum(self.overdue),
                              by_stage["accepted"], by_stage["active"], by_stage["ended"])

    def completion(self, index: int) -> Completion | None:
        """The onboarding of an accepted or validated row (None for any other, or when
        the pipeline was read without the onboarding)."""
        r = self._raw[index]
        if self._checklists is None or r[_STATUS] not in onboarding.ONBOARDING_STATUSES:
            return None
        flags = r[_FLAGS]
        return self._checklists.completion(
            self._held(r[_ID]), bool(flags & pipeline_q.CITES),
            bool(flags & pipeline_q.COMMITTEE), bool(flags & pipeline_q.CODE_OF_CONDUCT),
            bool(flags & pipeline_q.CONFLICT_OF_INTEREST), r[_READ] or 0)

    def completions(self) -> dict[str, Completion]:
        """Every onboarding there is, by membership id (onboarding.group_onboarding)."""
        out = {}
        for index, r in enumerate(self._raw):
            done = self.completion(index)
            if done is not None:
                out[uuid_text(r[_ID])] = done
        return out

    # ------------------------------------------------------------------ making rows
    def _held(self, stored: str) -> tuple[str, ...]:
        return self._roles.get(stored, ())

    def _make(self, r: Any, stage: str, overdue: bool) -> PipelineRow:
        (stored, person_id, given, family, email, status, proposed_by, sent_on, channel,
         sent_by, deadline, response, responded, renewal, reminders, last_reminder,
         *_rest, step) = r
        return PipelineRow(
            uuid_text(stored), uuid_text(person_id),
            f"{family}, {given}" if given and family else family or given, given, family,
            email or "", status, self._names.get(status, status), stage, overdue,
            self._held(stored), proposed_by, as_date(sent_on), channel or "",
            sent_by or "", as_date(deadline), reminders or 0, as_date(last_reminder),
            response or "", as_date(responded), bool(renewal), as_date(step))
