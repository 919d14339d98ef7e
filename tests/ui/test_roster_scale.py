"""The roster at the whole SSC's size: restoring 10,000 selected rows after a reload costs
work in proportion to the rows (counted, not timed), and every column sorts by keys made
once per load."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from ssc_desktop.services import groups, roster
from ssc_desktop.store.database import Database
from ssc_desktop.store.models import Membership, Person
from ssc_desktop.store.models.base import new_id
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.pages.roster import RosterPage
from ssc_desktop.ui.roster_filter import COLUMNS, RosterIndex
from ssc_desktop.ui.roster_model import RosterModel

SIZE = 10_000


def fill(db, group_id: str, term_id: str, size: int) -> None:
    """`size` members written in one transaction (the way an import writes them)."""
    with db.transaction(f"{size} members") as tx:
        for n in range(size):
            person = Person(id=new_id(), given_names=f"Given{n % 97}",
                            family_name=f"Family{n:05d}", email=f"m{n}@example.org",
                            country_code=("BR", "NO", "VN", "KE")[n % 4],
                            organisation=f"Institute {n % 50}")
            tx.session.add(person)
            tx.session.add(Membership(id=new_id(), person_id=person.id, group_id=group_id,
                                      quadrennium_id=term_id, status="active"))


class CountedRows(Sequence):
    """The loaded rows, counting every lookup of one row by its number."""

    def __init__(self, rows: Sequence[Any]) -> None:
        self._rows = rows
        self.lookups = 0

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self):
        return iter(self._rows)

    def __getitem__(self, i):
        self.lookups += 1
        return self._rows[i]


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    """A file with one group of 10,000 members, built once for this module's tests."""
    path = tmp_path_factory.mktemp("big") / "ssc.sqlite"
    with Database.open(path, actor="tester") as db:
        term = groups.find_quadrennium(db, "2021-2025")
        group_id = groups.create_group(db, "Otter Specialist Group", "OSG",
                                       "specialist_group", "mammals",
                                       quadrennium_id=term.id).subject_id
        fill(db, group_id, term.id, SIZE)
    return path


@pytest.fixture
def big_page(qtbot, big_file, tmp_path, monkeypatch):
    path = tmp_path / big_file.name
    shutil.copyfile(big_file, path)
    db = Database.open(path, actor="tester")
    [group] = groups.list_groups(db)
    term = groups.find_quadrennium(db, "2021-2025")
    counted: list[CountedRows] = []
    reset = RosterModel.reset_rows

    def counting_reset(model, rows, follow_up=None):
        counted.append(CountedRows(rows))
        return reset(model, counted[-1], follow_up)

    monkeypatch.setattr(RosterModel, "reset_rows", counting_reset)
    context = AppContext(db)
    context.set_group(group.id, term.id)
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    yield page, counted
    db.close()


