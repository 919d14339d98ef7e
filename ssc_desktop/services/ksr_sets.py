"""Load a later quadrennium's Key Species Results from a data file (numbering changes)."""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.errors import RuleRefused
from ..domain.reference import load_ksr_file
from ..i18n import N_, _
from ..labels import Label
from ..store import seed
from ..store.database import Database
from ..store.models import KeySpeciesResult, Quadrennium
from ..store.queries import roster as roster_q
from ..store.queries import targets as q
from .dto import Change


def load_ksr_set(db: Database, path: str | os.PathLike[str]) -> Change:
    """Add the KSRs of a file (columns as ksrs_2021-2025.csv) in one undoable step.

    KSRs already present keep their id (targets point at them) but take the file's
    objective and title, so a corrected file fixes a typo everywhere.
    """
    path = Path(path)
    ksrs = load_ksr_file(path)
    with db.reading() as s:
        terms = {t.code: t for t in roster_q.quadrennia(s)}
    unknown = sorted({k.quadrennium for k in ksrs} - terms.keys())
    if unknown:
        raise RuleRefused(_("{file} names the quadrennium {code}, which this database does not "
                            "know; use one of {codes}.").format(file=path.name, code=unknown[0],
                                                          codes=", ".join(sorted(terms))))
    codes = sorted({k.quadrennium for k in ksrs})
    with db.transaction(Label(N_("Load KSR set {codes}"), codes=', '.join(codes))) as tx:
        s = tx.session
        by_number = {}
        for code in codes:
            for row in q.ksrs_of(s, terms[code].id):
                by_number[(code, row.number)] = row
        changed = 0
        for k in ksrs:
            found: KeySpeciesResult | None = by_number.get((k.quadrennium, k.number))
            if found is None:
                continue
            row = found
            for key in ("objective_code", "objective_name", "title"):
                if getattr(row, key) != getattr(k, key):
                    setattr(row, key, getattr(k, key))
                    changed += 1
            if row.provisional:  # the new plan's file replaces the carried set
                row.provisional = False
        in_file = {(k.quadrennium, k.number) for k in ksrs}
        for (code, number), row in by_number.items():
            if (code, number) in in_file or not row.provisional:
                continue
            if q.targets_with_ksr(s, row.id):
                raise RuleRefused(_(
                    "{file} has no KSR {number} for {term}, but targets of the provisional set "
                    "use it; move them to another KSR first, then load the file again.").format(
                    file=path.name, number=number, term=code))
            s.delete(row)
        by_code = {code: s.get_one(Quadrennium, terms[code].id) for code in codes}
        added = seed.add_ksrs(s, by_code, ksrs)
    return Change(tx.batch_id,
                  _("Loaded {count} KSRs for {codes} ({added} new, {changed} field(s) "
                    "corrected)").format(count=len(ksrs), codes=", ".join(codes),
                                         added=added, changed=changed))
