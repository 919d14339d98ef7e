"""What the main window asks of a page, and of a member editor tab (typed, not hasattr)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol

from PySide6.QtCore import QByteArray, SignalInstance
from PySide6.QtWidgets import QStyle, QWidget

from .operations import OpChanges

if TYPE_CHECKING:
    from .context import AppContext


class Page(Protocol):
    """A page of the main window, built as `Page(context, parent)` when first shown.

    `shows` names the data it shows: after an operation that changed any of it, the
    window reloads the page (now if it is shown, else when it is next shown).
    """

    title: ClassVar[str]  # translated by the window
    icon: ClassVar[QStyle.StandardPixmap]
    shows: ClassVar[OpChanges]
    statusText: SignalInstance

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None: ...

    def refresh(self) -> None:
        """Reload what the page shows for the context's group and quadrennium."""

    def focus_search(self) -> bool:
        """Put the keyboard in the page's search box (Ctrl+F); False: the page has none."""

    def save_state(self) -> QByteArray:
        """Column widths and order, to restore at the next start (empty: nothing)."""

    def restore_state(self, state: QByteArray) -> None: ...


class MemberTab(Protocol):
    """An extra tab of the member editor, built as `Tab(context, membership_id,
    person_id, parent)` when an editor opens on an existing member."""

    title: ClassVar[str]

    def __init__(self, context: AppContext, membership_id: str, person_id: str,
                 parent: QWidget | None = None) -> None: ...

    def refresh(self) -> None: ...
