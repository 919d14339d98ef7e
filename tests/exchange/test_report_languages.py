"""Reports, the letter brief and e-mail drafts in French and Spanish, read back for real:
headings, reference names, suppression notes, the KSR note, and dates and numbers as each
language writes them (Babel)."""

from __future__ import annotations

import email
import re
from datetime import date
from email import policy
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from ssc_desktop import cli, i18n
from ssc_desktop.domain import reference_names
from ssc_desktop.exchange import letter_brief
from ssc_desktop.exchange.annual_report import write_annual_pdf, write_annual_xlsx
from ssc_desktop.exchange.eml import write_drafts
from ssc_desktop.exchange.quarterly_report import ReportOptions, quarterly_report
from ssc_desktop.services import email_drafts, invitations
from ssc_desktop.services.annual_report import annual_figures
from tests.conftest import TODAY

# The fixtures of the English tests, shared: the tests below name them as parameters.
from .test_annual_report import year_of_work  # noqa: F401
from .test_letter_brief import letter  # noqa: F401
from .test_quarterly_report import Q3, REPORT_DAY, history  # noqa: F401


def text_of(path: Path) -> str:
    """The PDF's text on one line, no-break spaces read as spaces."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def test_the_quarterly_report_in_french(db, group, history, tmp_path):  # noqa: F811
    out = tmp_path / "t3.pdf"
    quarterly_report(db, group.id, Q3, out, ReportOptions(language="fr"), today=REPORT_DAY)
    text = text_of(out)
    for words in (
            "RAPPORT TRIMESTRIEL · COMMISSION DE LA SAUVEGARDE DES ESPÈCES DE L'UICN",
            "T3 2025 · 1 juil. 2025 – 30 sept. 2025", "Quadriennat 2021-2025",
            "Chiffres clés", "Membres au 30 juin 2025 5", "Membres au 30 sept. 2025 5",
            "Les membres en un coup d'œil", "Membres par région statutaire",
            "Afrique", "Asie du Sud et de l'Est", "Europe de l'Ouest",  # regions
            "Démissionnaire",  # a status
            "Ont quitté le groupe au cours du trimestre", "Ångström, Zoë",
            "Invitations ayant dépassé leur délai", "Mwangi, Otieno",
            "Le genre et l'âge ne sont pas indiqués",  # the suppression note
            "Annexe : liste des membres", "Page 1 sur"):
        assert words in text, words
    for english in ("Key figures", "Membership at a glance", "West Europe", "Resigned",
                    "Page 1 of"):
        assert english not in text, english


def test_the_quarterly_report_in_spanish_then_english_again(
        db, group, history, tmp_path):  # noqa: F811
    spanish, english = tmp_path / "es.pdf", tmp_path / "en.pdf"
    quarterly_report(db, group.id, Q3, spanish, ReportOptions(language="es"),
                     today=REPORT_DAY)
    text = text_of(spanish)
    for words in ("INFORME TRIMESTRAL · COMISIÓN DE SUPERVIVENCIA DE ESPECIES DE LA UICN",
                  "T3 2025 · 1 jul 2025 – 30 sept 2025", "Cuatrienio 2021-2025",
                  "La membresía de un vistazo", "Miembros al 30 sept 2025 5",
                  "Miembros por región estatutaria", "Europa occidental", "África",
                  "Metas del Plan Estratégico de Especies", "Cartas de intervención",
                  "Anexo: lista de miembros", "Página 1 de"):
        assert words in text, words
    # The language belongs to that one report: the next one is in the app's language.
    quarterly_report(db, group.id, Q3, english, today=REPORT_DAY)
    text = text_of(english)
    assert "Membership at a glance" in text and "Members at 30 Sep 2025 5" in text
    assert i18n.language() == "en"


def test_the_annual_report_in_french_with_the_ksr_note(db, year_of_work, tmp_path):  # noqa: F811
    figures = annual_figures(db, year_of_work.id, 2025, today=date(2025, 4, 2),
                             language="fr")
    pdf, xlsx = tmp_path / "annuel.pdf", tmp_path / "annuel.xlsx"
    write_annual_pdf(figures, pdf, language="fr")
    write_annual_xlsx(figures, xlsx, language="fr")
    text = text_of(pdf)
    for words in ("RAPPORT ANNUEL À LA COMMISSION DE LA SAUVEGARDE DES ESPÈCES DE L'UICN",
                  "Président·e", "Silva, Ana (INPA)", "Coordinateur·rice de l'Autorité de la "
                  "Liste rouge", "Groupe de spécialistes", "Atteint", "Non commencé",
                  "Évaluer", "Total des objectifs", "Portée géographique",
                  "traductions présentées ici sont celles de SSC Desktop"):
        assert words in text, words
    book = openpyxl.load_workbook(xlsx, read_only=True)
    assert book.sheetnames == ["Identité", "Objectifs", "Activités", "Synthèse", "Adhésion"]
    targets = list(book["Objectifs"].iter_rows(values_only=True))
    assert targets[0] == ("Code", "Objectif", "RCE", "Composante", "Statut")
    assert targets[1] == ("T-001", "Assess all 13 otter species", 6, "Évaluer", "Atteint")
    summary = {key.replace("\u00a0", " "): value
               for key, value in book["Synthèse"].iter_rows(min_row=2, values_only=True)}
    assert summary["Objectifs : atteint"] == "1 (33\u00a0%)"


def test_the_letter_brief_in_spanish(db, letter, tmp_path):  # noqa: F811
    path = tmp_path / "nota.pdf"
    letter_brief.write_brief_for(db, letter, path, today=TODAY, language="es")
    text = text_of(path)
    for words in ("Solicitud de carta de intervención", "Grupo solicitante",
                  "Fecha de la solicitud 10 ene 2025", "Próximo seguimiento 1 mar 2025",
                  "Urgente (una decisión es inminente)", "EN (En peligro)",
                  "Enviada al coordinador/a de la red", "Gobierno", "Brasil",
                  "Pasos hasta ahora", "Solicitud creada", "Presente",
                  "15 mar 2025"):  # the brief's date, in the header line
        assert words in text, words
    assert "Not given" not in text and "Request date" not in text


def test_the_letter_brief_command_takes_a_language(
        db, db_path, letter, tmp_path, capsys):  # noqa: F811
    if db.location.path is None:
        pytest.skip("the brief command reads a database file here")
    db.close()
    path = tmp_path / "note.pdf"
    assert cli.main(["letter", "brief", "--db", str(db_path), "--letter", letter[:8],
                     "-o", str(path), "--lang", "fr"]) == 0
    assert "Wrote the brief of" in capsys.readouterr().out  # the messages stay English
    text = text_of(path)
    assert "Demande de lettre d'intervention" in text and "Date de la demande" in text
    assert "10 janv. 2025" in text


@pytest.mark.parametrize(("language", "subject", "deadline"), [
    ("fr", "Rappel : votre invitation au Otter Specialist Group", "14 avril 2025"),
    ("es", "Recordatorio: su invitación al Otter Specialist Group", "14 de abril de 2025"),
])
def test_email_drafts_with_localised_dates(db, group, add_member, tmp_path, language,
                                           subject, deadline):
    invitee = add_member("Zoë", "Ødegård", email="zoe@example.no", status="proposed")
    add_member("Ana", "Silva", email="ana@example.org", roles=["chair"])
    invitations.invite(db, [invitee], TODAY)
    drafts = email_drafts.drafts_for(db, [invitee], "reminder", language, TODAY)
    (path,) = write_drafts(drafts.drafts, tmp_path / language, drafts.skipped).paths
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["Subject"].replace("\u00a0", " ") == subject
    body = message.get_content()
    assert deadline in body and "15 March 2025" not in body and "April" not in body


def test_reference_names_in_each_language():
    assert reference_names.region_name("west_europe") == "West Europe"
    with i18n.using_language("fr"):
        assert reference_names.region_name("meso_south_america") == \
            "Méso-Amérique et Amérique du Sud"
        assert reference_names.status_name("accepted") == "Accepté·e (en attente de validation)"
        assert reference_names.role_name("rlac") == \
            "Coordinateur·rice de l'Autorité de la Liste rouge"
        assert reference_names.country_name("DE") == "Allemagne"
        assert reference_names.document_title(3) == "Mandat de la CSE de l'UICN"
        assert reference_names.ksr_translation_note()
    with i18n.using_language("es"):
        assert reference_names.end_reason_name("term_ended") == "Fin del mandato"
        assert reference_names.group_type_name("red_list_authority") == \
            "Autoridad de la Lista Roja"
        assert reference_names.country_name("US") == "Estados Unidos"
        assert reference_names.age_band_name("under_35") == "Menos de 35 años"
    assert reference_names.ksr_translation_note() == ""  # English needs no note
