"""E-mail templates: the kinds, their placeholders, checking and filling them in.

A template is a subject and a body with {placeholders}. Unknown placeholders are refused
when a template is saved, so a draft never goes out with a literal "{givn_name}" in it.
The shipped defaults are data files, resources/templates/<kind>.<language>.txt: a
"Subject: ..." line, a blank line, then the body.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import shipped
from ..i18n import N_, _
from .errors import UserError

KINDS = {
    "invitation": N_("Invitation"),
    "reminder": N_("Reminder"),
    "welcome": N_("Welcome (after validation)"),
    "renewal_invitation": N_("Renewal invitation (new quadrennium)"),
    "thank_you": N_("Thank you on leaving"),
}
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}

PLACEHOLDERS = {
    "given_name": N_("the member's given names"),
    "family_name": N_("the member's family name"),
    "full_name": N_("given names and family name"),
    "email": N_("the member's e-mail address"),
    "group": N_("the group's name"),
    "group_code": N_("the group's short code"),
    "quadrennium": N_("the membership's quadrennium, e.g. 2026-2029"),
    "deadline": N_("the invitation's response deadline"),
    "invitation_date": N_("the day the invitation was sent"),
    "chair": N_("the group's Chair (or Co-Chairs)"),
    "chair_email": N_("the Chair's e-mail address"),
    "today": N_("the day the draft is written"),
}


class TemplateError(UserError):
    """A template that cannot be saved; the sentence names the problem."""


@dataclass(frozen=True, slots=True)
class Template:
    kind: str
    language: str
    subject: str
    body: str


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in `text`, or TemplateError for a stray brace."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise TemplateError(_("A brace is not closed: write placeholders as {given_name}, and a "
                              "literal brace as {{ or }}.")) from None
    names = []
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if field == "" or spec or conversion:
            raise TemplateError(_("Write placeholders as a name in braces, such as {{group}}; "
                                  "'{{{field}}}' is not one.").format(field=field))
        names.append(field)
    return names


def check(subject: str, body: str) -> None:
    """Refuse an empty subject or body and any unknown placeholder, naming it."""
    if not subject.strip():
        raise TemplateError(_("Enter a subject for the template."))
    if not body.strip():
        raise TemplateError(_("Enter the text of the template."))
    for where, text in (("subject", subject), ("text", body)):
        if "\n" in text and where == "subject":
            raise TemplateError(_("The subject must be a single line."))
        for name in placeholders_in(text):
            if name not in PLACEHOLDERS:
                raise TemplateError(
                    _("The {where} uses an unknown placeholder {{{name}}}. Use one of: "
                      "{known}.").format(where=where, name=name, known=", ".join(
                          "{" + p + "}" for p in PLACEHOLDERS)))


def fill(template: Template, values: Mapping[str, str]) -> tuple[str, str]:
    """Subject and body with every placeholder replaced (missing values become "")."""
    full = {name: values.get(name, "") for name in PLACEHOLDERS}
    return template.subject.format_map(full), template.body.format_map(full)


def templates_dir() -> Path:
    """The shipped templates (resources/templates, see ssc_desktop.shipped)."""
    return shipped.folder("templates")


def default_template(kind: str, language: str = "en") -> Template:
    """The shipped template of a kind, in a language (English when none is shipped)."""
    if kind not in KINDS:
        raise TemplateError(_("'{kind}' is not a kind of e-mail; choose one of: {kinds}.")
                            .format(kind=kind, kinds=", ".join(KINDS)))
    folder = templates_dir()
    path = folder / f"{kind}.{language}.txt"
    if not path.exists():
        path = shipped.path("templates", f"{kind}.en.txt")
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    head, _blank, body = text.partition("\n\n")
    if not head.startswith("Subject:"):
        raise TemplateError(_("{file} must begin with a 'Subject:' line.").format(
            file=path.name))
    return Template(kind, language, head.removeprefix("Subject:").strip(), body.strip() + "\n")
