"""Extra tabs of the member editor, added by features (onboarding, focal points, ...).

Each entry names a module and a QWidget subclass constructed as
Cls(context, membership_id, person_id, parent) with a class attribute `title`
(translated by the editor). Modules are imported when an editor opens.
"""

MEMBER_TABS: list[tuple[str, str]] = [
    ("ssc_desktop.ui.member_targets_tab", "MemberTargetsTab"),
    ("ssc_desktop.ui.member_onboarding_tab", "MemberOnboardingTab"),
]
