"""The shipped files: every one reaches the wheel, and a missing one is one sentence."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from ssc_desktop import shipped
from ssc_desktop.domain.email_templates import default_template
from ssc_desktop.exchange.pdf_style import ReportFonts

ROOT = Path(__file__).resolve().parents[1]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
README_ONLY = {"screenshots"}  # pictures for the README, not for the app


def test_every_package_folder_is_listed_for_the_wheel():
    folders = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "ssc_desktop").rglob("*.py") if "__pycache__" not in p.parts}
    assert folders <= set(SETUPTOOLS["packages"])
    assert SETUPTOOLS["package-dir"] == {"ssc_desktop.resources": "resources"}


def test_every_shipped_file_is_matched_by_the_package_data():
    folder = ROOT / "resources"
    matched = {p for pattern in SETUPTOOLS["package-data"]["ssc_desktop.resources"]
               for p in folder.glob(pattern) if p.is_file()}
    shipped_files = {p for p in folder.rglob("*") if p.is_file()
                     and p.relative_to(folder).parts[0] not in README_ONLY
                     and "__pycache__" not in p.parts and p.name != "__init__.py"}
    assert shipped_files - matched == set()
    assert {p.relative_to(folder).parts[0] for p in shipped_files} >= {
        "reference", "fonts", "templates", "demo"}


def test_the_package_reads_its_files_through_importlib_resources():
    assert shipped.root() == ROOT / "resources"  # this checkout, through the editable finder
    assert shipped.path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000


@pytest.fixture
def partial_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped files that $SSC_DESKTOP_RESOURCES points the app at."""
    copy = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", copy, ignore=shutil.ignore_patterns("screenshots"))
    monkeypatch.setenv(shipped.RESOURCES_ENV, str(copy))
    return copy


def test_a_missing_file_is_one_sentence_naming_it(partial_copy):
    (partial_copy / "fonts" / "DejaVuSans-Bold.ttf").unlink()
    with pytest.raises(shipped.MissingResource) as caught:
        ReportFonts()
    assert str(caught.value) == ("SSC Desktop is incomplete: its file "
                                 "resources/fonts/DejaVuSans-Bold.ttf is missing; reinstall "
                                 "SSC Desktop.")


def test_a_missing_english_template_is_one_sentence(partial_copy):
    (partial_copy / "templates" / "reminder.de.txt").write_text(
        "Subject: Erinnerung\n\nHallo {given_name}\n", encoding="utf-8")
    assert default_template("reminder", "de").subject == "Erinnerung"
    (partial_copy / "templates" / "reminder.en.txt").unlink()
    assert default_template("reminder", "fr").subject  # the French one is still there
    with pytest.raises(shipped.MissingResource, match=r"resources/templates/reminder\.en\.txt"):
        default_template("reminder", "pt")


def test_a_missing_resources_package_is_one_sentence(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(shipped.RESOURCES_ENV, raising=False)
    monkeypatch.setattr(shipped, "PACKAGE", "ssc_desktop.no_such_resources")
    with pytest.raises(shipped.MissingResource, match="resources/__init__.py"):
        shipped.root()
