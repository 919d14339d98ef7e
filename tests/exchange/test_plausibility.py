"""Every damaged-row shape of issue 11, each in its own small file: flagged with its row
number in the preview and on the command line; repairs applied only on acceptance."""

from __future__ import annotations

import pytest

from ssc_desktop import cli
from ssc_desktop.exchange import importer
from ssc_desktop.exchange.import_preview import NEW, PROBLEM
from ssc_desktop.services import roster

from .conftest import TERM, digest, preview_file

HEAD = "Given name,Family name,Email,Organisation,Country"
GOOD = ["Ana,Silva,ana@example.org,Museu Nacional,Brazil",
        "Bo,Chen,bo@example.org,Fudan University,China",
        "Cy,Diaz,cy@example.org,CONABIO,Mexico",
        "Eva,Berg,eva@example.org,NINA,Norway"]


def write(tmp_path, name, lines, encoding="utf-8"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path



WARNED = [
    ("institution.csv", "University of Oslo,Kari,kari@example.org,,Norway", "Given name",
     "the name holds 'University', a word of an institution's name"),
    ("comma.csv", '"Kari, Oslo",Nordmann,kari@example.org,,Norway', "Given name",
     "the name holds a comma ('Kari, Oslo')"),
    ("country_family.csv", "Kari,Norway,kari@example.org,,Norway", "Family name",
     "'Norway' is a country (Norway), not a name"),
    ("country_org.csv", "Kari,Nordmann,kari@example.org,Norway,Norway", "Organisation",
     "the organisation is only a country (Norway)"),
    ("missing_country.csv", "Kari,Nordmann,kari@example.org,NINA,", "Country",
     "no country, where the rest of the file has one"),
    ("shifted.csv", "Nordmann,kari@example.org,NINA,Norway", "",
     "its filled cells sit one column to the left of the other rows'"),
    ("capitals.csv", "KARI,NORDMANN,kari@example.org,NINA,Norway", "Family name",
     "name written in capitals, written as a name usually is (edit it if the person "
     "writes it otherwise): 'NORDMANN' → 'Nordmann'"),
    ("title.csv", "Dr. Kari,Nordmann PhD,kari@example.org,NINA,Norway", "Given name",
     "title moved out of the name: 'Dr. Kari' → 'Kari'"),
    ("mojibake.csv", "Lucía,GarcÃ­a,lg@example.org,NINA,Spain", "Family name",
     "text read in the wrong encoding: 'GarcÃ­a' → 'García'"),
    ("macroman.csv", "Luis,B√∫rquez,lb@example.org,NINA,Mexico", "Family name",
     "text read in the wrong encoding: 'B√∫rquez' → 'Búrquez'"),
]


@pytest.mark.parametrize(("name", "line", "column", "sentence"), WARNED,
                         ids=[w[0] for w in WARNED])
def test_each_damaged_shape_is_a_warning_with_its_row(db, db_location, group, tmp_path, capsys,
                                                      name, line, column, sentence):
    path = write(tmp_path, name, [HEAD, *GOOD[:2], line, *GOOD[2:]])
    preview = preview_file(db, group, path)
    flagged = [r for r in preview.rows if r.warnings]
    assert [r.row for r in flagged] == [4]
    found = [w for w in flagged[0].warnings if sentence in w.message]
    assert found and found[0].column == column, [w.sentence() for w in flagged[0].warnings]
    assert found[0].sentence().startswith("Row 4" + (f", column '{column}'" if column else ""))
    # A shifted row is usually a problem too (its e-mail is in the wrong column).
    accepted = 5 if flagged[0].kind == NEW else 4
    assert len(preview.plans()) == 4 and len(preview.plans(accepted={4})) == accepted
    # On the command line: listed with its row, exit 2, nothing changed.
    db.close()
    before = digest(db_location)
    args = ["import", "roster", "--db", db_location, "--group", "OSG", "--quadrennium",
            "2021-2025", str(path)]
    assert cli.main(args) == 2
    _out, err = capsys.readouterr()
    assert f"Warning: {found[0].sentence()}" in err
    assert "nothing was imported" in err and digest(db_location) == before
    assert cli.main([*args, "--dry-run"]) == 2
    out, _err = capsys.readouterr()
    assert f"Warning: {found[0].sentence()}" in out and "Dry run" in out
    assert digest(db_location) == before


def test_accepted_repairs_are_what_arrives(db, db_location, group, term, tmp_path, capsys):
    path = write(tmp_path, "repairs.csv", [
        HEAD, *GOOD, "Lucía,GarcÃ­a,lg@example.org,NINA,Spain",
        "Dr. KARI,NORDMANN,kari@example.org,NINA,Norway"])
    db.close()
    args = ["import", "roster", "--db", db_location, "--group", "OSG", "--quadrennium",
            "2021-2025", str(path), "--accept-warnings"]
    assert cli.main(args) == 0
    out, _err = capsys.readouterr()
    assert "Accepted" in out and "6 new, 0 updated." in out
    from ssc_desktop.store.database import Database

    with Database.open(db_location, actor="t") as again:
        names = {(r.given_names, r.family_name)
                 for r in roster.load_roster(again, group.id, term.id)}
    assert ("Lucía", "García") in names and ("Kari", "Nordmann") in names


@pytest.mark.parametrize(("line", "column"), [
    ("??????,Петров,ip@example.org,NINA,Russia", "Given name"),
    ("Ivan,Pe\ufffd\ufffdov,ip@example.org,NINA,Russia", "Family name"),
    ("Văn An,Nguy?n,nva@example.org,NINA,Viet Nam", "Family name"),
])
def test_lost_characters_refuse_the_row(db, db_location, group, tmp_path, capsys, line, column):
    path = write(tmp_path, "lost.csv", [HEAD, *GOOD, line])
    (row,) = [r for r in preview_file(db, group, path).rows if r.kind == PROBLEM]
    assert row.row == 6 and row.problems[0].column == column
    assert "export the sheet again as CSV UTF-8 or as .xlsx" in row.problems[0].sentence()
    db.close()
    before = digest(db_location)
    args = ["import", "roster", "--db", db_location, "--group", "OSG", "--quadrennium",
            "2021-2025", str(path), "--accept-warnings"]
    assert cli.main(args) == 2  # a problem needs --skip-invalid, whatever the warnings
    _out, err = capsys.readouterr()
    assert f"Row 6, column '{column}'" in err and digest(db_location) == before


def test_a_single_name_column_says_how_it_split(db, group, tmp_path):
    path = write(tmp_path, "names.csv", ["Name,Email", "Nguyen Van An,nva@example.org",
                                         "王小明,wxm@example.org", '"Núñez, Ana",an@example.org',
                                         "KOVÁCS Péter,kp@example.org"])
    rows = {r.row: r for r in preview_file(db, group, path).rows}
    assert [w.message for w in rows[2].warnings] == [
        "'Nguyen Van An' was split as given name 'Nguyen Van' and family name 'An'; if the "
        "family name comes first, swap them before accepting"]
    assert rows[3].kind == NEW and rows[3].name == "王, 小明"  # a CJK name in one cell
    assert rows[3].warnings and "family name '王'" in rows[3].warnings[0].message
    assert rows[4].kind == NEW and not rows[4].warnings  # the comma says which is which
    assert rows[5].name == "Kovács, Péter"  # capitals said it; written as a name


def test_a_swapped_row_is_read_family_name_first(db, group, tmp_path):
    path = write(tmp_path, "names.csv", ["Name,Email", "Nguyen Van An,nva@example.org",
                                         "王小明,wxm@example.org", "Ana Silva,as@example.org",
                                         '"Núñez, Ana",an@example.org'])
    table, mapping = importer.read_and_map(db, path)
    rows = {r.row: r for r in importer.preview(db, group, TERM, table, mapping,
                                               swapped=frozenset({2, 3})).rows}
    assert rows[2].name == "Nguyen, Van An" and not rows[2].warnings
    assert rows[2].plan.fields.given_names == "Van An"
    assert rows[2].plan.fields.family_name == "Nguyen"
    assert "'Nguyen Van An' is read as given name 'Van An' and family name 'Nguyen', as " \
        "you chose." in rows[2].notes
    assert rows[3].name == "小明, 王" and not rows[3].warnings  # the chair's choice, as said
    assert rows[4].name == "Silva, Ana" and rows[4].warnings[0].kind == "split"
    assert [r.name_split for r in rows.values()] == [True, True, True, False]


def test_a_known_member_gets_no_warning_for_what_the_app_holds(db, group, add_member,
                                                              tmp_path):
    add_member("Ana", "SILVA", email="ana@example.org")
    path = write(tmp_path, "same.csv", [HEAD, "Ana,SILVA,ana@example.org,,Brazil"])
    (row,) = preview_file(db, group, path).rows
    assert row.kind == "unchanged" and not row.warnings


def test_maybe_the_same_person_across_file_and_database(db, group, add_member, tmp_path):
    add_member("José", "Núñez Peña", email="jnp@unam.mx")
    path = write(tmp_path, "dupes.csv", [
        "Name,Email", "Jose Nunez Pena,jose.nunez@gmail.com", "NUNEZ PENA José,jnp2@x.org",
        "Ana Silva,ana@example.org"])
    rows = {r.row: r for r in preview_file(db, group, path).rows}
    assert rows[2].kind == NEW  # it has another e-mail: not matched, only flagged
    assert any(w.message.startswith("maybe the same as Núñez Peña, José (jnp@unam.mx) in "
                                    "the app") for w in rows[2].warnings)
    assert any(w.message.startswith("maybe the same person as row 2") for w in rows[3].warnings)
    assert not any("maybe" in w.message for w in rows[4].warnings)
