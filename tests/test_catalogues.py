"""The gettext catalogues: complete, current, compiled, and read safely.

Every string the code hands to `_`/`ngettext`/`N_` (found by Babel's own extractor with
the project's babel.cfg) is in ssc_desktop.pot and in the French and Spanish .po files,
translated, not fuzzy, with the same placeholders; each shipped .mo is what its .po
compiles to; a missing or damaged .mo leaves the app in English with one warning.
"""

from __future__ import annotations

import io
import logging
import shutil
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from ssc_desktop import cli, i18n, shipped

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")


def po_path(language: str) -> Path:
    return TRANSLATIONS / "locale" / language / "LC_MESSAGES" / "ssc_desktop.po"


def read(path: Path, language: str | None = None):
    with path.open("rb") as file:
        return read_po(file, locale=language)


def extracted() -> set[object]:
    """The message ids of the code, as `pybabel extract -F babel.cfg` finds them."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    return {message for _file, _line, message, _comments, _context
            in extract_from_dir(str(ROOT), method_map, options_map)}


def ids(catalog) -> set[object]:
    return {m.id for m in catalog if m.id}


def fields(text: str) -> set[str]:
    """The named placeholders of a brace-format string ({name}, {n:,}); '' if none."""
    return {name.split(".")[0].split("[")[0]
            for _literal, name, _spec, _conversion in string.Formatter().parse(text)
            if name is not None}


def percent_fields(text: str) -> set[str]:
    import re

    return set(re.findall(r"%\((\w+)\)", text))


@pytest.fixture(scope="module")
def code_ids() -> set[object]:
    return extracted()


def test_the_extractor_finds_the_codes_sentences(code_ids):
    assert "Cannot {step}: {reason}." in code_ids  # a domain rule
    assert ("{n} record", "{n} records") in code_ids  # a plural, from the command line
    assert "Meso and South America" in code_ids  # a reference name, from regions.csv
    assert "Row {row}, column '{column}': {problem}." in code_ids  # an import problem
    assert not any("%1" in str(m) for m in code_ids)  # ui/ (Qt's own placeholders) is left out


def test_every_string_of_the_code_is_in_the_template(code_ids):
    template = ids(read(TRANSLATIONS / "ssc_desktop.pot"))
    assert code_ids - template == set(), "run the README's pybabel extract command"
    assert template - code_ids == set(), "the template holds strings the code no longer has"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_is_complete_and_current(language, code_ids):
    catalog = read(po_path(language), language)
    assert ids(catalog) == code_ids
    assert not catalog.obsolete
    untranslated = [m.id for m in catalog if m.id and (
        not m.string or (isinstance(m.string, tuple) and not all(m.string)))]
    assert untranslated == []
    assert [m.id for m in catalog if m.id and m.fuzzy] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    wrong = []
    for m in read(po_path(language), language):
        if not m.id:
            continue
        sources = m.id if isinstance(m.id, tuple) else (m.id,)
        targets = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = set().union(*(fields(s) for s in sources))
        wanted_percent = set().union(*(percent_fields(s) for s in sources))
        for target in targets:
            if fields(target) != wanted or percent_fields(target) != wanted_percent:
                wrong.append((m.id, target))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_mo_is_compiled_from_its_po(language):
    catalog = read(po_path(language), language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    shipped_mo = po_path(language).with_suffix(".mo")
    assert shipped_mo.read_bytes() == compiled.getvalue(), "run pybabel compile (README)"


def test_the_catalogues_reach_the_wheel():
    import tomllib

    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    patterns = setuptools["package-data"]["ssc_desktop.resources"]
    folder = ROOT / "resources"
    matched = {p for pattern in patterns for p in folder.glob(pattern)}
    for language in LANGUAGES:
        assert po_path(language).with_suffix(".mo") in matched
    assert i18n.catalogue_path("fr") == po_path("fr").with_suffix(".mo")


# ----------------------------------------------------------------------- fallback

@pytest.fixture
def copied_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the shipped files the app reads instead (and a fresh catalogue cache)."""
    copy = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", copy, ignore=shutil.ignore_patterns("screenshots"))
    monkeypatch.setenv(shipped.RESOURCES_ENV, str(copy))
    i18n.forget_catalogues()
    yield copy
    monkeypatch.delenv(shipped.RESOURCES_ENV)
    i18n.forget_catalogues()


