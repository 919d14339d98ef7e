"""Letter commands: the request brief as PDF, and a group's requests as an Excel workbook."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..domain.errors import UserError
from ..domain.letters import STATES
from ..i18n import _
from . import common
from .verbs import verb_parser


def register(sub: argparse._SubParsersAction) -> None:
    letter = sub.add_parser("letter", help=_("intervention letter requests"),
                            description=_("Work with one intervention letter request."))
    actions = letter.add_subparsers(dest="letter_action", metavar="ACTION", required=True,
                                    parser_class=type(letter))
    p = actions.add_parser("brief", help=_("write a request's brief for the Network "
                                           "Coordinator as PDF"),
                           description=_("Write the request brief (every field, the steps so "
                                         "far and the attachments with their SHA-256) as a PDF "
                                         "ready to send to the SSC Network Coordinator."))
    common.add_db_argument(p)
    p.add_argument("--letter", required=True, metavar="ID",
                   help=_("the request's ID (or its first characters), from the Letters page "
                          "or the letters export"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4",
                   help=_("paper size (default: %(default)s)"))
    common.add_language_argument(p)
    p.set_defaults(func=_brief)

    p = actions.add_parser("advance", help=_("record the next step of a request"),
                           description=_("Record one dated step of a request's workflow "
                                         "(refused, with a sentence, when out of order)."))
    common.add_db_argument(p)
    p.add_argument("--letter", required=True, metavar="ID",
                   help=_("the request's ID (or its first characters)"))
    p.add_argument("--to", required=True, choices=list(STATES), metavar="STATE",
                   help=_("the new state: {states}").format(states=", ".join(STATES)))
    p.add_argument("--on", type=common.day, default=None, metavar="DATE",
                   help=_("(default: today)"))
    p.add_argument("--note", default="")
    p.add_argument("--follow-up", type=common.day, default=None, metavar="DATE",
                   help=_("when to chase it next"))
    p.set_defaults(func=_advance)

    export = verb_parser(sub, "export", _("write a group's data to a file"))
    p = export.add_parser("letters", help=_("a group's intervention letter requests as .xlsx"),
                          description=_("Write one row per letter request of a group (ID, "
                                        "state, dates of every step, outcome) to a workbook."))
    common.add_db_argument(p)
    p.add_argument("--group", required=True, help=_("the group's short code or name"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    p.set_defaults(func=_export)


def _open(args: argparse.Namespace):
    return common.open_existing(args)


def _output(path: Path, suffix: str) -> Path:
    if path.suffix.lower() != suffix:
        raise UserError(_("{file} does not end in {suffix}; name the output file like "
                          "request{suffix}.").format(file=path.name, suffix=suffix))
    if not path.parent.exists():
        raise UserError(_("The folder {folder} does not exist; choose another place.").format(
            folder=path.parent))
    return path


def _brief(args: argparse.Namespace) -> int:
    from ..exchange import letter_brief
    from ..services import letters

    output = _output(args.output, ".pdf")
    with _open(args) as db:
        letter_id = letters.find_letter(db, args.letter)
        detail = letters.letter_detail(db, letter_id, today=date.today())
        result = letter_brief.write_brief_for(db, letter_id, output, today=date.today(),
                                              paper=args.paper,
                                              language=args.document_language)
    print(_("Wrote the brief of '{title}' to {file}.").format(title=detail.fields.title,
                                                              file=output))
    for text in result.unprintable:
        print(_("Warning: no font on this computer can print '{text}'; it shows as empty "
                "boxes in the PDF.").format(text=text[:60]))
    return 0


def _advance(args: argparse.Namespace) -> int:
    from ..services import letters

    with _open(args) as db:
        letter_id = letters.find_letter(db, args.letter)
        change = letters.advance(db, letter_id, args.to, args.on or date.today(),
                                 note=args.note, follow_up_on=args.follow_up)
    print(change.summary + ".")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..exchange import letters_xlsx

    output = _output(args.output, ".xlsx")
    db, group, _term = common.open_group(args, None)
    with db:
        count = letters_xlsx.export_group_letters(db, group.id, output, date.today())
    print(_("Wrote {count} letter request(s) of {group} to {file}.").format(
        count=count, group=group.name, file=output))
    return 0
