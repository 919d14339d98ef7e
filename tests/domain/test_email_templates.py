"""Templates: placeholders, refusals naming the unknown one, shipped defaults."""

import pytest

from ssc_desktop.domain import email_templates as tpl


def test_placeholders_are_found():
    assert tpl.placeholders_in("Dear {given_name}, {{literal}} {group}") == ["given_name",
                                                                            "group"]


def test_an_unknown_placeholder_is_refused_naming_it():
    with pytest.raises(tpl.TemplateError, match=r"unknown placeholder \{givn_name\}"):
        tpl.check("Hello", "Dear {givn_name},")
    with pytest.raises(tpl.TemplateError, match=r"subject uses an unknown placeholder \{grp\}"):
        tpl.check("Join {grp}", "Dear {given_name},")


@pytest.mark.parametrize(("subject", "body", "says"), [
    ("", "text", "Enter a subject"),
    ("Subject", "  ", "Enter the text"),
    ("Two\nlines", "text", "single line"),
    ("Hi", "Dear {given_name", "brace is not closed"),
    ("Hi", "Dear {given_name!r}", "is not one"),
    ("Hi", "Dear {}", "is not one"),
])
def test_malformed_templates_are_refused(subject, body, says):
    with pytest.raises(tpl.TemplateError, match=says):
        tpl.check(subject, body)


@pytest.mark.parametrize("kind", list(tpl.KINDS))
@pytest.mark.parametrize("language", list(tpl.LANGUAGES))
def test_every_shipped_template_is_valid(kind, language):
    template = tpl.default_template(kind, language)
    tpl.check(template.subject, template.body)
    subject, body = tpl.fill(template, {"given_name": "Zoë", "family_name": "Ødegård",
                                        "group": "Otter Specialist Group"})
    assert "Otter Specialist Group" in subject + body
    assert "Ødegård" in body
    assert "{" not in subject + body


def test_fill_leaves_missing_values_empty():
    t = tpl.Template("reminder", "en", "To {group}", "By {deadline}.")
    assert tpl.fill(t, {"group": "OSG"}) == ("To OSG", "By .")


def test_an_unknown_kind_is_refused():
    with pytest.raises(tpl.TemplateError, match="not a kind"):
        tpl.default_template("spam")
