"""The member editor's History tab reads as a chair speaks: entity and field names in
words, codes as names, dates in words, no ids; across quadrennia."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pytest

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.domain.reference import reference
from ssc_desktop.services import groups, history_text, invitations, onboarding, roster
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.member_editor import MemberEditor

RLAC = reference().roles["rlac"].name
UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")

@pytest.fixture
def career(db, group, term, add_member) -> dict[str, str]:
    """Ana: a member in 2017-2020, then proposed, invited, reminded, accepted and
    validated in 2021-2025, reads two documents and changes organisation."""
    old_term = groups.find_quadrennium(db, "2017-2020")
    old = roster.add_member(db, group.id, old_term.id, PersonFields(
        given_names="Ana", family_name="Silva", email="ana@example.org", country_code="BR"),
        status="active", roles=["member"], today=date(2018, 1, 10)).subject_id
    person_id = roster.member_detail(db, old).person_id
    roster.end_membership(db, old, "term_ended", date(2020, 12, 31))
    new = roster.add_member(db, group.id, term.id, PersonFields(
        given_names="Ana", family_name="Silva", email="ana@example.org", country_code="BR"),
        status="proposed", roles=["rlac"], today=date(2024, 11, 2)).subject_id
    invitations.invite(db, [new], date(2024, 11, 5))
    invitations.remind(db, [new], date(2024, 12, 10))
    invitations.mark_accepted(db, [new], date(2024, 12, 20))
    invitations.validate(db, [new], date(2025, 1, 6))
    onboarding.acknowledge(db, person_id, [5], date(2025, 1, 20))
    detail = roster.member_detail(db, new)
    roster.update_member(db, new, detail.person_version,
                         replace(detail.fields, organisation="INPA"), roles=["rlac"])
    return {"person": person_id, "old": old, "new": new}

def test_a_career_reads_in_words(db, career):
    lines = history_text.person_history(db, career["person"])
    text = "\n".join([line.what for line in lines] +
                     [f"{f}: {c}" for line in lines for f, c in line.details])
    assert "Status change: Proposed → Invited on 5 Nov 2024 (OSG 2021-2025)" in text
    assert "Status change: Invited → Accepted (awaiting validation) on 20 Dec 2024" in text
    assert "Status change: Active (validated) → Term ended on 31 Dec 2020 (OSG 2017-2020)" \
        in text
    assert "Invitation sent on 5 Nov 2024" in text and "reply due" in text
    assert "Reminder sent on 10 Dec 2024" in text
    assert f"Role: {RLAC} from 2 Nov 2024 (OSG 2021-2025)" in text
    assert "Role: Member from 10 Jan 2018 (OSG 2017-2020)" in text
    assert "Role: Member ended on 31 Dec 2020 (OSG 2017-2020)" in text
    assert "Membership ended (OSG 2017-2020): Term ended on 31 Dec 2020" in text
    assert "Document acknowledged: 5. Code of Conduct for IUCN Commissions on 20 Jan 2025" \
        in text
    assert "Organisation: — → INPA" in text
    assert "Country of residence: Brazil" in text
    for code in ("rlac", "term_ended", "commission_system", "country_code", "_id"):
        assert code not in text, code
    assert not UUID.search(text)
    assert lines[0].what == "Details changed"  # newest first

def test_describe_is_pure_and_hides_ids():
    row = SimpleNamespace(
        at="2025-03-15T09:30:00+00:00", actor="chair", label="Invite 1 member",
        entity="invitation", action="update",
        before={"response": None, "responded_on": None},
        after={"response": "declined", "responded_on": "2025-03-14",
               "membership_id": "m1", "id": "i1"})
    [line] = history_text.describe([row], {"m1": ("OSG", "2021-2025")})
    assert line.what == "Invitation answered: Declined on 14 Mar 2025 (OSG 2021-2025)"
    assert line.details == (("Response", "— → Declined"), ("Responded", "— → 14 Mar 2025"))
    assert line.operation == "Invite 1 member"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", line.at)

def test_the_history_tab_shows_the_career(qtbot, db, group, term, career):
    context = AppContext(db)
    context.set_group(group.id, term.id)
    editor = MemberEditor(context, career["new"])
    qtbot.addWidget(editor)
    editor.show()
    tree = editor.ui.history
    tops = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    whats = [item.text(2) for item in tops]
    assert any(w.startswith("Reminder sent on 10 Dec 2024") for w in whats)
    assert any("(OSG 2017-2020)" in w for w in whats)
    assert all(item.text(0) and item.text(1) == "tester" for item in tops)
    added = next(item for item in tops if item.text(2) == "Person added")
    assert "Given name(s): Ana" in [added.child(n).text(2) for n in range(added.childCount())]
    assert not any(UUID.search(w) for w in whats)
