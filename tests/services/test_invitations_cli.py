"""ssc-desktop invitations list / drafts over a real database file."""

from datetime import date, timedelta

from ssc_desktop import cli
from ssc_desktop.services import invitations


def test_list_and_drafts(db, db_location, group, add_member, tmp_path, capsys):
    long_ago = date.today() - timedelta(days=90)
    a = add_member("Zoë", "Ødegård", status="proposed", email="zoe@example.no")
    b = add_member("Kofi", "Mensah", status="proposed", email="")
    add_member("Rui", "Lima", status="proposed")
    invitations.invite(db, [a, b], long_ago)
    term = "2021-2025"
    db.close()
    assert cli.main(["invitations", "list", "--db", db_location, "--group", "OSG",
                     "--term", term, "--overdue"]) == 0
    out = capsys.readouterr().out
    assert "1 proposed, 2 invited (2 overdue)" in out and "Ødegård, Zoë" in out
    assert "Lima" not in out.split("\n", 1)[1]
    assert cli.main(["invitations", "drafts", "--db", db_location, "--group", "OSG",
                     "--term", term, "--kind", "reminder", "--out",
                     str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "Wrote 1 draft(s)" in out and "Kofi Mensah (no e-mail address)" in out
    assert len(list((tmp_path / "out").glob("*.eml"))) == 1
    assert cli.main(["invitations", "list", "--db", db_location, "--group", "XYZ"]) == 2
    assert "There is no group 'XYZ'" in capsys.readouterr().err
