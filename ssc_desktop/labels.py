"""Operation labels kept as their source, so that each reader sees them in their language.

An operation ("Create group {name}", "Import 312 rows", "Undo: Edit Núñez") is stored
twice: as the text rendered in the writer's language (the `label` column, for older
rows, other tools and as a fallback) and as its source, the English msgid with its
arguments (JSON). A reader rebuilds the source and translates it then: numbers in the
reader's locale, a nested label (the operation an undo took back) translated too.

    Label(N_("Create group {name}"), name=name)   # N_ marks the msgid for the catalogue

A label whose msgid the reader's catalogue does not know (an older or newer app wrote
it), or whose source is damaged, shows the text as stored. A label has no plural form:
where a count varies, the sentence is written for the counts it can take.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Union

from . import i18n

Arg = Union[str, int, float, "Label"]


class UnknownLabel(ValueError):
    """The label cannot be rendered from its source here: the stored text stands."""


class Label:
    """A translatable sentence with its arguments, rendered when it is read."""

    __slots__ = ("args", "lower", "msgid")

    def __init__(self, msgid: str, /, **args: Arg) -> None:
        self.msgid = msgid
        self.args: dict[str, Arg] = args
        self.lower = False  # rendered in lower case (a name inside a sentence)

    def lowered(self) -> Label:
        """The same label, rendered in lower case ("the invitation template")."""
        out = Label(self.msgid, **self.args)
        out.lower = True
        return out

    def render(self) -> str:
        """The label in the current language (English where a translation is broken)."""
        try:
            return self._render(strict=False)
        except UnknownLabel:
            with i18n.using_language("en"):
                return self._render(strict=False)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Label({self.msgid!r}, {self.args!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Label) and (self.msgid, self.args, self.lower)
                == (other.msgid, other.args, other.lower))

    def __hash__(self) -> int:
        return hash(self.msgid)

    def _render(self, *, strict: bool) -> str:
        if strict and not i18n.knows(self.msgid):
            raise UnknownLabel(self.msgid)
        values = {key: _shown(value, strict=strict) for key, value in self.args.items()}
        try:
            text = i18n._(self.msgid).format(**values)
        except (KeyError, IndexError, ValueError) as exc:  # a translation's placeholder
            raise UnknownLabel(self.msgid) from exc
        return text.lower() if self.lower else text

    # ------------------------------------------------------------------ stored form
    def to_json(self) -> dict[str, Any]:
        """{"msgid": ..., "args": {...}}: strings, numbers and nested labels as such."""
        out: dict[str, Any] = {"msgid": _clean(self.msgid),
                               "args": {k: _arg_json(v) for k, v in self.args.items()}}
        if self.lower:
            out["lower"] = True
        return out

    @classmethod
    def from_json(cls, data: Any) -> Label:
        """The label a source holds; UnknownLabel when it is not a label's source."""
        if not isinstance(data, dict) or not isinstance(data.get("msgid"), str):
            raise UnknownLabel(repr(data)[:80])
        args = data.get("args") or {}
        if not isinstance(args, dict):
            raise UnknownLabel(data["msgid"])
        out = cls(data["msgid"], **{str(k): _arg_from_json(v) for k, v in args.items()})
        out.lower = data.get("lower") is True
        return out


def _shown(value: Arg, *, strict: bool) -> str:
    if isinstance(value, Label):
        return value._render(strict=strict)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return _number(value, i18n.language())
    return str(value)


@lru_cache(maxsize=4096)
def _number(value: int | float, language: str) -> str:
    # A history lists thousands of labels, and Babel takes some 20 µs a number.
    from .formats import number  # here: Babel loads only when a label is read

    return number(value, language)


def _clean(text: str) -> str:
    # A label quotes what a user typed; PostgreSQL text cannot hold a NUL.
    return text.replace("\x00", "\\x00")


def _arg_json(value: Arg) -> Any:
    if isinstance(value, Label):
        return value.to_json()
    if isinstance(value, str):
        return _clean(value)
    return value


def _arg_from_json(value: Any) -> Arg:
    if isinstance(value, dict):
        return Label.from_json(value)
    if isinstance(value, str | int | float):
        return value
    raise UnknownLabel(repr(value)[:80])


@dataclass(frozen=True, slots=True)
class StoredLabel:
    """An operation's label as the change log holds it: its text and, from revision 0011,
    its source."""

    text: str
    source: Any = None  # the JSON of Label.to_json(), None for older rows

    @property
    def label(self) -> Label | str:
        """The source as a Label (to nest in "Undo: {label}"), else the text as stored."""
        if self.source is None:
            return self.text
        try:
            return Label.from_json(self.source)
        except UnknownLabel:
            return self.text

    def shown(self) -> str:
        """The label in the reader's language; the text as stored when that cannot be."""
        if self.source is None:
            return self.text
        try:
            return Label.from_json(self.source)._render(strict=True)
        except UnknownLabel:
            return self.text


def shown(text: str, source: Any) -> str:
    """A stored label (text, source) in the reader's language."""
    return StoredLabel(text, source).shown()


def rendered(label: str | Label) -> tuple[str, dict[str, Any] | None]:
    """What a change batch stores of a label: its text in the writer's language and its
    source (None for a plain string, which is shown as written)."""
    if isinstance(label, Label):
        return _clean(label.render()), label.to_json()
    return _clean(label), None
