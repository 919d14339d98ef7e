"""Start-up faults reach the user as a sentence: a bad database file, an unexpected error."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from ssc_desktop import app


@pytest.fixture
def shown(monkeypatch, qapp) -> list[str]:
    """The sentences the start-up code shows in message boxes (captured, not clicked)."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: texts.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: texts.append(text))
    return texts


def test_a_file_that_is_not_a_database_is_refused_with_a_sentence(tmp_path, shown):
    path = tmp_path / "roster.sqlite"
    path.write_bytes(b"Name,E-mail\nAna,ana@example.org\n")
    assert app.open_database(path) is None
    assert shown == ["roster.sqlite is not an SSC Desktop database (it is not an SQLite file). "
                     "Choose the .sqlite file the app created, or start a new one."]
    assert path.read_bytes() == b"Name,E-mail\nAna,ana@example.org\n"


def test_a_database_in_use_is_refused_with_a_sentence(db, shown):
    assert app.open_database(db.path) is None
    assert len(shown) == 1 and "ssc.sqlite" in shown[0]


def test_an_unexpected_error_is_logged_and_shown_with_the_log_path(tmp_path, shown,
                                                                  monkeypatch):
    log_file = tmp_path / "ssc-desktop.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    import logging

    handler = logging.FileHandler(log_file, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    try:
        app.install_excepthook(log_file)
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert shown and shown[0].startswith("Something went wrong")
    assert str(log_file) in shown[0]
    assert "RuntimeError: boom in a slot" in log_file.read_text(encoding="utf-8")
