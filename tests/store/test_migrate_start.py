"""Start-up reads the schema revision with one query; Alembic loads only for an upgrade."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ssc_desktop.store import migrate
from ssc_desktop.store.database import Database

OPEN_AND_REPORT = (
    "import sys\n"
    "from ssc_desktop.store.database import Database\n"
    "Database.open(sys.argv[1], lock=False).close()\n"
    "print(sorted(m for m in ('alembic', 'reportlab', 'openpyxl') if m in sys.modules))\n"
)


def loaded_by_open(path: Path) -> str:
    out = subprocess.run([sys.executable, "-c", OPEN_AND_REPORT, str(path)],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_the_head_read_from_the_files_is_alembics():
    assert migrate.head_from_files() == migrate.head_revision()


def test_opening_a_current_file_leaves_alembic_unloaded(db_path):
    Database.open(db_path).close()  # created and migrated (this process has Alembic)
    assert loaded_by_open(db_path) == "[]"


def test_an_older_file_is_still_upgraded(db_path):
    db = Database.open(db_path)
    migrate.downgrade(db.engine, "0004")
    assert migrate.stored_revision(db.engine) == "0004"
    db.close()
    assert loaded_by_open(db_path) == "['alembic']"
    db = Database.open(db_path)
    try:
        assert migrate.stored_revision(db.engine) == migrate.head_revision()
    finally:
        db.close()


def test_the_window_module_loads_no_file_library_at_start():
    code = ("import sys\nimport ssc_desktop.ui.main_window\n"
            "print(sorted(m for m in ('alembic', 'reportlab', 'openpyxl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"})
    assert out.stdout.strip() == "[]"
