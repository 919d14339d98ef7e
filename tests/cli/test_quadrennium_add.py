"""`ssc-desktop quadrennium add`: the next term as reference data, bad input refused."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ssc_desktop.cli import main
from ssc_desktop.services import groups
from ssc_desktop.store.database import Database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_add_the_next_quadrennium(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ssc.sqlite"
    Database.open(path).close()
    assert main(["quadrennium", "add", "--db", str(path), "--ends-on", "2033-10-31",
                 "--congress", "the next Congress to the one after"]) == 0
    assert "Added the quadrennium 2030-2033 (2030-01-01 to 2033-10-31)." in \
        capsys.readouterr().out
    with Database.open(path, read_only=True) as db:
        last = groups.list_quadrennia(db)[-1]
    assert (last.code, str(last.starts_on)) == ("2030-2033", "2030-01-01")


@pytest.mark.parametrize(("extra", "sentence"), [
    (["--code", "2030"], "'2030' is not a quadrennium code like 2030-2033"),
    (["--code", "2026-2029"], "The quadrennium 2026-2029 already exists."),
    (["--starts-on", "2029-06-01"], "2030-2033 must start on 2030-01-01, the day after "
                                    "2026-2029 ends"),
    (["--ends-on", "2029-01-01"], "2030-2033 would end on 2029-01-01, before it starts"),
    (["--ends-on", "31/12/2033"], "--ends-on '31/12/2033' is not a date like 2033-12-31."),
])
def test_bad_input_is_one_sentence_and_changes_nothing(tmp_path: Path, capsys, extra,
                                                       sentence) -> None:
    path = tmp_path / "ssc.sqlite"
    Database.open(path).close()
    before = _digest(path)
    args = ["quadrennium", "add", "--db", str(path), "--ends-on", "2033-12-31"]
    if "--ends-on" in extra:
        args = args[:-2]
    assert main(args + extra) == 2
    err = capsys.readouterr().err
    assert sentence in err and err.count("\n") == 1
    assert _digest(path) == before
