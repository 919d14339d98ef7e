"""The import preview reads only the people the file can match (count the people read,
not the time): by e-mail, alternate e-mail, username, and the group's own members."""

from __future__ import annotations

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.exchange import importer
from ssc_desktop.exchange.import_preview import build_preview, file_keys
from ssc_desktop.services import groups, roster
from ssc_desktop.services.roster_import import import_snapshot, known_names

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
    assert snapshot.names == ()  # every name is read only when a row is a new person
    preview = importer.preview(db, group, TERM, table, mapping)
    # All three are known people joining this group (matched by e-mail, alternate, username).
    assert [r.kind for r in preview.rows] == ["new"] * 3
    assert all("Already known to the app" in " ".join(r.notes) for r in preview.rows)


def test_every_name_is_read_once_and_only_when_a_row_is_a_new_person(db, group, add_member,
                                                                       tmp_path):
    """A file of known people never reads the whole person table for "maybe the same
    person"; a file with new people reads it once, however many new rows it has."""
    add_member("José", "Núñez Peña", email="jose@example.org")
    add_member("Ana", "Silva", email="ana@example.org")
    reads: list[int] = []

    def names():
        found = known_names(db)
        reads.append(len(found))
        return found

    def preview(text: str):
        path = tmp_path / "f.csv"
        path.write_text("Given name,Family name,Email\n" + text, encoding="utf-8")
        table, mapping = importer.read_and_map(db, path)
        snapshot = import_snapshot(db, group, TERM, TODAY, file_keys(table, mapping))
        return build_preview(table, mapping, snapshot, names=names)

    known = preview("José,Núñez Peña,jose@example.org\nAna,Silva,ANA@example.org\n")
    assert [r.kind for r in known.rows] == ["unchanged", "unchanged"]
    assert reads == []
    new = preview("Jose,NUNEZ PENA,jnp@example.org\nBea,Ruiz,bea@example.org\n"
                  "Carl,Berg,carl@example.org\n")
    assert reads == [2]
    assert "(jose@example.org) in the app" in " ".join(
        w.message for w in new.rows[0].warnings)
