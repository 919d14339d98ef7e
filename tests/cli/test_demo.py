"""`ssc-desktop demo`: a realistic demo database, and never over a chair's own data."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from ssc_desktop.cli import main
from ssc_desktop.demo.build import build_demo
from ssc_desktop.demo.names import REGION_WEIGHTS
from ssc_desktop.domain.reference import reference
from ssc_desktop.store.database import Database
from ssc_desktop.store.models import (
    Group,
    Membership,
    MembershipRole,
    MembershipTransition,
    Person,
    Quadrennium,
)

from ..conftest import DEMO_MEMBERS as MEMBERS
from ..conftest import DEMO_TODAY as TODAY


@pytest.fixture
def demo_db(demo_file, demo_counts):
    """The session's shared demo database (tests/conftest.py), opened read-only."""
    db = Database.open(demo_file, read_only=True)
    yield db, demo_counts
    db.close()


def _scripts(text: str) -> set[str]:
    out = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            out.add(name.split()[0])
    return out


def test_counts_and_groups(demo_db) -> None:
    db, counts = demo_db
    assert counts["groups"] == 4
    assert counts["memberships"] > MEMBERS
    with db.reading() as s:
        found = {g.short_code: g for g in s.scalars(select(Group))}
        assert {"ASG", "ARLA", "BSAL-TF", "FWCC"} <= set(found)
        assert {g.group_type for g in found.values()} >= {
            "specialist_group", "red_list_authority", "task_force"}
        assert found["BSAL-TF"].mandate_ends_on is not None
        assert len(s.scalars(select(Person)).all()) == counts["people"]


def test_every_status_and_both_quadrennia(demo_db) -> None:
    db, _ = demo_db
    with db.reading() as s:
        rows = s.execute(select(Membership.status, Quadrennium.code)
                         .join(Quadrennium, Quadrennium.id == Membership.quadrennium_id)).all()
    assert {status for status, _ in rows} == set(reference().statuses)
    assert {code for _, code in rows} == {"2021-2025", "2026-2029"}
    history = {status for status, code in rows if code == "2021-2025"}
    assert {"term_ended", "not_reappointed"} <= history
    current = {status for status, code in rows if code == "2026-2029"}
    assert {"proposed", "invited", "accepted", "active", "declined", "expired"} <= current


def test_every_region_in_the_ssc_proportions(demo_db) -> None:
    db, _ = demo_db
    ref = reference()
    with db.reading() as s:
        main_group = s.scalars(select(Group).where(Group.short_code == "ASG")).one()
        term = s.scalars(select(Quadrennium).where(Quadrennium.code == "2026-2029")).one()
        countries = s.scalars(select(Person.country_code)
                              .join(Membership, Membership.person_id == Person.id)
                              .where(Membership.group_id == main_group.id,
                                     Membership.quadrennium_id == term.id)).all()
    regions = Counter(ref.region_of(c).code for c in countries)
    assert set(regions) == set(ref.regions)
    for region, share in REGION_WEIGHTS.items():
        assert abs(100 * regions[region] / len(countries) - share) <= 2, region


def test_names_in_many_scripts(demo_db) -> None:
    db, _ = demo_db
    with db.reading() as s:
        people = s.execute(select(Person.given_names, Person.family_name,
                                  Person.name_as_written)).all()
    scripts: set[str] = set()
    for given, family, written in people:
        scripts |= _scripts(given + family + written)
    assert {"LATIN", "CYRILLIC", "GREEK", "CJK", "ARABIC"} <= scripts
    latin = " ".join(g + " " + f for g, f, _ in people)
    assert any(ch in latin for ch in "ñøłçéüåß")  # Latin with diacritics
    assert any("Nguyễn" in f or "Trần" in f or "Phạm" in f for _, f, _ in people)
    # Romanised names with the native form as written, and some in Chinese only.
    assert any(_scripts(w) == {"CJK"} and _scripts(g + f) == {"LATIN"} for g, f, w in people)
    assert any(_scripts(g + f) == {"CJK"} for g, f, _ in people)
    assert any(_scripts(w) == {"CYRILLIC"} for _, _, w in people)


