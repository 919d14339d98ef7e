"""The roster model: qtmodeltester, accent-free search, filters, locale-aware sort, selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QTableView

from ssc_desktop.services import roster
from ssc_desktop.ui.roster_filter import COLUMNS, RosterFilter
from ssc_desktop.ui.roster_model import MEMBERSHIP_ID_ROLE, RosterModel

from ..conftest import TODAY
from .roster_support import people  # noqa: F401 - fixture

NAME = 0
COUNTRY = [attribute for attribute, _ in COLUMNS].index("country")


@pytest.fixture(autouse=True)
def english_collation():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def model(qapp, db, group, term, people):  # noqa: F811
    m = RosterModel()
    m.reset_rows(roster.load_roster(db, group.id, term.id, TODAY))
    return m


def families(model: RosterModel) -> list[str]:
    return [model.row_at(r).family_name for r in range(model.rowCount())]


def test_model_passes_qtmodeltester_while_filtered_and_sorted(qtmodeltester, model):
    qtmodeltester.check(model)
    model.set_filter(RosterFilter(text="o"))
    model.sort(COUNTRY, Qt.SortOrder.DescendingOrder)
    model.set_filter(RosterFilter(status="stage:active", region="west_europe"))
    model.set_filter(RosterFilter(text="nothing matches this"))
    model.set_filter(RosterFilter())
    qtmodeltester.check(model)
    assert model.rowCount() == 8


@pytest.mark.parametrize(("typed", "found"), [
    ("nunez", ["Núñez"]),
    ("odegard", ["Ødegård"]),
    ("IVANOV", ["Иванов"]),
    ("  JOSE   nunez ", ["Núñez"]),
    ("Núñez", ["Núñez"]),
    ("norway", ["Ødegård"]),
    ("norvege", ["Ødegård"]),  # a country or a role as a chair types it in any language
    ("Noruega", ["Ødegård"]),
    ("copresident", ["Núñez"]),
    ("red list", ["Oliveira"]),
])
def test_search_ignores_case_and_accents(model, typed, found):
    model.set_filter(RosterFilter(text=typed))
    assert families(model) == found


def test_filters_by_status_region_and_role(model):
    model.set_filter(RosterFilter(status="invited"))
    assert families(model) == ["Иванов"]
    model.set_filter(RosterFilter(status="stage:ended"))
    assert families(model) == ["Nash"]
    model.set_filter(RosterFilter(status="stage:pipeline"))
    assert sorted(families(model)) == sorted(["Иванов", "Álvarez"])
    model.set_filter(RosterFilter(region="west_europe"))
    assert sorted(families(model)) == sorted(["Ødegård", "Álvarez", "Nash", "Zimmermann"])
    model.set_filter(RosterFilter(no_region=True))
    assert families(model) == ["Pohaku"]
    model.set_filter(RosterFilter(role="co_chair"))
    assert families(model) == ["Núñez"]
    model.set_filter(RosterFilter(text="o", status="stage:active", region="west_europe"))
    assert sorted(families(model)) == sorted(["Ødegård", "Zimmermann"])


def test_sort_is_locale_aware(model):
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    order = families(model)
    assert order[:1] == ["Álvarez"]  # Á sorts with A, not after Z
    assert order.index("Núñez") < order.index("Ødegård") < order.index("Oliveira")
    assert order.index("Oliveira") < order.index("Pohaku") < order.index("Zimmermann")
    assert order[-1] == "Иванов"  # Cyrillic after Latin
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert families(model) == list(reversed(order))


def test_blank_cells_sort_last_both_ways(model):
    model.sort(COUNTRY, Qt.SortOrder.AscendingOrder)
    assert families(model)[-1] == "Pohaku"
    assert families(model)[0] == "Oliveira"  # Brazil
    model.sort(COUNTRY, Qt.SortOrder.DescendingOrder)
    assert families(model)[-1] == "Pohaku"


def test_counts_are_reported(model, qtbot):
    with qtbot.waitSignal(model.countsChanged) as signal:
        model.set_filter(RosterFilter(text="nunez"))
    assert signal.args == [1, 8]


def test_selection_follows_the_member_through_filter_and_sort(qtbot, model, people):  # noqa: F811
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    row = model.row_of(people["Ødegård"])
    view.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    model.sort(COUNTRY, Qt.SortOrder.DescendingOrder)
    model.set_filter(RosterFilter(text="o"))
    current = view.currentIndex()
    assert current.data(MEMBERSHIP_ID_ROLE) == people["Ødegård"]
    assert [i.data(MEMBERSHIP_ID_ROLE) for i in view.selectionModel().selectedRows()] == [
        people["Ødegård"]]
    model.set_filter(RosterFilter(text="nunez"))  # Ødegård filtered out: nothing selected
    assert view.selectionModel().selectedRows() == []
    assert model.rowCount() == 1


def test_reset_keeps_filter_and_order(db, group, term, model, add_member):
    model.set_filter(RosterFilter(text="ol"))
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    add_member("Olga", "Orlova", country="UA")
    model.reset_rows(roster.load_roster(db, group.id, term.id, TODAY))
    order = families(model)
    assert order.index("Orlova") < order.index("Oliveira") < order.index("Ødegård")
    assert "Álvarez" not in order  # still filtered
    assert model.sort_order == Qt.SortOrder.DescendingOrder


@pytest.mark.parametrize(("language", "spain", "germany"), [
    ("en", "Spain", "Germany"), ("fr", "Espagne", "Allemagne"), ("es", "España", "Alemania")])
def test_country_names_follow_the_language(db, group, term, people, language, spain,  # noqa: F811
                                           germany):
    from ssc_desktop import i18n

    i18n.set_language(language)
    try:
        m = RosterModel()
        m.reset_rows(roster.load_roster(db, group.id, term.id, TODAY))
        column = [a for a, _t in COLUMNS].index("country")
        shown = {m.row_at(r).family_name: m.data(m.index(r, column))
                 for r in range(m.rowCount())}
    finally:
        i18n.set_language("en")
    assert shown["Álvarez"] == spain and shown["Zimmermann"] == germany
    assert shown["Pohaku"] == ""  # no country: nothing, whatever the language
