"""Set-based undo and redo: exact, bulk, refused whole when a record moved on since."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event

from ssc_desktop.domain.progress import Cancelled, Progress
from ssc_desktop.exchange import importer
from ssc_desktop.exchange.roster_export import export_roster
from ssc_desktop.services import history, invitations, roster
from ssc_desktop.store.errors import ConflictError
from ssc_desktop.store.models import AuditEntry, ChangeBatch
from ssc_desktop.store.queries.roster import count_rows

from ..conftest import TODAY

COUNTRIES = ("Brazil", "France", "Kenya", "Viet Nam", "Norway", "Chile", "India", "Peru")


def _digest(db) -> tuple[int, ...]:
    with db.reading() as s:
        return tuple(count_rows(s, m) for m in (ChangeBatch, AuditEntry))


class StatementCounter:
    def __init__(self, db) -> None:
        self.count = 0
        self._engine = db.engine
        event.listen(db.engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.count += 1

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)


def _import(db, group, path):
    table, mapping = importer.read_and_map(db, path)
    return importer.apply(db, group, importer.preview(db, group, "2021-2025", table, mapping))


def test_undo_of_a_2000_member_import_is_exact_and_set_based(db, group, term, add_member,
                                                              tmp_path):
    for i in range(30):
        add_member(f"Old{i}", "Member", status="invited" if i % 2 else "active",
                   roles=["member"], organisation="Museum")
    before_file = tmp_path / "before.xlsx"
    export_roster(db, group.id, term.id, before_file, today=TODAY)
    rows = [["Given name", "Family name", "Email", "Country", "Status", "Organisation"]]
    rows += [[f"Old{i}", "Member", f"old{i}.member@example.org", "Brazil", "Active", "Zoo"]
             for i in range(30)]  # every existing member updated
    rows += [[f"New{i}", f"Person{i}", f"new{i}@example.org", COUNTRIES[i % 8], "Invited", ""]
             for i in range(1970)]
    source = tmp_path / "big.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    applied = _import(db, group, source)
    assert (applied.added, applied.updated) == (1970, 30)
    with db.reading() as s:
        logged = s.query(AuditEntry).filter(AuditEntry.batch_id == applied.change.batch_id).count()
    assert logged > 6000

    counter = StatementCounter(db)
    steps: list[tuple[int, int]] = []
    try:
        undone = history.undo(db, applied.change.batch_id,
                              Progress(report=lambda d, t, _text: steps.append((d, t))))
    finally:
        counter.close()
    # Per table, not per record: a few dozen statements for thousands of entries.
    assert counter.count < 120, counter.count
    assert steps and steps[-1][0] == steps[-1][1]
    assert undone.summary.startswith("Undone: ")
    after_file = tmp_path / "after.xlsx"
    export_roster(db, group.id, term.id, after_file, today=TODAY)
    assert after_file.read_bytes() == before_file.read_bytes()

    # One undo step: the redo brings the whole import back, and the undo of that works too.
    history.redo(db, applied.change.batch_id)
    assert len(roster.load_roster(db, group.id, term.id)) == 2000
    history.undo(db, applied.change.batch_id)
    export_roster(db, group.id, term.id, after_file, today=TODAY)
    assert after_file.read_bytes() == before_file.read_bytes()


def test_undo_refused_when_a_later_edit_changed_the_record(db, group, term, add_member):
    membership_id = add_member("Ana", "Silva")
    member = roster.member_detail(db, membership_id)
    first = roster.update_member(db, membership_id, member.person_version,
                                 replace(member.fields, position="Curator",
                                         organisation="Museum"))
    member = roster.member_detail(db, membership_id)
    roster.update_member(db, membership_id, member.person_version,
                         replace(member.fields, position="Director"))
    before = _digest(db)
    with pytest.raises(ConflictError) as refused:
        history.undo(db, first.batch_id)
    text = str(refused.value)
    assert text.startswith("That change cannot be undone: “Ana Silva” was changed since by "
                           "“Edit Silva, Ana” (tester, ")
    assert text.endswith("): Position. Nothing was undone; change the record directly "
                         "instead.")
    assert _digest(db) == before
    assert roster.member_detail(db, membership_id).fields.position == "Director"


def test_undo_of_an_import_refused_when_a_new_member_was_invited_since(db, group, term,
                                                                       tmp_path):
    source = tmp_path / "two.csv"
    source.write_text("Given name,Family name,Email,Country\nAna,Silva,ana@example.org,Brazil\n"
                      "Bo,Chen,bo@example.org,China\n", encoding="utf-8")
    applied = _import(db, group, source)
    ana = next(r for r in roster.load_roster(db, group.id, term.id) if r.name == "Silva, Ana")
    invitations.invite(db, [ana.membership_id], date.today())
    before = _digest(db)
    with pytest.raises(ConflictError) as refused:
        history.undo(db, applied.change.batch_id)
    text = str(refused.value)
    assert "“Ana Silva”" in text or "of “Ana Silva”" in text
    assert "Nothing was undone" in text
    assert _digest(db) == before
    assert len(roster.load_roster(db, group.id, term.id)) == 2


def test_redo_refused_when_the_record_exists_again_and_cancel_leaves_nothing(db, group, term,
                                                                             add_member):
    membership_id = add_member("Ana", "Silva")
    member = roster.member_detail(db, membership_id)
    change = roster.update_member(db, membership_id, member.person_version,
                                  replace(member.fields, position="Curator"))
    before = _digest(db)
    with pytest.raises(Cancelled):
        history.undo(db, change.batch_id, Progress(cancelled=lambda: True))
    assert _digest(db) == before
    assert roster.member_detail(db, membership_id).fields.position == "Curator"
    history.undo(db, change.batch_id)
    member = roster.member_detail(db, membership_id)
    roster.update_member(db, membership_id, member.person_version,
                         replace(member.fields, position="Keeper"))
    before = _digest(db)
    with pytest.raises(ConflictError, match="That change cannot be redone: “Ana Silva” was "
                                            "changed since by “Edit Silva, Ana”"):
        history.redo(db, change.batch_id)
    assert _digest(db) == before


def test_rows_of_one_table_that_point_at_each_other_are_ordered_parents_first():
    from ssc_desktop.store.replay import Move, parents_first

    grandchild = Move("target", "c", None, None, {"id": "c", "carried_from_id": "b"})
    child = Move("target", "b", None, None, {"id": "b", "carried_from_id": "a"})
    parent = Move("target", "a", None, None, {"id": "a", "carried_from_id": "elsewhere"})
    ordered = parents_first([grandchild, child, parent], ["carried_from_id"])
    assert [m.entity_id for m in ordered] == ["a", "b", "c"]
    assert parents_first([grandchild], []) == [grandchild]


def _rows(db) -> dict[str, list[tuple]]:
    """Every roster row as stored, every column but the version bookkeeping."""
    from sqlalchemy import select

    from ssc_desktop.store.models import Membership, MembershipRole, Person

    out = {}
    with db.reading() as s:
        for model in (Person, Membership, MembershipRole):
            columns = [c for c in model.__table__.c if c.key not in ("version", "updated_at")]
            out[model.__tablename__] = sorted(tuple(map(str, r))
                                              for r in s.execute(select(*columns)))
    return out


def test_an_added_member_is_undone_and_redone_from_the_tables_and_the_undos_entries(
        db, group, term, add_member):
    """An insert logs no row: undo rebuilds it from its table and the later entries (so
    a later edit is named), redo from the undo's delete entries, exactly."""
    add_member("Bo", "Chen")
    membership_id = add_member("Ana", "Silva", roles=["member"])
    with db.reading() as s:
        added = s.query(ChangeBatch).order_by(ChangeBatch.at.desc()).first().id
        assert {str(e.after) for e in s.query(AuditEntry).filter(
            AuditEntry.batch_id == added)} == {"{}"}
    with_ana = _rows(db)
    member = roster.member_detail(db, membership_id)
    edit = roster.update_member(db, membership_id, member.person_version,
                                replace(member.fields, position="Curator"))
    with pytest.raises(ConflictError, match="“Ana Silva” was changed since by “Edit Silva, "
                                            r"Ana” \(tester, .*\): Position\. Nothing"):
        history.undo(db, added)
    history.undo(db, edit.batch_id)
    assert _rows(db) == with_ana
    history.undo(db, added)
    without_ana = _rows(db)
    assert len(without_ana["person"]) == 1
    for _ in range(2):  # redo, then undo and redo that redo: the same rows each time
        history.redo(db, history.step_to_redo(db).batch_id)
        assert _rows(db) == with_ana
        history.undo(db, history.step_to_undo(db).batch_id)
        assert _rows(db) == without_ana
