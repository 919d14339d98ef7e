"""Which file column holds which roster field: found by name and common synonyms in
English, French and Spanish, corrected by the user, and remembered as saved mappings."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from anyascii import anyascii

from ..i18n import _
from .columns import COLUMNS
from .table_reader import CellValue, RawTable

IGNORE = ""  # the column is deliberately not imported
FULL_NAME = "full_name"  # one "Name" column, split into given and family name
HEADER_SEARCH_ROWS = 10  # title rows above the header are skipped, up to this many

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "group": ("group", "specialist group", "groupe", "grupo"),
    "quadrennium": ("quadrennium", "term", "quadriennat", "cuatrienio"),
    "given_names": ("given name", "given names", "first name", "first names", "firstname",
                    "forename", "forenames", "christian name", "prenom", "prenoms",
                    "nombre", "nombres", "primer nombre"),
    "family_name": ("family name", "family names", "surname", "last name", "lastname",
                    "nom", "nom de famille", "apellido", "apellidos"),
    FULL_NAME: ("name", "full name", "member", "member name", "participant", "nom complet",
                "nom et prenom", "nombre completo", "nombre y apellido",
                "nombre y apellidos"),
    "email": ("email", "email address", "mail", "primary email", "courriel",
              "adresse email", "adresse electronique", "correo", "correo electronico",
              "email principal"),
    "alternate_email": ("alternate email", "alternative email", "secondary email",
                        "other email", "email 2", "second email", "autre courriel",
                        "courriel secondaire", "correo alternativo", "correo secundario"),
    "organisation": ("organisation", "organization", "institution", "affiliation",
                     "employer", "organisme", "organismo", "institucion", "organizacion",
                     "afiliacion"),
    "position": ("position", "job title", "job", "poste", "fonction", "cargo", "puesto"),
    "country": ("country", "country of residence", "residence", "pays",
                "pays de residence", "pais", "pais de residencia"),
    "country_code": ("country code", "iso code", "iso country code", "code pays",
                     "codigo de pais", "codigo pais"),
    "region": ("statutory region", "region", "iucn region", "region statutaire",
               "region estatutaria"),
    "roles": ("roles", "role", "group role", "roles in group", "role dans le groupe",
              "rol", "roles en el grupo"),
    "status": ("status", "membership status", "statut", "estado", "etat"),
    "invited_on": ("invited on", "invited", "invitation date", "date invited",
                   "invitation sent", "date d invitation", "invite le",
                   "fecha de invitacion", "invitado el"),
    "accepted_on": ("accepted on", "accepted", "acceptance date", "date accepted",
                    "date d acceptation", "accepte le", "fecha de aceptacion"),
    "validated_on": ("validated on", "validated", "validation date", "date validated",
                     "date de validation", "valide le", "fecha de validacion"),
    "code_of_conduct_accepted_on": ("code of conduct accepted on", "code of conduct",
                                    "coc accepted", "code of conduct accepted",
                                    "code de conduite", "codigo de conducta"),
    "iucn_username": ("iucn username", "username", "user name", "iucn id",
                      "commission system username", "login", "identifiant",
                      "nom d utilisateur", "usuario", "nombre de usuario"),
    "record_id": ("record id", "record", "membership id", "id"),
    "name_as_written": ("name as written", "name in own script", "nom tel qu ecrit",
                        "nombre tal como se escribe"),
    "nationality": ("nationality", "citizenship", "nationalite", "nacionalidad"),
    "expertise": ("expertise", "keywords", "expertise keywords", "specialty", "specialite",
                  "especialidad"),
    "languages": ("languages", "language", "langues", "langue", "idiomas", "idioma"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "remarques",
              "commentaires", "notas", "comentarios", "observaciones"),
}

TARGET_LABELS: dict[str, str] = {c.key: c.header for c in COLUMNS}
TARGET_LABELS[FULL_NAME] = "Full name (split into given and family name)"


def header_key(text: str) -> str:
    """A header folded for matching: 'E-mail ' -> 'email', 'Prénom' -> 'prenom'."""
    folded = anyascii(text).casefold()
    folded = re.sub(r"[-_./]", "", folded)  # "e-mail", "e_mail", "e.mail" -> "email"
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


_KNOWN: dict[str, str] = {
    header_key(name): key
    for key, names in _SYNONYMS.items()
    for name in (TARGET_LABELS[key], *names)
}


def guess(header: str, learned: dict[str, str] | None = None) -> str | None:
    """The field a header names, from saved mappings first, then the synonyms."""
    key = header_key(header)
    if learned and key in learned and (learned[key] in TARGET_LABELS or learned[key] == ""):
        return learned[key]
    return _KNOWN.get(key)


@dataclass(frozen=True, slots=True)
class HeaderMapping:
    """Per file column: its header, and the field it fills (IGNORE, or None: undecided)."""

    header_row: int  # the row number the spreadsheet shows
    headers: tuple[str, ...]
    targets: tuple[str | None, ...]
    has_data: tuple[bool, ...]  # whether any row below has a value in the column

    def with_target(self, column: int, target: str | None) -> HeaderMapping:
        targets = list(self.targets)
        targets[column] = target
        return replace(self, targets=tuple(targets))

    def column_of(self, target: str) -> int | None:
        return next((i for i, t in enumerate(self.targets) if t == target), None)

    def label(self, column: int) -> str:
        letter = _letter(column)
        header = self.headers[column]
        if header:
            return _("column {letter} ('{header}')").format(letter=letter, header=header)
        return _("column {letter}").format(letter=letter)

    def problems(self) -> list[str]:
        """What stops the import, as sentences; empty when the mapping can be used."""
        out = []
        for i, target in enumerate(self.targets):
            if target is None and self.has_data[i]:
                out.append(_("Column {letter} has values but no header (merged header "
                             "cells?): choose which field it holds or ignore it, or give it a "
                             "header in the file.").format(letter=_letter(i)))
        seen: dict[str, int] = {}
        for i, target in enumerate(self.targets):
            if not target:
                continue
            if target in seen:
                first = self.label(seen[target])
                out.append(_("{first} and {second} both hold '{field}'; ignore one of them.")
                           .format(first=first[:1].upper() + first[1:], second=self.label(i),
                                   field=TARGET_LABELS[target]))
            seen.setdefault(target, i)
        has_full = FULL_NAME in seen
        for key, words in (("given_names", "Given name / First name / Prénom / Nombre"),
                           ("family_name", "Family name / Surname / Nom / Apellido")):
            if key not in seen and not has_full:
                out.append(_("No column holds the {field} ({words}); map one in the header "
                             "step.").format(field=TARGET_LABELS[key].lower(), words=words))
        return out

    def ignored(self) -> list[str]:
        return [self.headers[i] or _letter(i) for i, t in enumerate(self.targets)
                if t == IGNORE and self.has_data[i]]

    def payload(self) -> dict[str, Any]:
        return {"headers": {header_key(h): t for h, t in zip(self.headers, self.targets,
                                                             strict=True)
                            if h and t is not None}}


def learned_from(payloads: list[dict[str, Any]]) -> dict[str, str]:
    learned: dict[str, str] = {}
    for payload in payloads:
        learned.update({str(k): str(v) for k, v in payload.get("headers", {}).items()})
    return learned


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _header_text(value: CellValue) -> str:
    if value is None:
        return ""
    return " ".join(str(getattr(value, "text", value)).split())


def map_headers(table: RawTable, learned: dict[str, str] | None = None) -> HeaderMapping:
    """Find the header row (skipping title rows) and guess every column's field."""
    if not table.rows:
        raise _empty(table.name)
    header_index = 0
    for index, (_number, cells) in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for c in cells if guess(_header_text(c), learned)) >= 2:
            header_index = index
            break
    number, cells = table.rows[header_index]
    below = table.rows[header_index + 1:]
    width = max([len(cells), *(len(r) for _, r in below)])
    headers = tuple(_header_text(cells[i]) if i < len(cells) else "" for i in range(width))
    has_data = tuple(any(i < len(r) and r[i] is not None and str(r[i]).strip()
                         for _, r in below) for i in range(width))
    targets = tuple((guess(h, learned) or IGNORE) if h else (None if has_data[i] else IGNORE)
                    for i, h in enumerate(headers))
    return HeaderMapping(number, headers, targets, has_data)


def _empty(name: str) -> Exception:
    from .table_reader import FileRefused

    return FileRefused(f"{name} is empty: it has no header row and no members.")


def data_rows(table: RawTable, mapping: HeaderMapping) -> list[tuple[int, tuple[CellValue, ...]]]:
    rows = [(n, cells) for n, cells in table.rows if n > mapping.header_row]
    if not rows:
        from .table_reader import FileRefused

        raise FileRefused(_("{file} has a header row but no members below it; add the members "
                            "(one per row) and import again.").format(file=table.name))
    return rows