def test_people_look_real(demo_db) -> None:
    db, _ = demo_db
    with db.reading() as s:
        people = s.scalars(select(Person)).all()
    emails = [p.email for p in people if p.email]
    assert len(emails) == len(set(emails))
    assert all(p.organisation and p.position and p.languages and p.expertise for p in people)
    genders = Counter(p.gender for p in people if p.gender)
    assert 0.6 < genders["man"] / sum(genders.values()) < 0.8
    assert 0.2 < sum(p.gender is None for p in people) / len(people) < 0.6
    ages = Counter(p.age_band for p in people if p.age_band)
    assert 0.04 < ages["under_35"] / sum(ages.values()) < 0.17
    assert any(p.iucn_username and "." in p.iucn_username for p in people)


def test_officer_roles(demo_db) -> None:
    db, _ = demo_db
    with db.reading() as s:
        roles = Counter(s.scalars(select(MembershipRole.role)))
    for role in ("chair", "co_chair", "rlac", "programme_officer", "focal_point_ex_situ",
                 "focal_point_planning", "focal_point_sustainable_use", "member",
                 "steering_committee", "early_career"):
        assert roles[role] >= 1, role
    assert roles["regional_vice_chair"] >= len(reference().regions)


def test_transition_history_is_consistent(demo_db) -> None:
    db, _ = demo_db
    with db.reading() as s:
        terms = {q.id: q for q in s.scalars(select(Quadrennium))}
        memberships = {m.id: m for m in s.scalars(select(Membership))}
        steps = defaultdict(list)
        for t in s.scalars(select(MembershipTransition)):
            steps[t.membership_id].append(t)
    assert set(steps) == set(memberships)
    for membership_id, m in memberships.items():
        chain = sorted(steps[membership_id], key=lambda t: (t.on, t.from_status is not None))
        # Follow the chain from its start, so same-day steps come out in order.
        ordered, status = [], None
        pending = list(chain)
        while pending:
            nxt = next(t for t in pending if t.from_status == status)
            pending.remove(nxt)
            ordered.append(nxt)
            status = nxt.to_status
        assert status == m.status
        days = [t.on for t in ordered]
        assert days == sorted(days)
        term = terms[m.quadrennium_id]
        assert term.starts_on <= days[0] and days[-1] <= min(term.ends_on, TODAY)
        assert m.starts_on == days[0]
        if reference().statuses[m.status].stage == "ended":
            assert m.end_reason == m.status and m.ends_on == days[-1]
        else:
            assert m.end_reason is None and m.ends_on is None


