"""Names that live as data (domain tables, column lists, page and tab titles) and reach the
window through a variable. lupdate cannot read `tr(name)`, so each is listed here once, and the
window shows it through `vocabulary.name(text)`; tests/ui/test_vocabulary.py fails when a
name of those tables is missing here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"


def name(text: str) -> str:
    """`text` in the window's language (itself when it is not one of the names below)."""
    return QCoreApplication.translate(CONTEXT, text)


NAMES = (
    # Pages of the window (navigation list)
    QT_TRANSLATE_NOOP("Vocabulary", 'Home'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Roster'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Targets'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Letters'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Invitations'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Reports'),
    # Tabs of the member editor
    QT_TRANSLATE_NOOP("Vocabulary", 'Onboarding'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Focal point for'),
    # Column headers
    QT_TRANSLATE_NOOP("Vocabulary", 'Name'),
    QT_TRANSLATE_NOOP("Vocabulary", 'E-mail'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Country'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Region'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Organisation'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Roles'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Status'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Follow-up'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Quadrennium'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Apply'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Row'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Result'),
    QT_TRANSLATE_NOOP("Vocabulary", 'What changes'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Re-invite'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Status now'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Roles in the new quadrennium'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Target'),
    QT_TRANSLATE_NOOP("Vocabulary", 'KSR'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Progress'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Last update'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Invited'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Via'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Answer by'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Reminders'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Answer'),
    # Invitation channels and e-mail kinds
    QT_TRANSLATE_NOOP("Vocabulary", 'Commission System'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Invitation'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Reminder'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Welcome (after validation)'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Renewal invitation (new quadrennium)'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Thank you on leaving'),
    # Fields an imported column can fill
    QT_TRANSLATE_NOOP("Vocabulary", 'Group'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Given name'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Family name'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Email'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Alternate email'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Position'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Country code'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Statutory region'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Invited on'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Accepted on'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Validated on'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Code of Conduct accepted on'),
    QT_TRANSLATE_NOOP("Vocabulary", 'IUCN username'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Record ID'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Name as written'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Nationality'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Expertise'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Languages'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Notes'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Full name (split into given and family name)'),
    # What each e-mail placeholder stands for
    QT_TRANSLATE_NOOP("Vocabulary", "the member's given names"),
    QT_TRANSLATE_NOOP("Vocabulary", "the member's family name"),
    QT_TRANSLATE_NOOP("Vocabulary", 'given names and family name'),
    QT_TRANSLATE_NOOP("Vocabulary", "the member's e-mail address"),
    QT_TRANSLATE_NOOP("Vocabulary", "the group's name"),
    QT_TRANSLATE_NOOP("Vocabulary", "the group's short code"),
    QT_TRANSLATE_NOOP("Vocabulary", "the membership's quadrennium, e.g. 2026-2029"),
    QT_TRANSLATE_NOOP("Vocabulary", "the invitation's response deadline"),
    QT_TRANSLATE_NOOP("Vocabulary", 'the day the invitation was sent'),
    QT_TRANSLATE_NOOP("Vocabulary", "the group's Chair (or Co-Chairs)"),
    QT_TRANSLATE_NOOP("Vocabulary", "the Chair's e-mail address"),
    QT_TRANSLATE_NOOP("Vocabulary", 'the day the draft is written'),
    # Letter requests: addressee types, urgencies, dialogue
    QT_TRANSLATE_NOOP("Vocabulary", 'Government'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Company'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Intergovernmental body'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Other'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Normal'),
    QT_TRANSLATE_NOOP("Vocabulary", 'High'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Urgent (a decision is imminent)'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Yes'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Partly'),
    QT_TRANSLATE_NOOP("Vocabulary", 'No'),
    # Target statuses
    QT_TRANSLATE_NOOP("Vocabulary", 'On track'),
    QT_TRANSLATE_NOOP("Vocabulary", 'At risk'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Off track'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Achieved'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Dropped'),
    QT_TRANSLATE_NOOP("Vocabulary", 'No update yet'),
)
