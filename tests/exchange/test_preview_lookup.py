"""The import preview reads only the people the file can match (count the people read,
not the time): by e-mail, alternate e-mail, username, and the group's own members."""

from __future__ import annotations

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.exchange import importer
from ssc_desktop.exchange.import_preview import file_keys
from ssc_desktop.services import groups, roster
from ssc_desktop.services.roster_import import import_snapshot

from ..conftest import TODAY
from .conftest import TERM


def test_only_the_people_the_file_can_match_are_read(db, group, term, add_member, tmp_path):
    add_member("Ana", "Silva", email="ana@example.org")  # the group's own member
    made = groups.create_group(db, "Bat SG", "BSG", "specialist_group", None,
                               quadrennium_id=term.id, today=TODAY)
    for i in range(60):  # people of another group the file never names
        roster.add_member(db, made.subject_id, term.id, PersonFields(
            given_names=f"G{i}", family_name=f"F{i}", email=f"p{i}@example.org",
            alternate_email=f"alt{i}@example.org", iucn_username=f"User.N{i}"), today=TODAY)
    path = tmp_path / "few.csv"
    path.write_text("Given name,Family name,Email,IUCN username\n"
                    "G1,F1,P1@Example.org,\nG2,F2,alt2@example.org,\nG3,F3,,user.n3\n",
                    encoding="utf-8")
    table, mapping = importer.read_and_map(db, path)
    keys = file_keys(table, mapping)
    assert keys.emails == {"p1@example.org", "alt2@example.org"}
    snapshot = import_snapshot(db, group, TERM, TODAY, keys)
    assert sorted(p.fields.family_name for p in snapshot.people.values()) == \
        ["F1", "F2", "F3", "Silva"]
    assert len(snapshot.names) == 61  # names only, for "maybe the same person as …"
    preview = importer.preview(db, group, TERM, table, mapping)
    # All three are known people joining this group (matched by e-mail, alternate, username).
    assert [r.kind for r in preview.rows] == ["new"] * 3
    assert all("Already known to the app" in " ".join(r.notes) for r in preview.rows)
