"""Which roster rows are shown, in what order: computed in bulk over keys made once per load.

A QSortFilterProxyModel would call Python once per row (filter) or per comparison (sort);
at 10,000 members that misses the keystroke budget. Here a keystroke is one list
comprehension over precomputed folded keys (only over the rows the previous text kept,
when the chair types on), and a sort is two stable C-level `list.sort` calls over
integer ranks. The ranks come from collation sort keys computed once per value
and load: ICU's byte strings (PyICU) compare in C; where PyICU is not installed,
QCollator's sort keys give the same order at the cost of a Python call per comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCollator, QCoreApplication, QLocale

from ..domain.people import fold
from ..domain.reference import reference
from ..services.dto import RosterRow
from ..services.roster_followup import FollowUp

# Shown columns: (RosterRow attribute, header). The header is translated by the model.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("email", "E-mail"),
    ("country", "Country"),
    ("region", "Region"),
    ("organisation", "Organisation"),
    ("roles_text", "Roles"),
    ("status_name", "Status"),
    ("follow_up", "Follow-up"),  # not a RosterRow attribute: RosterIndex.notes
    ("quadrennium", "Quadrennium"),
)
NAME_COLUMN = 0
FOLLOW_UP_COLUMN = [attribute for attribute, _title in COLUMNS].index("follow_up")

# RosterFilter.attention values
ONBOARDING = "onboarding"
FOCAL_POINT = "focal_point"
ANY_ATTENTION = "any"


@dataclass(frozen=True, slots=True)
class RosterFilter:
    """What the chair asked to see: typed text plus three choices (empty = any).

    `status` is a status code, or "stage:active" / "stage:pipeline" / "stage:ended".
    `attention` is ONBOARDING, FOCAL_POINT or ANY_ATTENTION (either of the two).
    """

    text: str = ""
    status: str = ""
    region: str = ""
    role: str = ""
    no_region: bool = False  # members whose country (hence region) is not known
    attention: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.text.strip() or self.status or self.region or self.role
                    or self.no_region or self.attention)

    @property
    def needs_onboarding(self) -> bool:
        return self.attention in (ONBOARDING, ANY_ATTENTION)


def tr(text: str) -> str:
    return QCoreApplication.translate("RosterFilter", text)


def focal_point_note(targets: int) -> str:
    """Readable without colour: a warning sign and the words."""
    if targets == 1:
        return tr("⚠ Focal point for 1 target: needs replacing")
    return tr("⚠ Focal point for {n} targets: needs replacing").format(n=targets)


def onboarding_note(summary: str) -> str:
    return tr("Onboarding: {summary}").format(summary=summary)


_MAX_KNOWN_KEYS = 500_000  # sort keys kept across reloads (the 100,000-row roster's columns)


class RosterIndex:
    """The keys of one loaded roster: folded search text, codes, and lazy sort ranks."""

    def __init__(self, rows: Sequence[RosterRow], follow_up: FollowUp | None = None,
                 sort_key: Callable[[str], Any] | None = None,
                 known_keys: dict[str, Any] | None = None) -> None:
        self.rows = rows
        self.follow_up = follow_up or FollowUp()
        self._sort_key = sort_key or collation_key()
        # Sort keys by value, kept by the model across reloads: a reload after an edit
        # asks the collator only for the values that changed.
        self._known_keys = known_keys if known_keys is not None else {}
        self._ranks: dict[int, list[int]] = {}
        self._last: tuple[RosterFilter, tuple[str, ...], list[int]] | None = None
        self.tested = 0  # rows whose search key a text was tested against (tests count it)
        self.keys_made = 0  # times the search keys were made from the rows (tests count it)
        stages = {code: s.stage for code, s in reference().statuses.items()}
        # The rows' search keys, or (rows loaded without them) made on first need:
        # the page asks for them just after the rows are shown, or the first keystroke.
        self._search_keys: list[str] | None = (
            [r.search_key for r in rows] if rows and rows[0].search_key else None)
        self.statuses = [r.status for r in rows]
        self.stages = [stages.get(r.status, "") for r in rows]
        self.regions = [r.region_code for r in rows]
        self.roles = [r.roles for r in rows]
        focal = self.follow_up.focal_points
        onboarding = self.follow_up.onboarding or {}
        self.focal_targets = [focal.get(r.person_id, 0) for r in rows]
        self.onboarding = [onboarding.get(r.membership_id, "") for r in rows]
        self.notes = [_note(n, o) for n, o in zip(self.focal_targets, self.onboarding,
                                                   strict=True)]

    @property
    def search_keys(self) -> list[str]:
        if self._search_keys is None:
            from ..services.roster import search_keys

            self._search_keys = search_keys(self.rows)
            self.keys_made += 1
        return self._search_keys

    def values(self, column: int) -> list[str]:
        attribute = COLUMNS[column][0]
        if column == FOLLOW_UP_COLUMN:
            return self.notes
        return [getattr(r, attribute) for r in self.rows]

    def accepted(self, f: RosterFilter) -> list[int] | None:
        """Row numbers that pass the filter, in load order (None: every row passes)."""
        if f.is_empty:
            return None
        words = tuple(fold(f.text).split())
        last = self._last
        if last is not None and _narrows(last[0], last[1], f, words):
            # Typing on ("gar" -> "garc"): only the rows the shorter text kept can pass.
            kept = self._matching(last[2], words)
        else:
            kept = self._matching(self._chosen(f), words)
        self._last = (f, words, kept)
        return kept

    def _matching(self, rows: Sequence[int], words: tuple[str, ...]) -> list[int]:
        keys = self.search_keys
        for word in words:
            self.tested += len(rows)
            rows = [i for i in rows if word in keys[i]]
        return list(rows)

    def _chosen(self, f: RosterFilter) -> Sequence[int]:
        """The rows that pass the filter's choices (status, region, role, attention)."""
        rows: Sequence[int] = range(len(self.rows))
        if f.status.startswith("stage:"):
            stage, stages = f.status[6:], self.stages
            rows = [i for i in rows if stages[i] == stage]
        elif f.status:
            status, statuses = f.status, self.statuses
            rows = [i for i in rows if statuses[i] == status]
        if f.region or f.no_region:
            region, regions = f.region, self.regions
            rows = [i for i in rows if regions[i] == region]
        if f.role:
            role, roles = f.role, self.roles
            rows = [i for i in rows if role in roles[i]]
        if f.attention:
            focal = self.focal_targets if f.attention != ONBOARDING else None
            missing = self.onboarding if f.attention != FOCAL_POINT else None
            rows = [i for i in rows if (focal and focal[i]) or (missing and missing[i])]
        return rows

    def ranks(self, column: int) -> list[int]:
        """Each row's place when sorted by a column, in the locale's collation order:
        one sort key per distinct value, computed the first time the column is sorted."""
        if column not in self._ranks:
            values = self.values(column)
            distinct = list(set(values))
            known, key = self._known_keys, self._sort_key
            if len(known) > _MAX_KNOWN_KEYS:
                known.clear()
            keys = [known[v] if v in known else known.setdefault(v, key(v)) for v in distinct]
            ordered = sorted(range(len(distinct)), key=keys.__getitem__)
            place = dict(zip([distinct[n] for n in ordered], range(len(ordered)),
                             strict=True))
            self._ranks[column] = [place[v] for v in values]
        return self._ranks[column]

    def order(self, column: int, descending: bool) -> list[int]:
        """All row numbers sorted by a column, ties broken by name; empty cells last.

        Three stable sorts keyed by plain lists, so each runs in C: by name, then by
        the column (equal values keep the name order), then blank cells last.
        """
        ranks = self.ranks(column)
        names = self.ranks(NAME_COLUMN)
        rows = list(range(len(self.rows)))
        rows.sort(key=names.__getitem__, reverse=descending)
        if column != NAME_COLUMN:
            rows.sort(key=ranks.__getitem__, reverse=descending)
        # Blank cells go last in both directions: a chair sorts to see who has a value.
        blank = [not v for v in self.values(column)]
        rows.sort(key=blank.__getitem__)
        return rows


