"""Store failures reach the window as one sentence, and the data stays as it was."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.ui.ops import roster as roster_ops

from .roster_support import people, roster_names, settings_path, window  # noqa: F401

READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM person").fetchone()
print("reading", flush=True)
sys.stdin.readline()
"""


def test_a_backup_onto_a_file_says_so_in_the_window(window, db):  # noqa: F811
    (db.path.parent / "backups").write_text("a file where the folder should be")
    assert window.back_up_now() is None
    box = window.last_failure
    assert box is not None and box.isVisible()
    assert box.text() == (f"{db.path.parent / 'backups'} is not a folder; give a folder to "
                          "write the backup into.")


def test_another_programs_read_transaction_says_so_in_the_window(
        window, db, group, term, people):  # noqa: F811
    digest = hashlib.sha256(db.path.read_bytes()).hexdigest()
    before = roster_names(db, group, term)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db.path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        fields = PersonFields(given_names="Bea", family_name="Ortiz", email="bea@example.org")
        window.context.ops.run(roster_ops.add_member(group.id, term.id, fields,
                                                     status="proposed", roles=[]))
        box = window.last_failure
        assert box is not None and box.isVisible()
        assert box.text() == (f"{db.path.name} is in use by another program (one that is "
                              "reading or writing it, such as a database browser or a sync "
                              "tool); nothing was changed. Close the other program, then try "
                              "again.")
        assert hashlib.sha256(db.path.read_bytes()).hexdigest() == digest
    finally:
        reader.kill()
        reader.wait()
    assert roster_names(db, group, term) == before
