"""Operation labels in the reader's language: an operation run in French reads in English
to an English reader and the other way round (history, member history, undo), with
nested undo labels, numbers in the reader's locale, and older rows shown as stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import update

from ssc_desktop import i18n
from ssc_desktop.formats import number
from ssc_desktop.i18n import N_
from ssc_desktop.labels import Label, StoredLabel, UnknownLabel
from ssc_desktop.services import email_drafts, history, history_text, invitations, roster
from ssc_desktop.store.errors import ConflictError
from ssc_desktop.store.models import ChangeBatch


def newest(db, language: str) -> list[str]:
    """The latest operations' labels as a reader of `language` sees them, newest first."""
    with i18n.using_language(language):
        return [op.label for op in history.latest(db, 10)]


def stored(db) -> tuple[str, object]:
    """The newest batch's label column and source, as written."""
    with db.reading() as s:
        batch = s.query(ChangeBatch).order_by(ChangeBatch.at.desc()).first()
        return batch.label, batch.label_source


@pytest.mark.parametrize(("writer", "written", "reader", "read"), [
    ("fr", "Modifier Silva, Ana", "en", "Edit Silva, Ana"),
    ("en", "Edit Silva, Ana", "fr", "Modifier Silva, Ana"),
    ("es", "Editar a Silva, Ana", "fr", "Modifier Silva, Ana"),
])
def test_an_operation_reads_in_the_readers_language(db, add_member, writer, written,
                                                    reader, read):
    mid = add_member("Ana", "Silva")
    detail = roster.member_detail(db, mid)
    with i18n.using_language(writer):
        roster.update_member(db, mid, detail.person_version,
                             replace(detail.fields, organisation="INPA"))
    text, source = stored(db)
    assert text == written  # the text column as before: the writer's language
    assert source == {"msgid": "Edit {name}", "args": {"name": "Silva, Ana"}}
    assert newest(db, reader)[0] == read
    assert newest(db, writer)[0] == written
    # the member's History tab names the step in the reader's language too
    with i18n.using_language(reader):
        lines = history_text.person_history(db, detail.person_id)
    assert lines[0].operation == read
    with i18n.using_language(reader):
        (entry, *_rest) = history.subject_history(db, detail.person_id)
    assert entry.label == read


def test_an_undo_nests_the_label_it_took_back(db, add_member):
    mid = add_member("Ana", "Silva")
    with i18n.using_language("fr"):
        op = history.step_to_undo(db)
        change = history.undo(db, op.batch_id)
    assert change.summary == "Annulé\u00a0: Ajouter Silva, Ana"
    assert stored(db) == ("Annuler\u00a0: Ajouter Silva, Ana", {
        "msgid": "Undo: {label}",
        "args": {"label": {"msgid": "Add {name}", "args": {"name": "Silva, Ana"}}}})
    assert newest(db, "en")[:2] == ["Undo: Add Silva, Ana", "Add Silva, Ana"]
    assert newest(db, "es")[:2] == ["Deshacer: Añadir a Silva, Ana", "Añadir a Silva, Ana"]
    # a redo is the operation again, under its own label
    with i18n.using_language("es"):
        history.redo(db, history.step_to_redo(db).batch_id)
    assert newest(db, "en")[0] == "Add Silva, Ana"
    assert newest(db, "fr")[0] == "Ajouter Silva, Ana"
    assert roster.member_detail(db, mid).fields.family_name == "Silva"


def test_nested_labels_translate_at_every_level(db):
    inner = Label(N_("Invite {who}"), who=Label(N_("{n} members"), n=3))
    with db.transaction(Label(N_("Undo: {label}"), label=inner)):
        pass
    assert newest(db, "fr")[0] == "Annuler\u00a0: Inviter 3 membres"
    assert newest(db, "es")[0] == "Deshacer: Invitar a 3 miembros"
    assert newest(db, "en")[0] == "Undo: Invite 3 members"


