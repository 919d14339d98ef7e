"""Checklists derived from roles and the seed's 21-document table."""

from datetime import date

from ssc_desktop.domain import onboarding

MEMBER_DOCS = [1, 3, 4, 5, 6, 7, 18]
TAXONOMIC_LEADER_DOCS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 14, 15, 16, 17, 18, 19, 20, 21]
CROSS_CUTTING_LEADER_DOCS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 17, 18]


def numbers(roles, taxonomic_set="mammals", cites=False, committee=False):
    return [i.number for i in onboarding.checklist(
        roles, taxonomic_set=taxonomic_set, engages_in_cites=cites,
        committee_member=committee)]


def test_a_member_reads_the_member_column():
    assert numbers(["member"]) == MEMBER_DOCS
    assert numbers([]) == MEMBER_DOCS  # no role at all is read as a member


def test_chair_co_chair_and_rlac_read_the_taxonomic_leader_column():
    for role in ("chair", "co_chair", "rlac"):
        assert numbers([role]) == TAXONOMIC_LEADER_DOCS


def test_a_cross_cutting_group_leader_reads_the_cross_cutting_column():
    assert numbers(["chair"], taxonomic_set="cross_cutting") == CROSS_CUTTING_LEADER_DOCS
    # members of a cross-cutting group still read the member column
    assert numbers(["member"], taxonomic_set="cross_cutting") == MEMBER_DOCS


def test_the_steering_committee_reads_every_document():
    assert numbers(["steering_committee"]) == list(range(1, 22))


def test_cites_and_committee_documents_only_when_flagged():
    assert 10 not in numbers(["member"]) and 13 not in numbers(["chair"])
    assert numbers(["member"], cites=True) == sorted([*MEMBER_DOCS, 10])
    assert numbers(["member"], committee=True) == sorted([*MEMBER_DOCS, 13])
    item = next(i for i in onboarding.checklist(["member"], taxonomic_set=None,
                                                engages_in_cites=True,
                                                committee_member=False) if i.number == 10)
    assert "cites" in item.because.lower()


def test_several_roles_read_the_union_and_say_why():
    items = onboarding.checklist(["member", "chair"], taxonomic_set="birds",
                                 engages_in_cites=False, committee_member=False)
    assert [i.number for i in items] == TAXONOMIC_LEADER_DOCS
    assert {i.because for i in items} == {"Taxonomic group leaders"}


def test_completion_counts_documents_and_declarations():
    items = onboarding.checklist(["member"], taxonomic_set=None, engages_in_cites=False,
                                 committee_member=False)
    read = {n: date(2025, 1, 2) for n in MEMBER_DOCS[:5]}
    done = onboarding.completion(items, read, code_of_conduct_accepted_on=date(2025, 1, 1),
                                 conflict_of_interest_declared_on=None)
    assert (done.read, done.total, done.missing) == (5, 7, (7, 18))
    assert not done.complete
    assert done.summary() == "5 of 7 documents; conflict of interest not declared"
    all_read = {n: date(2025, 1, 2) for n in MEMBER_DOCS}
    done = onboarding.completion(items, all_read, code_of_conduct_accepted_on=date(2025, 1, 1),
                                 conflict_of_interest_declared_on=date(2025, 1, 1))
    assert done.complete
