"""Hypothesis: any Unicode name, organisation and note survives export -> import unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssc_desktop.domain.people import PersonFields, tidy
from ssc_desktop.domain.text_rules import storable
from ssc_desktop.exchange import importer
from ssc_desktop.exchange.cells import ILLEGAL_CHARACTERS
from ssc_desktop.exchange.columns import ColumnProfile, default_profile
from ssc_desktop.exchange.plausibility import lost_characters
from ssc_desktop.exchange.roster_export import export_roster
from ssc_desktop.services import groups, roster
from ssc_desktop.store.database import Database

from ..conftest import TODAY

# Everything a spreadsheet cell can hold (no control characters Excel refuses, no lone
# surrogates) in any script.
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
# ... and that the services accept (no C1 controls or non-characters: text_rules).
text = st.text(_chars, min_size=1, max_size=40).filter(
    lambda s: not ILLEGAL_CHARACTERS.search(s) and tidy(s) != "" and storable(tidy(s)))
# A "?" in a name, or between letters elsewhere, is a character a file has lost: such a
# row is refused on import (tests/exchange/test_plausibility*), so it cannot round-trip.
names = text.filter(lambda s: not lost_characters(s, name=True))
organisations = text.filter(lambda s: not lost_characters(s))
notes = st.text(_chars, max_size=200).filter(
    lambda s: not ILLEGAL_CHARACTERS.search(s) and storable(s, multiline=True))
PROFILE = ColumnProfile("with notes", (*default_profile().columns, ("notes", "Notes")))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(given_names=names, family_name=names, organisation=organisations, note=notes,
       suffix=st.sampled_from([".xlsx", ".csv"]))
def test_names_organisations_and_notes_round_trip(given_names, family_name, organisation,
                                                 note, suffix):
    with tempfile.TemporaryDirectory() as folder:
        with Database.open(Path(folder) / "a.sqlite", actor="t") as db:
            term = groups.find_quadrennium(db, "2021-2025")
            made = groups.create_group(db, "Otter SG", "OSG", "specialist_group", None,
                                       quadrennium_id=term.id, today=TODAY)
            group = next(g for g in groups.list_groups(db) if g.id == made.subject_id)
            fields = PersonFields(given_names=given_names, family_name=family_name,
                                  organisation=organisation, notes=note,
                                  email="someone@example.org")
            stored = roster.member_detail(db, roster.add_member(
                db, group.id, term.id, fields, today=TODAY).subject_id).fields
            path = Path(folder) / f"roster{suffix}"
            export_roster(db, group.id, term.id, path, profile=PROFILE)
            table, mapping = importer.read_and_map(db, path)
            same = importer.preview(db, group, term.code, table, mapping)
            assert same.summary() == "0 new, 0 updated, 1 unchanged, 0 with problems"
            # Into another database: the person arrives exactly as stored.
            with Database.open(Path(folder) / "b.sqlite", actor="t") as other:
                term2 = groups.find_quadrennium(other, "2021-2025")
                made2 = groups.create_group(other, "Otter SG", "OSG", "specialist_group",
                                            None, quadrennium_id=term2.id, today=TODAY)
                group2 = next(g for g in groups.list_groups(other) if g.id == made2.subject_id)
                table, mapping = importer.read_and_map(other, path)
                result = importer.preview(other, group2, term2.code, table, mapping)
                assert result.summary() == "1 new, 0 updated, 0 unchanged, 0 with problems"
                # Text that looks damaged (capitals, mojibake, titles) comes with warnings
                # proposing a repair; accepted, the repair is what arrives.
                importer.apply(other, group2, result, accepted=True)
                (row,) = roster.load_roster(other, group2.id, term2.id)
                arrived = roster.member_detail(other, row.membership_id).fields
            planned = result.rows[0].plan.fields
            if not result.rows[0].warnings:
                assert (planned.given_names, planned.family_name, planned.organisation) == (
                    stored.given_names, stored.family_name, stored.organisation)
            assert (arrived.given_names, arrived.family_name, arrived.organisation,
                    arrived.notes) == (planned.given_names, planned.family_name,
                                       planned.organisation, stored.notes)