def test_numbers_read_in_the_readers_locale(db):
    with i18n.using_language("fr"):
        with db.transaction(Label(N_("Create demo database ({count} members)"),
                                  count=12345)):
            pass
    assert stored(db)[1] == {"msgid": "Create demo database ({count} members)",
                             "args": {"count": 12345}}  # a number stays a number
    assert newest(db, "en")[0] == "Create demo database (12,345 members)"
    assert newest(db, "es")[0] == "Crear la base de datos de demostración (12.345 miembros)"
    assert newest(db, "fr")[0] == f"Créer la base de démonstration ({number(12345, 'fr')} " \
                                  "membres)"
    assert number(12345, "fr") not in ("12345", "12,345")


def test_a_service_label_with_a_count_and_a_translated_name(db, group, term, add_member):
    ids = [add_member("Ana", "Silva", status="proposed"),
           add_member("Rui", "Costa", status="proposed")]
    with i18n.using_language("es"):
        invitations.invite(db, ids, date(2025, 3, 16))
    assert newest(db, "fr")[0] == "Inviter 2 membres"
    assert newest(db, "en")[0] == "Invite 2 members"


def test_an_older_row_without_a_source_shows_its_stored_text(db, add_member):
    add_member("Ana", "Silva")
    with db.engine.begin() as conn:  # as revision 0010 wrote it: text only, in French
        conn.execute(update(ChangeBatch).values(label="Ajouter Silva, Ana",
                                                label_source=None))
    for language in ("en", "fr", "es"):
        assert newest(db, language)[0] == "Ajouter Silva, Ana"
    # undoing it nests its text as it was stored
    with i18n.using_language("en"):
        history.undo(db, history.step_to_undo(db).batch_id)
    assert stored(db)[1] == {"msgid": "Undo: {label}", "args": {"label": "Ajouter Silva, Ana"}}
    assert newest(db, "es")[0] == "Deshacer: Ajouter Silva, Ana"
    # a plain string label (the demo's invented content) is stored without a source
    with db.transaction("Demo: a focal point who left the group"):
        pass
    assert stored(db) == ("Demo: a focal point who left the group", None)
    assert newest(db, "fr")[0] == "Demo: a focal point who left the group"


def test_a_msgid_this_version_does_not_know_shows_the_stored_text(db):
    with db.transaction(Label(N_("Create group {name}"), name="OSG")):
        pass
    source = {"msgid": "Reticulate {name}", "args": {"name": "OSG"}}  # an older app's
    with db.engine.begin() as conn:
        conn.execute(update(ChangeBatch).values(label="Réticuler OSG", label_source=source))
    assert newest(db, "fr")[0] == "Réticuler OSG"
    assert newest(db, "es")[0] == "Réticuler OSG"
    assert newest(db, "en")[0] == "Reticulate OSG"  # English reads the msgid itself
    # a damaged source, or a placeholder it lacks, also shows the text as stored
    for bad in ({"msgid": 3}, {"msgid": "Create group {name}", "args": {}}, ["x"],
                {"msgid": "Create group {name}", "args": {"name": [1]}}):
        for language in ("en", "fr"):
            with i18n.using_language(language):
                assert StoredLabel("as stored", bad).shown() == "as stored"
    with pytest.raises(UnknownLabel):
        Label.from_json({"args": {}})


def test_the_stale_sentence_names_the_later_operation_in_the_readers_language(db, add_member):
    mid = add_member("Ana", "Silva")
    added = history.step_to_undo(db).batch_id
    detail = roster.member_detail(db, mid)
    with i18n.using_language("fr"):
        roster.update_member(db, mid, detail.person_version,
                             replace(detail.fields, organisation="INPA"))
    with i18n.using_language("en"), pytest.raises(ConflictError) as refused:
        history.undo(db, added)
    assert "“Edit Silva, Ana”" in str(refused.value)
    with i18n.using_language("es"), pytest.raises(ConflictError) as refused:
        history.undo(db, added)
    assert "por «Editar a Silva, Ana»" in str(refused.value)


def test_a_name_inside_a_label_is_translated_with_it(db):
    template = email_drafts.get_template(db, "reminder", "es")
    with i18n.using_language("es"):
        email_drafts.save_template(db, "reminder", "es", template.subject,
                                   template.body + "\nSaludos.")
    assert stored(db)[1]["args"]["kind"] == {"msgid": "Reminder", "args": {},
                                             "lower": True}
    assert newest(db, "en")[0] == "Edit the reminder template (Español)"
    assert newest(db, "fr")[0] == "Modifier le modèle «\u00a0relance\u00a0» (Español)"
