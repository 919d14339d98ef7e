"""Every compiled form matches its .ui file (pyside6-uic output is committed, never edited)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        pytest.skip("pyside6-uic is not installed")
    return found


def without_version(text: str) -> list[str]:
    return [line for line in text.splitlines()
            if not line.startswith("## Created by: Qt User Interface Compiler")]


def test_there_are_forms():
    assert FORMS


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_is_fresh(form: Path):
    compiled = ROOT / "ssc_desktop" / "ui" / "forms" / f"ui_{form.stem}.py"
    command = f"run pyside6-uic forms/{form.name} -o ssc_desktop/ui/forms/{compiled.name}"
    assert compiled.exists(), f"{compiled.name} is missing: {command}"
    fresh = subprocess.run([uic(), str(form)], capture_output=True, text=True, check=True,
                           cwd=ROOT).stdout
    assert without_version(fresh) == without_version(compiled.read_text(encoding="utf-8")), (
        f"{compiled.name} is stale: {command}")
