"""Roster import: preview classification, matching, reconciliation, one undo step."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from ssc_desktop.domain.progress import Cancelled, Progress
from ssc_desktop.exchange import importer
from ssc_desktop.exchange.roster_export import export_roster
from ssc_desktop.services import history, roster

from .conftest import fingerprint, preview_file


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_changes_nothing(db, group, term, add_member, tmp_path, suffix):
    add_member("Ana María", "Núñez", country="ES", roles=["chair", "focal_point_ex_situ"],
               organisation="Universidad de Málaga", iucn_username="Ana.NUNEZ")
    add_member("Søren", "Ødegård", country="NO", status="invited", email="")
    add_member("Lê", "Văn Hưng", country="VN", status="accepted", notes="=2+2 is not a sum")
    path = tmp_path / f"roster{suffix}"
    export_roster(db, group.id, term.id, path)
    before = fingerprint(db)
    result = preview_file(db, group, path)
    assert result.summary() == "0 new, 0 updated, 3 unchanged, 0 with problems"
    assert result.plans() == []
    assert fingerprint(db) == before


def test_new_update_unchanged_and_apply_is_one_undo_step(db, group, term, add_member,
                                                       tmp_path):
    ana = add_member("Ana", "Silva", email="ana.silva@example.org", status="invited")
    add_member("Bo", "Chen", email="bo@example.org", country="CN")
    path = write_csv(tmp_path / "list.csv", [
        ["First name", "Surname", "E-mail", "Country", "Status", "Organisation"],
        ["Ana", "Silva", "ANA.SILVA@EXAMPLE.ORG", "Brazil", "Validated", "USP"],
        ["Bo", "Chen", "bo@example.org", "China", "", ""],
        ["Chloé", "Martin", "chloe@example.fr", "France", "Invited", "CNRS"],
        ["Dara", "O'Neill", "", "Ireland", "", ""],
    ])
    result = preview_file(db, group, path)
    kinds = {r.name: r.kind for r in result.rows}
    assert kinds == {"Silva, Ana": "update", "Chen, Bo": "unchanged",
                     "Martin, Chloé": "new", "O'Neill, Dara": "new"}
    ana_row = next(r for r in result.rows if r.name == "Silva, Ana")
    assert "Status: Invited → Active (validated)" in ana_row.changes
    assert "Organisation: (empty) → USP" in ana_row.changes
    dara = next(r for r in result.rows if r.name == "O'Neill, Dara")
    assert any("cannot be invited until an address is added" in n for n in dara.notes)
    before = fingerprint(db)
    applied = importer.apply(db, group, result)
    assert (applied.added, applied.updated) == (2, 1)
    assert fingerprint(db)[0] == before[0] + 1  # one change batch: one undo step
    detail = roster.member_detail(db, ana)
    assert detail.status == "active" and detail.fields.organisation == "USP"
    assert detail.fields.email == "ana.silva@example.org"  # case-only difference: kept
    rows = {r.name: r for r in roster.load_roster(db, group.id, term.id)}
    assert rows["Martin, Chloé"].status == "invited" and rows["Martin, Chloé"].country == "France"
    assert rows["O'Neill, Dara"].status == "proposed" and rows["O'Neill, Dara"].email == ""
    # Undo removes the whole import.
    history.undo(db, applied.change.batch_id)
    assert len(roster.load_roster(db, group.id, term.id)) == 2
    assert roster.member_detail(db, ana).status == "invited"
    # The same file again, after the import: nothing new.
    history.redo(db, applied.change.batch_id)
    assert preview_file(db, group, path).summary() == \
        "0 new, 0 updated, 4 unchanged, 0 with problems"


def test_matching_by_username_and_record_id(db, group, term, add_member, tmp_path):
    a = add_member("Peter", "Smith", email="p.smith@example.org", iucn_username="Peter.SMITH")
    b = add_member("Joan", "Doe", email="joan@example.org")
    path = write_xlsx(tmp_path / "cs.xlsx", [
        ["Username", "Given name", "Family name", "Email", "Status", "Record ID"],
        ["peter.smith", "Peter", "SMITH", "peter@new.org", "Active", None],
        [None, "Joan", "Doe", None, "Resigned", b],
    ])
    result = preview_file(db, group, path)
    peter, joan = result.rows
    assert peter.kind == "update" and peter.plan.membership_id == a
    assert peter.changes == ("Email: p.smith@example.org → peter@new.org",)  # SMITH kept
    assert joan.kind == "update" and joan.plan.membership_id == b
    assert joan.changes == ("Status: Active (validated) → Resigned",)
    importer.apply(db, group, result)
    assert roster.member_detail(db, b).end_reason == "resigned"
    assert roster.member_detail(db, a).fields.family_name == "Smith"


def test_reconciling_a_commission_system_download(db, group, term, add_member, tmp_path):
    ids = [add_member(f"Given{i}", f"Family{i}", status="accepted") for i in range(3)]
    path = tmp_path / "export.xlsx"
    export_roster(db, group.id, term.id, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Roster"]
    for row in range(2, 5):
        ws.cell(row=row, column=13).value = "Validated"
        ws.cell(row=row, column=16).value = "2025-02-01"
    wb.save(path)
    result = preview_file(db, group, path)
    assert result.summary() == "0 new, 3 updated, 0 unchanged, 0 with problems"
    importer.apply(db, group, result)
    assert {roster.member_detail(db, i).status for i in ids} == {"active"}
    assert preview_file(db, group, path).summary() == \
        "0 new, 0 updated, 3 unchanged, 0 with problems"
    from ssc_desktop.services.exchange import export_records

    assert {r.validated_on.isoformat() for r in export_records(db, group.id, term.id)} == \
        {"2025-02-01"}


def test_duplicates_conflicts_and_other_groups_are_problems(db, group, term, add_member,
                                                            tmp_path):
    add_member("Ana", "Silva", email="ana@example.org", iucn_username="Ana.SILVA")
    path = write_csv(tmp_path / "dup.csv", [
        ["Group", "Given name", "Family name", "Email", "IUCN username", "Country"],
        ["OSG", "Zoë", "Kim", "zoe@example.org", "", "South Korea"],
        ["Otter Specialist Group", "Zoe", "Kim", "ZOE@example.org", "", "KR"],
        ["Bear SG", "Ben", "Bear", "ben@example.org", "", ""],
        ["", "Ana", "Silva", "ana@example.org", "Other.PERSON", ""],
        ["", "Al", "Notown", "al@example.org", "", "Atlantis"],
    ])
    before = fingerprint(db)
    result = preview_file(db, group, path)
    sentences = [p.sentence() for p in result.problems()]
    assert sentences[0] == "Row 3: it repeats row 2 (same e-mail); keep one of the two rows."
    assert "Row 4, column 'Group': 'Bear SG' is not the group you are importing into" \
        in sentences[1]
    assert result.rows[3].kind == "new" or "point to different people" not in sentences[2]
    assert sentences[-1].startswith("Row 6, column 'Country': 'Atlantis' is not a country")
    assert [r.kind for r in result.rows] == ["new", "problem", "problem", "update", "problem"]
    assert fingerprint(db) == before


def test_conflicting_keys_are_a_problem(db, group, add_member, tmp_path):
    add_member("Ana", "Silva", email="ana@example.org")
    add_member("Bo", "Chen", email="bo@example.org", iucn_username="Bo.CHEN")
    path = write_csv(tmp_path / "c.csv", [["Given name", "Family name", "Email", "Username"],
                                          ["Ana", "Silva", "ana@example.org", "bo.chen"]])
    (row,) = preview_file(db, group, path).rows
    assert row.kind == "problem"
    assert row.problems[0].message.startswith("its e-mail and IUCN username point to "
                                              "different people")


def test_cancelling_an_import_leaves_nothing(db, group, tmp_path):
    rows = [["Given name", "Family name", "Email"]]
    rows += [[f"G{i}", f"F{i}", f"m{i}@example.org"] for i in range(450)]
    result = preview_file(db, group, write_csv(tmp_path / "big.csv", rows))
    before = fingerprint(db)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # cancel after two chunks were written

    with pytest.raises(Cancelled):
        importer.apply(db, group, result, progress=Progress(cancelled=cancelled))
    assert fingerprint(db) == before


def test_selected_rows_only(db, group, term, tmp_path):
    path = write_csv(tmp_path / "s.csv", [["Given name", "Family name"], ["A", "One"],
                                          ["B", "Two"], ["C", "Three"]])
    result = preview_file(db, group, path)
    applied = importer.apply(db, group, result, rows={2, 4})
    assert applied.added == 2
    assert sorted(r.family_name for r in roster.load_roster(db, group.id, term.id)) == \
        ["One", "Three"]


def test_messy_real_world_list_keeps_every_person_and_accent(db, group, term, tmp_path):
    path = tmp_path / "sign-up.csv"
    text = ("Otter SG meeting sign-up, Lima 2024;;;;\n"
            "Nom;Prénom;Courriel;Pays;Institution\n"
            "Müller;Jürgen;jm@uni.de;Allemagne;Universität Göttingen\n"
            "Ødegård;Søren;;Norvège;NINA\n"
            "Nguyễn;Thị Mai;mai@vnu.vn;Viet Nam;VNU\n"
            "Çelik;Ayşe;ayse@itu.tr;Türkiye;İTÜ\n"
            "Rodríguez  Peña;María\u00a0José;mj@unal.co;Colombie;Universidad Nacional\n"
            "O’Connor;Siobhán;siobhan@tcd.ie;Ireland;TCD\n"
            "Kowalska;Zofia;zk@pw.pl;Czech Republic;\n"
            "Dubois;Amélie;amelie@mnhn.fr;Côte d'Ivoire;MNHN\n"
            ";;;;\n;;;;\n")
    path.write_bytes(text.encode("utf-8-sig"))
    result = preview_file(db, group, path)
    assert result.summary() == "8 new, 0 updated, 0 unchanged, 0 with problems"
    importer.apply(db, group, result)
    rows = {(r.given_names, r.family_name): r for r in roster.load_roster(db, group.id, term.id)}
    assert set(rows) == {("Jürgen", "Müller"), ("Søren", "Ødegård"), ("Thị Mai", "Nguyễn"),
                         ("Ayşe", "Çelik"), ("María José", "Rodríguez Peña"),
                         ("Siobhán", "O’Connor"), ("Zofia", "Kowalska"),
                         ("Amélie", "Dubois")}
    assert rows[("Ayşe", "Çelik")].country_code == "TR"
    assert rows[("Amélie", "Dubois")].country_code == "CI"
    assert rows[("Zofia", "Kowalska")].country_code == "CZ"
    assert rows[("Jürgen", "Müller")].organisation == "Universität Göttingen"


def test_cp1252_semicolon_csv(db, group, tmp_path):
    path = write_csv(tmp_path / "legacy.csv", [["Prénom", "Nom", "Pays"],
                                               ["Hélène", "Lefèvre", "France"]],
                     encoding="cp1252", delimiter=";")
    (row,) = preview_file(db, group, path).rows
    assert row.name == "Lefèvre, Hélène" and row.kind == "new"


def test_spanish_headers_and_full_name_column(db, group, tmp_path):
    path = write_csv(tmp_path / "es.csv", [["Nombre completo", "Correo electrónico", "País"],
                                           ["PÉREZ GARCÍA Lucía", "lucia@x.es", "España"],
                                           ["Núñez, Ana", "ana@x.es", "Spain"]])
    rows = preview_file(db, group, path).rows
    # Capitals marked the family name; it is written as a name usually is, with a warning.
    assert [r.name for r in rows] == ["Pérez García, Lucía", "Núñez, Ana"]
    assert [w.column for w in rows[0].warnings] == ["Family name"]
