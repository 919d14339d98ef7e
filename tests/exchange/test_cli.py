"""`ssc-desktop export roster` and `import roster`: exit codes and what they print."""

from __future__ import annotations

from ssc_desktop import cli
from ssc_desktop.services import roster

from .conftest import fingerprint


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_and_reimport(db, db_location, group, term, add_member, tmp_path, capsys):
    add_member("Ana", "Núñez", status="invited")
    add_member("Bo", "Chen", status="active")
    db.close()  # the command opens the file itself (one writer at a time)
    out_file = tmp_path / "r.xlsx"
    code, out, _ = run(capsys, "export", "roster", "--db", db_location, "--group", "OSG",
                       "--quadrennium", "2021-2025", "--status", "Invited", "-o",
                       str(out_file))
    assert code == 0 and out.strip() == "Exported 1 membership(s) to r.xlsx."
    code, out, _ = run(capsys, "import", "roster", "--db", db_location, "--group",
                       "Otter Specialist Group", "--quadrennium", "2021-2025", str(out_file))
    assert code == 0
    assert "0 new, 0 updated" in out
    code, _, err = run(capsys, "export", "roster", "--db", db_location, "--group", "XYZ",
                       "-o", str(out_file))
    assert code == 2 and "There is no group 'XYZ'" in err


def test_problems_stop_the_import_unless_skipped(db, db_location, group, term, tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text("Given name,Family name,Country\nAna,Silva,Brazil\nBo,Chen,Atlantis\n"
                    "Cy,,Chile\n", encoding="utf-8")
    before = fingerprint(db)
    db.close()
    args = ("import", "roster", "--db", db_location, "--group", "OSG", "--quadrennium",
            "2021-2025", str(path))
    code, out, err = run(capsys, *args)
    assert code == 2
    assert "Row 3, column 'Country': 'Atlantis' is not a country the app knows" in err
    assert "Row 4, column 'Family name': Enter the family name." in err
    assert "nothing was imported" in err
    code, out, err = run(capsys, *args, "--dry-run")
    assert code == 2 and "row 2: new Silva, Ana" in out and "Dry run: nothing was changed" in out
    from ssc_desktop.store.database import Database

    with Database.open(db_location) as again:
        assert fingerprint(again) == before
    code, out, err = run(capsys, *args, "--skip-invalid")
    assert code == 0
    assert "Skipped 2 row(s) with problems" in out and "1 new, 0 updated." in out
    with Database.open(db_location) as again:
        assert [r.name for r in roster.load_roster(again, group.id, term.id)] == ["Silva, Ana"]


def test_unreadable_file_is_one_sentence(db, db_location, group, tmp_path, capsys):
    db.close()
    (tmp_path / "x.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    code, out, err = run(capsys, "import", "roster", "--db", db_location, "--group", "OSG",
                         str(tmp_path / "x.xls"))
    assert code == 2 and err.count("\n") == 1 and "save it as an Excel workbook" in err