def test_demo_command_writes_a_database_check_finds_healthy(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--members", "60", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert f"Wrote a demo database to {path}" in out
    assert main(["check", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "No problems found." in out and "Active (validated):" in out
    assert not list(tmp_path.glob(".*demo-part*"))
    # Files the demo keeps beside its database (letter attachments) moved with it.
    for folder in (p for p in tmp_path.iterdir() if p.is_dir()):
        assert folder.name.startswith("demo")


def test_demo_history_reads_the_same_after_its_undo_data_is_compacted(tmp_path: Path,
                                                                      capsys) -> None:
    """The demo's log holds no inserted row (the tables hold them) and every member's
    history reads the same, line for line, once its undo data is compacted."""
    from ssc_desktop.services import history, history_text
    from ssc_desktop.store.errors import ConflictError
    from ssc_desktop.store.models import AuditEntry

    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--members", "40", "--seed", "3"]) == 0
    capsys.readouterr()

    def lines(db: Database) -> dict:
        with db.reading() as s:
            people = s.execute(select(Person.id, Person.given_names, Person.family_name,
                                      Person.iucn_username)).all()
        return {(g, f, u): [(h.actor, h.operation, h.what, h.details)
                            for h in history_text.person_history(db, pid)]
                for pid, g, f, u in people}

    with Database.open(path) as db:
        with db.reading() as s:
            inserts = s.scalars(select(AuditEntry).where(AuditEntry.action == "insert"))
            assert {str(e.after) for e in inserts} == {"{}"}
        before = lines(db)
        construction = next(op for op in history.latest(db, 5000)
                            if op.label.startswith("Create demo database"))
        assert history.compact(db, retention_days=0, rebuild=True) > 1000
        assert lines(db) == before and sum(map(len, before.values())) > 100
        with pytest.raises(ConflictError, match="can no longer be undone: its undo data "
                                                "was compacted"):
            history.undo(db, construction.batch_id)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_refuses_to_replace_a_database_with_groups(tmp_path: Path, capsys) -> None:
    path = tmp_path / "mine.sqlite"
    assert main(["demo", "--db", str(path), "--members", "40"]) == 0
    before = _digest(path)
    capsys.readouterr()
    assert main(["demo", "--db", str(path), "--members", "40"]) == 2
    err = capsys.readouterr().err
    assert "already holds 4 group(s)" in err and "add --force to replace it" in err
    assert err.count("\n") == 1
    assert _digest(path) == before
    assert not list(tmp_path.glob(".*demo-part*"))

    assert main(["demo", "--db", str(path), "--members", "40", "--seed", "9", "--force"]) == 0
    out = capsys.readouterr().out
    kept = list((tmp_path / "backups").glob("mine-*"))
    assert len(kept) == 1 and f"kept as {kept[0]}" in out
    assert (kept[0] / "mine.sqlite").is_file() and (kept[0] / "manifest.json").is_file()
    assert _digest(path) != before


def test_demo_fills_an_empty_database(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.sqlite"
    Database.open(path).close()
    assert main(["demo", "--db", str(path), "--members", "40"]) == 0
    with Database.open(path, read_only=True) as db, db.reading() as s:
        assert len(s.scalars(select(Group)).all()) == 4


@pytest.mark.parametrize("members", ["3", "300000"])
def test_demo_refuses_a_silly_size(tmp_path: Path, capsys, members: str) -> None:
    assert main(["demo", "--db", str(tmp_path / "x.sqlite"), "--members", members]) == 2
    assert "--members must be between 40 and 200,000" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_same_seed_same_people(tmp_path: Path) -> None:
    names = []
    for i in (1, 2):
        with Database.open(tmp_path / f"{i}.sqlite") as db:
            build_demo(db, members=40, seed=5, today=TODAY)
            with db.reading() as s:
                names.append(sorted(s.scalars(select(Person.email)).all(), key=str))
    assert names[0] == names[1]


def test_iucn_usernames_are_unique(demo_db) -> None:
    # The Commission System never gives two people one username; the demo must not either,
    # or its own roster export would not re-import cleanly.
    db, _counts = demo_db
    with db.reading() as s:
        names = [n.casefold() for n in s.scalars(select(Person.iucn_username)) if n]
    assert names and len(names) == len(set(names))


def test_every_step_the_demo_writes_is_one_the_life_cycle_allows(demo_db) -> None:
    from ssc_desktop.domain.lifecycle_history import Step, history_problems
    from ssc_desktop.services.integrity import check_database

    db, _ = demo_db
    with db.reading() as s:
        status = dict(s.execute(select(Membership.id, Membership.status)).all())
        steps = defaultdict(list)
        for t in s.scalars(select(MembershipTransition)):
            steps[t.membership_id].append(Step(t.from_status, t.to_status, t.on))
    assert all(history_problems(steps[m], status[m]) == [] for m in status)
    # Renewed members start the new term at Invited and were in the last one.
    with db.reading() as s:
        renewed = s.scalars(select(MembershipTransition.person_id).where(
            MembershipTransition.note == "Re-invited for the new quadrennium")).all()
        past = set(s.scalars(select(Membership.person_id).join(
            Quadrennium, Quadrennium.id == Membership.quadrennium_id)
            .where(Quadrennium.code == "2021-2025")))
    assert renewed and set(renewed) <= past
    assert check_database(db).problems == ()


def test_targets_updates_and_letters_in_the_current_term_and_the_last(demo_db) -> None:
    from ssc_desktop.services import groups
    from ssc_desktop.services import letters as letters_svc
    from ssc_desktop.services import targets as svc

    db, _ = demo_db
    main_group = next(g for g in groups.list_groups(db) if g.short_code == "ASG")
    by_term = {}
    for code in ("2021-2025", "2026-2029"):
        term = groups.find_quadrennium(db, code)
        by_term[code] = svc.list_targets(db, main_group.id, term.id, TODAY)
        assert by_term[code] and sum(r.update_count for r in by_term[code]) > 0, code
    current = by_term["2026-2029"]
    assert all(r.ksr_provisional for r in current)  # the previous plan, carried forward
    carried = [r for r in current if r.carried_from_id]
    old = {r.id: r for r in by_term["2021-2025"]}
    assert carried and all(old[r.carried_from_id].code == r.code for r in carried)
    assert len({r.code for r in current}) == len(current)
    letters = letters_svc.list_letters(db, main_group.id, today=TODAY)
    start = groups.find_quadrennium(db, "2026-2029").starts_on
    assert {r.requested_on < start for r in letters} == {True, False}
