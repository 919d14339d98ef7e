"""The command line in the user's language: --lang, or LANG / LC_ALL / LC_MESSAGES."""

from __future__ import annotations

import locale

import pytest

from ssc_desktop import cli, i18n
from ssc_desktop.services import history

NBSP = "\u00a0"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    # French puts a no-break space before : ; ? ! and inside « »; compare as read.
    return code, out.replace(NBSP, " "), err.replace(NBSP, " ")


def squash(text: str) -> str:
    """Help text as one line: argparse wraps it at the terminal's width."""
    return " ".join(text.split())


@pytest.fixture
def no_locale_variables(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    return monkeypatch


@pytest.mark.parametrize(("environment", "expected"), [
    ({"LANG": "es_ES.UTF-8"}, "es"),
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LC_ALL": "fr_CA.UTF-8", "LANG": "es_ES.UTF-8"}, "fr"),  # LC_ALL wins over LANG
    ({"LC_MESSAGES": "es_MX", "LANG": "en_GB.UTF-8"}, "es"),
    ({"LANGUAGE": "de:fr", "LANG": "en_US.UTF-8"}, "fr"),  # a list: the first we have
    ({"LANGUAGE": "de", "LANG": "es_ES.UTF-8"}, "es"),  # none we have: the next variable
    ({"LANG": "de_DE.UTF-8"}, "en"),  # a language the app lacks
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "POSIX"}, "en"),
])
def test_the_system_language_follows_the_locale_variables(environment, expected):
    assert i18n.system_language(environment) == expected


def test_without_variables_the_desktop_setting_decides(no_locale_variables):
    no_locale_variables.setattr(i18n, "_platform_locale", lambda: "es_AR")
    assert i18n.system_language() == "es"
    no_locale_variables.setattr(i18n, "_platform_locale", lambda: None)
    no_locale_variables.setattr(locale, "getlocale", lambda *a: ("fr_BE", "UTF-8"))
    assert i18n.system_language() == "fr"


def test_an_unknown_language_is_one_sentence_and_status_2(capsys):
    code, out, err = run(capsys, "--lang", "de", "check")
    assert code == 2 and out == ""
    assert err == ("ssc-desktop: 'de' is not a language of SSC Desktop; choose one of "
                   "en, fr, es.\n")
    code, _out, err = run(capsys, "--lang=pt", "--help")
    assert code == 2 and "choose one of en, fr, es" in err


def test_help_in_french_and_in_spanish(capsys, monkeypatch):
    code, out, _err = run(capsys, "--lang", "fr", "--help")
    out = squash(out)
    assert code == 0
    assert "utilisation : ssc-desktop" in out
    assert "afficher la version et l'emplacement des données, puis quitter" in out
    assert "print the version" not in out
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    code, out, _err = run(capsys, "report", "quarterly", "--help")
    out = squash(out)
    assert code == 0
    assert "el idioma del documento: en, fr, es" in out
    assert "un trimestre natural, p. ej. 2025-Q3 (de julio a septiembre de 2025)" in out
    # The next run without LANG is English again: nothing leaks between runs.
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, _err = run(capsys, "--help")
    assert "print the version and where the data lives, then exit" in squash(out)


def refused_import(db, db_location, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Given name,Family name,Country\nAna,Silva,Brazil\nBo,Chen,Atlantis\n",
                    encoding="utf-8")
    db.close()  # the command opens the file itself
    return ("import", "roster", "--db", db_location, "--group", "OSG", "--quadrennium",
            "2021-2025", str(path))


def test_a_refused_import_in_french(db, db_location, group, tmp_path, capsys):
    args = refused_import(db, db_location, tmp_path)
    code, out, err = run(capsys, "--lang", "fr", *args)
    assert code == 2
    assert ("Ligne 3, colonne « Country » : « Atlantis » n'est pas un pays que "
            "l'application connaît ; vouliez-vous dire ") in err
    assert "? Corrigez la cellule (un nom de pays ou son code ISO à deux lettres)." in err
    assert "1 problème(s) dans list.csv ; rien n'a été importé." in err
    assert "1 nouveau(x), 0 mis à jour, 0 inchangé(s), 1 avec des problèmes" in out


def test_a_refused_import_in_spanish_from_lang(db, db_location, group, tmp_path, capsys,
                                               monkeypatch):
    args = refused_import(db, db_location, tmp_path)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    code, _out, err = run(capsys, *args)
    assert code == 2
    assert ("Fila 3, columna «Country»: «Atlantis» no es un país que la aplicación "
            "conozca; ¿quiso decir ") in err
    assert "no se importó nada" in err


def test_history_in_spanish_and_french(db, db_location, group, add_member, capsys,
                                       monkeypatch):
    add_member("Ana", "Silva")
    added = history.latest(db, 1)[0].records  # the member's records
    db.close()
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    code, out, _err = run(capsys, "history", "--db", db_location)
    assert code == 0 and f"{added} registros" in out and "records" not in out
    code, out, _err = run(capsys, "undo", "--db", db_location)
    assert code == 0 and out.startswith("Deshecho: ")
    code, out, _err = run(capsys, "--lang", "fr", "history", "--db", db_location)
    assert code == 0 and "(annulée)" in out and "enregistrement" in out


@pytest.mark.parametrize(("language", "missing", "bad_choice"), [
    ("fr", "les arguments suivants sont obligatoires : --group, file",
     "choix non valide : 'bogus'"),
    ("es", "se requieren los siguientes argumentos: --group, file",
     "opción no válida: 'bogus'"),
    ("en", "the following arguments are required: --group, file",
     "invalid choice: 'bogus'"),
])
def test_argparse_s_own_messages_in_the_chosen_language(capsys, language, missing,
                                                        bad_choice):
    code, _out, err = run(capsys, "--lang", language, "import", "roster")
    assert code == 2 and missing in err and err.count("\n") == 1
    code, _out, err = run(capsys, "--lang", language, "bogus")
    assert code == 2 and bad_choice in err
    # and the next run in another language is not left speaking this one
    code, _out, err = run(capsys, "--lang", "en", "import", "roster")
    assert "the following arguments are required" in err