def _narrows(before: RosterFilter, words_before: tuple[str, ...], after: RosterFilter,
             words: tuple[str, ...]) -> bool:
    """Whether every row `after` keeps was kept by `before`: the same choices, and each
    word typed before is inside a word typed now."""
    return (before.status, before.region, before.role, before.no_region,
            before.attention) == (after.status, after.region, after.role, after.no_region,
                                  after.attention) and all(
        any(old in new for new in words) for old in words_before)


def _note(focal_targets: int, onboarding: str) -> str:
    parts = []
    if focal_targets:
        parts.append(focal_point_note(focal_targets))
    if onboarding:
        parts.append(onboarding_note(onboarding))
    return " · ".join(parts)


def collation_key(locale: QLocale | None = None) -> Callable[[str], Any]:
    """A function from text to a sort key in the locale's order (numbers by value):
    ICU's bytes where PyICU is installed, else QCollator's keys."""
    locale = locale or QLocale()
    try:
        import icu  # PyICU (the pyicu-wheels package)
    except ImportError:
        return make_collator(locale).sortKey
    name = "en_GB" if locale.language() == QLocale.Language.C else locale.name()
    collator = icu.Collator.createInstance(icu.Locale(name))
    collator.setAttribute(icu.UCollAttribute.NUMERIC_COLLATION, icu.UCollAttributeValue.ON)
    return collator.getSortKey  # type: ignore[no-any-return]


def make_collator(locale: QLocale | None = None) -> QCollator:
    collator = QCollator(locale or QLocale())
    collator.setNumericMode(True)
    collator.setIgnorePunctuation(False)
    return collator
