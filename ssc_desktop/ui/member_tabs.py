"""Extra tabs of the member editor, in order: one line registers a tab (ui.page.MemberTab)."""

from __future__ import annotations

from .member_onboarding_tab import MemberOnboardingTab
from .member_targets_tab import MemberTargetsTab
from .page import MemberTab

MEMBER_TABS: tuple[type[MemberTab], ...] = (
    MemberTargetsTab,
    MemberOnboardingTab,
)
