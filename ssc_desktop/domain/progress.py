"""How long work reports progress and learns it was cancelled, without knowing Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..i18n import _
from .errors import UserError


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__(_("Cancelled; nothing was changed."))


@dataclass
class Progress:
    report: Callable[[int, int, str], None] = lambda done, total, text: None
    cancelled: Callable[[], bool] = lambda: False

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report, and stop the work (raising Cancelled) if the user asked to."""
        if self.cancelled():
            raise Cancelled()
        self.report(done, total, text)


NO_PROGRESS = Progress()