def mo_in(copy: Path, language: str) -> Path:
    return copy / "translations" / "locale" / language / "LC_MESSAGES" / "ssc_desktop.mo"


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "ssc_desktop.i18n" and r.levelno == logging.WARNING]


def test_the_shipped_catalogues_translate(copied_resources):
    with i18n.using_language("fr"):
        assert i18n._("There is nothing to undo.") == "Il n'y a rien à annuler."
    with i18n.using_language("es"):
        assert i18n._("There is nothing to undo.") == "No hay nada que deshacer."
        assert i18n.ngettext("{n} record", "{n} records", 2).format(n=2) == "2 registros"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "missing"])
def test_a_bad_catalogue_is_english_with_one_warning(copied_resources, caplog, damage):
    mo = mo_in(copied_resources, "fr")
    if damage == "garbage":
        mo.write_bytes(b"this is not a gettext catalogue at all")
    elif damage == "truncated":
        mo.write_bytes(mo.read_bytes()[:200])
    else:
        mo.unlink()
    caplog.set_level(logging.WARNING, logger="ssc_desktop.i18n")
    for _attempt in range(3):
        with i18n.using_language("fr"):
            assert i18n._("There is nothing to undo.") == "There is nothing to undo."
    (warning,) = warnings_of(caplog)
    assert "French catalogue" in warning and str(mo) in warning and "English" in warning
    with i18n.using_language("es"):  # the other language is untouched
        assert i18n._("There is nothing to undo.") == "No hay nada que deshacer."


def test_a_bad_catalogue_does_not_stop_the_command_line(copied_resources, caplog, capsys):
    mo_in(copied_resources, "es").write_bytes(b"\x00" * 64)
    caplog.set_level(logging.WARNING, logger="ssc_desktop.i18n")
    assert cli.main(["--lang", "es", "--help"]) == 0
    out = capsys.readouterr().out
    assert "print the version and where the data lives, then exit" in out
    assert len(warnings_of(caplog)) == 1


# ----------------------------------------------------------------------- glossary

# The SSC's own names (resources/translations/glossary.csv): wherever the English says
# the term, the translation says the glossary's word (a stem, to allow plurals).
GLOSSARY = {
    "quadrennium": ("quadriennat", "cuatrienio"),
    "red list": ("liste rouge", "lista roja"),
    "specialist group": ("spécialistes", "especialistas"),
    "species survival commission": ("commission de la sauvegarde des espèces",
                                    "comisión de supervivencia de especies"),
    "focal point": ("point focal", "punto focal"),
    "intervention letter": ("intervention", "intervención"),
    "statutory region": ("région statutaire", "región estatutaria"),
    "code of conduct": ("code de conduite", "código de conducta"),
}


def test_the_glossary_is_a_table_of_four_columns():
    import csv

    with (TRANSLATIONS / "glossary.csv").open(encoding="utf-8") as file:
        rows = [r for r in csv.reader(file) if r and not r[0].startswith("#")]
    assert rows[0] == ["English", "French", "Spanish", "Note"]
    assert all(len(r) == 4 and all(r[:3]) for r in rows[1:])
    english = {r[0] for r in rows}
    assert {"quadrennium", "Specialist Group", "Species Survival Commission (SSC)"} <= english


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_use_the_glossary(language):
    import re

    column = LANGUAGES.index(language)
    wrong = []
    for m in read(po_path(language), language):
        if not m.id:
            continue
        source = m.id[0] if isinstance(m.id, tuple) else m.id
        target = m.string[0] if isinstance(m.string, tuple) else m.string
        # Placeholders and workbook column names ("column Focal point:") stay as they are.
        source = re.sub(r"\{[^}]*\}|column [A-Z][\w ]*:", "", source).lower()
        target = target.replace("\u00a0", " ").lower()
        for term, words in GLOSSARY.items():
            if term in source and words[column] not in target:
                wrong.append((m.id, m.string))
    assert wrong == []


def test_every_sentence_is_formatted_with_its_own_placeholders():
    """`_("… {file} …").format(path=…)` would raise KeyError only when a user hits it."""
    import ast

    wrong = []
    for path in (ROOT / "ssc_desktop").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "ssc_desktop").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "format" and isinstance(node.func.value, ast.Call)
                    and isinstance(node.func.value.func, ast.Name)
                    and node.func.value.func.id in ("_", "ngettext")):
                continue
            texts = [a.value for a in node.func.value.args
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            given = {k.arg for k in node.keywords}
            if texts and None not in given and not set().union(*map(fields, texts)) <= given:
                wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []
