"""The Invitations page at the whole SSC's size: a reload makes only the rows it paints,
restoring 10,000 selected rows is a dictionary look-up per id, and no Python runs per row
for a stage tab's filter or sort beyond one key per row (counted, never timed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ssc_desktop.services import groups, invitation_pipeline
from ssc_desktop.store.database import Database
from ssc_desktop.store.models import Membership, Person
from ssc_desktop.store.models.base import new_id
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.pages import invitations_model
from ssc_desktop.ui.pages.invitations import STAGE_TABS, InvitationsPage

SIZE = 10_000
PROPOSED = 200  # the rest validated


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    """One group of 10,000 members (200 proposed), written in one transaction."""
    path = tmp_path_factory.mktemp("big-invitations") / "ssc.sqlite"
    with Database.open(path, actor="tester") as db:
        term = groups.find_quadrennium(db, "2021-2025")
        group_id = groups.create_group(db, "Otter Specialist Group", "OSG",
                                       "specialist_group", "mammals",
                                       quadrennium_id=term.id).subject_id
        with db.transaction(f"{SIZE} members") as tx:
            for n in range(SIZE):
                person = Person(id=new_id(), given_names=f"Given{n % 97}",
                                family_name=f"Family{n:05d}", email=f"m{n}@example.org")
                tx.session.add(person)
                tx.session.add(Membership(id=new_id(), person_id=person.id,
                                          group_id=group_id, quadrennium_id=term.id,
                                          status="proposed" if n < PROPOSED else "active"))
    return path


@pytest.fixture
def big_page(qtbot, big_file, tmp_path, monkeypatch):
    """The page on the Validated tab, counting every row made and every sort key asked."""
    path = tmp_path / big_file.name
    shutil.copyfile(big_file, path)
    db = Database.open(path, actor="tester")
    [group] = groups.list_groups(db)
    term = groups.find_quadrennium(db, "2021-2025")
    counts = {"made": 0, "cells": 0, "looked_up": 0}
    make = invitation_pipeline.Pipeline._make
    cell = invitations_model.PipelineModel.cell
    index_of = invitations_model.PipelineModel.index_of

    def counting_make(pipeline, *args):
        counts["made"] += 1
        return make(pipeline, *args)

    def counting_cell(model, *args):
        counts["cells"] += 1
        return cell(model, *args)

    def counting_index_of(model, membership_id):
        counts["looked_up"] += 1
        return index_of(model, membership_id)

    monkeypatch.setattr(invitation_pipeline.Pipeline, "_make", counting_make)
    monkeypatch.setattr(invitations_model.PipelineModel, "cell", counting_cell)
    monkeypatch.setattr(invitations_model.PipelineModel, "index_of", counting_index_of)
    context = AppContext(db)
    context.set_group(group.id, term.id)
    page = InvitationsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.ui.stages.setCurrentIndex(STAGE_TABS.index("active"))
    page.refresh()
    yield page, counts
    db.close()


def test_a_reload_makes_only_the_rows_it_paints(big_page):
    page, counts = big_page
    table = page.tables["active"]
    assert page.proxies["active"].rowCount() == SIZE - PROPOSED
    assert page.ui.stages.tabText(STAGE_TABS.index("active")) == f"Validated ({SIZE - PROPOSED})"
    for key in counts:
        counts[key] = 0
    page.refresh()
    table.viewport().repaint()
    visible = table.rowAt(table.viewport().height() - 1) - table.rowAt(0) + 1
    assert 0 < visible < 40
    # The rows painted (and Qt may ask for the row after the last one shown): no row is
    # made, no cell asked for, for the 9,800 rows off the screen or on other tabs.
    assert counts["made"] <= visible + 2
    assert counts["cells"] <= 12 * (visible + 2) * 10
    shown = [table.model().index(r, 0).data() for r in range(3)]
    assert shown == ["Family00200, Given6", "Family00201, Given7", "Family00202, Given8"]


def test_restoring_ten_thousand_selected_rows_is_a_look_up_per_id(big_page):
    page, counts = big_page
    table, proxy = page.tables["active"], page.proxies["active"]
    table.selectAll()
    selected = set(page.selected_ids())
    assert len(selected) == SIZE - PROPOSED
    for key in counts:
        counts[key] = 0
    page.refresh()  # what every operation's reload does
    # One look-up per selected id, none made into a row to read its id or status (the
    # buttons' rules read the statuses), and one selection range for the one run of
    # adjacent rows.
    assert counts["looked_up"] == len(selected)
    assert counts["made"] <= 40  # at most the rows painted
    assert len(table.selectionModel().selection()) == 1
    assert set(page.selected_ids()) == selected
    assert page.ui.validateButton.isEnabled() is False  # validated: nothing to validate
    assert page.ui.draftsButton.isEnabled()
    page.ui.stages.setCurrentIndex(STAGE_TABS.index("proposed"))
    assert proxy.rowCount() == SIZE - PROPOSED and page.proxies["proposed"].rowCount() == 200


def test_sorting_a_stage_asks_for_one_key_per_row(big_page):
    page, counts = big_page
    model, proxy = page.model, page.proxies["active"]
    made = counts["made"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Family09999, Given8"  # 9999 % 97 == 8
    assert counts["made"] - made <= 1  # the row read; names sort on keys read with the rows
    proxy.sort(1, Qt.SortOrder.AscendingOrder)  # by e-mail: each row made once, here
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # and not again
    assert counts["made"] - made <= SIZE
    first = [proxy.index(r, 1).data() for r in range(3)]
    assert first == sorted((f"m{n}@example.org" for n in range(PROPOSED, SIZE)),
                           reverse=True)[:3]
    assert len(model._keys) == 2  # one key list per column sorted, kept until a reload
