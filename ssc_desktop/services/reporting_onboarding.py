"""Onboarding completion for the quarterly report, using the checklist rules of
domain.onboarding with only what had been acknowledged by the quarter's end."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from ..domain import onboarding as rules
from ..domain.reference import reference
from .reporting_dto import DocumentLine, OnboardingFigures


def onboarding_figures(current: list, roles: dict[str, list[str]], acknowledgements: list,
                       taxonomic_set: str | None, as_of: date) -> OnboardingFigures:
    """Counts over the accepted and validated members at `as_of`."""
    read: dict[str, dict[int, date]] = defaultdict(dict)
    for a in acknowledgements:
        if a.acknowledged_on <= as_of:
            read[a.person_id][a.document_number] = a.acknowledged_on
    required: Counter[int] = Counter()
    done: Counter[int] = Counter()
    coc = coi = all_docs = complete = 0
    checklists: dict[tuple, list[rules.ChecklistItem]] = {}
    for m in current:
        key = (tuple(sorted(roles.get(m.membership_id, ()))), m.engages_in_cites,
               m.committee_member)
        if key not in checklists:  # a few role sets cover a whole group: derive each once
            checklists[key] = rules.checklist(key[0], taxonomic_set=taxonomic_set,
                                              engages_in_cites=m.engages_in_cites,
                                              committee_member=m.committee_member)
        items = checklists[key]
        mine = read.get(m.person_id, {})
        accepted_on = m.code_of_conduct_accepted_on
        declared_on = m.conflict_of_interest_declared_on
        result = rules.completion(
            items, mine,
            code_of_conduct_accepted_on=accepted_on if accepted_on and accepted_on <= as_of
            else None,
            conflict_of_interest_declared_on=declared_on if declared_on and
            declared_on <= as_of else None)
        coc += result.code_of_conduct
        coi += result.conflict_of_interest
        all_docs += result.read == result.total
        complete += result.complete
        for item in items:
            required[item.number] += 1
            done[item.number] += item.number in mine
    documents = tuple(DocumentLine(d.number, d.title, required[d.number], done[d.number])
                      for d in reference().documents if required.get(d.number))
    return OnboardingFigures(members=len(current), code_of_conduct=coc,
                             conflict_of_interest=coi, all_documents=all_docs,
                             complete=complete, documents=documents)
