"""The one privacy rule for figures about people: nobody can be singled out.

Gender and age band are optional, private fields, shown only as aggregates. Every place
that prints them (the quarterly report, the annual report, the Home page) goes through
``balance()``:

- a population of fewer than ``THRESHOLD`` people shows no categories at all;
- when the same output names fewer than ``THRESHOLD`` people who joined or left (a
  "movement"), no category is counted either: the previous report's counts minus these
  would give the named people's gender or age;
- otherwise every category of ``THRESHOLD`` or more is shown as it is, and the categories
  below it (other answers, "not recorded", or a main category that is itself small) are
  combined into one "Another answer or not recorded" row, which is hidden only when it is
  itself non-zero and below ``THRESHOLD``. A main category (Woman, Man) is never hidden
  because another one is small.

``Count.count`` is None exactly when a figure is withheld.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..i18n import _

THRESHOLD = 5  # k: a figure about fewer than k people is never printed
OTHER = "other"  # code of the combined row

# Why a whole balance is withheld ("" when it is shown).
SMALL_POPULATION = "small_population"
SMALL_MOVEMENT = "small_movement"


@dataclass(frozen=True, slots=True)
class Count:
    code: str
    label: str
    count: int | None  # None when withheld (fewer than THRESHOLD people)


@dataclass(frozen=True, slots=True)
class Balance:
    total: int
    rows: tuple[Count, ...]
    withheld: str = ""  # SMALL_POPULATION, SMALL_MOVEMENT or ""

    @property
    def any_suppressed(self) -> bool:
        return bool(self.withheld) or any(r.count is None for r in self.rows)

    @property
    def shown(self) -> bool:
        """False when no category is printed at all."""
        return not self.withheld


def other_label() -> str:
    return _("Another answer or not recorded")


def is_small(n: int) -> bool:
    """A non-zero figure under the threshold (zero singles nobody out)."""
    return 0 < n < THRESHOLD


def small_movement(*named_sets: Iterable[object] | int) -> bool:
    """True when any set of named people (joiners, leavers) is non-empty and small."""
    for people in named_sets:
        n = people if isinstance(people, int) else len(list(people))
        if is_small(n):
            return True
    return False


def balance(counts: Mapping[str, int], labels: Mapping[str, str], *,
            main: Iterable[str] | None = None, combined_label: str | None = None,
            named_movements: Iterable[int] = ()) -> Balance:
    """The printable balance of one population.

    ``counts``: people per category code (codes outside ``labels``, and "", are counted
    in the combined row); ``labels``: the categories that get a row of their own when
    large enough, in printing order; ``main``: the codes that keep a row even at zero
    (every code of ``labels`` by default; others are left out at zero);
    ``named_movements``: the sizes of the sets of people the same output names as having
    joined or left.
    """
    total = sum(counts.values())
    label = combined_label or other_label()
    if is_small(total):
        return Balance(total, (), SMALL_POPULATION)
    if any(is_small(n) for n in named_movements):
        return Balance(total, (), SMALL_MOVEMENT)
    always = set(labels if main is None else main)
    rows: list[Count] = []
    combined = 0
    for code, name in labels.items():
        n = counts.get(code, 0)
        if is_small(n):
            combined += n
        elif n or code in always:
            rows.append(Count(code, name, n))
    combined += sum(n for code, n in counts.items() if code not in labels)
    rows.append(Count(OTHER, label, None if is_small(combined) else combined))
    return Balance(total, tuple(rows))


def withheld_sentence(b: Balance) -> str:
    """One sentence saying why figures are missing, or "" when nothing is withheld."""
    if b.withheld == SMALL_POPULATION:
        return _("Gender and age are not shown: fewer than {k} people are counted, so "
                 "each could be identified.").format(k=THRESHOLD)
    if b.withheld == SMALL_MOVEMENT:
        return _("Gender and age are not shown this time: fewer than {k} people joined or "
                 "left and they are named, so a comparison with an earlier report would "
                 "reveal their gender or age.").format(k=THRESHOLD)
    if any(r.count is None for r in b.rows):
        return _("“Not shown”: fewer than {k} people gave another answer or none, so the "
                 "figure is withheld; categories under {k} are always combined into "
                 "“{other}”.").format(k=THRESHOLD, other=other_label())
    return ""