def test_restoring_ten_thousand_selected_rows_is_linear(big_page, qtbot):
    page, counted = big_page
    model = page.model
    assert model.rowCount() == SIZE
    page.ui.table.selectAll()
    page.ui.table.selectionModel().setCurrentIndex(
        model.index(SIZE // 2, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    selected = set(page.selected_ids())
    assert len(selected) == SIZE
    calls = {"index": 0}
    make_index = model.index

    def counting_index(row, column, parent=None):
        calls["index"] += 1
        return make_index(row, column) if parent is None else make_index(row, column, parent)

    model.index = counting_index  # type: ignore[method-assign]
    page.refresh()  # what every operation's reload does
    rows = counted[-1]
    assert set(page.selected_ids()) == selected
    assert page.current_id() is not None
    # O(selected × rows) was 10,000 × 10,000 lookups; now a few per row, and one
    # selection range for the one run of adjacent rows. (Qt's own selectedRows() asks
    # for an index per cell of the 9 columns, before and after: also linear.)
    assert rows.lookups <= 3 * SIZE
    assert calls["index"] <= 2 * 10 * SIZE
    assert len(page.ui.table.selectionModel().selection()) == 1


def test_every_other_row_selected_is_still_linear(big_page):
    page, counted = big_page
    model = page.model
    selection = QItemSelection()
    for row in range(0, SIZE, 2):
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    page.ui.table.selectionModel().select(selection,
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen = set(page.selected_ids())
    assert len(chosen) == SIZE // 2
    page.refresh()
    assert counted[-1].lookups <= 3 * SIZE
    assert set(page.selected_ids()) == chosen


def test_sorting_every_column_uses_keys_made_once_per_load(big_page, monkeypatch):
    page, _counted = big_page
    made: list[str] = []
    index: RosterIndex = page.model._index
    key = index._sort_key
    monkeypatch.setattr(index, "_sort_key", lambda text: (made.append(text), key(text))[1])
    header = page.ui.table.horizontalHeader()
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(column, order)
            page.model.sort(column, order)
            values = [page.model.data(page.model.index(r, column)) or ""
                      for r in range(0, SIZE, 1000)]
            filled = [v for v in values if v]
            assert filled == sorted(filled, key=key, reverse=order ==
                                    Qt.SortOrder.DescendingOrder), COLUMNS[column]
    # One key per distinct value, once, however often and in whichever column it is
    # sorted (the names' keys were made by the load).
    sorted_columns = [c for c in range(len(COLUMNS)) if c in index._ranks]
    distinct = set().union(*(set(index.values(c)) for c in sorted_columns))
    assert len(made) == len(set(made)) == len(distinct - set(index.values(0)))
    # A reload keeps the keys it knows: sorting every column again asks for none.
    made.clear()
    page.model.reset_rows(index.rows)
    reloaded: RosterIndex = page.model._index
    monkeypatch.setattr(reloaded, "_sort_key", lambda text: (made.append(text), key(text))[1])
    for column in range(len(COLUMNS)):
        page.model.sort(column, Qt.SortOrder.AscendingOrder)
    assert made == []


def test_typing_a_search_tests_only_the_rows_the_shorter_text_kept(big_page, qtbot,
                                                                     monkeypatch):
    """Each keystroke folds the typed text once and tests plain precomputed keys: the
    first letter every row, each further letter only the rows the one before kept. The
    search keys are made once per load, never per keystroke."""
    from ssc_desktop.ui import roster_filter, roster_model

    page, counted = big_page
    model = page.model
    index: RosterIndex = model._index
    keys = index.search_keys
    folded: list[str] = []
    fold = roster_filter.fold
    monkeypatch.setattr(roster_filter, "fold", lambda text: (folded.append(text),
                                                             fold(text))[1])
    built: list[object] = []
    monkeypatch.setattr(roster_model, "RosterIndex",
                        lambda *args, **kw: built.append(args) or RosterIndex(*args, **kw))
    typed, kept_before = "", SIZE
    for letter in "family0123":
        typed += letter
        tested = index.tested
        qtbot.keyClicks(page.ui.search, letter)
        # The same rows as a plain search of every name, in the shown order.
        expected = [r.membership_id for r, key in zip(counted[-1]._rows, keys, strict=True)
                    if typed in key]
        shown = [model.row_at(n).membership_id for n in range(model.rowCount())]
        assert sorted(shown) == sorted(expected) and len(shown) == len(set(shown))
        assert index.tested - tested == kept_before, typed
        kept_before = len(shown)
    assert model.rowCount() == 10  # family01230 … family01239
    assert folded == ["family0123"[:n] for n in range(1, 11)]  # the typed text, once each
    assert built == [] and model._index is index and index.search_keys is keys
    # Deleting a letter widens the search: every row is tested again, once.
    tested = index.tested
    qtbot.keyClick(page.ui.search, Qt.Key.Key_Backspace)
    assert index.tested - tested == SIZE and model.rowCount() == 100


def test_the_search_keys_are_made_once_just_after_the_rows_show(big_page, qtbot):
    """A refresh shows the rows without their search keys; the keys are made once, when
    the event loop is next free (or by a keystroke that comes first), the same keys the
    service makes with the rows."""
    page, counted = big_page
    page.refresh()
    index: RosterIndex = page.model._index
    assert index._search_keys is None and index.keys_made == 0  # not before the paint
    qtbot.waitUntil(lambda: index._search_keys is not None)
    assert index.keys_made == 1
    with_keys = roster.load_roster(page.context.db, page.context.group_id,
                                   page.context.quadrennium_id)
    by_id = {r.membership_id: r.search_key for r in with_keys}
    assert [by_id[r.membership_id] for r in index.rows] == index.search_keys
    assert index.keys_made == 1
    # A keystroke before the event loop is free makes them itself, once.
    page.refresh()
    index = page.model._index
    qtbot.keyClicks(page.ui.search, "family01")
    assert index.keys_made == 1 and page.model.rowCount() == 1000
    qtbot.wait(10)
    assert index.keys_made == 1

